"""Inline emphasis in a prose string: `**bold**`, `*italic*`, `***both***`; `\\*` is a star.

Seeds and real plans stress a phrase inside a paragraph; the clerk marks it as in markdown.
Only a pair counts: a star opens when a letter (not a space) follows it and closes when one
comes before it, with as many stars as it opened with. Anything else (`5 * 3`, a lone `*`)
is the clerk's star, printed as written; `\\*` prints a star wherever it stands. Text with no
star is one plain span, so plans without markup print exactly as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\\\*|\*+")


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class _Delim:
    stars: int
    can_open: bool
    can_close: bool
    paired: bool = False


def spans(text: str) -> list[Span]:
    """`text` cut where its emphasis changes, the markup taken out."""
    if "*" not in text:
        return [Span(text)]
    tokens: list[str | _Delim] = []
    at = 0
    for found in _TOKEN.finditer(text):
        tokens.append(text[at : found.start()])
        mark = found.group()
        if mark == "\\*":
            tokens.append("*")
        else:
            before = text[found.start() - 1] if found.start() else " "
            after = text[found.end()] if found.end() < len(text) else " "
            tokens.append(_Delim(len(mark), not after.isspace(), not before.isspace()))
        at = found.end()
    tokens.append(text[at:])
    _pair([t for t in tokens if isinstance(t, _Delim)])
    return _emit(tokens)


def _pair(delims: list[_Delim]) -> None:
    """Closers find the nearest opener of their length; openers left inside are stars."""
    open_: list[_Delim] = []
    for delim in delims:
        if delim.stars > 3:
            continue
        if delim.can_close:
            same = [i for i, opener in enumerate(open_) if opener.stars == delim.stars]
            match = same[-1] if same else None
            if match is not None:
                open_[match].paired = delim.paired = True
                del open_[match:]
                continue
        if delim.can_open:
            open_.append(delim)


def _emit(tokens: list[str | _Delim]) -> list[Span]:
    out: list[Span] = []
    bold = italic = False
    for token in tokens:
        if isinstance(token, _Delim) and token.paired:
            if token.stars in (2, 3):
                bold = not bold
            if token.stars in (1, 3):
                italic = not italic
            continue
        piece = "*" * token.stars if isinstance(token, _Delim) else token
        if not piece:
            continue
        if out and (out[-1].bold, out[-1].italic) == (bold, italic):
            out[-1] = Span(out[-1].text + piece, bold, italic)
        else:
            out.append(Span(piece, bold, italic))
    return out or [Span("")]


def plain(text: str) -> str:
    """The words a reader sees: `text` without its markup."""
    return "".join(span.text for span in spans(text))


def trailing_marks(text: str) -> tuple[str, str]:
    """`text` cut before the marks that close it ("**done.**" → "**done.", "**"), so that
    the punctuation the decree puts at a paragraph's end goes inside or after them; ("text",
    "") when the final stars are the clerk's or there are none."""
    stars = len(text) - len(text.rstrip("*"))
    if not stars or plain(text).endswith("*"):
        return text, ""
    return text[:-stars], text[-stars:]


def escape(text: str) -> str:
    """`text` with each star the clerk typed kept a star (`\\*`), for a string with markup."""
    return text.replace("*", "\\*")


def marked(pieces: list[Span]) -> str:
    """Markup for `pieces`; the spaces at an emphasised piece's ends stay outside the marks,
    since a mark must touch its words."""
    out: list[str] = []
    for piece in pieces:
        text = escape(piece.text)
        stars = "*" * ((2 if piece.bold else 0) + (1 if piece.italic else 0))
        core = text.strip()
        if not stars or not core:
            out.append(text)
            continue
        lead = text[: len(text) - len(text.lstrip())]
        trail = text[len(text.rstrip()) :]
        out.append(f"{lead}{stars}{core}{stars}{trail}")
    return "".join(out)
