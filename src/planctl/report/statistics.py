"""`validate --statistics`: how many findings of each code, most frequent first (as ruff's
`--statistics`), instead of the findings themselves."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, TextIO

from planctl.checks.rule import rule
from planctl.findings import Finding
from planctl.report.escape import json_safe
from planctl.report.text import summary


def code_counts(findings: list[Finding]) -> list[tuple[str, int]]:
    """(code, count), by count descending, then code."""
    counts = Counter(f.code for f in findings)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def write_statistics(
    findings: list[Finding], files: int, lang: str, output_format: str, out: TextIO
) -> None:
    """A JSON list for `--format json`; for every other format a table, then the summary."""
    counts = code_counts(findings)
    if output_format == "json":
        rows: list[dict[str, Any]] = [
            {"code": code, "rule": rule(code).name, "count": count} for code, count in counts
        ]
        out.write(json_safe(json.dumps(rows, ensure_ascii=False, indent=2)) + "\n")
        return
    width = max((len(str(count)) for _, count in counts), default=1)
    for code, count in counts:
        out.write(f"{count:>{width}}  {code}  {rule(code).name}\n")
    out.write(summary(findings, files, lang) + "\n")
