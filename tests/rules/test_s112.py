"""S112 not-xml-character: a character no .docx or .xlsx can hold (U+FFFE, U+FFFF, a lone
UTF-16 surrogate, all written as `\\u…` escapes) is an error at its escape, not a crash of
build; a whole surrogate pair reads as the character it spells."""

from __future__ import annotations

import zipfile

import pytest

from planctl.load import load_yaml


@pytest.mark.parametrize(
    ("escape", "char"),
    [("\\ufffe", "U+FFFE"), ("\\uFFFF", "U+FFFF"), ("\\ud800", "U+D800"), ("\\udc00", "U+DC00")],
)
def test_the_character_is_reported_at_its_escape(plans, escape, char):
    text = plans.edit(
        (
            "title: Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024",
            f'title: "Kế hoạch truyền thông {escape} năm 2024"',
        )
    )
    plans.expect(
        text,
        "S112",
        at=plans.locate(text, escape),
        severity="error",
        vi=[f"ký tự {char}", "không thể có trong tệp .docx, .xlsx"],
        en=[f"character {char} cannot be stored in a .docx or .xlsx"],
    )
    title = load_yaml(plans.folder / "plan.yaml").data["title"]
    assert title == "Kế hoạch truyền thông \ufffd năm 2024"  # what a forced build prints


def test_in_a_task_and_after_another_escape(plans):
    text = plans.edit(("content: Rà soát đợt 2", 'content: "Rà soát \\u0111ợt \\U0000FFFE 2"'))
    plans.expect(
        text,
        "S112",
        at=plans.locate(text, "\\U0000FFFE"),
        severity="error",
        vi=["U+FFFE"],
        en=["U+FFFE"],
    )


def test_in_a_key(plans):
    text = plans.valid + '"ghi chú\\ud800": x\n'
    vi, _ = plans.expect(
        text,
        "S112",
        at=plans.locate(text, "\\ud800"),
        severity="error",
        vi=["U+D800"],
        en=["U+D800"],
        also=["S001"],
    )
    assert vi.hint


def test_a_surrogate_pair_reads_as_its_character(plans):
    text = plans.edit(("content: Rà soát đợt 2", 'content: "Rà soát \\ud83d\\ude00 đợt 2"'))
    result = plans.validate(text)
    assert result.exit_code == 0, result.output
    assert "S112" not in result.codes
    task = load_yaml(plans.folder / "plan.yaml").data["tasks"][2]["subtasks"][1]
    assert task["content"] == "Rà soát \U0001f600 đợt 2"


def test_build_reports_it_with_the_file_and_line_and_builds_it_when_forced(
    plans, tmp_path, run_planctl
):
    text = plans.edit(("content: Rà soát đợt 2", 'content: "Rà soát \\ufffe đợt 2"'))
    path = plans.write(text)
    line, col = plans.locate(text, "\\ufffe")
    out = tmp_path / "out"
    result = run_planctl(["build", str(path), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "ValueError" not in result.output
    assert f"plan.yaml:{line}:{col}: S112 error" in result.output
    forced = run_planctl(["build", str(path), "-o", str(out), "--force", "--xlsx", "--csv"])
    assert "Traceback" not in forced.output, forced.output
    (docx,) = out.rglob("plan.docx")
    document = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    assert "Rà soát \ufffd đợt 2" in document
    assert (docx.with_suffix(".xlsx")).is_file() and (docx.with_suffix(".csv")).is_file()


def test_each_escape_is_reported_where_it_stands(plans):
    text = plans.edit(("content: Rà soát đợt 2", 'content: "Rà \\uffff soát \\uffff đợt 2"'))
    result = plans.validate(text)
    line, col = plans.locate(text, "\\uffff")
    _, second = plans.locate(text, "\\uffff", 2)
    found = [(f.line, f.col) for f in result.findings if f.code == "S112"]
    assert found == [(line, col), (line, second)]
    assert result.exit_code == 1
