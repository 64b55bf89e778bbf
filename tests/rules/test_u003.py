"""U003 lead-also-support: the same unit both leads and cooperates."""


def test_lead_repeated_among_the_support(plans):
    text = plans.edit(
        (
            "support: [Trung tâm Thông tin, Cục Báo chí]",
            "support: [Trung tâm Thông tin, Văn phòng Bộ]",
        )
    )
    _, en = plans.expect(
        text,
        "U003",
        at=plans.locate(text, "Văn phòng Bộ", after="[Trung tâm Thông tin, "),
        severity="error",
        vi=["“Văn phòng Bộ” vừa là đơn vị chủ trì vừa là đơn vị phối hợp"],
        en=["“Văn phòng Bộ” is both a lead unit and a cooperating unit"],
    )
    assert en.hint == "remove “Văn phòng Bộ” from the cooperating units"


def test_alias_of_the_lead_in_support(plans):
    text = plans.edit(
        ("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [Trung tâm Thông tin, VP]")
    )
    plans.expect(
        text,
        "U003",
        at=plans.locate(text, "VP]", after="[Trung tâm Thông tin, "),
        severity="error",
        vi=["“VP” vừa là đơn vị chủ trì"],
        en=["“VP” is both a lead unit"],
        also=["U005"],  # VP is the short name of Văn phòng Bộ
    )
