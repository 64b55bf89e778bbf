"""S004 not-a-mapping: the file holds YAML, but not a plan."""


def test_top_level_list(plans):
    text = "- kind: plan\n- title: Kế hoạch\n"
    plans.expect(
        text,
        "S004",
        at=(1, 1),
        severity="error",
        vi=["tệp phải là một kế hoạch", "nhưng lại là một danh sách"],
        en=["the file must be a plan (a `key: value` mapping) but is a list"],
    )


def test_plain_text(plans):
    text = "# ghi chú\nKế hoạch năm 2024\n"
    plans.expect(
        text,
        "S004",
        at=(2, 1),
        severity="error",
        vi=["nhưng lại là một chuỗi"],
        en=["but is a string"],
    )
