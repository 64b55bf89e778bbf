"""Plans built one after another, or in a pool of processes (`--jobs N`).

Either way the results come back in the order of the plans, each with what its build printed,
so that the report reads the same whatever N is. The manifest is only read in the workers;
the caller records what they wrote.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

from planctl.build.context import BuildOptions
from planctl.build.jobs import Job
from planctl.build.manifest import Manifest
from planctl.build.pipeline import Outcome, build_plan
from planctl.workspace import Workspace

_worker_workspace: Workspace | None = None


def _build_in_worker(task: tuple[Job, BuildOptions, Manifest, str]) -> tuple[Outcome, str]:
    """One plan in a worker process: its outcome and what it would have printed."""
    global _worker_workspace
    if _worker_workspace is None:  # one per process, so that registries are read once each
        _worker_workspace = Workspace()
    job, options, manifest, lang = task
    log = io.StringIO()
    return build_plan(_worker_workspace, job, options, manifest, lang, log), log.getvalue()


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
    from concurrent.futures import ProcessPoolExecutor

    tasks = [(job, options, manifest, lang) for job in todo]
    with ProcessPoolExecutor(max_workers=min(workers, len(todo))) as pool:
        yield from pool.map(_build_in_worker, tasks)
