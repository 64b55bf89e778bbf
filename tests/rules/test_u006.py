"""U006 unknown-signer: the signer id is not in the registry."""


def test_misspelt_signer_suggests_the_registry_id(plans):
    text = plans.edit(("signer: thu-truong", "signer: thu-truogn"))
    vi, _ = plans.expect(
        text,
        "U006",
        at=plans.locate(text, "thu-truogn"),
        severity="error",
        vi=["người ký `thu-truogn` không có trong danh mục", "; có phải ý bạn là `thu-truong`?"],
        en=["signer `thu-truogn` is not in the registry; did you mean `thu-truong`?"],
    )
    assert vi.hint == "dùng một trong: bo-truong, thu-truong"


def test_inline_signer_needs_no_registry_entry(plans):
    text = plans.edit(
        ("signer: thu-truong", "signer: {name: Nguyễn Văn A, title: Thứ trưởng, authority: KT}")
    )
    result = plans.validate(text)
    assert result.exit_code == 0, result.output
    assert "U006" not in result.codes
