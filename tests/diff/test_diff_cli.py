"""`planctl diff` on the command line: formats, exit codes, folders, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from diff_support import Workdir, planctl

CHANGES = (
    ("number: 136", "number: 140"),
    ("deadline: Quý II/2024", "deadline: Quý III/2024"),
    ("lead: [Cục Tin học hóa]", "lead: [Cục Chuyển đổi số quốc gia]"),
    ("id: so-hoa-ho-so\n", "id: so-hoa-ho-so-tthc\n"),
    ("kết quả giải quyết thủ tục hành chính\n", "kết quả giải quyết thủ tục hành chính của Bộ\n"),
)


@pytest.fixture
def pair(work: Workdir) -> tuple[Path, Path]:
    return work.base(), work.variant(*CHANGES)


def test_text_report(pair: tuple[Path, Path]) -> None:
    old, new = pair
    result = planctl("diff", str(old), str(new), "--lang", "en")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("Diff ") and lines[0].endswith("new.yaml")
    assert (
        "Summary: 1 id(s) changed, 1 unit change(s), 1 deadline(s) changed, "
        "1 wording change(s), 1 header change(s)."
    ) in lines
    assert "  Number: 136 → 140" in lines
    assert "  I.1 [cong-dich-vu-cong]: Quý II/2024 → Quý III/2024 (moved 3 months later)" in lines
    assert (
        "  I.1 [cong-dich-vu-cong] Lead: - Cục Tin học hóa; + Cục Chuyển đổi số quốc gia "
        "(successor unit)"
    ) in lines
    # Not a terminal: insertions and deletions are marked as git --word-diff does.
    assert any("hành chính{+ của Bộ+}" in line for line in lines)
    assert any("matched by content, 94%" in line for line in lines)


def test_text_report_in_vietnamese_by_default(pair: tuple[Path, Path]) -> None:
    result = planctl("diff", *map(str, pair))
    assert "  I.1 [cong-dich-vu-cong]: Quý II/2024 → Quý III/2024 (muộn hơn 3 tháng)" in (
        result.out.splitlines()
    )
    assert "Thay đổi thời hạn (1)" in result.out


def test_exit_code(work: Workdir, pair: tuple[Path, Path]) -> None:
    old, new = pair
    assert planctl("diff", str(old), str(new)).code == 0
    assert planctl("diff", "--exit-code", str(old), str(new)).code == 1
    same = work.write("same.yaml", work.base_text)
    result = planctl("diff", "--exit-code", str(old), str(same))
    assert result.code == 0
    assert "Không có khác biệt." in result.out


def test_markdown_shape(pair: tuple[Path, Path]) -> None:
    result = planctl("diff", "--format", "markdown", "--lang", "en", *map(str, pair))
    assert result.code == 0
    out = result.out
    assert out.startswith("### Diff `")
    assert "#### Header\n\n- **Number**: 136 → 140\n" in out
    assert (
        "#### Deadlines changed (1)\n\n"
        "| No. | Id | Old | New | Change |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| I.1 | `cong-dich-vu-cong` | Quý II/2024 | Quý III/2024 | moved 3 months later |\n"
    ) in out
    assert (
        "| I.1 | `cong-dich-vu-cong` | Lead | Cục Tin học hóa | "
        "Cục Chuyển đổi số quốc gia _(successor unit)_ |"
    ) in out
    assert "hành chính **của Bộ**" in out
    assert "_(matched by content, 94%)_" in out


def test_markdown_escapes_user_text(work: Workdir) -> None:
    old = work.base()
    new = work.variant(("Cổng dịch vụ công của Bộ", "Cổng dịch vụ công | *mới* của Bộ"))
    out = planctl("diff", "--format", "markdown", str(old), str(new)).out
    assert r"công **\| \*mới\*** của Bộ" in out


def test_json_shape(pair: tuple[Path, Path]) -> None:
    result = planctl("diff", "--format", "json", "--lang", "en", *map(str, pair))
    assert result.code == 0
    data = json.loads(result.out)
    assert data["version"] == 1
    assert data["has_changes"] is True
    (file,) = data["files"]
    assert set(file) == {
        "old", "new", "status", "matched_by", "summary", "matched_tasks", "header", "text", "tasks",
    }  # fmt: skip
    assert file["status"] == "changed"
    assert file["matched_by"] == "argument"
    assert file["summary"] == {"id": 1, "units": 1, "deadline": 1, "wording": 1, "header": 1}
    (number,) = file["header"]
    assert number == {
        "field": "number",
        "change": "changed",
        "old": "136",
        "new": "140",
        "words": [{"op": "delete", "text": "136"}, {"op": "insert", "text": "140"}],
    }
    by_kind = {t["kind"]: t for t in file["tasks"]}
    deadline = by_kind["deadline"]
    assert deadline["old"] == {
        "number": "I.1",
        "id": "cong-dich-vu-cong",
        "content": "Nâng cấp Cổng dịch vụ công của Bộ",
        "group": False,
        "parent": "I",
    }
    assert deadline["match"] == "id" and deadline["confidence"] == 1.0
    assert deadline["old_value"] == {
        "kind": "quarter",
        "start": "2024-04-01",
        "end": "2024-06-30",
        "canonical": "Quý II/2024",
    }
    assert deadline["shift"] == {"unit": "month", "amount": 3, "same": None}
    assert deadline["description"] == "moved 3 months later"
    units = by_kind["units"]
    assert units["role"] == "lead" and units["successor"] is True
    assert units["removed"] == ["Cục Tin học hóa"]
    wording = by_kind["wording"]
    assert wording["match"] == "similarity" and 0.6 <= wording["confidence"] < 1
    assert {"op": "insert", "text": " của Bộ"} in wording["words"]
    assert by_kind["id"]["old"]["id"] == "so-hoa-ho-so"
    assert by_kind["id"]["new"]["id"] == "so-hoa-ho-so-tthc"


def test_folders_pair_plans_by_name_and_series(work: Workdir) -> None:
    text = work.base_text
    work.write("2024/org.yaml", (work.root / "org.yaml").read_text(encoding="utf-8"))
    work.write("2025/org.yaml", (work.root / "org.yaml").read_text(encoding="utf-8"))
    work.write("2024/kh-2024.yaml", text)
    work.write("2025/kh-2025.yaml", text.replace("number: 136", "number: 12"))
    other = text.replace("series: kh-truyen-thong-tthc\n", "")
    work.write("2024/common.yaml", other)
    work.write("2025/common.yaml", other)
    work.write("2025/extra.yaml", other.replace("number: 136", "number: 99"))
    result = planctl("diff", "--format", "json", str(work.root / "2024"), str(work.root / "2025"))
    files = json.loads(result.out)["files"]
    found = {(f["old"] and Path(f["old"]).name, f["new"] and Path(f["new"]).name): f for f in files}
    assert found[("common.yaml", "common.yaml")]["matched_by"] == "name"
    assert found[("common.yaml", "common.yaml")]["status"] == "unchanged"
    assert found[("kh-2024.yaml", "kh-2025.yaml")]["matched_by"] == "series"
    assert found[("kh-2024.yaml", "kh-2025.yaml")]["status"] == "changed"
    assert found[(None, "extra.yaml")]["status"] == "added"
    assert len(files) == 3


def test_unreadable_plan_is_exit_2_without_traceback(work: Workdir) -> None:
    old = work.base()
    bad = work.write("bad.yaml", "kind: plan\ntitle: [unclosed\n")
    result = planctl("diff", str(old), str(bad))
    assert result.code == 2
    assert "S101" in result.err
    assert "bad.yaml: không đọc được kế hoạch" in result.err


def test_usage_errors(work: Workdir) -> None:
    old = work.base()
    assert planctl("diff", str(old)).code == 2
    assert planctl("diff", str(old), str(work.root)).code == 2
    assert planctl("diff", str(old), str(work.root / "missing.yaml")).code == 2
    assert planctl("diff", "--threshold", "1.5", str(old), str(old)).code == 2


def test_threshold_controls_similarity_matching(work: Workdir) -> None:
    old = work.base()
    new = work.variant(
        ("id: so-hoa-ho-so\n", "id: so-hoa\n"),
        ("Số hóa hồ sơ, kết quả giải quyết", "Số hóa toàn bộ hồ sơ và kết quả giải quyết"),
    )
    loose = json.loads(planctl("diff", "--format", "json", str(old), str(new)).out)
    strict = json.loads(
        planctl("diff", "--format", "json", "--threshold", "0.95", str(old), str(new)).out
    )
    assert "added" not in loose["files"][0]["summary"]
    assert strict["files"][0]["summary"]["added"] == 1
    assert strict["files"][0]["summary"]["removed"] == 1


SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "diff-json.schema.json"


@pytest.mark.parametrize("order", [False, True])
def test_json_matches_the_documented_schema(work: Workdir, order: bool) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    old = work.base()
    anchor = "về kiểm soát thủ tục hành chính;\n"
    new = work.variant(
        *CHANGES,
        (anchor, anchor + "  - Căn cứ Quyết định số 10/QĐ-BTTTT ngày 05/01/2024 của Bộ;\n"),
        ("Bảo đảm thông tin kịp thời, chính xác.", "Bảo đảm thông tin kịp thời."),
        ("group: Công tác chuyển đổi số", "group: Chuyển đổi số"),
        ("  - id: kiem-tra\n", "  - id: kiem-tra-tthc\n"),
        (
            "Kiểm tra việc thực hiện thủ tục hành chính tại các đơn vị",
            "Tổ chức hội nghị tập huấn nghiệp vụ cho cán bộ đầu mối",
        ),
        ("  - id: ra-soat\n", "  - id: ra-soat-tthc\n"),
    )
    args = ["diff", "--format", "json", str(old), str(new)]
    data = json.loads(planctl(*args, *(["--order"] if order else [])).out)
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())
    kinds = {t["kind"] for t in data["files"][0]["tasks"]}
    assert {"added", "removed", "id", "units", "deadline", "wording"} <= kinds
    folders = json.loads(planctl("diff", "--format", "json", str(work.root), str(work.root)).out)
    jsonschema.validate(folders, schema)
