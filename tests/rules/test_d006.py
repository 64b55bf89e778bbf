"""D006 no-deadline: a task without a deadline (a parent may take its subtasks')."""


def test_task_without_deadline(plans):
    text = plans.edit(("    deadline: Thường xuyên\n", ""))
    plans.expect(
        text,
        "D006",
        at=plans.locate(text, "id: tuyen-truyen"),
        severity="warning",
        vi=["nhiệm vụ 1 không có thời gian thực hiện"],
        en=["task 1 has no deadline"],
    )


def test_grouped_task_without_deadline(plans):
    text = plans.edit(("        deadline: Quý II/2024\n", ""))
    plans.expect(
        text,
        "D006",
        at=plans.locate(text, "id: cong-dich-vu-cong"),
        severity="warning",
        vi=["nhiệm vụ I.1 không có"],
        en=["task I.1 has no deadline"],
    )


def test_parent_with_subtasks_needs_no_deadline_of_its_own(plans):
    text = plans.edit(("    deadline: Năm 2024\n", ""))
    assert "D006" not in plans.validate(text).codes
