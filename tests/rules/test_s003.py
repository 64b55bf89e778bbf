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


def test_recipient_split_at_its_colon_says_to_quote_it(plans):
    text = plans.edit(('"Lưu: VT, VP."', "Lưu: VT, VP."))
    vi, en = plans.expect(
        text,
        "S003",
        at=plans.locate(text, "Lưu: VT, VP."),
        severity="error",
        vi=["một đoạn văn bị tách ở dấu hai chấm", "“Lưu: VT, VP.”"],
        en=["a text split at its colon"],
    )
    assert vi.hint == 'đặt cả đoạn văn trong dấu ngoặc kép: - "Lưu: VT, VP."'
    assert en.hint == 'put the whole text in double quotes: - "Lưu: VT, VP."'


def test_section_text_split_at_its_colon_is_one_finding(plans):
    text = plans.edit(
        ("- Kế hoạch có hiệu lực kể từ", "- Hiệu lực: kể từ"),
    )
    vi, _ = plans.expect(
        text,
        "S003",
        at=plans.locate(text, "Hiệu lực: kể từ"),
        severity="error",
        vi=["một đoạn văn bị tách ở dấu hai chấm"],
        en=["a text split at its colon"],
    )
    assert 'đặt cả đoạn văn trong dấu ngoặc kép: - "Hiệu lực: kể từ ngày' in vi.hint
