"""Which plans a build makes, where each one's outputs go, and which outputs each makes.

Outputs mirror the plans' folders: plans/btttt/x.yaml → build/btttt/x.docx.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from planctl.build import incremental
from planctl.build.manifest import Digests, Manifest
from planctl.build.outputs import OUTPUTS, selected, without
from planctl.load.files import real_path
from planctl.workspace import UsageError, Workspace, discover, find_registry


@dataclass(frozen=True)
class Job:
    plan: Path
    out_dir: Path
    formats: tuple[str, ...] = ("docx",)
    """The outputs to make, names from the table (planctl.build.outputs), in its order."""

    def output(self, name: str) -> Path:
        """Where the output `name` of this plan goes."""
        return self.out_dir / f"{self.plan.stem}{OUTPUTS[name].suffix}"

    def outputs(self) -> list[Path]:
        return [self.output(name) for name in self.formats]


def _base_of_file(plan: Path) -> Path:
    """Where a plan named on its own is mirrored from: the parent of its organisation folder
    (the one holding its org.yaml), so that `build plans/btttt/x.yaml` writes
    build/btttt/x.docx as `build plans/` does; the organisation folder itself when it is the
    working folder; the plan's own folder when it has no registry."""
    registry = find_registry(plan)
    if registry is None:
        return real_path(plan).parent
    org = registry.parent
    return org if org == Path.cwd().resolve() else org.parent


def jobs_for(paths: list[Path], output: Path) -> list[Job]:
    """Each plan under `paths` and the folder its outputs go to, in a stable order."""
    jobs: dict[Path, Job] = {}
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(str(path))
        base = real_path(path) if path.is_dir() else _base_of_file(path)
        for plan in discover([path]):
            try:
                relative = real_path(plan).parent.relative_to(base)
            except ValueError:
                relative = Path()
            jobs.setdefault(real_path(plan), Job(plan, output / relative))
    return sorted(jobs.values(), key=lambda job: str(job.plan))


def configured(jobs: Sequence[Job], wanted: Iterable[str], workspace: Workspace) -> list[Job]:
    """Each job with its outputs: the defaults, those `wanted` (the flags) and those its
    configuration adds (`build.outputs`). Raises planctl.config.ConfigError."""
    flags = tuple(wanted)
    configs = workspace.configs
    return [
        replace(job, formats=selected((*flags, *configs.for_path(job.plan).build_outputs)))
        for job in jobs
    ]


def available(jobs: Sequence[Job], lang: str) -> tuple[list[Job], list[str]]:
    """The jobs less the outputs this machine cannot make (each output's `check`, asked
    once), and what to tell the user about it, once for the whole build."""
    asked = {name for job in jobs for name in job.formats if OUTPUTS[name].check is not None}
    notes: list[str] = []
    missing: list[str] = []
    for name, entry in OUTPUTS.items():
        if name in asked and entry.check is not None:
            verdict = entry.check(lang)
            notes.extend(verdict.notes)
            if not verdict.ok:
                missing.append(name)
    if not missing:
        return list(jobs), notes
    return [replace(job, formats=without(job.formats, missing)) for job in jobs], notes


def processes(jobs: int | None, first: Path, workspace: Workspace) -> int:
    """How many plans to build at once: `jobs`, else `build.jobs` where `first` is, else 1;
    0 for one per CPU."""
    setting = jobs if jobs is not None else workspace.configs.for_path(first).build_jobs or 1
    return setting if setting > 0 else (os.cpu_count() or 1)


def current(
    jobs: Sequence[Job], manifest: Manifest, settings: Mapping[str, Any]
) -> tuple[list[Job], list[Job]]:
    """(the jobs whose outputs are all current, the others): the first need not be read."""
    digests = Digests()
    done: list[Job] = []
    todo: list[Job] = []
    for job in jobs:
        unchanged = incremental.unchanged(manifest, job.outputs(), settings, digests)
        (done if unchanged else todo).append(job)
    return done, todo
