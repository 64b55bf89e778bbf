"""N002 bad-task-id: ids are ASCII slugs."""


def test_id_with_diacritics_and_spaces(plans):
    text = plans.edit(("id: ra-soat-dot-2", "id: rà-soát đợt 2"))
    vi, en = plans.expect(
        text,
        "N002",
        at=plans.locate(text, "rà-soát đợt 2"),
        severity="error",
        vi=["mã nhiệm vụ `rà-soát đợt 2` chỉ được chứa chữ không dấu, số"],
        en=["task id `rà-soát đợt 2` may only contain ASCII letters, digits"],
    )
    assert vi.hint == "đổi thành ví dụ `ra-soat-dot-2`"
    assert en.hint == "rename it, e.g. `ra-soat-dot-2`"
