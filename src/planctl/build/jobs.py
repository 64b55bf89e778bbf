"""Which plans a build makes, where each one's outputs go, and which outputs each makes.

Outputs mirror the organisation folders (those holding an org.yaml): a plan's outputs go to
its folder relative to the *root*, the deepest folder above every plan's organisation folder,
so plans/btttt/x.yaml → build/btttt/x.docx whether the build names plans/, plans/btttt, the
file itself or any mix of them. A plan with no org.yaml above it counts its own folder as its
organisation folder. Two plans whose outputs would be one file (x.yaml and x.yml, or names
differing only in case) are refused before anything is written (:func:`collisions`).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from planctl.build import incremental
from planctl.build.manifest import Digests, Manifest
from planctl.build.outputs import OUTPUTS, selected, without
from planctl.load.files import real_path
from planctl.workspace import Workspace, discover, find_registry


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


def located(plan: Path) -> Path:
    """Where `plan` sits: its folder resolved, the file itself not followed, so that a plan
    linked to a file elsewhere (or to /dev/zero, reported) keeps its place in the layout."""
    return real_path(plan.absolute().parent) / plan.name


def organisation_folder(plan: Path) -> Path:
    """The folder of the org.yaml nearest above `plan`, else the plan's own folder."""
    registry = find_registry(located(plan))
    folder = located(plan).parent
    if registry is not None and folder.is_relative_to(registry.parent):
        return registry.parent
    return folder


def layout_root(plans: Iterable[Path]) -> Path:
    """The folder outputs are mirrored from: the deepest one above every plan's organisation
    folder, so that each organisation keeps its own folder under the output folder."""
    above = {organisation_folder(plan).parent for plan in plans}
    return Path(os.path.commonpath(sorted(str(folder) for folder in above)))


def jobs_for(paths: list[Path], output: Path) -> list[Job]:
    """Each plan under `paths` and the folder its outputs go to, in a stable order."""
    plans = {located(plan): plan for plan in discover(paths)}  # UsageError: a missing path
    if not plans:
        return []
    root = layout_root(plans)
    jobs = [Job(plan, output / real.parent.relative_to(root)) for real, plan in plans.items()]
    return sorted(jobs, key=lambda job: str(job.plan))


def _same_file_key(path: Path) -> str:
    """Two paths one file system may take for one file: case and Unicode form folded (a
    build folder is often shared, or committed and checked out on Windows or macOS)."""
    return unicodedata.normalize("NFC", path.as_posix()).casefold()


def collisions(jobs: Sequence[Job]) -> list[tuple[Path, list[Path]]]:
    """(an output, the plans that would write it) for every output more than one plan
    would write: such a build must write nothing."""
    writers: dict[str, tuple[Path, list[Path]]] = {}
    for job in jobs:
        for path in job.outputs():
            writers.setdefault(_same_file_key(path), (path, []))[1].append(job.plan)
    return [(path, plans) for path, plans in writers.values() if len(plans) > 1]


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
