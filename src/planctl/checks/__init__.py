"""Consistency checks on a valid plan. Each check is a small function that declares the rules
it can report (`planctl.checks.rule`); `run_checks` runs those with a rule enabled and
returns the findings, sorted.

The package itself imports little, so that the loader can declare its rules here without
pulling in the checks."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from planctl.checks.rule import CHECKS, all_rules
from planctl.findings import Finding

if TYPE_CHECKING:
    from planctl.facts import PlanFacts
    from planctl.load import Loaded
    from planctl.model.plan import Document
    from planctl.model.registry import Registry


def run_checks(
    document: Document,
    registry: Registry,
    loaded: Loaded,
    enabled: Collection[str] | None = None,
    facts: PlanFacts | None = None,
) -> list[Finding]:
    """Findings of every check with at least one code in `enabled` (None: all codes)."""
    from planctl.checks.context import CheckContext

    all_rules()  # imports the check modules, which registers their checks
    ctx = CheckContext(document, registry, loaded, facts)
    findings: list[Finding] = []
    for check in CHECKS:
        if enabled is None or any(code in enabled for code in check.codes):
            findings.extend(check.function(ctx))
    return sorted(set(findings))
