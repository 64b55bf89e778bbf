"""How wide a line of Times New Roman is, to size the short rules and break the lines of the
header and title (line_break.py).

The widths come from Liberation Serif, which is metric-compatible with Times New Roman
(see make_metrics.py). Kerning is ignored: a rule "about as long as the line" needs no more.
"""

from __future__ import annotations

import unicodedata

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
