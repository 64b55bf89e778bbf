"""`planctl validate` on files that are not valid plans: a clear finding naming the file,
a non-zero exit, never a traceback, within seconds and a modest amount of memory."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from planctl.load import load_yaml

BAD_INPUTS = Path(__file__).resolve().parents[1].parent / "shared" / "bad-inputs"


def _bad_inputs() -> list[Path]:
    if not BAD_INPUTS.is_dir():
        return []
    return sorted(p for p in BAD_INPUTS.iterdir() if p.is_file())


@pytest.mark.skipif(not BAD_INPUTS.is_dir(), reason=f"{BAD_INPUTS} is not there")
@pytest.mark.parametrize("path", _bad_inputs(), ids=lambda p: p.name)
def test_shared_bad_input(path: Path, tmp_path: Path, run_planctl) -> None:
    pwned = Path("/tmp/planctl-pwned")
    existed = pwned.exists()
    proc = run_planctl(["validate", str(path)], cwd=tmp_path)
    output = proc.output
    assert proc.exit_code == 1, output
    assert path.name in proc.stdout, output
    assert "Traceback" not in output
    assert "Error" not in proc.stderr
    # The finding line names the file and a line and column: `…/x.yaml:2:8: S101 lỗi: …`.
    first = proc.stdout.splitlines()[0]
    assert first.split(": ")[0].rsplit(":", 2)[0].endswith(path.name), first
    assert " lỗi: " in first
    if not existed:
        assert not pwned.exists(), "the file's tag was executed"


# --- our own bad inputs ---------------------------------------------------------------------


def test_duplicate_keys_name_both_lines(plans):
    text = plans.edit(
        ("    content: Kiểm tra việc", "    content: Kiểm tra lại\n    content: Kiểm tra việc")
    )
    first, _ = plans.locate(text, "content: Kiểm tra lại")
    second, col = plans.locate(text, "content: Kiểm tra việc")
    result = plans.validate(text)
    assert result.exit_code == 1
    finding = result.only("S111")
    assert (finding.line, finding.col) == (second, col)
    assert f"`content` bị lặp (đã có ở dòng {first})" in finding.message
    en = plans.validate(text, lang="en").only("S111")
    assert en.message == f"duplicate key `content` (first at line {first})"
    assert en.line == second


def test_nfd_text_still_matches_the_registry(plans):
    text = unicodedata.normalize("NFD", plans.valid)
    assert text != plans.valid
    result = plans.validate(text)
    assert result.exit_code == 0, result.output
    assert result.findings == []


def test_nfd_unit_name_alone_matches(plans):
    nfd = unicodedata.normalize("NFD", "Cục Báo chí")
    text = plans.edit(("Cục Báo chí]", f"{nfd}]"))
    assert nfd in text
    result = plans.validate(text)
    assert result.findings == [], result.output


def test_vertical_tab_is_a_warning_and_is_not_passed_on(plans):
    text = plans.edit(("content: Kiểm tra việc thực hiện", "content: Kiểm tra\x0bviệc thực hiện"))
    result = plans.validate(text)
    assert result.exit_code == 0, result.output
    finding = result.only("T003")
    assert (finding.line, finding.col) == plans.locate(text, "\x0b")
    assert finding.severity == "cảnh báo"
    assert "\x0b" not in result.stdout
    loaded = load_yaml(plans.folder / "plan.yaml")
    assert loaded.data["tasks"][3]["content"] == "Kiểm tra việc thực hiện thủ tục hành chính"
    assert plans.validate(text, "--strict").exit_code == 1


def test_crlf_line_endings_keep_lines_and_columns(plans):
    text = plans.edit(("lead: [Vụ Pháp chế]\n    support", "lead: [Vụ Pháp chê]\n    support"))
    lf = plans.validate(text).only("U001")
    crlf = plans.validate(text.replace("\n", "\r\n")).only("U001")
    assert (crlf.line, crlf.col, crlf.message) == (lf.line, lf.col, lf.message)
    assert (lf.line, lf.col) == plans.locate(text, "Vụ Pháp chê")
    clean = plans.validate(plans.valid.replace("\n", "\r\n"))
    assert clean.exit_code == 0 and clean.findings == [], clean.output


def test_utf8_bom_is_not_part_of_the_first_key(plans):
    text = "kind: plann\n" + plans.valid.split("kind: plan\n", 1)[1]
    data = b"\xef\xbb\xbf" + text.encode("utf-8")
    finding = plans.validate(data).only("S003")
    assert (finding.line, finding.col) == (1, len("kind: ") + 1)
    clean = plans.validate(b"\xef\xbb\xbf" + plans.valid.encode("utf-8"))
    assert clean.exit_code == 0 and clean.findings == [], clean.output


def test_missing_path_exits_2(run_cli, tmp_path):
    result = run_cli(["validate", "khong-co.yaml"], cwd=tmp_path)
    assert result.exit_code == 2
    assert "khong-co.yaml" in result.stderr
    assert "không tìm thấy đường dẫn" in result.stderr
    assert result.findings == []
    en = run_cli(["validate", "khong-co.yaml", "--lang", "en"], cwd=tmp_path)
    assert en.exit_code == 2
    assert "path not found: khong-co.yaml" in en.stderr


def test_folder_without_plans_exits_2(run_cli, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_cli(["validate", "empty", "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 2
    assert "no plan files" in result.stderr


def test_strict_makes_warnings_fail(plans):
    text = plans.edit(
        ("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [TTTT, Cục Báo chí]")
    )
    relaxed = plans.validate(text)
    assert relaxed.codes == ["U005"]
    assert relaxed.exit_code == 0
    assert plans.validate(text, "--strict").exit_code == 1
    assert plans.validate(plans.valid, "--strict").exit_code == 0


def test_planctl_lang_environment_variable(plans, write_plan, run_cli):
    text = plans.edit(("deadline: Tháng 6/2024", "deadline: Sớm nhất có thể"))
    write_plan(plans.folder, text)
    en = run_cli(["validate", "plan.yaml"], env={"PLANCTL_LANG": "en"}, cwd=plans.folder)
    finding = en.only("D001")
    assert finding.severity == "error"
    assert finding.message == "cannot understand the deadline “Sớm nhất có thể”"
    assert "1 error(s), 0 warning(s) in 1 file(s)." in en.stdout
    # An explicit option wins over the environment.
    vi = run_cli(
        ["validate", "plan.yaml", "--lang", "vi"], env={"PLANCTL_LANG": "en"}, cwd=plans.folder
    )
    assert vi.only("D001").message == "không hiểu thời hạn “Sớm nhất có thể”"
    bad = run_cli(["validate", "plan.yaml"], env={"PLANCTL_LANG": "fr"}, cwd=plans.folder)
    assert bad.exit_code == 2


def test_broken_registry_is_reported_in_the_registry(plans):
    plans.write(plans.valid)
    org = plans.folder / "org.yaml"
    org.write_text(
        org.read_text(encoding="utf-8").replace("  - name: Cục Báo chí", "  - nam: Cục Báo chí"),
        encoding="utf-8",
    )
    result = plans.validate(plans.valid)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    finding = result.only("S001")
    assert finding.file == "org.yaml"
    assert "`nam`" in finding.message


def test_real_exit_codes_of_python_m_planctl(plans, run_planctl):
    plans.write(plans.valid, "hop-le.yaml")
    error_text = plans.edit(("number: 136", "number: 0"))
    plans.write(error_text, "loi.yaml")
    warning_text = plans.edit(
        ("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [TTTT, Cục Báo chí]")
    )
    plans.write(warning_text, "canh-bao.yaml")
    folder = plans.folder

    ok = run_planctl(["validate", "hop-le.yaml"], cwd=folder)
    assert (ok.exit_code, ok.stderr) == (0, ""), ok.stdout
    assert "Không có lỗi: 1 tệp đã kiểm tra." in ok.stdout

    error = run_planctl(["validate", "loi.yaml", "--lang", "en"], cwd=folder)
    assert error.exit_code == 1
    line, col = plans.locate(error_text, "0", after="number: ")
    assert f"loi.yaml:{line}:{col}: T005 error: invalid document number: “0”" in error.stdout

    warning = run_planctl(["validate", "canh-bao.yaml"], cwd=folder)
    assert warning.exit_code == 0
    assert "U005 cảnh báo" in warning.stdout
    strict = run_planctl(["validate", "--strict", "canh-bao.yaml"], cwd=folder)
    assert strict.exit_code == 1

    missing = run_planctl(["validate", "khong-co.yaml"], cwd=folder)
    assert missing.exit_code == 2
    assert missing.stdout == ""
    assert "khong-co.yaml" in missing.stderr

    env = run_planctl(["validate", "loi.yaml"], cwd=folder, env={"PLANCTL_LANG": "en"})
    assert "T005 error" in env.stdout

    everything = run_planctl(["validate", "."], cwd=folder)
    assert everything.exit_code == 1
    assert "1 lỗi, 1 cảnh báo trong 3 tệp." in everything.stdout

    for result in (ok, error, warning, strict, missing, env, everything):
        assert "Traceback" not in result.output
