"""N001 duplicate-task-id: ids are unique across the plan (the diff matches on them)."""


def test_subtask_reusing_its_sibling_id(plans):
    text = plans.edit(("id: ra-soat-dot-2", "id: ra-soat-dot-1"))
    first, _ = plans.locate(text, "id: ra-soat-dot-1")
    plans.expect(
        text,
        "N001",
        at=plans.locate(text, "ra-soat-dot-1", nth=2),
        severity="error",
        vi=[f"mã nhiệm vụ `ra-soat-dot-1` bị trùng (đã dùng ở dòng {first})"],
        en=[f"duplicate task id `ra-soat-dot-1` (first used at line {first})"],
    )


def test_task_reusing_a_group_id(plans):
    text = plans.edit(("id: kiem-tra", "id: chuyen-doi-so"))
    first, _ = plans.locate(text, "id: chuyen-doi-so")
    plans.expect(
        text,
        "N001",
        at=plans.locate(text, "chuyen-doi-so", nth=2),
        severity="error",
        vi=[f"(đã dùng ở dòng {first})"],
        en=[f"duplicate task id `chuyen-doi-so` (first used at line {first})"],
    )
