"""The default reporter: `file:line:col: CODE severity: message`, a fix hint, a summary."""

from __future__ import annotations

from typing import TextIO

from planctl.findings import Finding, Position, Severity
from planctl.i18n import t
from planctl.report.escape import visible


def format_finding(finding: Finding, lang: str) -> str:
    """One line, whatever the plan holds: control characters in the file name and the
    message are shown as escapes (`\\n`), and a file name cannot start the line with `::`."""
    severity = t(f"severity.{finding.severity.value}", lang)
    pos = finding.position
    file = visible(pos.file)
    if file.lstrip().startswith("::"):
        file = f"./{file}"
    return (
        f"{file}:{pos.line}:{pos.col}: {finding.code} {severity}: {visible(finding.message(lang))}"
    )


def _source_lines(source: str, pos: Position) -> str:
    """The offending line and a caret under the reported column: a tab shows as `→`, so
    that the caret stays under the character it points at."""
    shown = visible(source.replace("\t", "→"))
    caret = " " * max(pos.col - 1, 0) + "^"
    return f"    {pos.line} | {shown}\n    {' ' * len(str(pos.line))} | {caret}\n"


def report_text(findings: list[Finding], files: int, lang: str, out: TextIO) -> None:
    for finding in findings:
        out.write(format_finding(finding, lang) + "\n")
        hint = finding.hint(lang)
        if hint:
            out.write(f"    {t('hint', lang)}: {visible(hint)}\n")
        source = finding.args.get("source")
        if isinstance(source, str) and source.strip():
            out.write(_source_lines(source, finding.position))
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    if findings:
        out.write(t("summary.found", lang, errors=errors, warnings=warnings, files=files) + "\n")
    else:
        out.write(t("summary.clean", lang, files=files) + "\n")
