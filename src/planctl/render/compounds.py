"""Where a Vietnamese title or header line may not be broken: inside a word, inside a name.

Vietnamese puts a space between the syllables of a word ("kế hoạch", "chuyển đổi số"), so a
line breaker that knows only spaces splits words ("Nghị / quyết") and names ("ỦY BAN NHÂN
DÂN TỈNH / BÀ RỊA - VŨNG TÀU"). The words come from compounds.txt, matched longest first
from the left (the classic dictionary segmentation; statistical segmenters are large and
their answers change between versions, and a document must come out the same every time).
A name is what follows an administrative level ("TỈNH", "THÀNH PHỐ", "HUYỆN", "XÃ", "BỘ",
"SỞ" …): in upper-case text it runs to the next joining word ("BỘ THÔNG TIN / VÀ TRUYỀN
THÔNG"), otherwise over the capitalised words ("tỉnh Quảng Ngãi"). A spaced hyphen holds
the words on both sides of it ("BÀ RỊA - VŨNG TÀU", "2021 - 2025").

A break at index i falls between words[i - 1] and words[i].
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

# A name of more words than this is not a name: the text is a sentence, let it break.
MAX_NAME_WORDS = 6

_LEVELS = {
    ("tỉnh",),
    ("thành", "phố"),
    ("huyện",),
    ("quận",),
    ("thị", "xã"),
    ("xã",),
    ("phường",),
    ("thị", "trấn"),
    ("bộ",),
    ("sở",),
}
# Words that join the parts of a title ("… năm 2024 / của Bộ …"): a line breaks before them.
JOINING_WORDS = frozenset(
    {
        "của",
        "và",
        "về",
        "năm",
        "trên",
        "trong",
        "tại",
        "cho",
        "đến",
        "giai",
        "theo",
        "thuộc",
        "với",
        "nhằm",
    }
)
# Words that end a name in upper-case text: "TỈNH QUẢNG NGÃI / NĂM 2024".
_AFTER_NAME = JOINING_WORDS | {"các", "những", "để", "từ", "tới", "ở"}
_DASHES = {"-", "–", "—"}
_OPENING = "([{\"'“‘«"
_CLOSING = ",;:.!?)]}\"'”’»…"
# The tone marks, and the old placement on the last two vowels of a syllable with its new one:
# "hoà" → "hòa", "khoẻ" → "khỏe", "thuỷ" → "thủy".
_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_OLD_TONES = {
    unicodedata.normalize("NFC", first + last + mark): unicodedata.normalize(
        "NFC", first + mark + last
    )
    for first, last in (("o", "a"), ("o", "e"), ("u", "y"))
    for mark in _MARKS
}


@dataclass(frozen=True)
class Glue:
    """The breaks refused in a line of words: inside a word, and inside a name."""

    words: frozenset[int]
    names: frozenset[int]


@dataclass(frozen=True)
class _Token:
    key: str  # the syllable folded: lower case, new tone placement, no punctuation
    opens: bool  # punctuation before it: a word cannot continue into it
    closes: bool  # punctuation after it: a word cannot continue past it
    capital: bool


def fold(syllable: str) -> str:
    """A syllable as the lexicon spells it: NFC, lower case, the new tone placement."""
    text = unicodedata.normalize("NFC", syllable).casefold()
    ending = text[-2:]
    if ending in _OLD_TONES and not text.startswith("qu"):
        return text[:-2] + _OLD_TONES[ending]
    return text


def _token(word: str) -> _Token:
    if word in _DASHES:
        return _Token("-", False, False, False)
    core = word.lstrip(_OPENING)
    opens = len(core) < len(word)
    stripped = core.rstrip(_CLOSING)
    closes = len(stripped) < len(core)
    return _Token(fold(stripped), opens, closes, stripped[:1].isupper())


@cache
def lexicon() -> tuple[frozenset[tuple[str, ...]], int]:
    """The words of compounds.txt as folded syllables, and the most syllables in one."""
    text = resources.files("planctl.render").joinpath("compounds.txt").read_text("utf-8")
    words = {
        tuple(_token(s).key for s in line.split())
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    return frozenset(words), max((len(w) for w in words), default=1)


def _segments(tokens: Sequence[_Token]) -> list[tuple[int, int]]:
    """The words of the line as (start, end) token spans, longest lexicon match first."""
    words, longest = lexicon()
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        end = i + 1
        for size in range(min(longest, len(tokens) - i), 1, -1):
            part = tokens[i : i + size]
            joined = not any(t.closes for t in part[:-1]) and not any(t.opens for t in part[1:])
            if joined and tuple(t.key for t in part) in words:
                end = i + size
                break
        spans.append((i, end))
        i = end
    return spans


def glue(line: Sequence[str]) -> Glue:
    """The breaks refused in `line` (its words as split on spaces)."""
    tokens = [_token(w) for w in line]
    spans = _segments(tokens)
    inside: set[int] = set()
    for start, end in spans:
        inside.update(range(start + 1, end))
    for i, token in enumerate(tokens):
        if token.key == "-" and 0 < i < len(tokens) - 1:
            inside.update((i, i + 1))
    upper = not any(ch.islower() for word in line for ch in word)
    names: set[int] = set()
    for n, (start, end) in enumerate(spans):
        if tuple(t.key for t in tokens[start:end]) not in _LEVELS or tokens[end - 1].closes:
            continue
        name_end = end
        for first, last in spans[n + 1 :]:
            head = tokens[first]
            if last - end > MAX_NAME_WORDS:
                break
            if head.key == "-":
                name_end = last
                continue
            if tuple(t.key for t in tokens[first:last]) in _LEVELS:
                break
            if upper:
                if head.key in _AFTER_NAME or head.key[:1].isdigit():
                    break
            elif not head.capital:
                break
            name_end = last
            if tokens[last - 1].closes:
                break
        while name_end > end and tokens[name_end - 1].key == "-":
            name_end -= 1
        names.update(range(start + 1, name_end))
    names.update(_date_breaks(tokens))
    return Glue(frozenset(inside), frozenset(names - inside))


def _date_breaks(tokens: Sequence[_Token]) -> set[int]:
    """The breaks inside a long-form date ("ngày 22 tháng 12 năm 2024", "tháng 6 năm 2025"),
    which a reader takes as one unit, as a name."""
    refused: set[int] = set()
    for i, token in enumerate(tokens):
        if token.key not in ("ngày", "tháng") or token.closes:
            continue
        pattern = (
            ("ngày", "#", "tháng", "#", "năm", "#")
            if token.key == "ngày"
            else ("tháng", "#", "năm", "#")
        )
        part = tokens[i : i + len(pattern)]
        if (
            len(part) == len(pattern)
            and all(
                (t.key[:1].isdigit() if want == "#" else t.key == want) and not t.closes
                for t, want in zip(part[:-1], pattern[:-1], strict=True)
            )
            and part[-1].key[:1].isdigit()
        ):
            refused.update(range(i + 1, i + len(pattern)))
    return refused
