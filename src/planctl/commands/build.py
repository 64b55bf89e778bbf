# build-pipeline: ready
"""`planctl build`: plans → official documents (.docx), one folder tree mirrored into another.

For each plan: check it (the same findings as `planctl validate`); if it has errors, print them
and skip it unless `--force`; otherwise render every output in memory, then write each one
atomically (a temporary file renamed into place), so a failure leaves earlier outputs as they
were. Outputs mirror the plans' folders: plans/btttt/x.yaml → build/btttt/x.docx.

The per-plan step is `build_one(result, out_dir, options)`; what it writes is the list
`WRITERS` of `OutputWriter`s (docx now; xlsx, csv and pdf writers plug in the same way), each
turning a `RenderContext` into bytes.

Builds are incremental (see `planctl.incremental`): a manifest in the output folder records
what was written from what; a plan whose outputs are all current is skipped without being
read, and an output edited by hand since it was written is never overwritten without
`--force`. `--xlsx` and `--csv` add writers; `--pdf` converts each .docx with LibreOffice;
`--jobs N` builds plans in N processes, reporting in the same order as one.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from planctl.findings import Finding, Severity
from planctl.i18n import t
from planctl.project import (
    PlanResult,
    UsageError,
    Workspace,
    discover,
    display_path,
    find_registry,
)
from planctl.write import atomic_write_bytes

if TYPE_CHECKING:
    from planctl.manifest import Manifest
    from planctl.render.templates import Wording
    from planctl.view import PlanView

DEFAULT_OUTPUT = Path("build")


@dataclass
class BuildArgs:
    paths: list[Path]
    output: Path = DEFAULT_OUTPUT
    force: bool = False
    quiet: bool = False
    lang: str = "vi"
    formats: tuple[str, ...] = ("docx",)
    """Outputs per plan, from ALL_FORMATS: docx, xlsx, csv, pdf (the PDF is made from the
    docx); a plan's configuration (`build.outputs`) may add more."""
    jobs: int | None = None
    """Processes building plans at once; 0 for one per CPU; None: `build.jobs` from the
    configuration, else 1."""


@dataclass(frozen=True)
class BuildOptions:
    """What changes the bytes of an output besides the plan itself."""

    force: bool = False
    # The documents' clock; None: SOURCE_DATE_EPOCH, else each document's own date.
    when: dt.datetime | None = None


@dataclass
class RenderContext:
    """Everything an output writer needs for one plan, prepared once."""

    result: PlanResult
    view: PlanView
    wording: Wording
    options: BuildOptions

    @property
    def when(self) -> dt.datetime:
        """The date the document's properties carry: SOURCE_DATE_EPOCH, else its own date."""
        from planctl.render.reproducible import document_datetime

        if self.options.when is not None:
            return self.options.when
        return document_datetime(self.view.document.date)

    @property
    def zip_time(self) -> dt.datetime:
        """The date of every entry of a zip output: SOURCE_DATE_EPOCH, else 1980-01-01."""
        from planctl.render.reproducible import build_datetime

        return self.options.when if self.options.when is not None else build_datetime()

    @property
    def template_dirs(self) -> list[Path]:
        """The organisation template folders in use (for a build manifest's fingerprint)."""
        return list(self.wording.dirs)


class OutputWriter(Protocol):
    """Turns one plan into one file: `suffix` names it, `render` makes its bytes."""

    suffix: str

    def render(self, context: RenderContext) -> bytes: ...


class DocxOutput:
    """The official document: KẾ HOẠCH, or QUYẾT ĐỊNH with its plan, and the task appendix."""

    suffix = ".docx"

    def render(self, context: RenderContext) -> bytes:
        from planctl.render.compose import compose
        from planctl.render.docx_writer import write_docx

        composed = compose(context.view, context.wording)
        reference = context.wording.reference_docx()
        return write_docx(composed, reference, context.when, context.zip_time)


