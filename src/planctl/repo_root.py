"""The repository a path is in: the folder holding `.git` (a folder, or the file a worktree or
a submodule has), as `git rev-parse --show-toplevel` finds it, without running git.

SARIF locations and the build manifest name files relative to it, so that they are the same
in every checkout of the repository, wherever it is cloned.
"""

from __future__ import annotations

from pathlib import Path


def repository_root(start: Path) -> Path | None:
    """The top folder of the git repository holding `start` (a file or a folder), or None."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None
