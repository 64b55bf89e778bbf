"""D005 deadline-non-working-day: a due date on a weekend or a public holiday."""


def test_national_day(plans):
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 02/9/2024"))
    vi, en = plans.expect(
        text,
        "D005",
        at=plans.locate(text, "Trước ngày 02/9/2024"),
        severity="warning",
        vi=["thời hạn 02/09/2024 rơi vào ngày nghỉ lễ", "Quốc khánh"],
        en=["deadline 02/09/2024 falls on a public holiday", "National Day"],
    )
    # 31/8 and 1/9/2024 are a weekend: the nearest earlier working day is Friday 30/8.
    assert vi.hint == "chọn ngày làm việc gần nhất, ví dụ 30/08/2024"
    assert en.hint == "pick the nearest working day, e.g. 30/08/2024"


def test_sunday(plans):
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 17/3/2024"))
    _, en = plans.expect(
        text,
        "D005",
        at=plans.locate(text, "Trước ngày 17/3/2024"),
        severity="warning",
        vi=["thời hạn 17/03/2024 rơi vào Chủ nhật"],
        en=["deadline 17/03/2024 falls on a Sunday"],
    )
    assert en.hint.endswith("15/03/2024")


def test_a_friday_is_a_working_day(plans):
    assert "Trước ngày 15/3/2024" in plans.valid  # a Friday
    assert "D005" not in plans.validate(plans.valid).codes


def test_the_official_make_up_saturday_is_a_working_day(plans):
    """04/05/2024 is the Saturday worked in exchange for Monday 29/4/2024 (the 2024 swap):
    a deadline on it is on a working day, and 29/4 is not one."""
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 04/5/2024"))
    assert "D005" not in plans.validate(text).codes
    swapped = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 29/4/2024"))
    assert "D005" in plans.validate(swapped).codes


def test_a_saturday_without_a_swap_still_warns(plans):
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 11/5/2024"))
    assert "D005" in plans.validate(text).codes
