"""Word-level differences between two texts, and the text normalisation the diff uses."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "delete", "insert"]

_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class WordOp:
    """One run of a word diff: text kept, deleted from the old version or inserted."""

    op: Op
    text: str


def normalize_text(text: str) -> str:
    """The key two texts are compared by: NFC and whitespace folded (case is kept)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """Runs of equal, deleted and inserted words turning `old` into `new`.

    Whitespace is folded first, so a reflowed paragraph differs only where its words do. A
    changed stretch reads as one deletion followed by one insertion, even where single
    spaces happen to be equal inside it ("[-quý II-][+quý III+]", not word by word).
    """
    a = _TOKEN.findall(normalize_text(old))
    b = _TOKEN.findall(normalize_text(new))
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    runs: list[tuple[str, str, str]] = []  # (tag, old text, new text)
    for opcode, i1, i2, j1, j2 in matcher.get_opcodes():
        runs.append((opcode, "".join(a[i1:i2]), "".join(b[j1:j2])))
    out: list[WordOp] = []
    deleted, inserted = "", ""
    for index, (tag, old_text, new_text) in enumerate(runs):
        if tag == "equal":
            inside = (deleted or inserted) and index + 1 < len(runs) and not old_text.strip()
            if inside:
                deleted += old_text
                inserted += new_text
                continue
            _flush(out, deleted, inserted)
            deleted, inserted = "", ""
            out.append(WordOp("equal", old_text))
            continue
        deleted += old_text
        inserted += new_text
    _flush(out, deleted, inserted)
    return tuple(out)


def _flush(out: list[WordOp], deleted: str, inserted: str) -> None:
    if deleted:
        out.append(WordOp("delete", deleted))
    if inserted:
        out.append(WordOp("insert", inserted))


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0–1 (rapidfuzz token sort ratio on folded text)."""
    from rapidfuzz import fuzz

    return float(fuzz.token_sort_ratio(fold(a), fold(b))) / 100.0


def fold(text: str) -> str:
    """Lower case, punctuation dropped, whitespace folded: the key for similarity."""
    return " ".join(re.sub(r"[^\w\s]+", " ", normalize_text(text).casefold()).split())


def compact(ops: tuple[WordOp, ...], context: int = 6) -> tuple[WordOp, ...]:
    """The word diff with long unchanged stretches cut to `context` words around each change.

    A paragraph of 80 words with one year changed shows as "… năm 2023 → 2024 trên địa bàn …".
    """
    if not any(o.op != "equal" for o in ops):
        return ops
    out: list[WordOp] = []
    for index, op in enumerate(ops):
        if op.op != "equal":
            out.append(op)
            continue
        words = _TOKEN.findall(op.text)
        count = sum(1 for w in words if w.strip())
        first, last = index == 0, index == len(ops) - 1
        limit = context if (first or last) else 2 * context
        if count <= limit:
            out.append(op)
            continue
        if first:
            out.append(WordOp("equal", "… " + _last_words(words, context)))
        elif last:
            out.append(WordOp("equal", _first_words(words, context) + " …"))
        else:
            head = _first_words(words, context)
            tail = _last_words(words, context)
            out.append(WordOp("equal", f"{head} … {tail}"))
    return tuple(out)


def _take(tokens: list[str], n: int) -> list[str]:
    """Tokens up to (not including) the (n+1)-th word."""
    kept: list[str] = []
    seen = 0
    for token in tokens:
        if token.strip():
            if seen == n:
                break
            seen += 1
        kept.append(token)
    return kept


def _first_words(tokens: list[str], n: int) -> str:
    return "".join(_take(tokens, n)).rstrip()


def _last_words(tokens: list[str], n: int) -> str:
    return "".join(reversed(_take(tokens[::-1], n))).lstrip()
