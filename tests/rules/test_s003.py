"""S003 invalid-value: a value of the wrong type or form, reported at the value."""


def test_impossible_date_is_a_finding_not_a_crash(plans):
    # PyYAML's timestamp constructor raises on month 13; the loader must keep the text.
    text = plans.edit(("date: 2024-01-16", "date: 2024-13-45"))
    plans.expect(
        text,
        "S003",
        at=plans.locate(text, "2024-13-45"),
        severity="error",
        vi=["`date`", "không phải ngày hợp lệ: '2024-13-45'"],
        en=["invalid value: `date`: not a date: '2024-13-45'"],
    )


def test_number_that_is_not_a_number(plans):
    text = plans.edit(("number: 136", "number: một trăm"))
    _, en = plans.expect(
        text,
        "S003",
        at=plans.locate(text, "một trăm"),
        severity="error",
        vi=["`number`", "cần một số nguyên"],
        en=["`number`: expected a whole number, got a string"],
    )
    assert en.hint == "write digits only, e.g. 136"


def test_explicit_int_tag_on_text(plans):
    text = plans.edit(("number: 136", "number: !!int abc"))
    plans.expect(
        text,
        "S003",
        at=plans.locate(text, "!!int"),
        severity="error",
        vi=["`number`"],
        en=["expected a whole number"],
    )


def test_lead_given_as_a_mapping(plans):
    text = plans.edit(
        ("    lead: [Vụ Pháp chế]\n    support", "    lead: {Vụ: Pháp chế}\n    support")
    )
    plans.expect(
        text,
        "S003",
        at=plans.locate(text, "{Vụ: Pháp chế}"),
        severity="error",
        vi=["`tasks.2.lead`", "cần một danh sách, nhận được một ánh xạ"],
        en=["`tasks.2.lead`: expected a list, got a mapping"],
    )


def test_wrong_document_kind(plans):
    text = plans.edit(("kind: plan", "kind: ke-hoach"))
    plans.expect(
        text,
        "S003",
        at=plans.locate(text, "ke-hoach"),
        severity="error",
        vi=["`kind`", "'ke-hoach'"],
        en=["`kind`: expected one of 'plan', got 'ke-hoach'"],
    )
