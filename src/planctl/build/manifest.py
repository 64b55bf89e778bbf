"""The build manifest: what planctl wrote into an output folder, and from what.

``<out>/.planctl-manifest.json`` holds, for each output file (keyed by its path inside the
folder, with "/"), the SHA-256 of the bytes planctl wrote and the fingerprint of the inputs
that made it: each input file's SHA-256 (plan, registry, templates) under a key naming its kind
and path, the planctl version, and a digest of the build options. Comparing the manifest, the
file on disk and the current inputs gives each output one :class:`OutputState`:

==========  ============================================  =============================
state       meaning                                       build does
==========  ============================================  =============================
MISSING     not on disk                                   writes it
CURRENT     as planctl wrote it, from the same inputs     skips it
STALE       as planctl wrote it, but an input changed     writes it
EDITED      changed on disk since planctl wrote it        refuses, unless ``--overwrite``
UNTRACKED   on disk, but not in the manifest              writes it only if identical
==========  ============================================  =============================

A build may be killed at any point (a cancelled CI job), and several may share one folder, so
the manifest on disk is kept true as the build goes, never only at its end. Before a plan's
outputs are renamed into place, the digests they are about to get are noted as *pending*
(:meth:`Manifest.intend`); once renamed, their records replace the notes
(:meth:`Manifest.record_written`). A file holding a pending digest is planctl's own, written by
a build that stopped before recording it: STALE, rebuilt without ``--overwrite``. Each change
is a read-change-write of the file under an exclusive lock (planctl.build.lock), and the file
itself is replaced atomically, so that two builds at once merge their records.

The manifest has no timestamps: the same build gives the same manifest. Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any

from planctl.atomic import atomic_write_text
from planctl.build.lock import locked
from planctl.load.files import read_regular

__all__ = [
    "MANIFEST_LOCK",
    "MANIFEST_NAME",
    "Digests",
    "Manifest",
    "OutputState",
    "Record",
    "current_values",
    "file_digest",
    "fingerprint",
    "options_digest",
    "sha256_bytes",
    "tree_digest",
]

MANIFEST_NAME = ".planctl-manifest.json"
MANIFEST_LOCK = ".planctl-manifest.lock"
TEMPLATES = "templates"  # the only folders a record names (render.templates.TEMPLATES_DIR)
FORMAT = 1
ABSENT = "absent"
UNREADABLE = "unreadable"
# Inputs and outputs are at most a few MB; a bound keeps a stray huge file from costing memory.
MAX_DIGEST_BYTES = 256 << 20


class OutputState(StrEnum):
    MISSING = "missing"
    CURRENT = "current"
    STALE = "stale"
    EDITED = "edited"
    UNTRACKED = "untracked"


@dataclass(frozen=True)
class Record:
    """One output as planctl wrote it: its digest and the inputs that made it."""

    sha256: str
    inputs: Mapping[str, str] = field(default_factory=dict)


# --- digests ---------------------------------------------------------------------------------


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, "absent" when there is no such file, "unreadable" when it
    is not a regular file (a FIFO, /dev/zero), too large or cannot be read: never hangs."""
    try:
        return sha256_bytes(read_regular(path, MAX_DIGEST_BYTES))
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return ABSENT
    except OSError:
        return UNREADABLE


class Digests:
    """Input digests for one build: a registry or template folder many plans share is read
    once. Files are assumed not to change while the build runs."""

    def __init__(self) -> None:
        self._files: dict[Path, str] = {}
        self._trees: dict[Path, str] = {}

    def file(self, path: Path) -> str:
        key = path.resolve()
        if key not in self._files:
            self._files[key] = file_digest(key)
        return self._files[key]

    def tree(self, folder: Path) -> str:
        """One digest for every file under `folder` (names and contents), or "absent".

        A template folder is an input as a whole: adding an override file changes the
        build although no template used before has changed.
        """
        key = folder.resolve()
        if key not in self._trees:
            self._trees[key] = self._tree(key)
        return self._trees[key]

    def _tree(self, folder: Path) -> str:
        if not folder.is_dir():
            return ABSENT
        lines = []
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
            for name in sorted(files):
                if name.startswith((".", "~$")) or name.endswith((".pyc", ".tmp")):
                    continue
                path = Path(root, name)
                lines.append(f"{path.relative_to(folder).as_posix()}\0{self.file(path)}\n")
        return sha256_bytes("".join(lines).encode("utf-8"))


def tree_digest(folder: Path) -> str:
    return Digests().tree(folder)


def options_digest(options: Mapping[str, Any]) -> str:
    """Digest of the build options that shape an output (canonical JSON)."""
    text = json.dumps(options, sort_keys=True, ensure_ascii=False, default=str)
    return sha256_bytes(text.encode("utf-8"))


def current_values(version: str, options: Mapping[str, Any]) -> dict[str, str]:
    """The inputs that are not files: the planctl version and the options' digest."""
    return {"planctl": version, "options": options_digest(options)}


