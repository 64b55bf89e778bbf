"""`planctl build`: plans → official documents, one folder tree mirrored into another.

The command parses nothing itself (planctl.cli does) and builds nothing itself
(planctl.build does): it finds the plans and their outputs, refuses a build where two plans
would write one file, removes the temporary files an interrupted build left, asks the
pipeline for each plan not already current (the pipeline records each output in the manifest
as it writes it), shows progress, and prints the summary. The outputs there are (docx always;
xlsx, csv, pdf on request) are the table in planctl.build.outputs.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from planctl.atomic import remove_stale_temps
from planctl.build import incremental
from planctl.build.context import BuildOptions
from planctl.build.jobs import (
    available,
    collisions,
    configured,
    current,
    jobs_for,
    layout_root,
    processes,
)
from planctl.build.manifest import Manifest
from planctl.build.pipeline import Outcome, Status
from planctl.build.workers import execute
from planctl.config import ConfigError
from planctl.i18n import t
from planctl.shard import ShardError, parse_shard, select
from planctl.workspace import UsageError, Workspace, display_path

DEFAULT_OUTPUT = Path("build")


@dataclass
class BuildArgs:
    paths: list[Path]
    output: Path = DEFAULT_OUTPUT
    allow_errors: bool = False
    """Build plans that have errors."""
    overwrite: bool = False
    """Overwrite outputs edited by hand (or not written by planctl)."""
    quiet: bool = False
    lang: str = "vi"
    formats: tuple[str, ...] = ("docx",)
    """Outputs per plan, names from planctl.build.outputs; a plan's configuration
    (`build.outputs`) may add more."""
    jobs: int | None = None
    """Processes building plans at once; 0 for one per CPU; None: `build.jobs` from the
    configuration, else 1."""
    shard: str | None = None
    """`K/N`: build only part K of N of the plans (planctl.shard)."""


def run(args: BuildArgs, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    started = time.time()
    try:
        shard = parse_shard(args.shard, args.lang) if args.shard is not None else None
    except ShardError as exc:
        err.write(f"planctl: {exc}\n")
        return 2
    try:
        jobs = jobs_for(args.paths, args.output)
    except UsageError as exc:
        err.write(f"planctl: {t('usage.missing_path', args.lang, path=exc)}\n")
        return 2
    if not jobs:
        paths = ", ".join(str(p) for p in args.paths)
        err.write(f"planctl: {t('usage.no_plans', args.lang, paths=paths)}\n")
        return 2
    workspace = Workspace()
    try:
        jobs = configured(jobs, args.formats, workspace)
        workers = processes(args.jobs, args.paths[0], workspace)
    except ConfigError as exc:
        for line in exc.lines(args.lang):
            err.write(f"planctl: {line}\n")
        return 2
    clashes = collisions(jobs)
    for output, plans in clashes:
        sources = ", ".join(display_path(plan) for plan in plans)
        message = t("build.collision", args.lang, file=display_path(output), sources=sources)
        err.write(f"planctl: {message}\n")
    if clashes:
        return 2
    if shard is not None:
        # After the collision check, which must see every plan: two shards' outputs meet
        # in one place when their artifacts are gathered.
        total = len(jobs)
        root = layout_root(job.plan for job in jobs)
        jobs = select(jobs, shard, lambda job: job.plan, root)
        if not jobs:
            err.write(f"planctl: {t('shard.empty', args.lang, shard=shard, total=total)}\n")
            return 0
    jobs, notes = available(jobs, args.lang)
    for note in notes:
        err.write(note + "\n")
    # What a killed build left half-written: never renamed into place, so never an output.
    for folder in sorted({args.output, *(job.out_dir for job in jobs)}):
        remove_stale_temps(folder, before=started)
    manifest = Manifest.load(args.output)
    if manifest.path.is_dir():
        # Every output is recorded as it is written: with no file to record them in, none is.
        reason = t("build.manifest_is_folder", args.lang)
        err.write(
            t(
                "build.manifest_unwritable",
                args.lang,
                file=display_path(manifest.path),
                reason=reason,
            )
        )
        err.write("\n")
        return 1
    if manifest.problem:
        name = display_path(manifest.path)
        err.write(t("build.manifest_unreadable", args.lang, file=name, reason=manifest.problem))
        err.write("\n")
    options = BuildOptions(allow_errors=args.allow_errors, overwrite=args.overwrite)
    done, todo = current(jobs, manifest, incremental.options_of(options.when))
    outcomes = {job.plan: Outcome(job.plan, Status.UNCHANGED, job.outputs()) for job in done}
    show_bar = len(jobs) > 1 and not args.quiet and out.isatty()
    try:
        with _progress(show_bar, len(jobs), out, t("build.progress", args.lang)) as step:
            for job in done:
                step(display_path(job.plan))
            for outcome, log in execute(todo, workspace, workers, options, manifest, args.lang):
                err.write(log)
                outcomes[outcome.plan] = outcome
                step(display_path(outcome.plan))
    finally:
        saved = _save(manifest, [path for job in jobs for path in job.outputs()], args.lang, err)
    ordered = [outcomes[job.plan] for job in jobs]
    if not args.quiet:
        _summary(ordered, args, out)
    ok = {Status.BUILT, Status.FORCED, Status.UNCHANGED}
    return 0 if saved and all(o.status in ok for o in ordered) else 1


def _save(manifest: Manifest, outputs: list[Path], lang: str, err: TextIO) -> bool:
    """Save the manifest; when it cannot be (a read-only folder, a folder in its place) say
    so and return False: the build then fails, as the next one cannot trust its outputs."""
    try:
        manifest.finish(outputs)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        err.write(
            t("build.manifest_unwritable", lang, file=display_path(manifest.path), reason=reason)
        )
        err.write("\n")
        return False
    return True


@contextmanager
def _progress(
    enabled: bool, total: int, out: TextIO, label: str
) -> Iterator[Callable[[str], None]]:
    """A rich progress bar when enabled; otherwise a step function that does nothing."""
    if not enabled:
        yield lambda _name: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(file=out)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[name]}"),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total, name="")

        def step(name: str) -> None:
            progress.update(task, advance=1, name=name)

        yield step


STYLES = {
    Status.BUILT: "green",
    Status.FORCED: "yellow",
    Status.UNCHANGED: "cyan",
    Status.SKIPPED: "yellow",
    Status.FAILED: "red",
}


def _summary(outcomes: list[Outcome], args: BuildArgs, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    lang = args.lang
    table = Table(title=t("build.title", lang), title_justify="left")
    table.add_column(t("build.col_status", lang))
    table.add_column(t("build.col_plan", lang), overflow="fold")
    table.add_column(t("build.col_detail", lang), overflow="fold")
    for outcome in outcomes:
        if outcome.outputs:
            first, *more = outcome.outputs
            detail = display_path(first)
            if more:  # x.docx (+ .xlsx, .csv): one line per plan however many outputs
                detail += f" (+ {', '.join(p.suffix for p in more)})"
        else:
            detail = outcome.reason
        if outcome.warnings:
            detail += f" ({t('build.warnings', lang, n=outcome.warnings)})"
        status = t(f"build.{outcome.status.value}", lang)
        table.add_row(f"[{STYLES[outcome.status]}]{status}[/]", display_path(outcome.plan), detail)
    console = Console(file=out, width=max(100, Console(file=out).width))
    console.print(table)
    counts = {s: sum(o.status is s for o in outcomes) for s in Status}
    console.print(
        t(
            "build.summary_unchanged" if counts[Status.UNCHANGED] else "build.summary",
            lang,
            built=counts[Status.BUILT] + counts[Status.FORCED],
            unchanged=counts[Status.UNCHANGED],
            skipped=counts[Status.SKIPPED],
            failed=counts[Status.FAILED],
            out=display_path(args.output),
        ),
        highlight=False,
    )
