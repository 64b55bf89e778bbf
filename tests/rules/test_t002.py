"""T002 date-format: long dates need leading zeros for days below 10 and months 1, 2."""


def test_day_and_month_without_leading_zero(plans):
    text = plans.edit(("ngày 01 tháng 02 năm 2024", "ngày 1 tháng 2 năm 2024"))
    vi, _ = plans.expect(
        text,
        "T002",
        at=plans.locate(text, "ngày 1 tháng 2 năm 2024"),
        severity="warning",
        vi=["ngày viết chưa đúng thể thức: “ngày 1 tháng 2 năm 2024”"],
        en=["date not written as the decree requires: “ngày 1 tháng 2 năm 2024”"],
    )
    assert vi.hint.startswith("viết “ngày 01 tháng 02 năm 2024”")


def test_month_above_two_takes_no_zero(plans):
    text = plans.edit(("ngày 01 tháng 02 năm 2024", "ngày 01 tháng 03 năm 2024"))
    _, en = plans.expect(
        text,
        "T002",
        at=plans.locate(text, "ngày 01 tháng 03 năm 2024"),
        severity="warning",
        vi=["“ngày 01 tháng 03 năm 2024”"],
        en=["“ngày 01 tháng 03 năm 2024”"],
    )
    assert en.hint.startswith("write “ngày 01 tháng 3 năm 2024”")
