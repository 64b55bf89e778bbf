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
from itertools import accumulate, pairwise

from planctl.render.compounds import JOINING_WORDS, glue
from planctl.render.metrics import char_width, face_of, text_units, units_width_mm

# Words a Vietnamese title is broken before ("… năm 2024 / của Bộ …"), and words a line
# never ends with ("năm / 2024").
_BREAK_BEFORE = JOINING_WORDS
_NO_BREAK_AFTER = {"năm", "tháng", "ngày", "số", "giai", "đoạn", "-", "–"}
NOT_BEFORE_JOINING = 0.3  # of the room: a break elsewhere than before a joining word
AFTER_BOUND_WORD = 0.5  # of the room: a break after "năm", before a number or a hyphen …
PER_EXTRA_LINE = 0.25  # of the room: one line more than the fewest that fit


_Split = tuple[float, float, tuple[int, ...]]
"""A way to lay out the words up to some break: (penalty, widest line, its breaks); a plain
tuple, as the search makes and compares thousands of them."""


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

    # The width of words[start:end] joined by spaces, from running sums of the words'
    # widths (whole numbers: the same width as measuring the joined line).
    face = face_of(bold, italic)
    space = char_width(" ", face)
    sums = [0, *accumulate(text_units(word, face) for word in words)]

    def width(start: int, end: int) -> float:
        units = sums[end] - sums[start] + (end - start - 1) * space
        return units_width_mm(units, size_pt)

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
    layer: dict[int, list[_Split]] = {0: [(0.0, 0.0, ())]}
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
                for penalty_so_far, widest, breaks in splits:
                    _keep(
                        following.setdefault(end, []),
                        (penalty_so_far + cost, max(widest, line), breaks + extra),
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
        for penalty_of, widest, breaks in splits:
            key = (widest + extra_lines + penalty_of, lines, breaks)
            if best is None or key < best:
                best = key
    return best[2] if best is not None else None


def _keep(front: list[_Split], split: _Split) -> None:
    """Add `split` to the splits ending at one break unless another is at least as good on
    all three (penalty, widest line, breaks); drop those it is at least as good as."""
    penalty, widest, breaks = split
    for kept in front:
        if kept[0] <= penalty and kept[1] <= widest and kept[2] <= breaks:
            return
    front[:] = [k for k in front if not (penalty <= k[0] and widest <= k[1] and breaks <= k[2])]
    front.append(split)
