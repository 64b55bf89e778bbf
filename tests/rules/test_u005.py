"""U005 alias-not-canonical: a short name or alias where the canonical name is expected."""


def test_short_name_is_a_warning(plans):
    text = plans.edit(
        ("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [TTTT, Cục Báo chí]")
    )
    vi, _ = plans.expect(
        text,
        "U005",
        at=plans.locate(text, "TTTT", after="support: ["),
        severity="warning",
        vi=["“TTTT” là tên viết tắt/bí danh; danh mục dùng “Trung tâm Thông tin”"],
        en=["“TTTT” is an alias; the registry's name is “Trung tâm Thông tin”"],
    )
    assert vi.hint == "viết “Trung tâm Thông tin”"


def test_alias_differing_only_in_case_is_an_alias(plans):
    text = plans.edit(("lead: [Vụ Pháp chế]\n    support", "lead: [Vụ pháp chế]\n    support"))
    plans.expect(
        text,
        "U005",
        at=plans.locate(text, "Vụ pháp chế"),
        severity="warning",
        vi=["“Vụ pháp chế”", "“Vụ Pháp chế”"],
        en=["“Vụ pháp chế” is an alias"],
    )


def test_group_name_capitalised_at_the_start_of_a_cell_is_not_an_alias(plans):
    assert "- Các cơ quan, đơn vị thuộc Bộ" in plans.valid
    result = plans.validate(plans.valid)
    assert "U005" not in result.codes
