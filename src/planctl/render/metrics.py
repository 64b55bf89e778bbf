"""How wide a line of Times New Roman is, to size the short rules of the header and title.

The widths come from Liberation Serif, which is metric-compatible with Times New Roman
(see make_metrics.py). Kerning is ignored: a rule "about as long as the line" needs no more.
"""

from __future__ import annotations

import unicodedata
from itertools import combinations, pairwise

from planctl.render.metrics_data import WIDTHS

MM_PER_PT = 25.4 / 72


def _face(bold: bool, italic: bool) -> str:
    if bold and italic:
        return "bold_italic"
    if bold:
        return "bold"
    return "italic" if italic else "regular"


def char_width(char: str, face: str) -> int:
    """Advance width in 1/1000 em; a character outside the table counts as its base letter."""
    table = WIDTHS[face]
    if char in table:
        return table[char]
    base = unicodedata.normalize("NFD", char)[:1]
    return table.get(base, 500)


def text_width_pt(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    face = _face(bold, italic)
    units = sum(char_width(c, face) for c in unicodedata.normalize("NFC", text))
    return units * size_pt / 1000


def text_width_mm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    return text_width_pt(text, size_pt, bold=bold, italic=italic) * MM_PER_PT


# Words a Vietnamese title is broken before ("… năm 2024 / của Bộ …"), and words a line
# never ends with ("năm / 2024").
_BREAK_BEFORE = {
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
_NO_BREAK_AFTER = {"năm", "tháng", "ngày", "số", "giai", "đoạn", "-", "–"}


def balance_lines(
    text: str, max_mm: float, size_pt: float, *, bold: bool = False, italic: bool = False
) -> list[str]:
    """Break a centred line that does not fit into the fewest, most even lines.

    Word would fill the first line and leave a stub ("BỘ THÔNG TIN VÀ TRUYỀN / THÔNG");
    official documents break evenly and before a joining word ("BỘ THÔNG TIN / VÀ TRUYỀN
    THÔNG"). Explicit line breaks in the text are kept as they are.
    """
    if "\n" in text:
        return text.split("\n")

    def width(words: list[str]) -> float:
        return text_width_mm(" ".join(words), size_pt, bold=bold, italic=italic)

    words = text.split()
    if not words or width(words) <= max_mm:
        return [text]

    def penalty(i: int) -> float:
        before, after = words[i - 1].casefold(), words[i].casefold()
        cost = 0.0 if after in _BREAK_BEFORE else 0.3 * max_mm
        if before in _NO_BREAK_AFTER or after in {"-", "–"} or after[:1].isdigit():
            cost += 0.5 * max_mm
        return cost

    breaks = list(range(1, len(words)))
    best: tuple[float, list[str]] | None = None
    fewest: int | None = None
    for count in range(2, 7):
        if fewest is not None and count > fewest + 1:
            break
        for cut in combinations(breaks, count - 1):
            bounds = [0, *cut, len(words)]
            lines = [words[a:b] for a, b in pairwise(bounds)]
            widest = max(width(line) for line in lines)
            if widest > max_mm:
                continue
            fewest = count if fewest is None else fewest
            extra = 0.25 * max_mm * (count - fewest)
            score = widest + extra + sum(penalty(i) for i in cut)
            if best is None or score < best[0]:
                best = (score, [" ".join(line) for line in lines])
    if best is not None:
        return best[1]
    return [text]
