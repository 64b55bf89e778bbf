"""Ten distinct errors injected into the valid plan give ten findings on the ten right lines.

Each injected error carries a YAML comment `# E:CODE` on its line; the expected lines are
found from those markers, never written down as numbers.
"""

from __future__ import annotations

import re

MARKER = re.compile(r"#\s*E:(?P<code>[A-Z]\d{3})\s*$")

# (old, new): each `new` is one error, marked with the code it must produce.
INJECTED = [
    ("number: 136", "number: 0  # E:T005"),
    (
        "  - Thực hiện Quyết định số 2554/QĐ-BTTTT ngày 28/12/2023 của",
        "  - Thực hiện Quyết định số 100/QĐ-BTTTT ngày 20/01/2024 của",
    ),
    (
        "Bộ Thông tin và Truyền thông;\nsections:",
        "Bộ Thông tin và Truyền thông;  # E:R001\nsections:",
    ),
    (
        "    support: [Trung tâm Thông tin, Cục Báo chí]",
        "    support: [Trung tâm Thông tin, Văn phòng Bộ]  # E:U003",
    ),
    ("    deadline: Thường xuyên", "    deadline: Sớm nhất có thể  # E:D001"),
    ("lead: [Cục Chuyển đổi số quốc gia]", "lead: [Cục Tin học hóa]  # E:U002"),
    ("deadline: Tháng 6/2024", "deadline: Tháng 6/2025  # E:D002"),
    ("    lead: [Vụ Pháp chế]\n    support", "    lead: [Vụ Pháp chê]  # E:U001\n    support"),
    ("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 10/01/2024  # E:D003"),
    ("id: ra-soat-dot-2", "id: ra-soat-dot-1  # E:N001"),
    ("signer: thu-truong", "signer: thu-truogn  # E:U006"),
]


def expected_errors(text: str) -> set[tuple[int, str]]:
    found = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if m := MARKER.search(line):
            found.add((number, m["code"]))
    return found


def injected_plan(plans) -> str:
    return plans.edit(*INJECTED)


def test_the_valid_plan_is_clean(valid_plan_text, write_plan, run_cli):
    path = write_plan(valid_plan_text)
    for lang in ("vi", "en"):
        code, out, err = run_cli(
            ["validate", path.name, "--strict", "--lang", lang], cwd=path.parent
        )
        assert (code, err) == (0, ""), out
        assert out.strip() in ("Không có lỗi: 1 tệp đã kiểm tra.", "All clean: 1 file(s) checked.")


def test_markers_name_ten_distinct_codes_on_ten_lines(plans):
    expected = expected_errors(injected_plan(plans))
    assert len(expected) == 10
    assert len({code for _, code in expected}) == 10
    assert len({line for line, _ in expected}) == 10
    assert expected_errors(plans.valid) == set()


def test_ten_errors_on_ten_lines(plans):
    text = injected_plan(plans)
    expected = expected_errors(text)
    result = plans.validate(text)
    assert result.exit_code == 1
    got = {(f.line, f.code) for f in result.findings}
    assert got == expected, result.output
    assert len(result.findings) == 10, "one finding per error, nothing more"
    assert all(f.severity == "lỗi" for f in result.findings)
    assert all(f.file == "plan.yaml" for f in result.findings)
    assert result.stdout.rstrip().endswith("10 lỗi, 0 cảnh báo trong 1 tệp.")


def test_ten_errors_in_english_in_source_order(plans):
    text = injected_plan(plans)
    result = plans.validate(text, lang="en")
    assert result.exit_code == 1
    lines = [(f.line, f.col) for f in result.findings]
    assert lines == sorted(lines), "findings are printed in source order"
    assert {(f.line, f.code) for f in result.findings} == expected_errors(text)
    assert all(f.severity == "error" for f in result.findings)
    assert result.stdout.rstrip().endswith("10 error(s), 0 warning(s) in 1 file(s).")


def test_each_error_alone_is_found_on_its_line(plans):
    """Each injection on its own gives exactly its one finding: no error masks another."""
    pairs = list(INJECTED)
    # The R001 injection is two edits on one line (the reference, then its marker).
    groups = [pairs[0:1], pairs[1:3], *[[p] for p in pairs[3:]]]
    for group in groups:
        text = plans.edit(*group)
        (expected,) = expected_errors(text)
        result = plans.validate(text)
        assert {(f.line, f.code) for f in result.findings} == {expected}, result.output
