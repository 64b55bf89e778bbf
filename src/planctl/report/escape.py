"""User text on its way to a CI log: nothing a plan says may become a workflow command.

GitHub Actions reads every line a step prints, and a line that starts (after spaces) with
`::` is a workflow command (`::error file=…::`, `::add-mask::`, `::stop-commands::`); so is
`##[command]` anywhere in a line, the runner's legacy syntax, and Azure Pipelines reads
`##vso[…]` the same way. The runner splits lines at CR as well as LF. A unit name with a
newline in it used to print a line starting `::error file=README.md…`.

Two layers:

- `visible` writes control characters in user text as escapes (`\\n`, `\\r`, `\\x1b`,
  `\\u2028`), so a finding stays on its one line and shows what the file really holds;
- `CommandSafe` wraps the standard streams of every command: a line that would start with
  `::` gets a zero-width space before it, and `##` followed by `[` or `vso[` gets one between
  the two `#`. planctl's own annotations (`--format github`) go out through `command`.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

ZERO_WIDTH_SPACE = "\u200b"

# C0 controls, DEL, C1 controls (NEL among them), the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LEGACY = re.compile(r"#(?=#(?:\[|vso\[))", re.IGNORECASE)
_JSON_LEGACY = re.compile(r"##(vso|)\[", re.IGNORECASE)
_COMMAND_START = re.compile(r"^([ \t]*)(?=::)")
_BREAK = re.compile(r"(\r\n|\r|\n)")


def visible(text: str) -> str:
    """`text` with every control character written as an escape, on one line."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_safe(text: str) -> str:
    """A JSON document with `##[` inside its strings written `##\\u005b`: the same JSON, and
    no legacy workflow command in the log it is printed to."""
    return _JSON_LEGACY.sub(lambda m: f"##{m.group(1)}\\u005b", text)


def no_legacy(text: str) -> str:
    """`text` with no `##[` nor `##vso[` (the runners' legacy commands) left in it."""
    return _LEGACY.sub("#" + ZERO_WIDTH_SPACE, text)


def neutral(text: str, *, at_line_start: bool = True) -> str:
    """`text` with no line that a CI runner would read as a command."""
    parts = _BREAK.split(text)
    out: list[str] = []
    start = at_line_start
    for part in parts:
        if _BREAK.fullmatch(part):
            out.append(part)
            start = True
            continue
        if start and part:
            part = _COMMAND_START.sub(lambda m: m.group(1) + ZERO_WIDTH_SPACE, part, count=1)
        out.append(no_legacy(part))
        if part:
            start = False
    return "".join(out)


class CommandSafe:
    """A text stream that writes through `neutral`; `command` writes a workflow command as is.

    Writes come in pieces; what could still become a command with the next piece (spaces or
    one ":" at the start of a line, a trailing "#" or "##") is held back until then, or until
    `flush`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._held = ""
        self._at_start = True

    def write(self, text: str | bytes) -> int:
        if isinstance(text, bytes):  # click's echo writes bytes to a stream it does not know
            text = text.decode(getattr(self.stream, "encoding", None) or "utf-8", "replace")
        if not text:
            return 0
        pending = self._held + text
        self._held = _undecided(pending, self._at_start)
        ready = pending[: len(pending) - len(self._held)]
        if ready:
            self.stream.write(neutral(ready, at_line_start=self._at_start))
            self._at_start = ready.endswith(("\n", "\r"))
        return len(text)

    def command(self, line: str) -> None:
        """Write one of planctl's own workflow commands (a whole line)."""
        self.flush()
        self.stream.write(line)
        self._at_start = line.endswith("\n")

    def flush(self) -> None:
        if self._held:
            held, self._held = self._held, ""
            self.stream.write(neutral(held, at_line_start=self._at_start))
            self._at_start = False
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _undecided(text: str, at_start: bool) -> str:
    """The end of `text` that the next write could turn into a command."""
    line = _BREAK.split(text)[-1]
    line_start = at_start if len(line) == len(text) else True
    if line_start and re.fullmatch(r"[ \t]*:?", line):
        return line
    tail = re.search(r"#{1,2}(?:v|vs|vso)?$", line, re.IGNORECASE)
    return tail.group() if tail else ""


def write_command(out: TextIO, line: str) -> None:
    """Write a workflow command: past `CommandSafe` when `out` is one."""
    if isinstance(out, CommandSafe):
        out.command(line)
    else:
        out.write(line)
