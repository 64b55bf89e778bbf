"""N003 missing-task-id: a task without an id (groups need none)."""


def test_task_without_id(plans):
    text = plans.edit(("  - id: kiem-tra\n    content", "  - content"))
    vi, _ = plans.expect(
        text,
        "N003",
        at=plans.locate(text, "content: Kiểm tra"),
        severity="warning",
        vi=["nhiệm vụ 3 chưa có mã `id`"],
        en=["task 3 has no `id` (year-to-year diffs will be less exact)"],
    )
    assert vi.hint == "chạy `planctl ids plan.yaml` để sinh mã"


def test_group_without_id_is_fine(plans):
    text = plans.edit(("    id: chuyen-doi-so\n", ""))
    assert plans.validate(text).findings == []
