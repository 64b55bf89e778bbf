"""A `period` outside the years a plan can cover (1900–2200) is an S003 finding at the value,
in either language, from validate and build alike: never a traceback."""

from __future__ import annotations

import pytest

TITLE = "title: Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024\n"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("99999999999999999999", "99999999999999999999"),
        ("0", "0"),
        ("10000", "10000"),
        ("-2024", "-2024"),
        ('"1800-2024"', "1800"),
        ('"0000"', "0000"),
        ("{start: 0001-01-01, end: 2024-12-31}", "1"),
        ("{start: 2024-01-01, end: 9999-12-31}", "9999"),
    ],
)
def test_a_year_out_of_range_is_a_finding(plans, value, shown):
    text = plans.edit((TITLE, f"{TITLE}period: {value}\n"))
    vi, en = plans.expect(
        text,
        "S003",
        at=plans.locate(text, value, after="period:"),
        severity="error",
        vi=["`period`", "từ 1900 đến 2200", shown],
        en=["invalid value: `period`", "between 1900 and 2200", shown],
    )
    assert "period: 2025" in vi.hint and "period: 2025" in en.hint


def test_the_years_at_the_bounds_are_accepted(plans):
    text = plans.edit((TITLE, f'{TITLE}period: "1900-2200"\n'))
    result = plans.validate(text)
    assert "S003" not in result.codes, result.output


def test_build_reports_it_without_a_traceback(plans, tmp_path, run_planctl):
    text = plans.edit((TITLE, f"{TITLE}period: 99999999999999999999\n"))
    path = plans.write(text)
    line, col = plans.locate(text, "99999999999999999999")
    for command in (["validate", str(path)], ["build", str(path), "-o", str(tmp_path / "out")]):
        result = run_planctl([*command, "--lang", "en"])
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output and "OverflowError" not in result.output
        assert f"plan.yaml:{line}:{col}: S003 error" in result.output
