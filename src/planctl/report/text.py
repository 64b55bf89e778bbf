"""The default reporter: `file:line:col: CODE severity: message`, a fix hint, a summary."""

from __future__ import annotations

from typing import TextIO

from planctl.findings import Finding, Severity
from planctl.i18n import t


def format_finding(finding: Finding, lang: str) -> str:
    severity = t(f"severity.{finding.severity.value}", lang)
    return f"{finding.position}: {finding.code} {severity}: {finding.message(lang)}"


def report_text(findings: list[Finding], files: int, lang: str, out: TextIO) -> None:
    for finding in findings:
        out.write(format_finding(finding, lang) + "\n")
        hint = finding.hint(lang)
        if hint:
            out.write(f"    {t('hint', lang)}: {hint}\n")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    if findings:
        out.write(t("summary.found", lang, errors=errors, warnings=warnings, files=files) + "\n")
    else:
        out.write(t("summary.clean", lang, files=files) + "\n")
