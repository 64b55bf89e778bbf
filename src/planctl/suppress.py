"""Inline suppression: a YAML comment on a finding's line hides that finding.

    lead: [Trung tâm TT]   # planctl: ignore[U005]
    deadline: Quý II/2025  # planctl: ignore[D002,D005]

Codes are required (a bare `# planctl: ignore` suppresses nothing), and may be prefixes ("D"
for every deadline rule), as in the configuration file. Findings of the S family (the plan
cannot be read or modelled) are never suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from planctl.findings import Finding

# A YAML comment starts with "#" at the start of a line or after whitespace.
_DIRECTIVE = re.compile(r"(?:^|\s)#\s*planctl:\s*ignore\[([^\]]*)\]", re.IGNORECASE)
_UNSUPPRESSIBLE_FAMILY = "S"


def line_ignores(text: str) -> dict[int, tuple[str, ...]]:
    """The codes each line (1-based) suppresses."""
    found: dict[int, tuple[str, ...]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if "planctl" not in line:
            continue
        codes: list[str] = []
        for match in _DIRECTIVE.finditer(line):
            codes.extend(c.strip().upper() for c in match.group(1).split(",") if c.strip())
        if codes:
            found[number] = tuple(codes)
    return found


def is_suppressed(finding: Finding, ignores: dict[int, tuple[str, ...]]) -> bool:
    if finding.code.startswith(_UNSUPPRESSIBLE_FAMILY):
        return False
    return any(finding.code.startswith(c) for c in ignores.get(finding.position.line, ()))


def apply_inline(
    findings: Iterable[Finding], text_of: Callable[[str], str | None]
) -> list[Finding]:
    """`findings` without those suppressed in their file; `text_of(file)` gives its text."""
    cache: dict[str, dict[int, tuple[str, ...]]] = {}
    kept: list[Finding] = []
    for finding in findings:
        file = finding.position.file
        if file not in cache:
            text = text_of(file)
            cache[file] = line_ignores(text) if text else {}
        if not is_suppressed(finding, cache[file]):
            kept.append(finding)
    return kept
