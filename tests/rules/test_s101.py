"""S101 yaml-syntax: the file is not well-formed YAML. Each common mistake is explained in
Vietnamese (and English) at the line and column of the mistake, not where the parser trips,
with the exact fix and the offending line shown under a caret."""

import pytest


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


CASES = [
    # (name, old, new, where (needle, nth), vi message, vi fix, en message)
    (
        "tab",
        "    support: [Trung tâm Thông tin, Cục Báo chí]",
        "\tsupport: [Trung tâm Thông tin, Cục Báo chí]",
        "\tsupport",
        "thụt lề bằng ký tự tab",
        "thay ký tự tab bằng dấu cách",
        "indented with a tab",
    ),
    (
        "missing colon",
        "    support: [Trung tâm Thông tin, Cục Báo chí]",
        "    support Trung tâm Thông tin",
        " Trung tâm Thông tin",
        "thiếu dấu hai chấm sau khóa “support”",
        "viết dấu hai chấm và một dấu cách sau khóa: support: Trung tâm Thông tin",
        "the colon after the key “support” is missing",
    ),
    (
        "colon inside text",
        "title: Kế hoạch",
        "title: Kế hoạch: năm",
        ": năm",
        "dấu hai chấm và dấu cách (“: ”) trong một đoạn văn không có dấu ngoặc kép",
        'đặt cả đoạn văn trong dấu ngoặc kép: title: "Kế hoạch: năm',
        "a colon and a space (“: ”) inside an unquoted text",
    ),
    (
        "bad indent",
        "    support: [Trung tâm Thông tin, Cục Báo chí]",
        "   support: [Trung tâm Thông tin, Cục Báo chí]",
        "support: [Trung tâm Thông tin, Cục",
        "thụt lề sai: dòng này lùi 3 dấu cách",
        "thụt lề 4 dấu cách",
        "wrong indent: this line is indented 3 spaces",
    ),
    (
        "unclosed quote",
        "title: Kế hoạch",
        'title: "Kế hoạch',
        '"Kế hoạch',
        "dấu ngoặc kép mở ở đây chưa được đóng",
        'thêm dấu ngoặc kép đóng (") ở cuối đoạn văn: title: "Kế hoạch',
        "the quote opened here is not closed on its line",
    ),
    (
        "unclosed bracket",
        "support: [Trung tâm Thông tin, Cục Báo chí]",
        "support: [Trung tâm Thông tin, Cục Báo chí",
        "[Trung tâm Thông tin, Cục Báo chí",
        "dấu “[” mở ở đây chưa được đóng",
        "thêm “]” ở cuối dòng: support: [Trung tâm Thông tin, Cục Báo chí]",
        "the “[” opened here is never closed",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "needle", "vi_message", "vi_fix", "en_message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_mistake_is_explained_where_it_is(plans, old, new, needle, vi_message, vi_fix, en_message):
    text = plans.edit((old, new))
    line, col = plans.locate(text, needle)
    vi, en = plans.expect(
        text, "S101", at=(line, col), severity="error", vi=[vi_message], en=[en_message]
    )
    assert vi_fix in vi.hint, vi.hint
    # No raw PyYAML English in the Vietnamese message; the English one keeps it.
    for english in ("while ", "expected", "found", "scanning", "parsing"):
        assert english not in vi.message, vi.message
    assert "(PyYAML: " in en.message
    shown = plans.validate(text).stdout
    source = text.splitlines()[line - 1].replace("\t", "→")
    assert f"    {line} | {source}\n" in shown, shown
    assert f"| {' ' * (col - 1)}^\n" in shown, shown


def test_list_item_in_line_with_mapping_keys(plans):
    text = plans.edit(("signer: ", "  signer: "))
    line, col = plans.locate(text, "signer: ")
    vi, _ = plans.expect(
        text,
        "S101",
        at=(line, col),
        severity="error",
        vi=["khóa “signer” đứng thẳng cột với các mục “- ” của danh sách"],
        en=["a list holds no keys"],
    )
    assert "viết “- ” trước nó" in vi.hint


def test_key_indented_under_a_text_value(plans):
    text = plans.edit(
        (
            "Kiểm tra việc thực hiện thủ tục hành chính\n    lead: [Văn phòng Bộ]",
            "Kiểm tra việc thực hiện thủ tục hành chính\n      lead: [Văn phòng Bộ]",
        )
    )
    line, col = plans.locate(text, "lead: [Văn phòng Bộ]", after="id: kiem-tra")
    vi, _ = plans.expect(
        text,
        "S101",
        at=(line, col),
        severity="error",
        vi=["thụt lề sai: khóa “lead” thụt vào dưới một giá trị văn bản"],
        en=["the key “lead” is indented under a text value"],
    )
    assert vi.hint == "thụt lề 4 dấu cách cho thẳng cột với khóa ở dòng trên"


def test_bad_indent_after_a_block_list_is_not_a_missing_colon(plans):
    # init, new and fmt write units one per line; a key one space short after such a list
    # is a wrong indent. The list item above is a complete unit name, and "add a colon after
    # “Vụ”" would damage it.
    text = plans.edit(
        ("    lead: [Vụ Pháp chế]\n    support", "    lead:\n      - Vụ Pháp chế\n   support")
    )
    line, col = plans.locate(text, "support: [Văn phòng Bộ]", after="- Vụ Pháp chế")
    vi, en = plans.expect(
        text,
        "S101",
        at=(line, col),
        severity="error",
        vi=["thụt lề sai: dòng này lùi 3 dấu cách"],
        en=["wrong indent: this line is indented 3 spaces"],
    )
    assert vi.hint == "thụt lề 4 dấu cách cho thẳng cột với các khóa cùng cấp (dòng trên)"
    assert "Vụ:" not in vi.hint and "Vụ:" not in en.hint
