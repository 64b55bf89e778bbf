"""Plans built one after another, or in a pool of processes (`--jobs N`).

Either way the results come back in the order of the plans, each with what its build printed,
so that the report reads the same whatever N is. Each worker process starts once
(:func:`_start_worker`): it imports the writers (python-docx, openpyxl, jinja2), compiles the
package templates and keeps one Workspace, the build options and the manifest, so that a plan
sent to it carries only its Job. Small plans travel in batches of up to `BATCH` (one round
trip to a worker each), a large plan alone, so that one big programme does not hold three
small plans behind it. A plan that fails fails alone: its batch goes on, and a worker that
dies (killed, out of memory) fails the batch the build was waiting for, each plan reported,
and the batches after it go to a new pool. The
manifest is read in the workers and each records what it wrote (under the manifest's lock);
the caller saves the result.
"""

from __future__ import annotations

import io
import os
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from planctl.build.context import BuildOptions
from planctl.build.jobs import Job
from planctl.build.manifest import Manifest
from planctl.build.pipeline import Outcome, Status, build_plan
from planctl.i18n import t
from planctl.workspace import Workspace, display_path

BATCH = 4
"""Small plans sent to a worker at once."""
LARGE_PLAN_BYTES = 200_000
"""A plan file this big (about 500 tasks) is sent alone."""


@dataclass
class _Worker:
    """What a worker process keeps between the plans it is sent."""

    workspace: Workspace
    options: BuildOptions
    manifest: Manifest
    lang: str


_worker: _Worker | None = None


def _start_worker(options: BuildOptions, manifest: Manifest, lang: str) -> None:
    """Once per worker process: the heavy imports and the template compilation every plan
    needs, done before the first plan rather than inside it."""
    global _worker
    warm_up()
    _worker = _Worker(Workspace(), options, manifest, lang)


def warm_up() -> None:
    """Import the writers and compile the package's wording templates (kept by
    planctl.render.templates for the life of the process)."""
    import docx  # noqa: F401
    import openpyxl  # noqa: F401

    import planctl.render.compose
    import planctl.render.csv_writer
    import planctl.render.docx_writer
    import planctl.render.xlsx_writer  # noqa: F401
    from planctl.render.templates import Wording, package_templates

    wording = Wording()
    for template in sorted(package_templates().glob("*.j2")):
        try:
            wording.module(template.name)
        except Exception:
            continue


def _build_batch(jobs: Sequence[Job]) -> list[tuple[Outcome, str]]:
    """Plans in a worker process: each one's outcome and what it would have printed."""
    assert _worker is not None, "the pool's initializer sets up every worker"
    results = []
    for job in jobs:
        log = io.StringIO()
        outcome = build_plan(
            _worker.workspace, job, _worker.options, _worker.manifest, _worker.lang, log
        )
        results.append((outcome, log.getvalue()))
    return results


def batches(todo: Sequence[Job], size: int = BATCH) -> list[list[Job]]:
    """`todo` cut into runs of consecutive plans: up to `size` small ones, a large one alone."""
    out: list[list[Job]] = []
    current: list[Job] = []
    for job in todo:
        if _is_large(job):
            if current:
                out.append(current)
                current = []
            out.append([job])
            continue
        current.append(job)
        if len(current) == size:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _is_large(job: Job) -> bool:
    try:
        return os.stat(job.plan).st_size >= LARGE_PLAN_BYTES
    except OSError:  # the worker reports it, as --jobs 1 would
        return False


def execute(
    todo: Sequence[Job],
    workspace: Workspace,
    workers: int,
    options: BuildOptions,
    manifest: Manifest,
    lang: str,
) -> Iterator[tuple[Outcome, str]]:
    """Build `todo` in order, or in `workers` processes; results in the order of `todo`."""
    if workers <= 1 or len(todo) <= 1:
        for job in todo:
            log = io.StringIO()
            yield build_plan(workspace, job, options, manifest, lang, log), log.getvalue()
        return
    pending = batches(todo)
    while pending:
        pending = yield from _in_pool(pending, workers, options, manifest, lang)


def _in_pool(
    groups: list[list[Job]], workers: int, options: BuildOptions, manifest: Manifest, lang: str
) -> Generator[tuple[Outcome, str], None, list[list[Job]]]:
    """Results of `groups` from one pool, in order, until it breaks (a worker died): the
    batch then awaited fails, and the groups after it are returned to be sent to a new one."""
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(groups)),
        initializer=_start_worker,
        initargs=(options, manifest, lang),
    )
    try:
        futures = [pool.submit(_build_batch, group) for group in groups]
        for index, (group, future) in enumerate(zip(groups, futures, strict=True)):
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                yield from _lost(group, exc, lang)
                pool.shutdown(wait=True, cancel_futures=True)
                return groups[index + 1 :]
            yield from results
    except BaseException:
        # Ctrl-C or the caller gave up: plans not started are dropped; those being built
        # finish or die mid-write, and every write is atomic, so no partial file is left.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return []


def _lost(group: Sequence[Job], exc: Exception, lang: str) -> Iterator[tuple[Outcome, str]]:
    """Each plan of a batch whose worker died, failed."""
    detail = str(exc) or type(exc).__name__
    reason = t("build.worker_lost", lang, reason=detail)
    for job in group:
        message = t("build.failure", lang, file=display_path(job.plan), reason=reason)
        yield Outcome(job.plan, Status.FAILED, reason=reason), message + "\n"
