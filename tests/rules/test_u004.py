"""U004 no-lead-unit: a task with nobody in charge."""


def test_task_without_lead(plans):
    text = plans.edit(("    lead: [Văn phòng Bộ]\n    deadline:\n", "    deadline:\n"))
    plans.expect(
        text,
        "U004",
        at=plans.locate(text, "id: kiem-tra"),
        severity="error",
        vi=["nhiệm vụ 3 không có đơn vị chủ trì"],
        en=["task 3 has no lead unit"],
    )


def test_empty_lead_list_in_a_grouped_task(plans):
    text = plans.edit(("lead: [Cục Chuyển đổi số quốc gia]", "lead: []"))
    plans.expect(
        text,
        "U004",
        at=plans.locate(text, "id: cong-dich-vu-cong"),
        severity="error",
        vi=["nhiệm vụ I.1 không có đơn vị chủ trì"],
        en=["task I.1 has no lead unit"],
    )