class XlsxOutput:
    """The task table for clerks: the document's rows, frozen header, filters, per-unit sheet."""

    suffix = ".xlsx"

    def render(self, context: RenderContext) -> bytes:
        from planctl.render.xlsx_writer import render_xlsx

        return render_xlsx(context.view, context.when, context.zip_time)


class CsvOutput:
    """One row per task, UTF-8 with a BOM so that Excel reads Vietnamese correctly."""

    suffix = ".csv"

    def render(self, context: RenderContext) -> bytes:
        from planctl.render.csv_writer import render_csv

        return render_csv(context.view)


WRITERS: list[OutputWriter] = [DocxOutput()]
# Every output `--xlsx`, `--csv`, `--pdf` can ask for, in the order they are made; the PDF is
# no writer but a conversion of the .docx (planctl.render.pdf).
FORMATS: dict[str, OutputWriter] = {"docx": DocxOutput(), "xlsx": XlsxOutput(), "csv": CsvOutput()}
PDF = "pdf"
ALL_FORMATS = (*FORMATS, PDF)


def output_paths(job: Job, formats: Sequence[str]) -> list[Path]:
    """Where a plan's outputs go, in the order of ALL_FORMATS."""
    return [job.out_dir / f"{job.plan.stem}.{name}" for name in ALL_FORMATS if name in formats]


class BuildError(Exception):
    """An output could not be made for a reason the user can act on (a bad template …)."""


def prepare(result: PlanResult, options: BuildOptions) -> RenderContext:
    from planctl.render.templates import Wording, search_dirs
    from planctl.view import build_view

    if result.document is None or result.registry is None:
        raise BuildError("the plan could not be read")
    view = build_view(result.document, result.registry)
    wording = Wording(search_dirs(result.path, result.registry_path))
    return RenderContext(result, view, wording, options)


def build_one(
    result: PlanResult,
    out_dir: Path,
    options: BuildOptions | None = None,
    writers: Sequence[OutputWriter] | None = None,
) -> list[Path]:
    """Render every output of one plan, then write them into `out_dir`; their paths.

    Nothing is written unless every writer succeeded, and each file is replaced atomically.
    """
    rendered = render_outputs(result, out_dir, options, writers)
    for path, data in rendered:
        atomic_write_bytes(path, data)
    return [path for path, _ in rendered]


def render_outputs(
    result: PlanResult,
    out_dir: Path,
    options: BuildOptions | None = None,
    writers: Sequence[OutputWriter] | None = None,
) -> list[tuple[Path, bytes]]:
    """Every output of one plan, rendered in memory: (path in `out_dir`, bytes)."""
    from planctl.render.templates import TemplateProblem

    context = prepare(result, options or BuildOptions())
    rendered: list[tuple[Path, bytes]] = []
    try:
        for writer in WRITERS if writers is None else writers:
            rendered.append(
                (out_dir / f"{result.path.stem}{writer.suffix}", writer.render(context))
            )
    except TemplateProblem as exc:
        raise BuildError(str(exc)) from exc
    return rendered


