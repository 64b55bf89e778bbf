"""U008 unit-split-at-comma: a flow list cut a unit name at its comma."""


def test_known_name_split_in_a_flow_list_is_one_finding_not_two_u001(plans):
    text = plans.edit(
        (
            "support: [Trung tâm Thông tin, Cục Báo chí]",
            "support: [Trung tâm Thông tin, các cơ quan, đơn vị thuộc Bộ]",
        )
    )
    vi, en = plans.expect(
        text,
        "U008",
        at=plans.locate(text, "các cơ quan"),
        severity="error",
        vi=["“các cơ quan” và “đơn vị thuộc Bộ”", "“các cơ quan, đơn vị thuộc Bộ”"],
        en=["one unit name split at its comma: “các cơ quan, đơn vị thuộc Bộ”"],
    )
    assert "đặt tên trong dấu ngoặc kép hoặc viết mỗi đơn vị một dòng" in vi.hint
    assert 'support: [Trung tâm Thông tin, "các cơ quan, đơn vị thuộc Bộ"]' in vi.hint
    assert "org.yaml" not in vi.hint and "org.yaml" not in en.hint


def test_unknown_name_that_reads_as_one_in_a_flow_list(plans):
    # "Các sở, ban ngành" is not in the registry, but "ban ngành" reads as the rest of a name.
    text = plans.edit(
        ("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [Các sở, ban ngành]")
    )
    vi, _ = plans.expect(
        text,
        "U008",
        at=plans.locate(text, "Các sở"),
        severity="error",
        vi=["“Các sở, ban ngành”"],
        en=["“Các sở” and “ban ngành”"],
    )
    assert 'support: ["Các sở, ban ngành"]' in vi.hint


def test_quoted_name_is_not_split(plans):
    text = plans.edit(
        (
            "support: [Trung tâm Thông tin, Cục Báo chí]",
            'support: [Trung tâm Thông tin, "các cơ quan, đơn vị thuộc Bộ"]',
        )
    )
    result = plans.validate(text)
    assert "U008" not in result.codes and "U001" not in result.codes, result.output


def test_two_unknown_capitalised_units_stay_two_u001(plans):
    text = plans.edit(("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [Sở Xyz, Ban Abc]"))
    result = plans.validate(text)
    assert result.codes.count("U001") == 2, result.output
    assert "U008" not in result.codes
