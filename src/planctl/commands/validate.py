"""`planctl validate`: load, model and check plans; report findings; exit 0, 1 or 2."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from planctl.findings import Finding, Severity
from planctl.i18n import t
from planctl.project import REGISTRY_NAME, UsageError, Workspace, discover


@dataclass
class ValidateArgs:
    paths: list[Path]
    lang: str = "vi"
    strict: bool = False
    output_format: str = "text"
    extra: dict[str, object] = field(default_factory=dict)


def collect(paths: list[Path]) -> tuple[list[Finding], int]:
    """All findings for the plans under `paths` (registries included), and the file count."""
    files = discover(paths)
    workspace = Workspace()
    findings: list[Finding] = []
    plan_files = [p for p in files if p.name != REGISTRY_NAME]
    for path in files:
        if path.name == REGISTRY_NAME:
            workspace.registry(path)
    for path in plan_files:
        findings.extend(workspace.check_plan(path).findings)
    findings.extend(workspace.registry_findings())
    return sorted(set(findings)), len(files)


def run(args: ValidateArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # Resolved at call time: the test runner swaps sys.stdout after import.
    out, err = out or sys.stdout, err or sys.stderr
    try:
        findings, count = collect(args.paths)
    except UsageError as exc:
        err.write(f"planctl: {t('usage.missing_path', args.lang, path=exc)}\n")
        return 2
    if count == 0:
        paths = ", ".join(str(p) for p in args.paths)
        err.write(f"planctl: {t('usage.no_plans', args.lang, paths=paths)}\n")
        return 2
    from planctl.report import REPORTERS

    REPORTERS[args.output_format](findings, count, args.lang, out)
    if any(f.severity is Severity.ERROR for f in findings):
        return 1
    if args.strict and findings:
        return 1
    return 0
