"""`planctl validate`: load, model and check plans; report findings; exit 0, 1 or 2.

Configuration (see `planctl.config`) and inline `# planctl: ignore[CODE]` comments are
applied by the Workspace, so that `build` blocks on exactly the errors `validate` reports.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from planctl.config import DEFAULT, Config, ConfigError, Configs
from planctl.findings import Finding, Severity
from planctl.i18n import t
from planctl.render.wording_check import template_findings
from planctl.report.output import output_problem, write_output
from planctl.shard import Shard, ShardError, parse_shard, select
from planctl.workspace import REGISTRY_NAME, UsageError, Workspace, discover, find_registry


@dataclass
class ValidateArgs:
    paths: list[Path]
    lang: str | None = None
    """None: `lang` from the configuration, else Vietnamese."""
    strict: bool | None = None
    """None: `strict` from the configuration, else false."""
    output_format: str | None = None
    """None: `format` from the configuration, else github under GitHub Actions, else text."""
    config: Path | None = None
    """One configuration file for every plan, instead of looking for one beside each."""
    output: Path | None = None
    """Write the report to this file (atomically) instead of standard output."""
    shard: str | None = None
    """`K/N`: check only part K of N of the plans and registries (planctl.shard)."""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Collected:
    findings: list[Finding]
    files: int
    found: int | None = None
    """With a shard: the files found under the paths, in every part."""


def collect_all(
    paths: list[Path], configs: Configs | None = None, shard: Shard | None = None
) -> Collected:
    """Findings for the plans under `paths` (registries included), as configured; with a
    shard, for those of its part only (a registry too is in exactly one part)."""
    files = discover(paths)
    workspace = Workspace(configs)
    findings: list[Finding] = []
    plan_files = [p for p in files if p.name != REGISTRY_NAME]
    for path in files:
        if path.name == REGISTRY_NAME:
            workspace.registry(path)
    root = Path.cwd()
    if shard is not None:
        from planctl.build.jobs import layout_root

        # The fallback root outside a repository: the one build uses, so both agree.
        root = layout_root(plan_files or files) if files else root
        # Every part loads the registries of every plan, so that each registry's findings
        # come out in its own part even when no plan of that part uses it.
        for found in {find_registry(path) for path in plan_files}:
            if found is not None:
                workspace.registry(found)
        plan_files = select(plan_files, shard, lambda p: p, root)
    for path in plan_files:
        result = workspace.check_plan(path)
        findings.extend(result.findings)
        findings.extend(template_findings(result))  # an organisation's own templates
    if shard is None:
        findings.extend(workspace.registry_findings())
        return Collected(sorted(set(findings)), len(files))
    for registry in select(workspace.registry_paths(), shard, lambda p: p, root):
        findings.extend(workspace.findings_of_registry(registry))
    # Counted as without a shard: the files found under the paths, here those of this part.
    named = [p for p in files if p.name == REGISTRY_NAME]
    counted = len(plan_files) + len(select(named, shard, lambda p: p, root))
    return Collected(sorted(set(findings)), counted, len(files))


def collect(paths: list[Path]) -> tuple[list[Finding], int]:
    """All findings for the plans under `paths` (registries included), and the file count."""
    collected = collect_all(paths)
    return collected.findings, collected.files


def _format(args: ValidateArgs, settings: Config) -> str:
    if args.output_format:
        return args.output_format
    if settings.format:
        return settings.format
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def run(args: ValidateArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # Resolved at call time: the test runner swaps sys.stdout after import.
    out, err = out or sys.stdout, err or sys.stderr
    lang = args.lang or "vi"
    if args.output is not None and (problem := output_problem(args.output, lang)):
        err.write(f"planctl: {problem}\n")
        return 2
    try:
        configs = Configs(args.config)
        settings = configs.for_path(args.paths[0]) if args.paths else DEFAULT
        lang = args.lang or settings.lang or "vi"
        shard = parse_shard(args.shard, lang) if args.shard is not None else None
        collected = collect_all(args.paths, configs, shard)
        findings = collected.findings
    except ShardError as exc:
        err.write(f"planctl: {exc}\n")
        return 2
    except ConfigError as exc:
        for line in exc.lines(lang):
            err.write(f"planctl: {line}\n")
        return 2
    except UsageError as exc:
        err.write(f"planctl: {t('usage.missing_path', lang, path=exc)}\n")
        return 2
    if collected.files == 0 and collected.found:
        message = t("shard.empty", lang, shard=args.shard, total=collected.found)
        err.write(f"planctl: {message}\n")
        return 0
    if collected.files == 0:
        paths = ", ".join(str(p) for p in args.paths)
        err.write(f"planctl: {t('usage.no_plans', lang, paths=paths)}\n")
        return 2
    from planctl.report import REPORTERS

    reporter = REPORTERS[_format(args, settings)]
    if args.output is None:
        reporter(findings, collected.files, lang, out)
    else:
        buffer = io.StringIO()
        reporter(findings, collected.files, lang, buffer)
        if problem := write_output(args.output, buffer.getvalue(), lang):
            err.write(f"planctl: {problem}\n")
            return 2
    strict = args.strict if args.strict is not None else bool(settings.strict)
    if any(f.severity is Severity.ERROR for f in findings):
        return 1
    if strict and findings:
        return 1
    return 0
