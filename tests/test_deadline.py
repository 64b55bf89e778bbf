"""Tests for planctl.model.deadline: parsing, canonical spelling, shifting, describing."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from planctl.model.deadline import (
    Deadline,
    DeadlineKind,
    Recurrence,
    parse_deadline,
)

K = DeadlineKind
D = date

# (phrase, kind, start, end, canonical)
CASES: list[tuple[str, DeadlineKind, date | None, date | None, str]] = [
    # ONGOING
    ("Thường xuyên", K.ONGOING, None, None, "Thường xuyên"),
    ("Liên tục", K.ONGOING, None, None, "Thường xuyên"),
    ("Thường xuyên, liên tục", K.ONGOING, None, None, "Thường xuyên"),
    (
        "Thường xuyên trong năm 2024",
        K.ONGOING,
        D(2024, 1, 1),
        D(2024, 12, 31),
        "Thường xuyên trong năm 2024",
    ),
    (
        "Thường xuyên năm 2024",
        K.ONGOING,
        D(2024, 1, 1),
        D(2024, 12, 31),
        "Thường xuyên trong năm 2024",
    ),
    # BY_DATE
    ("Trước ngày 15/12/2024", K.BY_DATE, None, D(2024, 12, 15), "Trước ngày 15/12/2024"),
    ("Ngày 15/12/2024", K.BY_DATE, None, D(2024, 12, 15), "Trước ngày 15/12/2024"),
    ("Chậm nhất ngày 15/12/2024", K.BY_DATE, None, D(2024, 12, 15), "Trước ngày 15/12/2024"),
    ("Chậm nhất là ngày 15/12/2024", K.BY_DATE, None, D(2024, 12, 15), "Trước ngày 15/12/2024"),
    ("Hoàn thành trước 30/6/2024", K.BY_DATE, None, D(2024, 6, 30), "Trước ngày 30/6/2024"),
    ("Hoàn thành trước ngày 30/06/2024", K.BY_DATE, None, D(2024, 6, 30), "Trước ngày 30/6/2024"),
    ("Trước ngày 05/01/2025", K.BY_DATE, None, D(2025, 1, 5), "Trước ngày 5/1/2025"),
    ("15/12/2024", K.BY_DATE, None, D(2024, 12, 15), "Trước ngày 15/12/2024"),
    ("Trước ngày 15-12-2024", K.BY_DATE, None, D(2024, 12, 15), "Trước ngày 15/12/2024"),
    ("Trước ngày 15.12.2024", K.BY_DATE, None, D(2024, 12, 15), "Trước ngày 15/12/2024"),
    (
        "Trước ngày 15 tháng 12 năm 2024",
        K.BY_DATE,
        None,
        D(2024, 12, 15),
        "Trước ngày 15/12/2024",
    ),
    ("Trước ngày 29/2/2024", K.BY_DATE, None, D(2024, 2, 29), "Trước ngày 29/2/2024"),
    # MONTH
    ("Tháng 6/2024", K.MONTH, D(2024, 6, 1), D(2024, 6, 30), "Tháng 6/2024"),
    ("6/2025", K.MONTH, D(2025, 6, 1), D(2025, 6, 30), "Tháng 6/2025"),
    ("06/2025", K.MONTH, D(2025, 6, 1), D(2025, 6, 30), "Tháng 6/2025"),
    ("6.2025", K.MONTH, D(2025, 6, 1), D(2025, 6, 30), "Tháng 6/2025"),  # unquoted YAML float
    ("Tháng 6 năm 2024", K.MONTH, D(2024, 6, 1), D(2024, 6, 30), "Tháng 6/2024"),
    ("Trong tháng 6/2024", K.MONTH, D(2024, 6, 1), D(2024, 6, 30), "Tháng 6/2024"),
    ("Tháng 02/2024", K.MONTH, D(2024, 2, 1), D(2024, 2, 29), "Tháng 2/2024"),
    ("Tháng 2/2023", K.MONTH, D(2023, 2, 1), D(2023, 2, 28), "Tháng 2/2023"),
    ("Tháng 12/2024", K.MONTH, D(2024, 12, 1), D(2024, 12, 31), "Tháng 12/2024"),
    # QUARTER
    ("Quý I/2025", K.QUARTER, D(2025, 1, 1), D(2025, 3, 31), "Quý I/2025"),
    ("Quý II/2025", K.QUARTER, D(2025, 4, 1), D(2025, 6, 30), "Quý II/2025"),
    ("Quý 2/2025", K.QUARTER, D(2025, 4, 1), D(2025, 6, 30), "Quý II/2025"),
    ("Quý II năm 2025", K.QUARTER, D(2025, 4, 1), D(2025, 6, 30), "Quý II/2025"),
    ("Quý III/2023", K.QUARTER, D(2023, 7, 1), D(2023, 9, 30), "Quý III/2023"),
    ("Quý IV/2024", K.QUARTER, D(2024, 10, 1), D(2024, 12, 31), "Quý IV/2024"),
    ("Quý 4/2024", K.QUARTER, D(2024, 10, 1), D(2024, 12, 31), "Quý IV/2024"),
    ("Trong quý I năm 2026", K.QUARTER, D(2026, 1, 1), D(2026, 3, 31), "Quý I/2026"),
    # HALF_YEAR
    ("6 tháng đầu năm 2024", K.HALF_YEAR, D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm 2024"),
    (
        "6 tháng cuối năm 2024",
        K.HALF_YEAR,
        D(2024, 7, 1),
        D(2024, 12, 31),
        "6 tháng cuối năm 2024",
    ),
    ("06 tháng đầu năm 2024", K.HALF_YEAR, D(2024, 1, 1), D(2024, 6, 30), "6 tháng đầu năm 2024"),
    ("6 tháng đầu năm", K.HALF_YEAR, None, None, "6 tháng đầu năm"),
    ("6 tháng cuối năm", K.HALF_YEAR, None, None, "6 tháng cuối năm"),
    # YEAR
    ("Năm 2024", K.YEAR, D(2024, 1, 1), D(2024, 12, 31), "Năm 2024"),
    ("2024", K.YEAR, D(2024, 1, 1), D(2024, 12, 31), "Năm 2024"),
    ("Trong năm 2024", K.YEAR, D(2024, 1, 1), D(2024, 12, 31), "Năm 2024"),
    # YEAR_RANGE
    ("2025 - 2026", K.YEAR_RANGE, D(2025, 1, 1), D(2026, 12, 31), "2025 - 2026"),
    ("2025-2026", K.YEAR_RANGE, D(2025, 1, 1), D(2026, 12, 31), "2025 - 2026"),
    ("2025 – 2026", K.YEAR_RANGE, D(2025, 1, 1), D(2026, 12, 31), "2025 - 2026"),
    ("2025—2026", K.YEAR_RANGE, D(2025, 1, 1), D(2026, 12, 31), "2025 - 2026"),
    ("Giai đoạn 2021 - 2025", K.YEAR_RANGE, D(2021, 1, 1), D(2025, 12, 31), "2021 - 2025"),
    ("Năm 2025 - 2026", K.YEAR_RANGE, D(2025, 1, 1), D(2026, 12, 31), "2025 - 2026"),
    ("Từ năm 2025 đến năm 2026", K.YEAR_RANGE, D(2025, 1, 1), D(2026, 12, 31), "2025 - 2026"),
    # MONTH_RANGE
    (
        "Từ tháng 3 đến tháng 6/2024",
        K.MONTH_RANGE,
        D(2024, 3, 1),
        D(2024, 6, 30),
        "Từ tháng 3 đến tháng 6/2024",
    ),
    (
        "Tháng 3 - tháng 6/2024",
        K.MONTH_RANGE,
        D(2024, 3, 1),
        D(2024, 6, 30),
        "Từ tháng 3 đến tháng 6/2024",
    ),
    (
        "Tháng 3 - 6/2024",
        K.MONTH_RANGE,
        D(2024, 3, 1),
        D(2024, 6, 30),
        "Từ tháng 3 đến tháng 6/2024",
    ),
    (
        "Từ tháng 11/2024 đến tháng 02/2025",
        K.MONTH_RANGE,
        D(2024, 11, 1),
        D(2025, 2, 28),
        "Từ tháng 11/2024 đến tháng 2/2025",
    ),
    (
        "Từ tháng 1 đến tháng 2 năm 2024",
        K.MONTH_RANGE,
        D(2024, 1, 1),
        D(2024, 2, 29),
        "Từ tháng 1 đến tháng 2/2024",
    ),
    # OPEN_ENDED
    (
        "2025 và những năm tiếp theo",
        K.OPEN_ENDED,
        D(2025, 1, 1),
        None,
        "2025 và những năm tiếp theo",
    ),
    (
        "Năm 2025 và các năm tiếp theo",
        K.OPEN_ENDED,
        D(2025, 1, 1),
        None,
        "2025 và những năm tiếp theo",
    ),
    ("Từ năm 2025", K.OPEN_ENDED, D(2025, 1, 1), None, "2025 và những năm tiếp theo"),
    ("Từ năm 2025 trở đi", K.OPEN_ENDED, D(2025, 1, 1), None, "2025 và những năm tiếp theo"),
]

# (phrase, recurrence, canonical)
RECURRING_CASES: list[tuple[str, Recurrence, str]] = [
    ("Hằng năm", Recurrence.ANNUAL, "Hằng năm"),
    ("Hàng năm", Recurrence.ANNUAL, "Hằng năm"),
    ("Định kỳ hằng năm", Recurrence.ANNUAL, "Hằng năm"),
    ("Định kỳ hằng quý", Recurrence.QUARTERLY, "Định kỳ hằng quý"),
    ("Định kỳ hàng quý", Recurrence.QUARTERLY, "Định kỳ hằng quý"),
    ("Hằng quý", Recurrence.QUARTERLY, "Định kỳ hằng quý"),
    ("Hàng quý", Recurrence.QUARTERLY, "Định kỳ hằng quý"),
    ("Hằng tháng", Recurrence.MONTHLY, "Hằng tháng"),
    ("Hàng tháng", Recurrence.MONTHLY, "Hằng tháng"),
    ("Định kỳ hằng tháng", Recurrence.MONTHLY, "Hằng tháng"),
    ("Định kỳ 6 tháng", Recurrence.SEMIANNUAL, "Định kỳ 6 tháng"),
    ("Định kỳ 06 tháng", Recurrence.SEMIANNUAL, "Định kỳ 6 tháng"),
    ("Hằng 6 tháng", Recurrence.SEMIANNUAL, "Định kỳ 6 tháng"),
    ("Hàng 6 tháng", Recurrence.SEMIANNUAL, "Định kỳ 6 tháng"),
    ("6 tháng một lần", Recurrence.SEMIANNUAL, "Định kỳ 6 tháng"),
]

INVALID = [
    "",
    "   ",
    ".",
    "abc",
    "Quý V/2024",
    "Quý 5/2024",
    "Quý 0/2024",
    "Tháng 13/2024",
    "Tháng 0/2024",
    "13/2024",
    "31/2/2024",
    "29/2/2023",
    "31/4/2024",
    "32/1/2024",
    "Trước ngày 0/1/2024",
    "Trước ngày 1/13/2024",
    "2026 - 2025",
    "Từ tháng 6 đến tháng 3/2024",
    "Từ tháng 11/2025 đến tháng 2/2025",
    "Năm 1899",
    "Năm 2201",
    "Tháng 6/2500",
    "Theo kế hoạch kiểm tra",
    "Khi có yêu cầu",
    "Quý II",  # no year and no default year
    "Tháng 6",
]


def _get(text: str, *, default_year: int | None = None, event: bool = False) -> Deadline:
    deadline = parse_deadline(text, default_year=default_year, event=event)
    assert deadline is not None, text
    return deadline


# --- parsing --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind", "start", "end", "canonical"), CASES)
def test_parse(
    text: str, kind: DeadlineKind, start: date | None, end: date | None, canonical: str
) -> None:
    deadline = _get(text)
    assert deadline.kind is kind
    assert deadline.start == start
    assert deadline.end == end
    assert deadline.canonical() == canonical
    assert deadline.text == text
    assert deadline.recurrence is None
    assert deadline.event is None


@pytest.mark.parametrize(("text", "recurrence", "canonical"), RECURRING_CASES)
def test_parse_recurring(text: str, recurrence: Recurrence, canonical: str) -> None:
    deadline = _get(text, default_year=2024)  # the default year does not apply
    assert deadline.kind is DeadlineKind.RECURRING
    assert deadline.recurrence is recurrence
    assert (deadline.start, deadline.end, deadline.year) == (None, None, None)
    assert deadline.canonical() == canonical


def test_recurring_with_year() -> None:
    deadline = _get("Định kỳ hằng quý năm 2024")
    assert deadline.kind is DeadlineKind.RECURRING
    assert deadline.recurrence is Recurrence.QUARTERLY
    assert (deadline.start, deadline.end, deadline.year) == (D(2024, 1, 1), D(2024, 12, 31), 2024)
    assert deadline.canonical() == "Định kỳ hằng quý trong năm 2024"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Thường xuyên", None),
        ("Thường xuyên trong năm 2024", 2024),
        ("Trước ngày 15/12/2024", 2024),
        ("Tháng 6/2024", 2024),
        ("Quý II/2025", 2025),
        ("6 tháng cuối năm 2024", 2024),
        ("6 tháng đầu năm", None),
        ("Năm 2024", 2024),
        ("Giai đoạn 2021 - 2025", 2021),
        ("Từ tháng 11/2024 đến tháng 02/2025", 2024),
        ("Hằng năm", None),
        ("Từ năm 2025", 2025),
    ],
)
def test_year(text: str, year: int | None) -> None:
    assert _get(text).year == year


@pytest.mark.parametrize("text", INVALID)
def test_invalid(text: str) -> None:
    assert parse_deadline(text) is None


def test_default_year_for_half_year() -> None:
    first = _get("6 tháng đầu năm", default_year=2025)
    assert first.kind is DeadlineKind.HALF_YEAR
    assert (first.start, first.end, first.year) == (D(2025, 1, 1), D(2025, 6, 30), 2025)
    assert first.canonical() == "6 tháng đầu năm 2025"
    assert first.text == "6 tháng đầu năm"

    second = _get("6 tháng cuối năm", default_year=2025)
    assert (second.start, second.end, second.year) == (D(2025, 7, 1), D(2025, 12, 31), 2025)

    # A year in the phrase wins over the default.
    assert _get("6 tháng đầu năm 2024", default_year=2025).year == 2024


def test_half_year_without_any_year() -> None:
    deadline = _get("6 tháng cuối năm")
    assert (deadline.start, deadline.end, deadline.year) == (None, None, None)
    assert deadline.canonical() == "6 tháng cuối năm"
    assert deadline.describe("en") == "second half of the year"


def test_plain_ongoing_ignores_default_year() -> None:
    deadline = _get("Thường xuyên", default_year=2024)
    assert deadline.kind is DeadlineKind.ONGOING
    assert (deadline.start, deadline.end, deadline.year) == (None, None, None)


def test_default_year_for_quarter_month_and_month_range() -> None:
    quarter = _get("Quý II", default_year=2025)
    assert (quarter.kind, quarter.start, quarter.end) == (K.QUARTER, D(2025, 4, 1), D(2025, 6, 30))
    assert quarter.canonical() == "Quý II/2025"

    month = _get("Tháng 6", default_year=2024)
    assert (month.kind, month.start, month.end) == (K.MONTH, D(2024, 6, 1), D(2024, 6, 30))

    months = _get("Từ tháng 3 đến tháng 6", default_year=2024)
    assert (months.kind, months.start, months.end) == (
        K.MONTH_RANGE,
        D(2024, 3, 1),
        D(2024, 6, 30),
    )
    assert parse_deadline("Từ tháng 3 đến tháng 6") is None


def test_invalid_default_year() -> None:
    assert parse_deadline("Quý II", default_year=3000) is None


# --- tolerance ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("  quý ii/2025  ", "Quý II/2025"),
        ("QUÝ II/2025", "Quý II/2025"),
        ("Quý  II / 2025.", "Quý II/2025"),
        ("Qúy II/2025", "Quý II/2025"),
        ("Quý 02/2025", "Quý II/2025"),
        ("tháng   06 /2025", "Tháng 6/2025"),
        ("TRƯỚC NGÀY 15/12/2024.", "Trước ngày 15/12/2024"),
        ("Trước\u00a0ngày 15/12/2024", "Trước ngày 15/12/2024"),
        ("THƯỜNG XUYÊN.", "Thường xuyên"),
        ("Giai đoạn 2021—2025", "2021 - 2025"),
        ("Tháng 3 – tháng 6/2024", "Từ tháng 3 đến tháng 6/2024"),
        ("HÀNG NĂM", "Hằng năm"),
    ],
)
def test_tolerant_matching(text: str, canonical: str) -> None:
    assert _get(text).canonical() == canonical


def test_text_is_kept_as_written() -> None:
    deadline = _get("  Quý  II / 2025. ")
    assert deadline.text == "Quý  II / 2025"


@pytest.mark.parametrize("text", [text for text, *_ in CASES] + [t for t, *_ in RECURRING_CASES])
def test_nfd_input_parses_like_nfc(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    nfc = _get(text)
    nfd = _get(decomposed)
    assert nfd == nfc
    assert nfd.text == unicodedata.normalize("NFC", text)


def test_nfd_example() -> None:
    decomposed = unicodedata.normalize("NFD", "Hằng quý")
    assert decomposed != "Hằng quý"
    deadline = _get(decomposed)
    assert deadline.recurrence is Recurrence.QUARTERLY
    assert deadline.text == "Hằng quý"


# --- canonical round trip ------------------------------------------------------------------


@pytest.mark.parametrize("text", [text for text, *_ in CASES] + [t for t, *_ in RECURRING_CASES])
def test_round_trip(text: str) -> None:
    deadline = _get(text)
    again = _get(deadline.canonical())
    assert (again.kind, again.start, again.end) == (deadline.kind, deadline.start, deadline.end)
    assert (again.year, again.recurrence) == (deadline.year, deadline.recurrence)
    assert again.canonical() == deadline.canonical()  # canonical is a fixed point


def test_round_trip_exhaustive() -> None:
    """Every month, quarter, half and day of two years (one leap) survives the round trip."""
    generated: list[Deadline] = []
    for year in (2023, 2024):
        generated += [_get(f"Năm {year}"), _get(f"Thường xuyên trong năm {year}")]
        generated += [_get(f"Tháng {month}/{year}") for month in range(1, 13)]
        generated += [_get(f"Quý {quarter}/{year}") for quarter in range(1, 5)]
        generated += [_get(f"6 tháng {part} năm {year}") for part in ("đầu", "cuối")]
        day = D(year, 1, 1)
        while day.year == year:
            generated.append(_get(f"{day.day:02d}/{day.month:02d}/{day.year}"))
            day = D.fromordinal(day.toordinal() + 1)
    generated += [
        _get(f"Từ tháng {a}/2024 đến tháng {b}/2025") for a in range(1, 13) for b in range(1, 13)
    ]
    for deadline in generated:
        again = _get(deadline.canonical())
        assert (again.kind, again.start, again.end) == (
            deadline.kind,
            deadline.start,
            deadline.end,
        ), deadline


# --- events ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Theo Chương trình xây dựng văn bản QPPL", "Theo kế hoạch kiểm tra", "Khi có yêu cầu"],
)
def test_event(text: str) -> None:
    assert parse_deadline(text) is None
    deadline = _get(text + ".", event=True)
    assert deadline.kind is DeadlineKind.EVENT
    assert deadline.event == text
    assert deadline.text == text
    assert (deadline.start, deadline.end, deadline.year) == (None, None, None)
    assert deadline.canonical() == text
    assert deadline.specific_date is None
    assert deadline.shift_years(1) is deadline
    assert deadline.describe("en") == f"event-driven: {text}"
    assert deadline.describe("vi") == f"theo sự kiện: {text}"


def test_event_flag_wins_over_a_parseable_phrase() -> None:
    deadline = _get("Quý II/2025", event=True)
    assert deadline.kind is DeadlineKind.EVENT
    assert deadline.start is None


def test_empty_event_is_none() -> None:
    assert parse_deadline("  ", event=True) is None


# --- specific_date --------------------------------------------------------------------------


def test_specific_date() -> None:
    assert _get("Chậm nhất ngày 15/12/2024").specific_date == D(2024, 12, 15)
    assert _get("Tháng 6/2024").specific_date is None
    assert _get("Quý II/2025").specific_date is None
    assert _get("Thường xuyên").specific_date is None


# --- shift_years ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years", "canonical", "start", "end"),
    [
        ("Quý III/2023", 1, "Quý III/2024", D(2024, 7, 1), D(2024, 9, 30)),
        ("Trước ngày 29/2/2024", 1, "Trước ngày 28/2/2025", None, D(2025, 2, 28)),
        ("Trước ngày 29/2/2024", 4, "Trước ngày 29/2/2028", None, D(2028, 2, 29)),
        ("Ngày 15/12/2024", -1, "Trước ngày 15/12/2023", None, D(2023, 12, 15)),
        ("Tháng 2/2023", 1, "Tháng 2/2024", D(2024, 2, 1), D(2024, 2, 29)),
        ("Tháng 2/2024", 1, "Tháng 2/2025", D(2025, 2, 1), D(2025, 2, 28)),
        ("6 tháng đầu năm 2024", 2, "6 tháng đầu năm 2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("Năm 2024", 1, "Năm 2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("2024", 1, "Năm 2025", D(2025, 1, 1), D(2025, 12, 31)),
        ("Giai đoạn 2021 - 2025", 5, "2026 - 2030", D(2026, 1, 1), D(2030, 12, 31)),
        (
            "Từ tháng 11/2023 đến tháng 2/2024",
            1,
            "Từ tháng 11/2024 đến tháng 2/2025",
            D(2024, 11, 1),
            D(2025, 2, 28),
        ),
        (
            "Thường xuyên trong năm 2024",
            1,
            "Thường xuyên trong năm 2025",
            D(2025, 1, 1),
            D(2025, 12, 31),
        ),
        ("Từ năm 2025", 1, "2026 và những năm tiếp theo", D(2026, 1, 1), None),
        (
            "Hằng quý năm 2024",
            1,
            "Định kỳ hằng quý trong năm 2025",
            D(2025, 1, 1),
            D(2025, 12, 31),
        ),
    ],
)
def test_shift_years(
    text: str, years: int, canonical: str, start: date | None, end: date | None
) -> None:
    original = _get(text)
    shifted = original.shift_years(years)
    assert shifted.kind is original.kind
    assert shifted.text == canonical
    assert shifted.canonical() == canonical
    assert (shifted.start, shifted.end) == (start, end)
    assert original.year is not None
    assert shifted.year == original.year + years
    assert shifted.recurrence == original.recurrence
    # The shifted deadline is what parsing its text gives.
    assert shifted == _get(canonical)


@pytest.mark.parametrize("text", ["Thường xuyên", "Hằng năm", "Định kỳ 6 tháng", "6 tháng đầu năm"])
def test_shift_years_without_year_is_identity(text: str) -> None:
    deadline = _get(text)
    assert deadline.shift_years(3) is deadline


def test_shift_years_zero_is_identity() -> None:
    deadline = _get("Quý II/2025")
    assert deadline.shift_years(0) is deadline


def test_shift_years_out_of_range() -> None:
    with pytest.raises(ValueError):
        _get("Năm 2200").shift_years(1)
    with pytest.raises(ValueError):
        _get("Trước ngày 1/1/1900").shift_years(-1)


# --- describe -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("Thường xuyên", "thường xuyên", "ongoing"),
        ("Thường xuyên trong năm 2024", "thường xuyên trong năm 2024", "ongoing in 2024"),
        ("Trước ngày 15/12/2024", "trước ngày 15/12/2024", "by 15 Dec 2024"),
        ("Hoàn thành trước 30/6/2024", "trước ngày 30/6/2024", "by 30 Jun 2024"),
        ("Tháng 6/2024", "trong tháng 6/2024", "Jun 2024"),
        ("Quý II/2025", "trong quý II/2025", "Q2 2025"),
        ("6 tháng đầu năm 2024", "trong 6 tháng đầu năm 2024", "first half of 2024"),
        ("6 tháng cuối năm 2024", "trong 6 tháng cuối năm 2024", "second half of 2024"),
        ("6 tháng đầu năm", "trong 6 tháng đầu năm", "first half of the year"),
        ("Năm 2024", "trong năm 2024", "year 2024"),
        ("2025 - 2026", "giai đoạn 2025 - 2026", "2025-2026"),
        ("Từ tháng 3 đến tháng 6/2024", "từ tháng 3 đến tháng 6/2024", "Mar to Jun 2024"),
        (
            "Từ tháng 11/2024 đến tháng 02/2025",
            "từ tháng 11/2024 đến tháng 2/2025",
            "Nov 2024 to Feb 2025",
        ),
        ("Hằng năm", "hằng năm", "annually"),
        ("Hằng quý", "định kỳ hằng quý", "quarterly"),
        ("Hằng tháng", "hằng tháng", "monthly"),
        ("Định kỳ 6 tháng", "định kỳ 6 tháng", "every 6 months"),
        ("Hằng quý năm 2024", "định kỳ hằng quý trong năm 2024", "quarterly in 2024"),
        ("2025 và những năm tiếp theo", "từ năm 2025 trở đi", "from 2025 onwards"),
    ],
)
def test_describe(text: str, vi: str, en: str) -> None:
    deadline = _get(text)
    assert deadline.describe() == vi
    assert deadline.describe("vi") == vi
    assert deadline.describe("en") == en


def test_describe_unknown_language() -> None:
    with pytest.raises(ValueError):
        _get("Năm 2024").describe("fr")


# --- enums and hand-built deadlines -----------------------------------------------------------


def test_enum_values() -> None:
    assert [k.value for k in DeadlineKind] == [
        "ongoing",
        "by_date",
        "month",
        "quarter",
        "half_year",
        "year",
        "year_range",
        "month_range",
        "recurring",
        "open_ended",
        "event",
        "quarter_range",
        "year_part",
        "working_days",
    ]
    assert f"{DeadlineKind.QUARTER}" == "quarter"  # StrEnum: prints as its value
    assert DeadlineKind("by_date") is DeadlineKind.BY_DATE
    assert [r.value for r in Recurrence] == ["annual", "semiannual", "quarterly", "monthly"]


def test_hand_built_deadline() -> None:
    deadline = Deadline(DeadlineKind.QUARTER, "q2", D(2025, 4, 1), D(2025, 6, 30), year=2025)
    assert deadline.canonical() == "Quý II/2025"
    assert deadline.describe("en") == "Q2 2025"
    assert deadline.shift_years(1) == _get("Quý II/2026")
    incomplete = Deadline(DeadlineKind.MONTH, "tháng sáu")
    assert incomplete.canonical() == "tháng sáu"
    assert incomplete.describe("en") == "tháng sáu"


def test_deadline_is_frozen_and_hashable() -> None:
    deadline = _get("Quý II/2025")
    with pytest.raises(AttributeError):
        deadline.year = 2026  # type: ignore[misc]
    assert len({deadline, _get("Quý II/2025"), _get("Quý 2/2025")}) == 2  # text differs
