"""Why a deadline phrase means nothing, and the closest phrase planctl would accept.

:func:`diagnose` runs the phrase through the same grammar as the parser: a phrase of a known
form that names no possible period says why (:class:`~planctl.model.deadline_periods.Problem`:
no year, "tháng 9 có 30 ngày", quarter V …). A phrase of no known form is an event ("Khi có
yêu cầu"), or has misspelt words ("Quí II/2025": the closest spelling that parses is offered),
or is worded unlike any form (the closest form, with the clerk's own numbers, is offered).

:func:`with_year` spells a phrase that names no year with one ("Quý II" → "Quý II/2025").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from planctl.model.deadline_forms import read_key, reject_reason
from planctl.model.deadline_periods import Problem, Rejected
from planctl.model.deadline_value import clean_phrase, phrase_key

__all__ = ["Diagnosis", "Problem", "diagnose", "with_year"]


@dataclass(frozen=True)
class Diagnosis:
    problem: Problem
    values: dict[str, int | str | None] = field(default_factory=dict)
    suggestion: str | None = None
    """A phrase planctl accepts, as close to the clerk's as it can be; None when unsure."""


# Every word the grammar knows (romans apart); others are misspelt or not deadline words.
_VOCABULARY = frozenset(
    re.split(
        r"\s+",
        """thường xuyên liên tục là nhiệm vụ thực hiện định kỳ hằng theo năm quý tháng sáu một
        lần hoàn thành xong chậm nhất hạn chót trước vào trong ngày từ đến bắt đầu trở đi về
        cuối các giữa dịp những giai đoạn và tiếp sau đó""",
    )
)
_ROMANS = frozenset(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"])
# A phrase opening with one of these depends on something happening, not on a date.
_EVENT_OPENINGS = re.compile(
    r"(?:sau khi|ngay (?:sau )?khi|ngay sau|khi|cho đến khi|đến khi|theo|tùy|tuỳ|kể từ|"
    r"trong vòng|trong thời hạn|căn cứ)\b"
)
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d{4}|\d{1,2}|\b[ivx]+\b")
_CUTOFF_WORD = 60.0
_CUTOFF_FORM = 75.0

# The forms offered when a phrase is worded unlike any: {y} year, {m} month, {d} day,
# {q} quarter, filled in order with the numbers the clerk wrote.
_FORMS = (
    "Thường xuyên",
    "Trước ngày {d}/{m}/{y}",
    "Tháng {m}/{y}",
    "Quý {q}/{y}",
    "Quý {q}, {q}/{y}",
    "6 tháng đầu năm {y}",
    "6 tháng cuối năm {y}",
    "Đầu năm {y}",
    "Giữa năm {y}",
    "Cuối năm {y}",
    "Năm {y}",
    "{y} - {y}",
    "Từ tháng {m}/{y}",
    "Từ tháng {m} đến tháng {m}/{y}",
    "{y} và những năm tiếp theo",
    "Hằng năm",
    "Hằng quý",
    "Hằng tháng",
    "Định kỳ 6 tháng",
    "Thường xuyên, hằng năm",
    "Tháng {m}/{y} và thường xuyên",
)
_SLOT = re.compile(r"\{([ydmq])\}")
_EXAMPLE = {"d": "15", "m": "6", "q": "II"}


def fold(text: str) -> str:
    """Lower case without diacritics ("Quý" → "quy"), to compare what a keyboard garbled."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def diagnose(text: str, default_year: int | None, example_year: int) -> Diagnosis:
    """Why `text` is not a deadline. `default_year` is the year the plan gives phrases that
    name none (None: the plan has none); `example_year` fills the suggestions that need one."""
    cleaned = clean_phrase(text)
    key = phrase_key(cleaned)
    rejected = reject_reason(key, default_year)
    if rejected is not None:
        return _rejected(rejected, cleaned, example_year)
    if _EVENT_OPENINGS.match(key):
        return Diagnosis(Problem.EVENT_LIKE)
    year = default_year if default_year is not None else example_year
    unknown = [w for w in _WORD.findall(cleaned) if _unknown(w)]
    if unknown:
        words = ", ".join(f"“{w}”" for w in dict.fromkeys(unknown))
        corrected = _respell(cleaned, unknown, year)
        suggestion = corrected or _closest_form(key, year)
        return Diagnosis(Problem.UNKNOWN_WORDS, {"words": words}, suggestion)
    return Diagnosis(Problem.NOT_A_DEADLINE, suggestion=_closest_form(key, year))


def with_year(text: str, year: int) -> str:
    """The phrase with `year` written in: "Quý II" → "Quý II/2025", "Giữa năm" →
    "Giữa năm 2025", "Trước ngày 31 tháng 12" → "Trước ngày 31 tháng 12 năm 2025"."""
    cleaned = clean_phrase(text)
    key = phrase_key(cleaned)
    if key.endswith("năm"):
        return f"{cleaned} {year}"
    if re.search(r"\d{1,2} tháng \d{1,2}$", key):
        return f"{cleaned} năm {year}"
    return f"{cleaned}/{year}"


def _parses(phrase: str, year: int) -> bool:
    return read_key(phrase_key(phrase), phrase, year) is not None


def _rejected(rejected: Rejected, cleaned: str, example_year: int) -> Diagnosis:
    values, suggestion = dict(rejected.values), None
    if rejected.problem is Problem.NO_YEAR:
        suggestion = with_year(cleaned, example_year)
    elif rejected.problem is Problem.DAY_OUT_OF_RANGE:
        suggestion = _last_day_instead(cleaned, values)
    if suggestion is not None and not _parses(suggestion, example_year):
        suggestion = None
    return Diagnosis(rejected.problem, values, suggestion)


def _last_day_instead(cleaned: str, values: dict[str, int | str | None]) -> str | None:
    """The phrase with its impossible day replaced by the last day of that month."""
    day, days = values.get("day"), values.get("days")
    if not isinstance(day, int) or not isinstance(days, int) or day < 1:
        return None
    written = re.compile(rf"(?<!\d)0?{day}(?=\s*(?:[/.\-]|tháng))", re.IGNORECASE)
    replaced, count = written.subn(str(days), cleaned, count=1)
    return replaced if count else None


def _unknown(word: str) -> bool:
    lower = word.lower()
    return lower not in _VOCABULARY and lower not in _ROMANS and lower != "hàng"


def _closest_word(word: str) -> str | None:
    """The known word nearest to `word`: first without diacritics, then with them."""
    # rapidfuzz is imported only for a deadline that did not parse.
    from rapidfuzz import fuzz

    folded, lower = fold(word), word.lower()
    scored = [
        (fuzz.ratio(folded, fold(known)), fuzz.ratio(lower, known), known) for known in _VOCABULARY
    ]
    best = max(scored)
    return best[2] if best[0] >= _CUTOFF_WORD else None


def _respell(cleaned: str, unknown: list[str], year: int) -> str | None:
    """The phrase with each unknown word replaced by the closest known one, if it parses."""
    phrase = cleaned
    for word in dict.fromkeys(unknown):
        known = _closest_word(word)
        if known is None:
            return None
        if word[:1].isupper():
            known = known[:1].upper() + known[1:]
        phrase = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", known, phrase)
    return phrase if _parses(phrase, year) else None


def _shape(text: str) -> str:
    """The phrase with its numbers as "#" and years as "Y", folded, to compare wordings."""
    return _NUMBER.sub(lambda m: "Y" if len(m[0]) == 4 else "#", fold(text))


def _filled(form: str, key: str, year: int) -> str:
    """`form` with the clerk's numbers in order: years for {y}, others for {d}, {m}, {q}."""
    years = [n for n in _NUMBER.findall(key) if len(n) == 4]
    others = [n.upper() for n in _NUMBER.findall(key) if len(n) < 4]

    def slot(m: re.Match[str]) -> str:
        if m[1] == "y":
            return years.pop(0) if years else str(year)
        return others.pop(0) if others else _EXAMPLE[m[1]]

    return _SLOT.sub(slot, form)


def _closest_form(key: str, year: int) -> str | None:
    """The accepted form worded most like `key`, filled with its numbers, if close enough."""
    from rapidfuzz import fuzz

    shape = _shape(key)
    scored: list[tuple[float, int, str]] = []
    for form in _FORMS:
        filled = _filled(form, key, year)
        score = fuzz.ratio(shape, _shape(phrase_key(filled)))
        scored.append((score, -len(scored), filled))
    score, _, filled = max(scored)
    if score < _CUTOFF_FORM or not _parses(filled, year):
        return None
    return filled
