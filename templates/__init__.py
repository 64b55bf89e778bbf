"""The default templates: Jinja wording (*.j2) and reference.docx.

They live at the top of the repository, where an organisation looks for them to copy, and
are installed as the package `planctl.templates` (see `package-dir` in pyproject.toml).
"""
