"""U007 duplicate-unit: the same unit twice in one list."""


def test_same_unit_twice(plans):
    text = plans.edit(
        (
            "support: [Trung tâm Thông tin, Cục Báo chí]",
            "support: [Trung tâm Thông tin, Cục Báo chí, Trung tâm Thông tin]",
        )
    )
    _, en = plans.expect(
        text,
        "U007",
        at=plans.locate(text, "Trung tâm Thông tin", nth=2),
        severity="warning",
        vi=["đơn vị “Trung tâm Thông tin” được nêu hai lần trong cùng danh sách"],
        en=["unit “Trung tâm Thông tin” is listed twice in the same list"],
    )
    assert en.hint == "remove the second mention"


def test_unit_and_its_alias(plans):
    text = plans.edit(
        (
            "support: [Trung tâm Thông tin, Cục Báo chí]",
            "support: [Trung tâm Thông tin, Trung tâm TT]",
        )
    )
    plans.expect(
        text,
        "U007",
        at=plans.locate(text, "Trung tâm TT"),
        severity="warning",
        vi=["“Trung tâm TT”"],
        en=["“Trung tâm TT” is listed twice"],
        also=["U005"],
    )
