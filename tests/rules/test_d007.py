"""D007 deadline-year-ambiguous: a deadline naming no year, in a plan of several years."""

import pytest

PERIOD = "period: {start: 2025-01-01, end: 2030-12-31}\n"


def _programme(plans, deadline):
    """The fixture plan made a 2025–2030 programme, one deadline replaced."""
    return plans.edit(
        ("date: 2024-01-16\n", "date: 2024-12-20\n" + PERIOD),
        ("năm 2024\n", "giai đoạn 2025 - 2030\n"),
        (
            "Quyết định số 2554/QĐ-BTTTT ngày 28/12/2023",
            "Quyết định số 2554/QĐ-BTTTT ngày 28/11/2024",
        ),
        ("ngày 01 tháng 02 năm 2024", "ngày 01 tháng 02 năm 2025"),
        ("deadline: Quý II/2024", "deadline: Quý II/2025"),
        ("deadline: Tháng 6/2024", f'deadline: "{deadline}"'),
        ("deadline: Năm 2024", "deadline: Năm 2025"),
        ("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 14/3/2025"),
        ("deadline: 6 tháng đầu năm", "deadline: 6 tháng đầu năm 2025"),
    )


def test_the_programme_is_clean_with_years_written(plans):
    result = plans.validate(_programme(plans, "Tháng 6/2025"))
    assert result.findings == [], result.output


@pytest.mark.parametrize(
    ("written", "suggestion"),
    [
        ("Trước ngày 31/12", "Trước ngày 31/12/2025"),
        ("Quý II", "Quý II/2025"),
        ("Giữa năm", "Giữa năm 2025"),
        ("Trước ngày 31 tháng 12", "Trước ngày 31 tháng 12 năm 2025"),
    ],
)
def test_no_year_in_a_plan_of_several_years(plans, written, suggestion):
    text = _programme(plans, written)
    vi, en = plans.expect(
        text,
        "D007",
        at=plans.locate(text, f'"{written}"'),
        severity="warning",
        vi=[
            f"thời hạn “{written}” không ghi năm, mà kế hoạch kéo dài 2025 - 2030: "
            "planctl hiểu là năm 2025"
        ],
        en=[
            f"deadline “{written}” names no year and the plan spans 2025 - 2030: "
            "planctl reads it as 2025"
        ],
    )
    assert vi.hint == f"ghi rõ năm, ví dụ “{suggestion}”"
    assert en.hint == f"write the year, e.g. “{suggestion}”"


def test_no_year_in_a_plan_of_one_year_is_that_year(plans):
    text = plans.edit(("deadline: Tháng 6/2024", 'deadline: "Trước ngày 31/12"'))
    result = plans.validate(text)
    assert result.findings == [], result.output
