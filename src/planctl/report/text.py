"""The default reporter: `file:line:col: CODE severity: message`, a fix hint, a summary."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO

import typer

from planctl.findings import Finding, Position, Severity
from planctl.i18n import t
from planctl.report.escape import visible


@dataclass(frozen=True)
class ReportView:
    """How much of the text report, and whether in colour."""

    quiet: bool = False
    """`-q`: the finding lines and the summary, no fix hints."""
    color: bool = False


_SEVERITY_COLOR = {Severity.ERROR: "red", Severity.WARNING: "yellow"}


def format_finding(finding: Finding, lang: str, *, color: bool = False) -> str:
    """One line, whatever the plan holds: control characters in the file name and the
    message are shown as escapes (`\\n`), and a file name cannot start the line with `::`."""
    severity = t(f"severity.{finding.severity.value}", lang)
    pos = finding.position
    file = visible(pos.file)
    if file.lstrip().startswith("::"):
        file = f"./{file}"
    where = f"{file}:{pos.line}:{pos.col}:"
    label = f"{finding.code} {severity}:"
    if color:
        where = typer.style(where, bold=True)
        label = typer.style(label, fg=_SEVERITY_COLOR[finding.severity], bold=True)
    return f"{where} {label} {visible(finding.message(lang))}"


def _source_lines(source: str, pos: Position) -> str:
    """The offending line and a caret under the reported column: a tab shows as `→`, so
    that the caret stays under the character it points at."""
    shown = visible(source.replace("\t", "→"))
    caret = " " * max(pos.col - 1, 0) + "^"
    return f"    {pos.line} | {shown}\n    {' ' * len(str(pos.line))} | {caret}\n"


def report_text(
    findings: list[Finding],
    files: int,
    lang: str,
    out: TextIO,
    *,
    view: ReportView | None = None,
) -> None:
    view = view or ReportView()
    for finding in findings:
        out.write(format_finding(finding, lang, color=view.color) + "\n")
        hint = finding.hint(lang)
        if hint and not view.quiet:
            label = t("hint", lang)
            if view.color:
                label = typer.style(label, fg="cyan")
            out.write(f"    {label}: {visible(hint)}\n")
        source = finding.args.get("source")
        if isinstance(source, str) and source.strip() and not view.quiet:
            out.write(_source_lines(source, finding.position))
    out.write(summary(findings, files, lang) + "\n")


def summary(findings: list[Finding], files: int, lang: str) -> str:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    if findings:
        return t("summary.found", lang, errors=errors, warnings=warnings, files=files)
    return t("summary.clean", lang, files=files)
