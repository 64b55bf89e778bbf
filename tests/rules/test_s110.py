"""S110 complex-key: a key must be a plain string."""


def test_flow_sequence_as_key(plans):
    text = plans.valid + "[a, b]: c\n"
    plans.expect(
        text,
        "S110",
        at=plans.locate(text, "[a, b]"),
        severity="error",
        vi=["khóa phải là một chuỗi đơn giản"],
        en=["a key must be a plain string"],
    )


def test_explicit_mapping_key_inside_a_task(plans):
    text = plans.edit(
        ("    deadline: Thường xuyên\n", "    deadline: Thường xuyên\n    ? {a: 1}\n    : x\n")
    )
    plans.expect(
        text,
        "S110",
        at=plans.locate(text, "{a: 1}"),
        severity="error",
        vi=["khóa phải là một chuỗi đơn giản"],
        en=["a key must be a plain string"],
    )
