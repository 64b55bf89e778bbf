"""`--format json`: one JSON document, the shape documented in docs/json-output.md.

The shape is versioned (`version`); a field is only ever added within a version. Findings are
in the same order as the text report (by file, line, column, code).
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from planctl import __version__
from planctl.checks.rule import rule
from planctl.findings import Finding, Severity
from planctl.report.escape import json_safe

FORMAT_VERSION = 1


def finding_json(finding: Finding, lang: str) -> dict[str, Any]:
    return {
        "code": finding.code,
        "rule": rule(finding.code).name,
        "severity": finding.severity.value,
        "file": finding.position.file,
        "line": finding.position.line,
        "column": finding.position.col,
        "message": finding.message(lang),
        "hint": finding.hint(lang),
    }


def report_json(findings: list[Finding], files: int, lang: str, out: TextIO) -> None:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    document = {
        "version": FORMAT_VERSION,
        "tool": {"name": "planctl", "version": __version__},
        "lang": lang,
        "summary": {"files": files, "errors": errors, "warnings": len(findings) - errors},
        "findings": [finding_json(f, lang) for f in findings],
    }
    out.write(json_safe(json.dumps(document, ensure_ascii=False, indent=2)) + "\n")
