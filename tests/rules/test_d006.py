"""D006 no-deadline: a task without a deadline (a parent may take its subtasks').

A blank deadline (`""`, spaces, an empty event) is no deadline, not a phrase planctl cannot read.
"""

import pytest


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


@pytest.mark.parametrize("blank", ['""', "''", '"   "', "{event: ''}"])
def test_blank_deadline_is_no_deadline_not_an_unknown_phrase(plans, blank):
    text = plans.edit(("    deadline: Thường xuyên\n", f"    deadline: {blank}\n"))
    result = plans.validate(text)
    assert "D001" not in result.codes, result.output
    line, col = plans.locate(text, f"deadline: {blank}")
    plans.expect(
        text,
        "D006",
        at=(line, col + len("deadline: ")),  # at the blank value
        severity="warning",
        vi=["nhiệm vụ 1 không có thời gian thực hiện"],
        en=["task 1 has no deadline"],
    )


def test_null_deadline_is_no_deadline(plans):
    text = plans.edit(("    deadline: Thường xuyên\n", "    deadline:\n"))
    plans.expect(
        text,
        "D006",
        at=plans.locate(text, "id: tuyen-truyen"),
        severity="warning",
        vi=["nhiệm vụ 1 không có thời gian thực hiện"],
        en=["task 1 has no deadline"],
    )


def test_parent_with_blank_deadline_takes_its_subtasks(plans):
    text = plans.edit(("    deadline: Năm 2024\n", '    deadline: ""\n'))
    result = plans.validate(text)
    assert result.findings == [], result.output
