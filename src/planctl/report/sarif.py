"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; the driver lists every rule of the catalogue (so `ruleIndex` is stable), each result
points at its file, line and column. Columns count Unicode code points, as planctl's do.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from planctl import __version__
from planctl.checks.rule import all_rules
from planctl.findings import Finding
from planctl.report.escape import json_safe

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"


def _text(template: str) -> str:
    """A rule message template with its placeholders shown as “…”."""
    return re.sub(r"\{[a-z_]+\}", "…", template).replace("{{", "{").replace("}}", "}")


def _rule(code: str, lang: str) -> dict[str, Any]:
    rule = all_rules()[code]
    return {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": _text(rule.message.of(lang))},
        "fullDescription": {"text": f"{rule.what.of(lang)} {rule.why.of(lang)}"},
        "help": {"text": rule.fix.of(lang)},
        "defaultConfiguration": {"level": rule.severity.value},
        "properties": {"family": rule.family},
    }


def artifact_uri(file: str) -> str:
    """A relative URI reference: forward slashes, non-ASCII percent-encoded."""
    return quote(Path(file).as_posix(), safe="/")


def _result(finding: Finding, index: dict[str, int], lang: str) -> dict[str, Any]:
    message = finding.message(lang)
    hint = finding.hint(lang)
    return {
        "ruleId": finding.code,
        "ruleIndex": index[finding.code],
        "level": finding.severity.value,
        "message": {"text": f"{message}\n{hint}" if hint else message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {
                        "uri": artifact_uri(finding.position.file),
                        "uriBaseId": "%SRCROOT%",
                    },
                    "region": {
                        "startLine": finding.position.line,
                        "startColumn": finding.position.col,
                    },
                }
            }
        ],
    }


def sarif_document(findings: list[Finding], lang: str) -> dict[str, Any]:
    codes = sorted(all_rules())
    index = {code: i for i, code in enumerate(codes)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "planctl",
                        "version": __version__,
                        "rules": [_rule(code, lang) for code in codes],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "language": lang,
                "results": [_result(f, index, lang) for f in findings],
            }
        ],
    }


def report_sarif(findings: list[Finding], files: int, lang: str, out: TextIO) -> None:
    text = json.dumps(sarif_document(findings, lang), ensure_ascii=False, indent=2)
    out.write(json_safe(text) + "\n")
