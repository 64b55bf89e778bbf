"""Atomic writes: a file appears whole or not at all, and a failure leaves the old one.

The bytes go to a temporary file beside the target, named so that planctl recognises its own
(``.<name>.<random>.planctl-tmp``), then renamed over the target. A file planctl creates gets
the permissions any program's new file gets (0666 less the umask: a shared folder stays
shared); a file it rewrites keeps its mode. While it is being written the temporary file is
locked (POSIX), so that :func:`remove_stale_temps` removes only those a killed run left.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

TEMP_SUFFIX = ".planctl-tmp"
# Room for the random part and the suffix in a file system's 255-byte name limit.
_NAME_BYTES = 180


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # the only portable way to read it is to set it
    os.umask(mask)
    return mask


def mode_for(path: Path) -> int:
    """The permissions `path` should have once written: its own when it exists, else those of
    a new file under the current umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def _temp_prefix(name: str) -> str:
    encoded = name.encode("utf-8")[:_NAME_BYTES]
    return f".{encoded.decode('utf-8', errors='ignore')}."


def _lock(fd: int) -> None:
    """Mark the temporary file as in use until it is closed (see remove_stale_temps)."""
    if sys.platform != "win32":
        import fcntl

        with contextlib.suppress(OSError):  # a file system without locks: the age decides
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        _lock(fd)
        with os.fdopen(fd, "wb") as handle:
            os.chmod(tmp, mode)  # mkstemp makes 0600 whatever the umask
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if sys.platform != "win32":  # renamed while still locked: never seen as stale
                os.replace(tmp, path)
        if sys.platform == "win32":
            os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _in_use(path: Path) -> bool:
    """Whether a live process holds the lock of this temporary file."""
    if sys.platform == "win32":
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True  # gone already, or not ours to open: leave it
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def remove_stale_temps(folder: Path, before: float | None = None) -> list[Path]:
    """Remove the temporary files an interrupted planctl left in `folder` (not below it):
    those named as planctl names them, last written before `before` (a time.time(); default
    now) and not locked by a process still writing them. Returns what was removed."""
    limit = time.time() if before is None else before
    try:
        names = sorted(os.listdir(folder))
    except OSError:  # no such folder yet: nothing left in it
        return []
    removed: list[Path] = []
    for name in names:
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        path = folder / name
        try:
            if not path.is_file() or path.stat().st_mtime >= limit or _in_use(path):
                continue
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
