"""Consistency checks on a valid plan. Each check is a small function registered under the
codes it can report; `run_checks` runs them all and returns the findings, sorted."""

from __future__ import annotations

from planctl.checks.context import CHECKS, CheckContext
from planctl.findings import Finding
from planctl.load import Loaded
from planctl.model.plan import Document
from planctl.model.registry import Registry

# Importing the modules registers their checks.
from planctl.checks import deadlines, ids, references, text, units  # noqa: F401  isort: skip


def run_checks(document: Document, registry: Registry, loaded: Loaded) -> list[Finding]:
    ctx = CheckContext(document, registry, loaded)
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check.function(ctx))
    return sorted(set(findings))
