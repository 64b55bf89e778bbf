"""Incremental builds: skip what has not changed, never overwrite what a clerk has edited.

The build asks two things of the manifest (:mod:`planctl.build.manifest`):

* before a plan is even read, :func:`unchanged`: is every output it would write on disk as
  planctl wrote it, from inputs that have not changed? Then the plan is skipped.
* after its outputs are rendered, :func:`guard`: which may be written? An output changed
  on disk since planctl wrote it (the clerk edited the .docx in Word), or a file planctl did
  not write that differs from the new one, is refused unless `--overwrite`; an output
  already holding the new bytes is left alone, so its modification time says when it last
  really changed.

A plan's inputs (:func:`plan_inputs`) are the plan file, its registry, every template folder
on its search path, its configuration file (a default `period` changes the documents) and the
planctl code, plus the places a registry, template folder or configuration file could appear
and change the build (recorded as absent), so that the check before reading the plan is as
sound as a full comparison.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from planctl import __version__
from planctl.build.manifest import (
    Digests,
    Manifest,
    OutputState,
    current_values,
    file_digest,
    fingerprint,
    sha256_bytes,
)
from planctl.repo_root import repository_root
from planctl.workspace import REGISTRY_NAME, PlanResult, folders_up_to

# Kept equal to planctl.render.templates.TEMPLATES_DIR, which imports jinja2.
TEMPLATES_DIR = "templates"
# An input key that no check can match: a plan built with errors is checked again next time.
WITH_ERRORS = "findings"


@lru_cache(maxsize=1)
def planctl_version() -> str:
    """The version and a digest of the installed code and templates: a changed writer or
    template in a development install rebuilds as a new release would."""
    from importlib import resources

    package = Path(__file__).resolve().parents[1]  # planctl/, not planctl/build/
    # The default templates live outside it, in the top-level templates/ of a checkout.
    templates = Path(str(resources.files("planctl.templates")))
    digests = Digests()
    return f"{__version__}+{digests.tree(package)[:8]}{digests.tree(templates)[:8]}"


def options_of(when: dt.datetime | None) -> dict[str, Any]:
    """The build options that change the bytes of an output."""
    from planctl.render.reproducible import source_date_epoch

    return {
        "when": when.isoformat() if when else None,
        "source_date_epoch": source_date_epoch(),
    }


def current(options: Mapping[str, Any]) -> dict[str, str]:
    return current_values(planctl_version(), options)


def _config_candidates(folder: Path, root: Path | None) -> list[Path]:
    """The configuration file governing `folder` and every one that would win if it appeared
    (planctl.config.find_config looks from the folder upwards, to the root if need be).

    Inside a repository, the folders above its top are left out: they differ from one
    checkout to another (a clone one folder deeper would have one more), and a file there is
    no part of the project."""
    from planctl.config import CONFIG_FILE, PYPROJECT, find_config

    found = find_config(folder)
    out: list[Path] = []
    for candidate in (folder, *folder.parents):
        if root is not None and candidate != root and root not in candidate.parents:
            if found is not None:  # above the repository: only the file that governs
                out.append(found)
            break
        out += [candidate / CONFIG_FILE, candidate / PYPROJECT]
        if found is not None and candidate == found.parent:
            break
    return out


def plan_inputs(
    result: PlanResult,
    base: Path,
    options: Mapping[str, Any],
    digests: Digests | None = None,
    *,
    with_errors: bool = False,
) -> dict[str, str]:
    """The fingerprint of one plan's outputs, paths relative to the plan's repository (the
    same in every checkout), else to `base` (the output root)."""
    plan = result.path.resolve()
    root = repository_root(plan)
    registry = result.registry_path.resolve() if result.registry_path else None
    chain = folders_up_to(plan.parent, registry.parent if registry else plan.parent)
    files = [("plan", plan)]
    if registry is not None:
        declared = result.document.org if result.document is not None else None
        if declared:
            files.append(("registry", registry))
        else:  # the nearest org.yaml wins: a new one nearer the plan would change the build
            files.extend(("registry", folder / REGISTRY_NAME) for folder in chain)
    files.extend(("config", path) for path in _config_candidates(plan.parent, root))
    folders = [("templates", folder / TEMPLATES_DIR) for folder in chain]
    inputs = fingerprint(
        base,
        root=root,
        version=planctl_version(),
        options=options,
        files=files,
        folders=folders,
        digests=digests,
    )
    if with_errors:
        inputs[WITH_ERRORS] = "errors"
    return inputs


def derived_inputs(manifest: Manifest, sources: Mapping[str, tuple[Path, bytes]]) -> dict[str, str]:
    """The fingerprint of an output made from other outputs (the PDF from the .docx): those
    outputs alone, by name, so that a new planctl that writes the same .docx converts nothing
    again: ``{"docx:btttt/x.docx": sha}``."""
    return {
        f"{name}:{manifest.key(path)}": sha256_bytes(data) for name, (path, data) in sources.items()
    }


def unchanged(
    manifest: Manifest,
    outputs: Sequence[Path],
    options: Mapping[str, Any],
    digests: Digests | None = None,
) -> bool:
    """Whether every one of `outputs` is current: the plan need not even be read."""
    values = current(options)
    digests = digests or Digests()
    return all(manifest.verify(path, values, digests) is OutputState.CURRENT for path in outputs)


@dataclass
class Guarded:
    """What may be done with a plan's rendered outputs."""

    write: list[tuple[Path, bytes]] = field(default_factory=list)
    same: list[Path] = field(default_factory=list)
    """Already on disk with exactly these bytes."""
    refused: list[tuple[Path, OutputState]] = field(default_factory=list)
    """Edited by hand (EDITED) or not planctl's (UNTRACKED): not to be overwritten."""
    overriding: list[tuple[Path, OutputState]] = field(default_factory=list)
    """Such files, to be overwritten all the same (`--overwrite`)."""


def protected(manifest: Manifest, path: Path) -> OutputState | None:
    """EDITED or UNTRACKED when overwriting `path` could lose someone's work; else None."""
    state = manifest.state(path, None)
    return state if state in (OutputState.EDITED, OutputState.UNTRACKED) else None


def guard(manifest: Manifest, rendered: Sequence[tuple[Path, bytes]], overwrite: bool) -> Guarded:
    """Sort rendered outputs into those to write, those already there, and those refused."""
    guarded = Guarded()
    for path, data in rendered:
        state = manifest.state(path, None)
        if state is OutputState.MISSING:
            guarded.write.append((path, data))
            continue
        if file_digest(path) == sha256_bytes(data):  # never reads a FIFO or /dev/zero there
            guarded.same.append(path)
        elif state is OutputState.CURRENT:
            guarded.write.append((path, data))
        elif overwrite:
            guarded.overriding.append((path, state))
            guarded.write.append((path, data))
        else:
            guarded.refused.append((path, state))
    return guarded
