"""S001 unknown-key: a misspelt key is an error at the key, with a suggestion."""


def test_misspelt_top_level_key_suggests_the_right_one(plans):
    text = plans.edit(("title: Kế hoạch", "titel: Kế hoạch"))
    vi, en = plans.expect(
        text,
        "S001",
        at=plans.locate(text, "titel:"),
        severity="error",
        vi=["khóa không hợp lệ `titel`", "; có phải ý bạn là `title`?"],
        en=["unknown key `titel`", "; did you mean `title`?"],
        also=["S002"],  # `title` itself is now missing
    )
    assert "title, period, legal_bases" in vi.hint
    assert en.hint.startswith("rename or remove the key; keys allowed here:")


def test_misspelt_key_in_a_subtask_points_at_that_key(plans):
    text = plans.edit(
        ("        deadline: Trước ngày 15/3/2024", "        dealine: Trước ngày 15/3/2024")
    )
    vi, _ = plans.expect(
        text,
        "S001",
        at=plans.locate(text, "dealine:"),
        severity="error",
        vi=["`dealine`", "`deadline`"],
        en=["unknown key `dealine`; did you mean `deadline`?"],
    )
    # The keys allowed are those of a task, not of the plan.
    assert "content, lead, support, deadline" in vi.hint
    assert "signer" not in vi.hint


def test_unrelated_key_gets_no_suggestion(plans):
    text = plans.valid + "qwxz: 1\n"
    vi, en = plans.expect(
        text,
        "S001",
        at=plans.locate(text, "qwxz"),
        severity="error",
        vi=["khóa không hợp lệ `qwxz`"],
        en=["unknown key `qwxz`"],
    )
    assert "có phải" not in vi.message
    assert "did you mean" not in en.message
