"""D003 deadline-before-plan: a deadline already past when the plan is issued."""


def test_due_date_before_the_plan_date(plans):
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 10/01/2024"))
    plans.expect(
        text,
        "D003",
        at=plans.locate(text, "Trước ngày 10/01/2024"),
        severity="error",
        vi=[
            "thời hạn “Trước ngày 10/01/2024” (10/01/2024)",
            "trước ngày ban hành kế hoạch (16/01/2024)",
        ],
        en=[
            "deadline “Trước ngày 10/01/2024” (10/01/2024)",
            "falls before the plan's date (16/01/2024)",
        ],
    )


def test_the_plan_date_itself_is_not_too_early(plans):
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 16/01/2024"))
    result = plans.validate(text)
    assert "D003" not in result.codes
