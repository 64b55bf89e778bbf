"""D004 subtask-after-parent: a subtask due after the task it belongs to."""


def test_subtask_later_than_its_parent(plans):
    text = plans.edit(("deadline: Năm 2024", "deadline: Quý I/2024"))
    # 2.1 (before 15/3) still fits in Q1; 2.2 (first half) does not.
    plans.expect(
        text,
        "D004",
        at=plans.locate(text, "6 tháng đầu năm"),
        severity="error",
        vi=["thời hạn của nhiệm vụ 2.2 (“6 tháng đầu năm”) muộn hơn nhiệm vụ cha 2 (“Quý I/2024”)"],
        en=["task 2.2's deadline (“6 tháng đầu năm”) is later than its parent 2's (“Quý I/2024”)"],
    )


def test_ongoing_parent_runs_to_the_end_of_the_period(plans):
    text = plans.edit(("deadline: Năm 2024", "deadline: Thường xuyên"))
    result = plans.validate(text)
    assert "D004" not in result.codes
