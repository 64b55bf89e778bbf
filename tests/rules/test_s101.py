"""S101 yaml-syntax: the file is not well-formed YAML."""


def test_unclosed_quote_points_where_the_quote_opens(plans):
    text = plans.edit(('"Lưu: VT, VP."', '"Lưu: VT, VP.'))
    plans.expect(
        text,
        "S101",
        at=plans.locate(text, '"Lưu'),
        severity="error",
        vi=["lỗi cú pháp YAML:", "dấu ngoặc kép mở ở đây chưa được đóng"],
        en=["YAML syntax error:", "found unexpected end of stream"],
    )


def test_bad_indent_points_at_the_offending_line(plans):
    text = plans.edit(
        ("    lead: [Vụ Pháp chế]\n    support", "    lead: [Vụ Pháp chế]\n   support")
    )
    line, _ = plans.locate(text, "   support: [Văn phòng Bộ]")
    vi, en = plans.expect(
        text,
        "S101",
        at=line,
        severity="error",
        vi=["lỗi cú pháp YAML"],
        en=["YAML syntax error"],
    )
    assert "thụt lề" in vi.hint
    assert "indent" in en.hint


def test_unacceptable_character_is_placed_not_reported_at_1_1(plans):
    # U+FFFE is valid UTF-8 but not a YAML character.
    text = plans.edit(("Rà soát đợt 2", "Rà soát\ufffeđợt 2"))
    line, col = plans.locate(text, "\ufffe")
    plans.expect(
        text,
        "S101",
        at=(line, col),
        severity="error",
        vi=["U+FFFE"],
        en=["YAML syntax error: the character U+FFFE may not appear"],
    )


def test_quote_left_open_far_above_a_later_quote_points_where_it_opens(plans):
    # The quoted title runs on to the next `"` (the archive line at the end); the parser
    # only trips there, but the mistake is on the title's line.
    text = plans.edit(("title: Kế hoạch", 'title: "Kế hoạch'))
    closes, _ = plans.locate(text, '"Lưu')
    vi, _ = plans.expect(
        text,
        "S101",
        at=plans.locate(text, '"Kế hoạch'),
        severity="error",
        vi=["lỗi cú pháp YAML"],
        en=[f"the quoted text opened here only closes on line {closes}"],
    )
    assert "dấu ngoặc kép" in vi.hint


def test_valid_multi_line_quote_does_not_move_a_later_error(plans):
    text = plans.edit(
        ("content: Rà soát đợt 1", 'content: "Rà soát\n          đợt 1"'),
        ("signer: thu-truong", "signer: [thu-truong"),
    )
    plans.expect(
        text,
        "S101",
        # The flow sequence is still open at the end of the file: point where it opened.
        at=plans.locate(text, "[thu-truong"),
        severity="error",
        vi=["lỗi cú pháp YAML"],
        en=["YAML syntax error"],
    )