def build_guarded(
    result: PlanResult,
    job: Job,
    args: BuildArgs,
    err: TextIO,
    options: BuildOptions,
    manifest: Manifest,
    *,
    with_errors: bool = False,
) -> tuple[list[Path], list[Written], str]:
    """Render one plan's outputs and write those the manifest allows: (outputs, what was
    written, why the plan failed or ""). Nothing is written if a file is refused."""
    from planctl import incremental
    from planctl.manifest import OutputState, file_digest, sha256_bytes
    from planctl.render.pdf import PdfError, convert_to_pdf

    lang = args.lang
    writers = [FORMATS[name] for name in FORMATS if name in args.formats]
    rendered = render_outputs(result, job.out_dir, options, writers)
    settings = incremental.options_of(options.when)
    inputs = incremental.plan_inputs(result, manifest.folder, settings, with_errors=with_errors)
    guarded = incremental.guard(manifest, rendered, args.force)
    pdf: tuple[Path, Path, dict[str, str]] | None = None
    if PDF in args.formats and rendered:
        docx, docx_bytes = rendered[0]
        pdf_path = docx.with_suffix(".pdf")
        pdf_inputs = incremental.derived_inputs(manifest, docx, docx_bytes)
        state = manifest.state(pdf_path, pdf_inputs)
        if state in (OutputState.EDITED, OutputState.UNTRACKED):
            (guarded.overriding if args.force else guarded.refused).append((pdf_path, state))
        if state is not OutputState.CURRENT and (
            args.force or pdf_path not in dict(guarded.refused)
        ):
            pdf = (docx, pdf_path, pdf_inputs)
    for path, state in guarded.refused:
        key = "build.edited" if state is OutputState.EDITED else "build.untracked"
        err.write(t(key, lang, file=display_path(path)) + "\n")
    if guarded.refused:
        files = ", ".join(display_path(path) for path, _ in guarded.refused)
        return [], [], t("build.reason_refused", lang, files=files)
    for path, _ in guarded.overriding:
        err.write(t("build.overwriting", lang, file=display_path(path)) + "\n")
    for path, data in guarded.write:
        atomic_write_bytes(path, data)
    written = [Written(path, sha256_bytes(data), inputs) for path, data in rendered]
    outputs = [path for path, _ in rendered]
    if pdf is not None:
        docx, pdf_path, pdf_inputs = pdf
        try:
            convert_to_pdf(docx, pdf_path.parent)
        except PdfError as exc:
            reason = t("build.pdf_failed", lang, reason=exc)
            err.write(f"{display_path(pdf_path)}: {reason}\n")
            return outputs, written, reason
        written.append(Written(pdf_path, file_digest(pdf_path), pdf_inputs))
    if PDF in args.formats:
        outputs.append(job.out_dir / f"{job.plan.stem}.pdf")
    return outputs, written, ""


# -- the command ---------------------------------------------------------------------------


class Status(StrEnum):
    BUILT = "built"
    FORCED = "forced"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Written:
    """An output as the build left it, for the manifest: its digest and its inputs."""

    path: Path
    sha256: str
    inputs: dict[str, str]


@dataclass
class Outcome:
    plan: Path
    status: Status
    outputs: list[Path] = field(default_factory=list)
    reason: str = ""
    warnings: int = 0
    written: list[Written] = field(default_factory=list)


@dataclass(frozen=True)
class Job:
    plan: Path
    out_dir: Path


def _base_of_file(plan: Path) -> Path:
    """Where a plan named on its own is mirrored from: the parent of its organisation folder
    (the one holding its org.yaml), so that `build plans/btttt/x.yaml` writes
    build/btttt/x.docx as `build plans/` does; the organisation folder itself when it is the
    working folder; the plan's own folder when it has no registry."""
    registry = find_registry(plan)
    if registry is None:
        return plan.resolve().parent
    org = registry.parent
    return org if org == Path.cwd().resolve() else org.parent


def jobs_for(paths: list[Path], output: Path) -> list[Job]:
    """Each plan under `paths` and the folder its outputs go to, in a stable order."""
    jobs: dict[Path, Job] = {}
    for path in paths:
        if not path.exists():
            raise UsageError(str(path))
        base = path.resolve() if path.is_dir() else _base_of_file(path)
        for plan in discover([path]):
            try:
                relative = plan.resolve().parent.relative_to(base)
            except ValueError:
                relative = Path()
            jobs.setdefault(plan.resolve(), Job(plan, output / relative))
    return sorted(jobs.values(), key=lambda job: str(job.plan))


def _errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]


