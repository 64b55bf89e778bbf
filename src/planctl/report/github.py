"""`--format github`: workflow commands that GitHub Actions shows as annotations on the diff.

    ::error file=plans/btttt/x.yaml,line=42,col=9,title=U001 unknown-unit::message%0Afix: hint

GitHub shows at most 10 error and 10 warning annotations per step and drops the rest, so the
first 10 of each are annotated, the others are printed as plain report lines (visible in the
log), and one `::notice::` says how many were not annotated. Paths are made relative to
`GITHUB_WORKSPACE` when it is set, as annotations require. Chosen by default when
`GITHUB_ACTIONS=true`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

from planctl.checks.rule import rule
from planctl.findings import Finding, Severity
from planctl.i18n import t
from planctl.report.escape import no_legacy, write_command
from planctl.report.text import format_finding

#: GitHub's limit of annotations of one level in one step.
MAX_ANNOTATIONS = 10


def escape_data(text: str) -> str:
    """A command's message: `%`, CR and LF are percent-encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: as the message, and `:` and `,` too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_path(file: str) -> str:
    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace:
        try:
            return Path(file).resolve().relative_to(Path(workspace).resolve()).as_posix()
        except ValueError:
            pass
    return Path(file).as_posix()


def annotation(finding: Finding, lang: str) -> str:
    pos = finding.position
    properties = ",".join(
        f"{key}={escape_property(value)}"
        for key, value in (
            ("file", annotation_path(pos.file)),
            ("line", str(pos.line)),
            ("col", str(pos.col)),
            ("title", f"{finding.code} {rule(finding.code).name}"),
        )
    )
    text = finding.message(lang)
    hint = finding.hint(lang)
    if hint:
        text += f"\n{t('hint', lang)}: {hint}"
    return f"::{finding.severity.value} {properties}::{no_legacy(escape_data(text))}"


def report_github(findings: list[Finding], files: int, lang: str, out: TextIO) -> None:
    annotated = {Severity.ERROR: 0, Severity.WARNING: 0}
    rest: list[Finding] = []
    for finding in findings:
        if annotated[finding.severity] < MAX_ANNOTATIONS:
            write_command(out, annotation(finding, lang) + "\n")
            annotated[finding.severity] += 1
        else:
            rest.append(finding)
    for finding in rest:  # plain lines: one each, no command in them (format_finding)
        out.write(format_finding(finding, lang) + "\n")
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    if rest:
        more_errors = sum(f.severity is Severity.ERROR for f in rest)
        notice = t(
            "github.more",
            lang,
            errors=more_errors,
            warnings=len(rest) - more_errors,
            max=MAX_ANNOTATIONS,
        )
        write_command(out, f"::notice title=planctl::{escape_data(notice)}\n")
    if findings:
        out.write(t("summary.found", lang, errors=errors, warnings=warnings, files=files) + "\n")
    else:
        out.write(t("summary.clean", lang, files=files) + "\n")
