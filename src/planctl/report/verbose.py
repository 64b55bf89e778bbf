"""`validate -v`: one line per file checked, with what it gave and how long it took; on
standard error, so that a json or sarif report on standard output stays parseable."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from planctl.findings import Severity
from planctl.i18n import t
from planctl.report.escape import visible

if TYPE_CHECKING:
    from planctl.commands.validate import FileReport


def write_file_lines(reports: list[FileReport], lang: str, err: TextIO) -> None:
    for report in reports:
        ms = report.seconds * 1000
        if report.findings:
            errors = sum(f.severity is Severity.ERROR for f in report.findings)
            state = t("verbose.found", lang, errors=errors, warnings=len(report.findings) - errors)
        else:
            state = t("verbose.ok", lang)
        err.write(f"{visible(report.file)}: {state} ({ms:.0f} ms)\n")
