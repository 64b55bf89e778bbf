"""`--shard K/N`: a stable part of the plans, so that N CI runners share one set of plans.

A plan belongs to shard 1 + (h mod N), where h is the SHA-256 of its path relative to the
repository root (the nearest folder above it holding `.git`), as a POSIX path in NFC. That
path is the same on every runner and in every run whatever the working directory, so a plan
stays in its shard as other plans come and go, and the incremental manifest a shard's runner
keeps (a cached build folder) stays valid. Python's hash() is salted per process and would
not do. Outside a repository the path is taken relative to the folder build mirrors outputs
from (planctl.build.jobs.layout_root), which the same command gives the same way.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from planctl.i18n import t

_FORM = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")

T = TypeVar("T")


class ShardError(ValueError):
    """A `--shard` value that is not K/N with 1 ≤ K ≤ N; the message is the user's."""


@dataclass(frozen=True)
class Shard:
    index: int
    """K, from 1."""
    count: int
    """N."""

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def owns(self, key: str) -> bool:
        digest = hashlib.sha256(key.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1


def parse_shard(text: str, lang: str) -> Shard:
    match = _FORM.fullmatch(text)
    if match is None:
        raise ShardError(t("shard.bad_form", lang, value=text))
    index, count = int(match.group(1)), int(match.group(2))
    if count < 1:
        raise ShardError(t("shard.bad_count", lang, value=text))
    if not 1 <= index <= count:
        raise ShardError(t("shard.bad_index", lang, value=text, count=count))
    return Shard(index, count)


def shard_key(path: Path, fallback_root: Path) -> str:
    """The path `path` is hashed by: relative to its repository root, POSIX, NFC."""
    located = _real(path.absolute().parent) / path.name
    root = repository_root(located.parent) or fallback_root
    try:
        relative = located.relative_to(_real(root)).as_posix()
    except ValueError:
        relative = located.as_posix()
    return unicodedata.normalize("NFC", relative)


def select(
    items: Sequence[T], shard: Shard, path_of: Callable[[T], Path], fallback_root: Path
) -> list[T]:
    """The items of `shard`, in their order."""
    return [item for item in items if shard.owns(shard_key(path_of(item), fallback_root))]


@cache
def repository_root(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` holding `.git` (a folder, or a worktree's
    file), or None."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _real(folder: Path) -> Path:
    return Path(os.path.realpath(folder))
