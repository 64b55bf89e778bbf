"""Whether to colour what a command prints: `--color auto|always|never` and NO_COLOR.

`auto` colours a terminal unless the NO_COLOR environment variable is set to anything but
the empty string (https://no-color.org); `always` and `never` are the user's word for this
one run, and beat NO_COLOR as the convention says a command-line flag should.
"""

from __future__ import annotations

import os
from typing import TextIO

COLOR_CHOICES = ("auto", "always", "never")


def no_color_env() -> bool:
    return bool(os.environ.get("NO_COLOR"))


def wants_color(choice: str | bool | None, stream: TextIO) -> bool:
    """`choice` (a `--color` value, or True/False/None from a `--color/--no-color` flag)
    resolved for `stream`."""
    if choice in ("always", True):
        return True
    if choice in ("never", False):
        return False
    if no_color_env():
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
