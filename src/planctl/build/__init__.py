"""`planctl build`: plans → documents. What the command calls, module by module:

* :mod:`.outputs` — the table of outputs (docx, xlsx, csv, pdf): CLI flags, the accepted
  `[build] outputs` and the writers all come from it;
* :mod:`.jobs` — which plans, where their outputs go, which are already current;
* :mod:`.pipeline` — one plan: check → render every output in memory → guard → write;
* :mod:`.workers` — plans one after another, or in a pool of processes (`--jobs`);
* :mod:`.incremental` and :mod:`.manifest` — what was written from what, and what may be.

Importing this package imports nothing heavy: python-docx, openpyxl and jinja2 load only when
an output is made.
"""
