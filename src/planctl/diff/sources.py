"""Read plans for a diff: from files on disk, or as they were at a git revision.

A git revision is read with `git show REV:path` and never checked out, so the working tree is
left alone. Each plan is read with the registry beside it *on the same side*: the old plan
with the org.yaml of the old revision, so that a unit renamed since is seen as renamed.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Protocol

from planctl.facts import PlanFacts, work_out
from planctl.findings import Finding
from planctl.load import MAX_FILE_BYTES, LoadError, decode, load_yaml_text, unreadable
from planctl.load.files import not_a_folder, read_regular, real_path
from planctl.model.from_data import parse_document, parse_registry
from planctl.model.plan import Document, PlanContent
from planctl.model.registry import Registry
from planctl.workspace import PLAN_SUFFIXES, REGISTRY_NAME, SKIP_DIRS, display_path


class SourceError(Exception):
    """A plan cannot be read for the diff. Carries findings, or a message key and args."""

    def __init__(self, key: str, findings: list[Finding] | None = None, **args: str) -> None:
        super().__init__(key)
        self.key = key
        self.findings = findings or []
        self.args_ = args


@dataclass
class DiffPlan:
    """A plan read for a diff, with its registry when one was found."""

    label: str
    document: Document
    registry: Registry | None
    relpath: str
    """Path inside the folder or tree it was found in (for pairing), POSIX style."""

    @cached_property
    def facts(self) -> PlanFacts:
        return work_out(self.document, self.registry)

    @property
    def content(self) -> PlanContent:
        return self.facts.content

    @property
    def year(self) -> int | None:
        return self.facts.year


class Tree(Protocol):
    """Somewhere plans are read from: the working tree or a git revision."""

    def read(self, path: PurePosixPath) -> str | None: ...

    def label(self, path: PurePosixPath) -> str: ...


class DiskTree:
    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, path: PurePosixPath) -> str | None:
        file = self.root / Path(*path.parts)
        if not not_a_folder(file):
            return None
        label = self.label(path)
        try:
            return decode(read_regular(file, MAX_FILE_BYTES), label)
        except FileNotFoundError:
            return None
        except OSError as exc:  # a FIFO, /dev/zero, a symlink loop: reported, never read
            raise SourceError("diff.unreadable", [unreadable(exc, label)], file=label) from None
        except LoadError as exc:  # binary, or not UTF-8
            raise SourceError("diff.unreadable", [exc.finding], file=label) from None

    def label(self, path: PurePosixPath) -> str:
        return display_path(self.root / Path(*path.parts))


class GitTree:
    """Files as they were at `rev`, read with `git show` from the repository at `top`."""

    def __init__(self, top: Path, rev: str) -> None:
        self.top = top
        self.rev = rev
        self._cache: dict[PurePosixPath, str | None] = {}

    def read(self, path: PurePosixPath) -> str | None:
        if path not in self._cache:
            done = _git(self.top, "show", f"{self.rev}:{path.as_posix()}", check=False)
            ok = done.returncode == 0
            self._cache[path] = done.stdout.decode("utf-8-sig", "replace") if ok else None
        return self._cache[path]

    def label(self, path: PurePosixPath) -> str:
        return f"{self.rev}:{path.as_posix()}"

    def files_under(self, folder: PurePosixPath) -> list[PurePosixPath]:
        spec = folder.as_posix() if folder.parts else "."
        done = _git(self.top, "ls-tree", "-r", "--name-only", "--full-tree", self.rev, "--", spec)
        return [PurePosixPath(line) for line in done.stdout.decode("utf-8").splitlines() if line]


def _git(top: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    try:
        done = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=top,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        raise SourceError("diff.no_git") from None
    if check and done.returncode != 0:
        raise SourceError("diff.git_failed", detail=done.stderr.decode("utf-8", "replace").strip())
    return done


def git_toplevel(path: Path) -> Path:
    folder = path if path.is_dir() else path.parent
    done = _git(folder.resolve(), "rev-parse", "--show-toplevel", check=False)
    if done.returncode != 0:
        raise SourceError("diff.not_git", path=display_path(path))
    return Path(done.stdout.decode("utf-8").strip())


def verify_rev(top: Path, rev: str) -> None:
    done = _git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}", check=False)
    if done.returncode != 0:
        raise SourceError("diff.bad_rev", rev=rev)


def is_plan_name(path: PurePosixPath) -> bool:
    if path.suffix not in PLAN_SUFFIXES or path.name == REGISTRY_NAME:
        return False
    return not any(p in SKIP_DIRS or p.startswith(".") for p in path.parts)


def disk_plans(folder: Path) -> list[PurePosixPath]:
    """Plan files under `folder`, relative to it."""
    found = []
    for file in sorted(folder.rglob("*")):
        if not_a_folder(file):  # special files too, to be reported
            rel = PurePosixPath(file.relative_to(folder).as_posix())
            if is_plan_name(rel):
                found.append(rel)
    return found


def _registry_path(tree: Tree, path: PurePosixPath, declared: str | None) -> PurePosixPath | None:
    if declared:
        candidate = _normalise(path.parent / declared)
        return candidate if tree.read(candidate) is not None else None
    folder = path.parent
    while True:
        candidate = folder / REGISTRY_NAME
        if tree.read(candidate) is not None:
            return candidate
        if not folder.parts or folder == folder.parent:
            return None
        folder = folder.parent


def _normalise(path: PurePosixPath) -> PurePosixPath:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    return PurePosixPath(*parts)


def read_plan(tree: Tree, path: PurePosixPath, relpath: str) -> DiffPlan:
    """Load and model one plan (no consistency checks); SourceError when it cannot be read."""
    label = tree.label(path)
    text = tree.read(path)
    if text is None:
        raise SourceError("usage.missing_path", path=label)
    try:
        loaded = load_yaml_text(text, label)
    except LoadError as exc:
        raise SourceError("diff.unreadable", [exc.finding], file=label) from None
    document, findings = parse_document(loaded)
    if document is None:
        raise SourceError("diff.unreadable", findings, file=label)
    registry = None
    registry_path = _registry_path(tree, path, document.org)
    if registry_path is not None:
        registry_text = tree.read(registry_path)
        try:
            reg_loaded = load_yaml_text(registry_text or "", tree.label(registry_path))
            registry, _ = parse_registry(reg_loaded)
        except LoadError:
            registry = None
    return DiffPlan(label=label, document=document, registry=registry, relpath=relpath)


def read_disk_plan(file: Path, relpath: str | None = None) -> DiffPlan:
    """A plan file on disk; its registry is looked for from the file's folder upwards."""
    resolved = real_path(file)
    anchor = Path(resolved.anchor)
    tree = _LabelledDiskTree(anchor, file)
    path = PurePosixPath(resolved.relative_to(anchor).as_posix())
    return read_plan(tree, path, relpath or file.name)


class _LabelledDiskTree(DiskTree):
    """A disk tree rooted at / that labels the plan as the user named it."""

    def __init__(self, root: Path, named: Path) -> None:
        super().__init__(root)
        self._named = real_path(named)
        self._shown = display_path(named)

    def label(self, path: PurePosixPath) -> str:
        full = self.root / Path(*path.parts)
        return self._shown if full == self._named else display_path(full)
