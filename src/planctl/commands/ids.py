"""`planctl ids`: write a stable `id` into every task that has none."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from planctl.findings import Severity
from planctl.i18n import t
from planctl.ids import add_ids
from planctl.report.text import format_finding
from planctl.workspace import REGISTRY_NAME, UsageError, Workspace, discover, display_path


def run(paths: list[Path], lang: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # Resolved at call time: the test runner swaps sys.stdout after import.
    out, err = out or sys.stdout, err or sys.stderr
    try:
        files = [p for p in discover(paths) if p.name != REGISTRY_NAME]
    except UsageError as exc:
        err.write(f"planctl: {t('usage.missing_path', lang, path=exc)}\n")
        return 2
    workspace = Workspace()
    status = 0
    for path in files:
        loaded = workspace.load_plan(path)
        name = display_path(path)
        blocking = [f for f in loaded.findings if f.code < "T" and f.severity is Severity.ERROR]
        if loaded.document is None or blocking:
            for finding in blocking:  # file:line of each, as validate prints them
                err.write(format_finding(finding, lang) + "\n")
            err.write(t("ids.invalid", lang, file=name) + "\n")
            status = 1
            continue
        count = add_ids(path)
        key = "ids.added" if count else "ids.none"
        out.write(t(key, lang, file=name, count=count) + "\n")
    return status
