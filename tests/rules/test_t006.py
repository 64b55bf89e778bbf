"""T006 unused-suppression: a code in a `# planctl: ignore[…]` or `ignore-file[…]` comment
that hides nothing, names no rule, or names an S rule."""


def test_a_code_that_hides_nothing_on_its_line(plans):
    text = plans.edit(("content: Rà soát đợt 1", "content: Rà soát đợt 1  # planctl: ignore[U005]"))
    plans.expect(
        text,
        "T006",
        at=plans.locate(text, "U005]"),
        severity="warning",
        vi=["không có lỗi U005 nào ở dòng này"],
        en=["there is no U005 finding on this line"],
    )


def test_a_file_level_code_that_hides_nothing(plans):
    text = "# planctl: ignore-file[D005]\n" + plans.valid
    plans.expect(
        text,
        "T006",
        at=(1, len("# planctl: ignore-file[") + 1),
        severity="warning",
        vi=["ignore-file", "không có lỗi D005 nào trong tệp"],
        en=["there is no D005 finding in this file"],
    )


def test_a_code_of_no_rule(plans):
    text = "# planctl: ignore-file[D05]\n" + plans.valid
    vi, en = plans.expect(
        text,
        "T006",
        at=(1, len("# planctl: ignore-file[") + 1),
        severity="warning",
        vi=["không có quy tắc D05"],
        en=["there is no rule D05"],
    )
    assert vi.hint == "sửa thành D005" and en.hint == "write D005"


def test_an_s_code(plans):
    text = plans.edit(("content: Rà soát đợt 1", "content: Rà soát đợt 1  # planctl: ignore[S001]"))
    plans.expect(
        text,
        "T006",
        at=plans.locate(text, "S001]"),
        severity="warning",
        vi=["S001 thuộc nhóm S"],
        en=["S001 is an S rule, which is never hidden"],
    )


def test_t006_can_be_hidden_on_its_line(plans):
    line = "content: Rà soát đợt 1  # planctl: ignore[U005,T006]"
    result = plans.validate(plans.edit(("content: Rà soát đợt 1", line)), lang="en")
    assert result.codes == [], result.stdout


def test_an_unused_t006_is_reported(plans):
    text = "# planctl: ignore-file[T006]\n" + plans.valid
    result = plans.validate(text, lang="en")
    assert result.codes == ["T006"], "it hides nothing: there is no other T006"
