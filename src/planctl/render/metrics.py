"""How wide a line of Times New Roman is, to size the short rules and break the lines of the
header and title (line_break.py).

The widths come from Liberation Serif, which is metric-compatible with Times New Roman
(see make_metrics.py). Kerning is ignored: a rule "about as long as the line" needs no more.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from planctl.render.metrics_data import WIDTHS

MM_PER_PT = 25.4 / 72


def face_of(bold: bool, italic: bool) -> str:
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


@lru_cache(maxsize=1 << 16)
def _word_units(word: str, face: str) -> int:
    return sum(char_width(c, face) for c in unicodedata.normalize("NFC", word))


@lru_cache(maxsize=1 << 14)
def text_units(text: str, face: str) -> int:
    """The advance of `text` in 1/1000 em, summed word by word: the words of a table repeat,
    its lines seldom. The same sum as character by character: NFC never joins a character
    across a space, and the widths are whole numbers. Whole lines are cached too: a table's
    units, deadlines and products repeat from row to row."""
    words = text.split(" ")
    return sum(_word_units(word, face) for word in words) + (len(words) - 1) * char_width(" ", face)


def text_width_pt(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    return text_units(text, face_of(bold, italic)) * size_pt / 1000


def units_width_mm(units: int, size_pt: float) -> float:
    """The width in mm of `units` (1/1000 em) at `size_pt`, as `text_width_mm` rounds it."""
    return units * size_pt / 1000 * MM_PER_PT


def text_width_mm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    return units_width_mm(text_units(text, face_of(bold, italic)), size_pt)
