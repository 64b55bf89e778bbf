"""Reading an input file: a regular file only, and never more than a limit.

A plans folder can hold anything a checkout or a colleague puts there: a symlink to
/dev/zero (read_bytes never ends and fills memory), a FIFO (open blocks until someone
writes), a symlink to itself. Every input planctl reads goes through `read_regular`, which
opens without blocking, asks the open file what it is, and reads at most `limit` bytes; the
exceptions it raises are OSErrors, so a caller that reports unreadable files reports these.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# The kinds of special file, as a finding names them.
_KINDS = {
    stat.S_IFIFO: ("ống có tên (FIFO)", "a named pipe (FIFO)"),
    stat.S_IFCHR: ("thiết bị ký tự", "a character device"),
    stat.S_IFBLK: ("thiết bị khối", "a block device"),
    stat.S_IFSOCK: ("socket", "a socket"),
}
_CHUNK = 1 << 16


class SpecialFile(OSError):
    """The path is a device, a FIFO or a socket (directly or through a symlink)."""

    def __init__(self, path: Path, mode: int) -> None:
        kinds = _KINDS.get(stat.S_IFMT(mode), ("tệp đặc biệt", "a special file"))
        self.kind_vi, self.kind_en = kinds
        super().__init__(errno.EINVAL, f"not a regular file: {self.kind_en}", str(path))
        self.target = link_target(path)


class TooLarge(OSError):
    """The file holds more than the limit; `size` is its size, or a lower bound."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {limit} bytes", str(path))
        self.size = size
        self.limit = limit


def link_target(path: Path) -> str:
    """Where a symlink points, as written in it; "" when `path` is not one."""
    try:
        return os.readlink(path)
    except OSError:
        return ""


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Raises SpecialFile, TooLarge, IsADirectoryError, or the OSError of opening the path (a
    missing file, no permission, a symlink loop: ELOOP).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise SpecialFile(path, info.st_mode)
        if info.st_size > limit:
            raise TooLarge(path, info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        # A file can grow while it is read, and /proc files say they are empty: count.
        while chunk := os.read(fd, min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise TooLarge(path, max(total, info.st_size), limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def real_path(path: Path) -> Path:
    """The path with every symlink followed, as `Path.resolve()` gives it, except that a
    symlink loop is left as it is instead of raising RuntimeError (Python 3.11)."""
    return Path(os.path.realpath(path))


def not_a_folder(path: Path) -> bool:
    """Whether something other than a folder is at `path` (a broken or looping symlink
    included): a file to read, or to report as unreadable."""
    return os.path.lexists(path) and not path.is_dir()
