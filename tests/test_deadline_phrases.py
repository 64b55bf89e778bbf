"""Deadline phrases clerks write in real plans (issue #10): each one has a meaning.

The meaning is the period the phrase covers, whose end is the due date that checks, diff and
the .csv/.xlsx use. Phrases naming no year take the plan's and say so; the spelling planctl
would use (`canonical`) parses back to the same meaning. What the documents print is always
the clerk's text (tests/outputs/test_deadline_text.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from planctl.model.deadline import Deadline, DeadlineKind, Recurrence, parse_deadline

K = DeadlineKind
D = date

# (phrase, the plan's year, kind, start, end, year taken from the plan, going on afterwards)
MEANINGS: list[tuple[str, int | None, DeadlineKind, date | None, date | None, bool, bool]] = [
    ("Nhiệm vụ thường xuyên", 2025, K.ONGOING, None, None, False, False),
    ("Là nhiệm vụ thường xuyên", None, K.ONGOING, None, None, False, False),
    ("Cuối năm 2025", None, K.YEAR_PART, D(2025, 10, 1), D(2025, 12, 31), False, False),
    ("Vào cuối năm 2025", None, K.YEAR_PART, D(2025, 10, 1), D(2025, 12, 31), False, False),
    ("Đầu năm 2026", None, K.YEAR_PART, D(2026, 1, 1), D(2026, 3, 31), False, False),
    ("Giữa năm", 2025, K.YEAR_PART, D(2025, 6, 1), D(2025, 7, 31), True, False),
    ("Cuối năm", 2024, K.YEAR_PART, D(2024, 10, 1), D(2024, 12, 31), True, False),
    ("Quý I, II/2025", None, K.QUARTER_RANGE, D(2025, 1, 1), D(2025, 6, 30), False, False),
    ("Quý III, IV/2025", None, K.QUARTER_RANGE, D(2025, 7, 1), D(2025, 12, 31), False, False),
    ("Quý I và II năm 2025", None, K.QUARTER_RANGE, D(2025, 1, 1), D(2025, 6, 30), False, False),
    ("Quý II - III/2025", None, K.QUARTER_RANGE, D(2025, 4, 1), D(2025, 9, 30), False, False),
    ("Quý I, II, III/2025", None, K.QUARTER_RANGE, D(2025, 1, 1), D(2025, 9, 30), False, False),
    ("Quý III, IV", 2024, K.QUARTER_RANGE, D(2024, 7, 1), D(2024, 12, 31), True, False),
    ("Từ tháng 3/2025", None, K.ONGOING, D(2025, 3, 1), None, False, False),
    ("Từ tháng 3", 2025, K.ONGOING, D(2025, 3, 1), None, True, False),
    ("Từ tháng 3/2025 trở đi", None, K.ONGOING, D(2025, 3, 1), None, False, False),
    ("Từ quý II/2025", None, K.ONGOING, D(2025, 4, 1), None, False, False),
    ("Từ ngày 15/3/2025", None, K.ONGOING, D(2025, 3, 15), None, False, False),
    (
        "Từ tháng 3/2025 đến tháng 6/2025",
        None,
        K.MONTH_RANGE,
        D(2025, 3, 1),
        D(2025, 6, 30),
        False,
        False,
    ),
    ("Trước ngày 31/12", 2025, K.BY_DATE, None, D(2025, 12, 31), True, False),
    ("Trước ngày 31 tháng 12", 2025, K.BY_DATE, None, D(2025, 12, 31), True, False),
    ("Trước ngày 30/6/2025", None, K.BY_DATE, None, D(2025, 6, 30), False, False),
    ("Chậm nhất ngày 15/3", 2025, K.BY_DATE, None, D(2025, 3, 15), True, False),
    ("Hạn chót 15/3", 2024, K.BY_DATE, None, D(2024, 3, 15), True, False),
    ("Tháng 10/2025 và thường xuyên", None, K.MONTH, D(2025, 10, 1), D(2025, 10, 31), False, True),
    ("Quý II/2025, thường xuyên", None, K.QUARTER, D(2025, 4, 1), D(2025, 6, 30), False, True),
    ("Năm 2025 và thường xuyên", None, K.YEAR, D(2025, 1, 1), D(2025, 12, 31), False, True),
    ("Cuối tháng 6/2025", None, K.MONTH, D(2025, 6, 1), D(2025, 6, 30), False, False),
    ("Cuối quý II/2025", None, K.QUARTER, D(2025, 4, 1), D(2025, 6, 30), False, False),
    ("Năm 2025 và các năm tiếp theo", None, K.OPEN_ENDED, D(2025, 1, 1), None, False, False),
    ("Quý II", 2025, K.QUARTER, D(2025, 4, 1), D(2025, 6, 30), True, False),
    ("6 tháng đầu năm", 2024, K.HALF_YEAR, D(2024, 1, 1), D(2024, 6, 30), True, False),
]

# (phrase, recurrence): ongoing work that also recurs; no due date of its own.
ONGOING_RECURRING = [
    ("Thường xuyên, hằng năm", Recurrence.ANNUAL),
    ("Thường xuyên hằng năm", Recurrence.ANNUAL),
    ("Hằng năm, thường xuyên", Recurrence.ANNUAL),
    ("Thường xuyên, hàng quý", Recurrence.QUARTERLY),
    ("Nhiệm vụ thường xuyên, hằng năm", Recurrence.ANNUAL),
]


def _parse(text: str, year: int | None = None) -> Deadline:
    deadline = parse_deadline(text, default_year=year)
    assert deadline is not None, text
    return deadline


@pytest.mark.parametrize(
    ("text", "year", "kind", "start", "end", "implied", "then_ongoing"), MEANINGS
)
def test_phrase_has_a_meaning(
    text: str,
    year: int | None,
    kind: DeadlineKind,
    start: date | None,
    end: date | None,
    implied: bool,
    then_ongoing: bool,
) -> None:
    deadline = _parse(text, year)
    assert (deadline.kind, deadline.start, deadline.end) == (kind, start, end)
    assert deadline.year_from_period is implied
    assert deadline.then_ongoing is then_ongoing
    assert deadline.text == text  # what the documents print is the clerk's text


@pytest.mark.parametrize(
    ("text", "year", "kind", "start", "end", "implied", "then_ongoing"), MEANINGS
)
def test_canonical_spelling_means_the_same(
    text: str,
    year: int | None,
    kind: DeadlineKind,
    start: date | None,
    end: date | None,
    implied: bool,
    then_ongoing: bool,
) -> None:
    deadline = _parse(text, year)
    again = _parse(deadline.canonical())
    assert (again.kind, again.start, again.end) == (kind, start, end)
    assert again.then_ongoing is then_ongoing
    assert again.canonical() == deadline.canonical()


@pytest.mark.parametrize(("text", "recurrence"), ONGOING_RECURRING)
def test_ongoing_and_recurring(text: str, recurrence: Recurrence) -> None:
    deadline = _parse(text, 2025)
    assert deadline.kind is K.ONGOING
    assert deadline.recurrence is recurrence
    assert (deadline.start, deadline.end) == (None, None)
    assert _parse(deadline.canonical()).recurrence is recurrence


def test_the_six_phrases_of_the_issue() -> None:
    # "Quý I, II/2025" is due at the end of quarter II; "Từ tháng 3/2025" has a start, no end.
    assert _parse("Quý I, II/2025").end == D(2025, 6, 30)
    assert _parse("Cuối năm 2025").end == D(2025, 12, 31)
    assert _parse("Từ tháng 3/2025").end is None
    assert _parse("Nhiệm vụ thường xuyên").kind is K.ONGOING
    assert _parse("Trước ngày 31/12", 2024).end == D(2024, 12, 31)
    assert _parse("Tháng 10/2025 và thường xuyên").end == D(2025, 10, 31)


def test_a_phrase_without_year_needs_the_plans() -> None:
    for text in ("Trước ngày 31/12", "Giữa năm", "Quý I, II", "Từ tháng 3", "Chậm nhất ngày 15/3"):
        assert parse_deadline(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "Quý I, III/2025",  # not consecutive
        "Quý II, I/2025",
        "Quý IV, V/2025",
        "Trước ngày 31/9",
        "Trước ngày 29/2",  # 2025 is a common year
        "Tháng 13/2025 và thường xuyên",
        "Từ tháng 13/2025",
        "15/3",  # a bare day and month is no deadline: it needs "ngày", "trước" …
    ],
)
def test_impossible_phrases_of_the_new_forms(text: str) -> None:
    assert parse_deadline(text, default_year=2025) is None


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("Cuối năm 2025", "cuối năm 2025", "end of 2025"),
        ("Giữa năm 2025", "giữa năm 2025", "mid 2025"),
        ("Quý I, II/2025", "trong quý I, II/2025", "Q1–Q2 2025"),
        ("Từ tháng 3/2025", "từ tháng 3/2025", "ongoing from Mar 2025"),
        (
            "Tháng 10/2025 và thường xuyên",
            "trong tháng 10/2025, rồi thường xuyên",
            "Oct 2025, then ongoing",
        ),
        ("Thường xuyên, hằng năm", "thường xuyên, hằng năm", "ongoing, annually"),
    ],
)
def test_describe_new_forms(text: str, vi: str, en: str) -> None:
    deadline = _parse(text)
    assert (deadline.describe("vi"), deadline.describe("en")) == (vi, en)


@pytest.mark.parametrize(
    ("text", "shifted"),
    [
        ("Cuối năm 2025", "Cuối năm 2026"),
        ("Quý I, II/2025", "Quý I, II/2026"),
        ("Từ tháng 3/2025", "Từ tháng 3/2026"),
        ("Tháng 10/2025 và thường xuyên", "Tháng 10/2026 và thường xuyên"),
    ],
)
def test_shift_new_forms(text: str, shifted: str) -> None:
    moved = _parse(text).shift_years(1)
    assert moved.text == shifted
    assert moved == _parse(shifted)