def _rel(path: Path, base: Path) -> str:
    try:
        return Path(os.path.relpath(path.resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive (Windows)
        return path.resolve().as_posix()


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def fingerprint(
    base: Path,
    *,
    root: Path | None = None,
    version: str,
    options: Mapping[str, Any],
    files: Iterable[tuple[str, Path]] = (),
    folders: Iterable[tuple[str, Path]] = (),
    digests: Digests | None = None,
) -> dict[str, str]:
    """The inputs of one output: ``{"plan:../plans/a.yaml": sha, "planctl": "0.1.0", …}``.

    `files` and `folders` are (kind, path) pairs; paths are written relative to `root` (the
    repository: the same in every checkout) when they are inside it, else relative to `base`,
    the output folder, so that the fingerprint does not depend on the working folder.
    """

    # Relative to the repository only when the output folder is in it too: Manifest.verify
    # finds the repository from the output folder, so both sides must agree on the base.
    in_repo = root is not None and _inside(base.resolve(), root)

    def rel(path: Path) -> str:
        if in_repo and root is not None and _inside(path.resolve(), root):
            return _rel(path, root)
        return _rel(path, base)

    digests = digests or Digests()
    inputs = current_values(version, options)
    for kind, path in files:
        inputs[f"{kind}:{rel(path)}"] = digests.file(path)
    for kind, path in folders:
        inputs[f"{kind}:{rel(path)}/"] = digests.tree(path)
    return inputs


# --- the manifest ----------------------------------------------------------------------------


class Manifest:
    """The records of one output folder. Load, ask :meth:`state`, then keep the file on disk
    true as outputs are written: :meth:`intend`, :meth:`record_written`, :meth:`finish`."""

    def __init__(self, folder: Path, records: Mapping[str, Record] | None = None) -> None:
        self.folder = folder
        self.records: dict[str, Record] = dict(records or {})
        self.pending: dict[str, set[str]] = {}
        """Digests outputs were about to get when a build noted them, by key; see above."""
        self.problem: str | None = None
        """Why the file on disk could not be read, if it could not; the manifest is then empty."""
        self._saved = self._as_json()

    @property
    def path(self) -> Path:
        return self.folder / MANIFEST_NAME

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """The manifest in `folder`; empty when there is none or it cannot be read."""
        manifest = cls(folder)
        try:
            raw = json.loads(manifest.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return manifest
        except (OSError, ValueError) as exc:
            manifest.problem = str(exc)
            return manifest
        try:
            if raw.get("format") != FORMAT:
                raise ValueError(f"unknown manifest format {raw.get('format')!r}")
            records = {
                str(key): Record(
                    str(value["sha256"]), {str(k): str(v) for k, v in value["inputs"].items()}
                )
                for key, value in raw["outputs"].items()
            }
            pending = {
                str(key): {str(digest) for digest in digests}
                for key, digests in raw.get("pending", {}).items()
            }
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            manifest.problem = str(exc)
            return manifest
        manifest.records = records
        manifest.pending = pending
        manifest._saved = manifest._as_json()
        return manifest

    def key(self, output: Path) -> str:
        """The output's name in the manifest: its path inside the folder, with "/"."""
        return _rel(output, self.folder)

    def get(self, output: Path) -> Record | None:
        return self.records.get(self.key(output))

    def _on_disk(self, output: Path) -> tuple[OutputState, Record | None]:
        """MISSING, UNTRACKED, EDITED or CURRENT (planctl's bytes), judged by the file alone,
        with the record when the file holds what it records (None for a pending digest)."""
        on_disk = file_digest(output)
        if on_disk == ABSENT:
            return OutputState.MISSING, None
        key = self.key(output)
        record = self.records.get(key)
        if record is not None and record.sha256 == on_disk:
            return OutputState.CURRENT, record
        if on_disk in self.pending.get(key, ()):
            return OutputState.CURRENT, None
        return (OutputState.UNTRACKED if record is None else OutputState.EDITED), None

    def state(self, output: Path, inputs: Mapping[str, str] | None) -> OutputState:
        """Where `output` stands; `inputs` None asks only whether it was edited by hand."""
        state, record = self._on_disk(output)
        # A pending digest (record None): written by a build that stopped first, from inputs
        # unknown.
        changed = record is None or (inputs is not None and dict(record.inputs) != dict(inputs))
        if state is OutputState.CURRENT and inputs is not None and changed:
            return OutputState.STALE
        return state

    def verify(
        self, output: Path, current: Mapping[str, str], digests: Digests | None = None
    ) -> OutputState:
        """Where `output` stands, judged by its record alone, without the plan being read.

        Every input the record names by path is hashed again (a folder as a whole, an input
        recorded as absent must still be absent); the others ("planctl", "options") are
        compared with their values in `current` (missing there: changed). Sound as long as
        the record lists every place that could change the build, including where a registry
        or template could appear.
        """
        state, record = self._on_disk(output)
        if state is not OutputState.CURRENT:
            return state
        if record is None:
            return OutputState.STALE
        digests = digests or Digests()
        from planctl.repo_root import repository_root

        # Keys inside the repository are relative to its top (see fingerprint); the others,
        # relative to this folder, begin with "..".
        root = repository_root(self.folder)
        for key, recorded in record.inputs.items():
            _kind, colon, where = key.partition(":")
            if colon:
                inside = root is not None and not where.startswith("..")
                path = (root if inside and root is not None else self.folder) / where
                if not where.endswith("/"):
                    now = digests.file(path)
                elif PurePosixPath(where).name == TEMPLATES:
                    now = digests.tree(path)
                else:  # not a folder planctl reads: `templates:../../../../` hashes no disk
                    now = ABSENT
            else:
                now = current.get(key, "")
            if now != recorded:
                return OutputState.STALE
        return OutputState.CURRENT

    def record(self, output: Path, digest: str, inputs: Mapping[str, str]) -> None:
        """Note that planctl wrote `output` with SHA-256 `digest` from `inputs`."""
        key = self.key(output)
        self.records[key] = Record(digest, dict(inputs))
        self.pending.pop(key, None)

    def forget(self, output: Path) -> None:
        self.records.pop(self.key(output), None)

    def prune(self) -> None:
        """Drop the records of outputs no longer on disk."""
        for key in [k for k in self.records if not (self.folder / k).exists()]:
            del self.records[key]
        for key in [k for k in self.pending if not (self.folder / k).exists()]:
            del self.pending[key]

    # --- keeping the file on disk true, build after build and build beside build -----------

    def intend(self, outputs: Mapping[Path, str]) -> None:
        """Note on disk the digests `outputs` are about to get, before they are renamed into
        place: if the build is killed in between, they are still known as planctl's."""
        if outputs:
            self._merge(lambda fresh: fresh._intend(outputs))

    def _intend(self, outputs: Mapping[Path, str]) -> None:
        for path, digest in outputs.items():
            self.pending.setdefault(self.key(path), set()).add(digest)

    def record_written(self, written: Iterable[tuple[Path, str, Mapping[str, str]]]) -> None:
        """Record on disk outputs now in place: (path, SHA-256, inputs) each."""
        items = list(written)
        if items:
            self._merge(lambda fresh: fresh._record_all(items))

    def _record_all(self, items: Iterable[tuple[Path, str, Mapping[str, str]]]) -> None:
        for path, digest, inputs in items:
            self.record(path, digest, inputs)

    def finish(self, owned: Iterable[Path]) -> None:
        """At the end of a build: drop records of outputs gone from disk, and the pending
        notes of `owned` outputs (this build's) that their files do not hold."""
        keys = {self.key(path) for path in owned}
        gone = any(not (self.folder / key).exists() for key in self.records)
        if gone or keys & set(self.pending):
            self._merge(lambda fresh: fresh._finish(keys))

    def _finish(self, keys: set[str]) -> None:
        self.prune()
        for key in keys & set(self.pending):
            held = file_digest(self.folder / key)
            kept = {digest for digest in self.pending[key] if digest == held}
            if kept:
                self.pending[key] = kept
            else:
                del self.pending[key]

    def _merge(self, change: Callable[[Manifest], None]) -> None:
        """Apply `change` to the manifest as it is on disk now, under the folder's lock, and
        write it back; this object then holds the result."""
        with locked(self.folder / MANIFEST_LOCK):
            fresh = Manifest.load(self.folder)
            change(fresh)
            fresh.save()
        self.records, self.pending, self._saved = fresh.records, fresh.pending, fresh._saved

    def reload(self) -> None:
        """Read the file again: another build may have written it since."""
        fresh = Manifest.load(self.folder)
        self.records, self.pending, self._saved = fresh.records, fresh.pending, fresh._saved

    def _as_json(self) -> str:
        outputs = {
            key: {"sha256": rec.sha256, "inputs": dict(sorted(rec.inputs.items()))}
            for key, rec in sorted(self.records.items())
        }
        data: dict[str, Any] = {"format": FORMAT, "generator": "planctl", "outputs": outputs}
        if self.pending:
            data["pending"] = {key: sorted(self.pending[key]) for key in sorted(self.pending)}
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"

    @property
    def changed(self) -> bool:
        return self._as_json() != self._saved

    def save(self) -> None:
        """Write the manifest atomically, if anything changed since it was loaded or saved."""
        text = self._as_json()
        exists = self.path.exists()
        if (text == self._saved and exists) or (
            not self.records and not self.pending and not exists
        ):
            return  # unchanged; or nothing to record, and no folder made for it
        atomic_write_text(self.path, text)
        self._saved = text
