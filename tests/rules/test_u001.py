"""U001 unknown-unit: a unit the registry does not know, with the nearest names suggested."""


def test_misspelt_unit_suggests_the_registry_name(plans):
    text = plans.edit(
        ("    lead: [Vụ Pháp chế]\n    support", "    lead: [Vụ Pháp chê]\n    support")
    )
    vi, _ = plans.expect(
        text,
        "U001",
        at=plans.locate(text, "Vụ Pháp chê"),
        severity="error",
        vi=["đơn vị không có trong danh mục: “Vụ Pháp chê”", "; có phải “Vụ Pháp chế”?"],
        en=["unit not in the registry: “Vụ Pháp chê”; did you mean “Vụ Pháp chế”?"],
    )
    assert "btttt/org.yaml" in vi.hint


def test_unknown_unit_in_a_block_list_of_a_grouped_task(plans):
    text = plans.edit(
        ("          - Sở Thông tin và Truyền thông", "          - Sở Văn hóa và Thể thao")
    )
    plans.expect(
        text,
        "U001",
        at=plans.locate(text, "Sở Văn hóa và Thể thao"),
        severity="error",
        vi=["“Sở Văn hóa và Thể thao”"],
        en=["unit not in the registry: “Sở Văn hóa và Thể thao”"],
    )


def test_unrelated_name_gets_no_suggestion(plans):
    text = plans.edit(("    lead: [Vụ Pháp chế]\n    support", "    lead: [Xyz]\n    support"))
    vi, en = plans.expect(
        text,
        "U001",
        at=plans.locate(text, "Xyz"),
        severity="error",
        vi=["“Xyz”"],
        en=["“Xyz”"],
    )
    assert "có phải" not in vi.message
    assert "did you mean" not in en.message