def build_plan(
    workspace: Workspace,
    job: Job,
    args: BuildArgs,
    err: TextIO,
    options: BuildOptions,
    manifest: Manifest | None = None,
) -> Outcome:
    """Check and build one plan; with a manifest, write only what it allows (build_guarded)."""
    from planctl.report.text import format_finding

    result = workspace.check_plan(job.plan)
    # The Workspace has applied the configuration and `# planctl: ignore` comments already.
    registry_findings = (
        workspace.findings_of_registry(result.registry_path) if result.registry_path else []
    )
    findings = sorted(set(result.findings) | set(registry_findings))
    errors = _errors(findings)
    name = display_path(job.plan)
    warnings = len(findings) - len(errors)
    if errors:
        for finding in errors:
            err.write(format_finding(finding, args.lang) + "\n")
        loadable = result.document is not None and result.registry is not None
        if not args.force or not loadable:
            err.write(t("build.skipping", args.lang, file=name, errors=len(errors)) + "\n")
            reason = t("build.reason_errors", args.lang, errors=len(errors))
            return Outcome(job.plan, Status.SKIPPED, reason=reason, warnings=warnings)
    written: list[Written] = []
    try:
        if manifest is None:
            outputs = build_one(result, job.out_dir, options)
        else:
            outputs, written, refusal = build_guarded(
                result, job, args, err, options, manifest, with_errors=bool(errors)
            )
            if refusal:
                return Outcome(
                    job.plan, Status.FAILED, outputs, refusal, warnings=warnings, written=written
                )
    except (BuildError, OSError) as exc:
        reason = str(exc)
        err.write(t("build.failure", args.lang, file=name, reason=reason) + "\n")
        return Outcome(job.plan, Status.FAILED, reason=reason, warnings=warnings)
    except Exception as exc:  # a bug: say so in one line; PLANCTL_DEBUG=1 shows the traceback
        if os.environ.get("PLANCTL_DEBUG"):
            raise
        reason = f"{type(exc).__name__}: {exc}"
        err.write(t("build.failure", args.lang, file=name, reason=reason) + "\n")
        return Outcome(job.plan, Status.FAILED, reason=reason, warnings=warnings)
    status = Status.FORCED if errors else Status.BUILT
    return Outcome(job.plan, status, outputs=outputs, warnings=warnings, written=written)


_worker_workspace: Workspace | None = None


def _build_in_worker(
    task: tuple[Job, BuildArgs, BuildOptions, Manifest | None],
) -> tuple[Outcome, str]:
    """One plan in a worker process (--jobs): its outcome and what it would have printed."""
    global _worker_workspace
    if _worker_workspace is None:  # one per process, so that registries are read once each
        _worker_workspace = Workspace()
    job, args, options, manifest = task
    log = io.StringIO()
    return build_plan(_worker_workspace, job, args, log, options, manifest), log.getvalue()


def _execute(
    todo: Sequence[tuple[Job, BuildArgs]],
    workspace: Workspace,
    workers: int,
    options: BuildOptions,
    manifest: Manifest | None,
) -> Iterator[tuple[Outcome, str]]:
    """Build `todo` in order, or in `workers` processes; results in the order of `todo`."""
    if workers <= 1 or len(todo) <= 1:
        for job, args in todo:
            log = io.StringIO()
            yield build_plan(workspace, job, args, log, options, manifest), log.getvalue()
        return
    from concurrent.futures import ProcessPoolExecutor

    tasks = [(job, args, options, manifest) for job, args in todo]
    with ProcessPoolExecutor(max_workers=min(workers, len(todo))) as pool:
        yield from pool.map(_build_in_worker, tasks)


def _configured(
    args: BuildArgs, jobs: Sequence[Job], workspace: Workspace
) -> tuple[list[BuildArgs], int]:
    """Each plan's arguments, with the outputs its configuration adds (`build.outputs`), and
    the number of processes: --jobs, else `build.jobs` where the first path is, else 1."""
    from dataclasses import replace

    per_plan: list[BuildArgs] = []
    for job in jobs:
        wanted = {"docx", *args.formats, *workspace.configs.for_path(job.plan).build_outputs}
        formats = tuple(name for name in ALL_FORMATS if name in wanted)
        per_plan.append(args if formats == args.formats else replace(args, formats=formats))
    jobs_setting = args.jobs
    if jobs_setting is None:
        jobs_setting = workspace.configs.for_path(args.paths[0]).build_jobs or 1
    return per_plan, jobs_setting if jobs_setting > 0 else (os.cpu_count() or 1)


