"""Differences between two versions of a plan: across years, revisions or folders.

`sources` reads plans from disk or from a git revision, `match` pairs their tasks (by id,
then by content similarity), `compare` builds a :class:`~planctl.diff.changes.PlanDiff`, and
the `render_*` modules print it for a terminal, a pull request or a program.
"""
