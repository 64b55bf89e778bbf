"""Breaking a centred title or header line that does not fit into the fewest, most even lines.

Word would fill the first line and leave a stub ("BỘ THÔNG TIN VÀ TRUYỀN / THÔNG"); official
documents break evenly and before a joining word ("BỘ THÔNG TIN / VÀ TRUYỀN THÔNG"), never
inside a word or a name (compounds.py).

The choice: among the splits whose lines all fit, with the fewest lines or one more, the
lowest score = widest line + a quarter of the room per extra line + a penalty per break
(not before a joining word, after "năm"/"số"/a hyphen, before a number); ties go to the
earliest breaks. It is found by dynamic programming over the break points, line by line,
keeping at each break only the (penalty, widest line, breaks) that no other beats on all
three; so a 300-character title takes milliseconds where trying every combination of
breaks took minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from planctl.render.compounds import JOINING_WORDS, glue
from planctl.render.metrics import text_width_mm

# Words a Vietnamese title is broken before ("… năm 2024 / của Bộ …"), and words a line
# never ends with ("năm / 2024").
_BREAK_BEFORE = JOINING_WORDS
_NO_BREAK_AFTER = {"năm", "tháng", "ngày", "số", "giai", "đoạn", "-", "–"}
NOT_BEFORE_JOINING = 0.3  # of the room: a break elsewhere than before a joining word
AFTER_BOUND_WORD = 0.5  # of the room: a break after "năm", before a number or a hyphen …
PER_EXTRA_LINE = 0.25  # of the room: one line more than the fewest that fit


@dataclass(frozen=True)
class _Split:
    """A way to lay out the words up to some break: its breaks, penalty and widest line."""

    penalty: float
    widest: float
    breaks: tuple[int, ...]

    def beats(self, other: _Split) -> bool:
        return (
            self.penalty <= other.penalty
            and self.widest <= other.widest
            and self.breaks <= other.breaks
        )


def balance_lines(
    text: str, max_mm: float, size_pt: float, *, bold: bool = False, italic: bool = False
) -> list[str]:
    """`text` as centred lines of at most `max_mm`; explicit line breaks are kept as they are.

    A text that fits, or that cannot be broken to fit (a word wider than the room), is one
    line. Breaks inside a word or a name are refused; when the text cannot fit without one,
    names may break first, then words.
    """
    if "\n" in text:
        return text.split("\n")
    words = text.split()

    @cache
    def width(start: int, end: int) -> float:
        return text_width_mm(" ".join(words[start:end]), size_pt, bold=bold, italic=italic)

    if not words or width(0, len(words)) <= max_mm:
        return [text]
    penalty = _penalties(words, max_mm)
    refused = glue(words)
    for tier in (refused.words | refused.names, refused.words, frozenset()):
        allowed = [i for i in range(1, len(words)) if i not in tier]
        breaks = best_breaks(len(words), allowed, max_mm, width, penalty)
        if breaks is not None:
            bounds = [0, *breaks, len(words)]
            return [" ".join(words[a:b]) for a, b in pairwise(bounds)]
    return [text]


def _penalties(words: Sequence[str], max_mm: float) -> Callable[[int], float]:
    def penalty(i: int) -> float:
        before, after = words[i - 1].casefold(), words[i].casefold()
        cost = 0.0 if after in _BREAK_BEFORE else NOT_BEFORE_JOINING * max_mm
        if before in _NO_BREAK_AFTER or after in {"-", "–"} or after[:1].isdigit():
            cost += AFTER_BOUND_WORD * max_mm
        return cost

    return penalty


def best_breaks(
    count: int,
    allowed: Sequence[int],
    max_mm: float,
    width: Callable[[int, int], float],
    penalty: Callable[[int], float],
) -> tuple[int, ...] | None:
    """The breaks of the best split of `count` words (see the module's docstring), or None
    when no split at the `allowed` breaks fits every line in `max_mm`."""
    starts = [0, *allowed]
    ends = [*allowed, count]
    # layer[end] holds the splits of words[:end] into the layer's number of lines.
    layer: dict[int, list[_Split]] = {0: [_Split(0.0, 0.0, ())]}
    finished: list[tuple[int, list[_Split]]] = []
    lines = 0
    fewest: int | None = None
    while layer and (fewest is None or lines < fewest + 1):
        lines += 1
        following: dict[int, list[_Split]] = {}
        for start in starts:
            splits = layer.get(start)
            if not splits:
                continue
            cost = penalty(start) if start else 0.0
            for end in ends:
                if end <= start:
                    continue
                line = width(start, end)
                if line > max_mm:
                    break
                extra = (start,) if start else ()
                for split in splits:
                    _keep(
                        following.setdefault(end, []),
                        _Split(split.penalty + cost, max(split.widest, line), split.breaks + extra),
                    )
        if count in following:
            fewest = lines if fewest is None else fewest
            finished.append((lines, following.pop(count)))
        layer = following
    if fewest is None:
        return None
    best: tuple[float, int, tuple[int, ...]] | None = None
    for lines, splits in finished:
        extra_lines = PER_EXTRA_LINE * max_mm * (lines - fewest)
        for split in splits:
            key = (split.widest + extra_lines + split.penalty, lines, split.breaks)
            if best is None or key < best:
                best = key
    return best[2] if best is not None else None


def _keep(front: list[_Split], split: _Split) -> None:
    """Add `split` to the splits ending at one break unless another beats it on all three."""
    if any(kept.beats(split) for kept in front):
        return
    front[:] = [kept for kept in front if not split.beats(kept)]
    front.append(split)