def _pdf_available(lang: str, err: TextIO) -> bool:
    """Whether LibreOffice is there to make PDFs; if not, say how to install it."""
    from planctl.render.pdf import METRIC_COMPATIBLE, find_soffice, serif_font

    if find_soffice() is None:
        err.write(t("build.pdf_missing", lang) + "\n")
        return False
    font = serif_font()
    if font is not None and font not in METRIC_COMPATIBLE:
        err.write(t("build.pdf_font", lang, font=font) + "\n")
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


def _summary(outcomes: list[Outcome], args: BuildArgs, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    lang = args.lang
    styles = {
        Status.BUILT: "green",
        Status.FORCED: "yellow",
        Status.UNCHANGED: "cyan",
        Status.SKIPPED: "yellow",
        Status.FAILED: "red",
    }
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
        table.add_row(f"[{styles[outcome.status]}]{status}[/]", display_path(outcome.plan), detail)
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


def run(args: BuildArgs, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    try:
        jobs = jobs_for(args.paths, args.output)
    except UsageError as exc:
        err.write(f"planctl: {t('usage.missing_path', args.lang, path=exc)}\n")
        return 2
    if not jobs:
        paths = ", ".join(str(p) for p in args.paths)
        err.write(f"planctl: {t('usage.no_plans', args.lang, paths=paths)}\n")
        return 2
    from dataclasses import replace

    from planctl import incremental
    from planctl.config import ConfigError
    from planctl.manifest import Digests, Manifest

    workspace = Workspace()
    try:
        per_plan, workers = _configured(args, jobs, workspace)
    except ConfigError as exc:
        for line in exc.lines(args.lang):
            err.write(f"planctl: {line}\n")
        return 2
    if any(PDF in a.formats for a in per_plan) and not _pdf_available(args.lang, err):
        per_plan = [replace(a, formats=tuple(f for f in a.formats if f != PDF)) for a in per_plan]
    manifest = Manifest.load(args.output)
    if manifest.problem:
        name = display_path(manifest.path)
        err.write(t("build.manifest_unreadable", args.lang, file=name, reason=manifest.problem))
        err.write("\n")
    options = BuildOptions(force=args.force)
    settings = incremental.options_of(options.when)
    digests = Digests()
    outcomes: dict[Path, Outcome] = {}
    todo: list[tuple[Job, BuildArgs]] = []
    for job, plan_args in zip(jobs, per_plan, strict=True):
        planned = output_paths(job, plan_args.formats)
        if incremental.unchanged(manifest, planned, settings, digests):
            outcomes[job.plan] = Outcome(job.plan, Status.UNCHANGED, planned)
        else:
            todo.append((job, plan_args))
    show_bar = len(jobs) > 1 and not args.quiet and out.isatty()
    try:
        with _progress(show_bar, len(jobs), out, t("build.progress", args.lang)) as step:
            for job in jobs:
                if job.plan in outcomes:
                    step(display_path(job.plan))
            for outcome, log in _execute(todo, workspace, workers, options, manifest):
                err.write(log)
                outcomes[outcome.plan] = outcome
                for item in outcome.written:
                    manifest.record(item.path, item.sha256, item.inputs)
                step(display_path(outcome.plan))
    finally:
        manifest.prune()
        manifest.save()
    ordered = [outcomes[job.plan] for job in jobs]
    if not args.quiet:
        _summary(ordered, args, out)
    ok = {Status.BUILT, Status.FORCED, Status.UNCHANGED}
    return 0 if all(o.status in ok for o in ordered) else 1
