"""Text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI, read back as Unicode.

Before Unicode, Vietnamese offices typed in 8-bit fonts that draw Vietnamese letters on the
code points of Western ones: in TCVN3 (fonts ``.VnTime``, ``.VnArial``…) "¸" is drawn as
"á", in VNI (fonts ``VNI-Times``…) "á" is typed as the two characters "aù". A .docx made
from such a document holds the Western characters, so what python-docx reads is gibberish
until it is converted. TCVN3 has no codes for the toned capitals (Á, Ầ, Ự…): it draws
them with a second font of capitals only (``.VnTimeH``, the "H" fonts) on the codes of the
lower-case letters, so a run's font says whether its text is capitals.

No package on PyPI converts these encodings reliably (the few that mention them are document
loaders for other purposes), so the conversion is table-driven here, with complete tables of
the 134 Vietnamese letters that are not ASCII (67 lower-case, 67 capitals), built from each
letter's base vowel, its shape (ă â ê ô ơ ư) and its tone rather than typed out one by one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final, Literal

Encoding = Literal["tcvn3", "vni"]

TCVN3: Final = "tcvn3"
VNI: Final = "vni"

# Tones in the order the tables below list them: none, acute, grave, hook, tilde, dot.
_TONE_MARKS: Final = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")

# The twelve vowels, each with the TCVN3 codes of its six tone forms (lower case; TCVN 5712,
# the VN3 table). The untoned code of a plain vowel is the ASCII letter itself.
_TCVN3_VOWELS: Final = {
    "a": "a¸µ¶·¹",
    "ă": "¨¾»¼½Æ",
    "â": "©ÊÇÈÉË",
    "e": "eÐÌÎÏÑ",
    "ê": "ªÕÒÓÔÖ",
    "i": "iÝ×ØÜÞ",
    "o": "oãßáâä",
    "ô": "«èåæçé",
    "ơ": "¬íêëìî",
    "u": "uóïñòô",
    "ư": "\u00adøõö÷ù",
    "y": "yýúûüþ",
}
# Capitals with a code of their own; the toned capitals have none (see the module's note).
_TCVN3_CAPITALS: Final = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}
_TCVN3_D: Final = {"đ": "®"}

# VNI writes a letter as its base (a, e, o, u, y; "ô" for ơ, "ö" for ư) followed by a mark
# character for its shape and tone; i, ĩ… and ỵ have single characters of their own.
_VNI_BASES: Final = {"a": "a", "ă": "a", "â": "a", "e": "e", "ê": "e", "o": "o", "ô": "o",
                     "ơ": "ô", "u": "u", "ư": "ö", "y": "y"}  # fmt: skip
_VNI_TONES: Final = ("", "ù", "ø", "û", "õ", "ï")  # acute, grave, hook, tilde, dot
_VNI_CIRCUMFLEX: Final = ("â", "á", "à", "å", "ã", "ä")
_VNI_BREVE: Final = ("ê", "é", "è", "ú", "ü", "ë")
_VNI_SINGLE: Final = {"í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î", "đ": "ñ"}

# ".VnTime", ".VnArialH"…; "VNI-Times", "VNI-Helve"…: each family writes its dot, its hyphen.
_TCVN3_FONT = re.compile(r"^\s*\.vn", re.IGNORECASE)
_VNI_FONT = re.compile(r"^\s*vni-", re.IGNORECASE)

# Letters only Unicode Vietnamese has: text holding them is not in a legacy encoding.
_UNICODE_ONLY = re.compile("[ăđơưĂĐƠƯ\u1ea0-\u1ef9\u0300-\u0323]")


def _toned(vowel: str, tone: int) -> str:
    return unicodedata.normalize("NFC", vowel + _TONE_MARKS[tone])


def _tcvn3_table() -> dict[str, str]:
    """Unicode letter → its TCVN3 code, for the 67 lower-case letters and 7 capitals."""
    table: dict[str, str] = {}
    for vowel, codes in _TCVN3_VOWELS.items():
        for tone, code in enumerate(codes):
            table[_toned(vowel, tone)] = code
    table.update(_TCVN3_D)
    table.update(_TCVN3_CAPITALS)
    # Plain a, e, i… map to themselves: leave ASCII out of the table.
    return {letter: code for letter, code in table.items() if not letter.isascii()}


def _vni_table() -> dict[str, str]:
    """Unicode letter → its VNI spelling, for all 134 non-ASCII Vietnamese letters."""
    table: dict[str, str] = {}
    for vowel, base in _VNI_BASES.items():
        marks = {"â": _VNI_CIRCUMFLEX, "ê": _VNI_CIRCUMFLEX, "ô": _VNI_CIRCUMFLEX,
                 "ă": _VNI_BREVE}.get(vowel)  # fmt: skip
        for tone in range(6):
            spelling = base + (marks[tone] if marks else _VNI_TONES[tone])
            table[_toned(vowel, tone)] = spelling
    for tone, mark in enumerate(_VNI_TONES):
        if tone and _toned("i", tone) not in _VNI_SINGLE:
            table[_toned("i", tone)] = "i" + mark
    table.update(_VNI_SINGLE)
    lower = {letter: code for letter, code in table.items() if not letter.isascii()}
    return lower | {letter.upper(): code.upper() for letter, code in lower.items()}


TCVN3_FROM_UNICODE: Final = _tcvn3_table()
TCVN3_TO_UNICODE: Final = {code: letter for letter, code in TCVN3_FROM_UNICODE.items()}
VNI_FROM_UNICODE: Final = _vni_table()
VNI_TO_UNICODE: Final = {code: letter for letter, code in VNI_FROM_UNICODE.items()}

# Longest spellings first, so that "aù" is read as "á" before "a" is read alone.
_VNI_PATTERN = re.compile(
    "|".join(re.escape(code) for code in sorted(VNI_TO_UNICODE, key=len, reverse=True))
)
_TCVN3_TRANSLATE: Final = str.maketrans(TCVN3_TO_UNICODE)

# Characters that a TCVN3 text is full of (its ă â ê ô ơ ư đ and toned a) and that neither
# Unicode Vietnamese nor VNI, which spells with the letters from À on, ever holds.
_TCVN3_SIGNS: Final = frozenset("¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾×÷\u00ad")
# VNI's marks that are no Vietnamese letter (ø, û, ï…), written after a vowel.
_VNI_SIGNS = re.compile("[aeiouyôöAEIOUYÔÖ][øûïåäëØÛÏÅÄË]|[ñÑöÖîÎæÆ]")


def encoding_of_font(font_name: str) -> Encoding | None:
    """The legacy encoding a font draws, from its name: ".VnTime" → tcvn3, "VNI-Times" → vni."""
    if _VNI_FONT.match(font_name):
        return "vni"
    if _TCVN3_FONT.match(font_name):
        return "tcvn3"
    return None


def is_capitals_font(font_name: str) -> bool:
    """Whether a TCVN3 font is one of the capitals-only "H" fonts (.VnTimeH, .VnArialH…)."""
    return encoding_of_font(font_name) == "tcvn3" and font_name.rstrip().endswith("H")


def _looks_like(text: str) -> Encoding | None:
    if _UNICODE_ONLY.search(text):
        return None
    letters = sum(1 for char in text if char.isalpha())
    if not letters:
        return None
    signs: dict[Encoding, int] = {
        "tcvn3": sum(1 for char in text if char in _TCVN3_SIGNS),
        "vni": len(_VNI_SIGNS.findall(text)),
    }
    encoding = max(signs, key=lambda name: signs[name])
    count = signs[encoding]
    # Vietnamese text has a toned or shaped letter in most words: a few per hundred letters
    # is far above what stray « » or © in a Unicode text come to.
    if count >= 3 and count * 100 >= letters * 3:
        return encoding
    return None


def detect_legacy(font_names: Iterable[str], text: str) -> Encoding | None:
    """The legacy encoding a document is typed in, from its fonts, else from its text.

    A font of either family decides (the first one named, fonts being listed in document
    order); without one, text full of TCVN3's or VNI's tell-tale characters and free of the
    letters only Unicode has (ă, ơ, ạ…) is taken for that encoding.
    """
    for name in font_names:
        encoding = encoding_of_font(name)
        if encoding is not None:
            return encoding
    return _looks_like(text)


def to_unicode(text: str, encoding: str, *, capitals: bool = False) -> str:
    """Text typed in `encoding` ("tcvn3" or "vni") as Unicode, NFC-normalised.

    `capitals` is for a run in a TCVN3 "H" font, which draws every letter as a capital.
    Characters that are no code of the encoding (digits, punctuation, ASCII) pass unchanged.
    """
    if encoding == "tcvn3":
        converted = text.translate(_TCVN3_TRANSLATE)
        if capitals:
            converted = converted.upper()
    elif encoding == "vni":
        converted = _VNI_PATTERN.sub(lambda match: VNI_TO_UNICODE[match.group()], text)
    else:
        raise ValueError(f"unknown legacy encoding: {encoding!r}")
    return unicodedata.normalize("NFC", converted)


def from_unicode(text: str, encoding: str, *, capitals: bool = False) -> str:
    """Unicode text as typed in `encoding`: the inverse of `to_unicode`, for test documents.

    In TCVN3 a toned capital has no code: with `capitals` (the text is to be set in an "H"
    font) letters are written as the lower-case codes that font draws as capitals; without,
    a toned capital is a ValueError.
    """
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        table = TCVN3_FROM_UNICODE
        if capitals:
            text = text.lower()
    elif encoding == "vni":
        table = VNI_FROM_UNICODE
    else:
        raise ValueError(f"unknown legacy encoding: {encoding!r}")
    out: list[str] = []
    for char in text:
        code = table.get(char)
        if code is None and not char.isascii() and unicodedata.category(char).startswith("L"):
            raise ValueError(f"{char!r} has no code in {encoding}")
        out.append(code if code is not None else char)
    return "".join(out)


def run_to_unicode(text: str, font_name: str | None, fallback: Encoding | None = None) -> str:
    """One run's text as Unicode, NFC, from the font it is drawn in.

    `font_name` is the run's effective font: its own, else its style's, else the document
    default (Word leaves the Normal style's font off its runs, so the caller resolves it).
    A run in a TCVN3 or VNI font is converted, as capitals in a TCVN3 "H" font; a run in any
    other named font is Unicode already (a line pasted into an old document), and left as
    it is. Only a run whose font is unknown (None) is read in `fallback`, the encoding
    `detect_legacy` found for the whole document from its text.
    """
    encoding = encoding_of_font(font_name) if font_name else fallback
    if encoding is None:
        return unicodedata.normalize("NFC", text)
    capitals = font_name is not None and is_capitals_font(font_name)
    return to_unicode(text, encoding, capitals=capitals)
