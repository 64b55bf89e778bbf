"""T001 empty-content: a task (or group) whose text is blank."""


def test_empty_subtask_content(plans):
    text = plans.edit(("content: Rà soát đợt 2", 'content: ""'))
    plans.expect(
        text,
        "T001",
        at=plans.locate(text, '""'),
        severity="error",
        vi=["nội dung của nhiệm vụ 2.2 bị trống"],
        en=["task 2.2 has empty content"],
    )


def test_blank_group_title(plans):
    text = plans.edit(("group: Công tác chuyển đổi số", 'group: "   "'))
    plans.expect(
        text,
        "T001",
        at=plans.locate(text, '"   "'),
        severity="error",
        vi=["nội dung của nhóm nhiệm vụ bị trống"],
        en=["task group has empty content"],
    )
