"""`planctl validate`: load, model and check plans; report findings; exit 0, 1 or 2.

Configuration (see `planctl.config`) and inline `# planctl: ignore[CODE]` comments are
applied by the Workspace, so that `build` blocks on exactly the errors `validate` reports.
The options CI users know from ruff (`-q`, `-v`, `--select`, `--ignore`, `--exit-zero`,
`--statistics`, `-` with `--stdin-filename`) are applied here.
"""

from __future__ import annotations

import io
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from planctl.color import wants_color
from planctl.config import DEFAULT, Config, ConfigError, Configs
from planctl.config.selection import selection_problems
from planctl.findings import Finding, Severity
from planctl.i18n import t
from planctl.render.wording_check import template_findings
from planctl.report.output import output_problem, write_output
from planctl.report.statistics import write_statistics
from planctl.report.text import ReportView, report_text
from planctl.report.verbose import write_file_lines
from planctl.shard import Shard, ShardError, parse_shard, select
from planctl.workspace import (
    REGISTRY_NAME,
    UsageError,
    Workspace,
    discover,
    display_path,
    find_registry,
)


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
    verbosity: int = 0
    """-2 (`-qq`): no report; -1 (`-q`): findings and summary only; 1 (`-v`): each file."""
    exit_zero: bool = False
    """Exit 0 even when there are errors (a usage error still exits 2)."""
    select: tuple[str, ...] | None = None
    """Rules reported, instead of the configuration's `select`."""
    ignore: tuple[str, ...] | None = None
    """Rules not reported, instead of the configuration's `ignore`."""
    statistics: bool = False
    """Print how many findings of each code, instead of the findings."""
    stdin_filename: Path | None = None
    """The name the plan read from `-` (standard input) is checked as."""
    stdin: bytes | None = None
    """What `-` reads (tests give it; else standard input is read)."""
    color: str = "auto"
    """auto (a terminal without NO_COLOR), always or never."""
    shard: str | None = None
    """`K/N`: check only part K of N of the plans and registries (planctl.shard)."""
    extra: dict[str, object] = field(default_factory=dict)


STDIN = Path("-")


@dataclass
class FileReport:
    """One file checked, for `-v`: how long it took and what it gave."""

    file: str
    seconds: float
    findings: list[Finding]


@dataclass
class Collected:
    findings: list[Finding]
    files: int
    found: int | None = None
    """With a shard: the files found under the paths, in every part."""
    reports: list[FileReport] = field(default_factory=list)


@dataclass(frozen=True)
class StdinPlan:
    """The plan `-` stands for: its bytes, checked as the file `path`, shown as `display`."""

    source: bytes
    path: Path
    display: str


def collect_all(
    paths: list[Path],
    configs: Configs | None = None,
    stdin: StdinPlan | None = None,
    shard: Shard | None = None,
) -> Collected:
    """Findings for the plans under `paths` (registries included), as configured; `-` in
    `paths` is the plan `stdin`; with a shard, for those of its part only (a registry too is
    in exactly one part)."""
    files = discover([p for p in paths if p != STDIN])
    workspace = Workspace(configs)
    findings: list[Finding] = []
    reports: list[FileReport] = []
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
        for registry_file in {find_registry(path) for path in plan_files}:
            if registry_file is not None:
                workspace.registry(registry_file)
        plan_files = select(plan_files, shard, lambda p: p, root)
    for path in plan_files:
        started = time.perf_counter()
        result = workspace.check_plan(path)
        found = [*result.findings, *template_findings(result)]  # the organisation's templates
        reports.append(FileReport(display_path(path), time.perf_counter() - started, found))
        findings.extend(found)
    if stdin is not None:
        started = time.perf_counter()
        result = workspace.check_plan(stdin.path, source=stdin.source, display=stdin.display)
        found = [*result.findings, *template_findings(result)]
        reports.append(FileReport(stdin.display, time.perf_counter() - started, found))
        findings.extend(found)
    if shard is None:
        findings.extend(workspace.registry_findings())
        count = len(files) + (stdin is not None)
        return Collected(sorted(set(findings)), count, reports=reports)
    for registry in select(workspace.registry_paths(), shard, lambda p: p, root):
        findings.extend(workspace.findings_of_registry(registry))
    # Counted as without a shard: the files found under the paths, here those of this part.
    named = [p for p in files if p.name == REGISTRY_NAME]
    counted = len(plan_files) + len(select(named, shard, lambda p: p, root))
    return Collected(sorted(set(findings)), counted, len(files), reports)


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


def _stdin_plan(args: ValidateArgs) -> StdinPlan | None:
    if STDIN not in args.paths:
        return None
    source = args.stdin if args.stdin is not None else sys.stdin.buffer.read()
    if args.stdin_filename is None:
        return StdinPlan(source, Path.cwd() / "-", "-")
    return StdinPlan(source, args.stdin_filename, display_path(args.stdin_filename))


def _first_path(args: ValidateArgs) -> Path | None:
    """The path whose configuration gives `lang`, `format` and `strict`."""
    if not args.paths:
        return None
    first = args.paths[0]
    if first == STDIN:
        return args.stdin_filename or Path.cwd() / "-"
    return first


def run(args: ValidateArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # Resolved at call time: the test runner swaps sys.stdout after import.
    out, err = out or sys.stdout, err or sys.stderr
    lang = args.lang or "vi"
    if args.output is not None and (problem := output_problem(args.output, lang)):
        err.write(f"planctl: {problem}\n")
        return 2
    if problems := selection_problems(args.select, args.ignore, lang):
        for problem in problems:
            err.write(f"planctl: {problem}\n")
        return 2
    if args.stdin_filename is not None and STDIN not in args.paths:
        err.write(f"planctl: {t('usage.stdin_filename_alone', lang)}\n")
        return 2
    try:
        configs = Configs(args.config, select=args.select, ignore=args.ignore)
        first = _first_path(args)
        settings = configs.for_path(first) if first is not None else DEFAULT
        lang = args.lang or settings.lang or "vi"
        shard = parse_shard(args.shard, lang) if args.shard is not None else None
        collected = collect_all(args.paths, configs, _stdin_plan(args), shard)
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
    if args.verbosity > 0:
        write_file_lines(collected.reports, lang, err)
    output_format = _format(args, settings)
    view = ReportView(
        quiet=args.verbosity < 0,
        color=wants_color(args.color, out) if args.output is None else False,
    )
    if args.output is not None:
        buffer = io.StringIO()
        write_report(findings, collected.files, lang, output_format, view, args.statistics, buffer)
        if problem := write_output(args.output, buffer.getvalue(), lang):
            err.write(f"planctl: {problem}\n")
            return 2
    elif args.verbosity > -2:
        # Straight to `out`: github's annotations must reach it as workflow commands.
        write_report(findings, collected.files, lang, output_format, view, args.statistics, out)
    if args.exit_zero:
        return 0
    strict = args.strict if args.strict is not None else bool(settings.strict)
    if any(f.severity is Severity.ERROR for f in findings):
        return 1
    if strict and findings:
        return 1
    return 0


def write_report(
    findings: list[Finding],
    files: int,
    lang: str,
    output_format: str,
    view: ReportView,
    statistics: bool,
    out: TextIO,
) -> None:
    """The report, as `output_format` and the view want it."""
    from planctl.report import REPORTERS

    if statistics:
        write_statistics(findings, files, lang, output_format, out)
    elif output_format == "text":
        report_text(findings, files, lang, out, view=view)
    else:
        REPORTERS[output_format](findings, files, lang, out)
