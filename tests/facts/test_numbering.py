"""Task numbering follows the document: per group, continuous across groups (national
programmes number 1…140 through the Roman-numeral groups), hierarchical, or as written."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.facts import work_out
from planctl.facts.numbering import written_label
from planctl.model.plan import Plan

DATA = Path(__file__).resolve().parents[1] / "outputs" / "data"


def _programme(groups: int, per_group: int, scheme: str) -> Plan:
    tasks = [
        {
            "group": f"Nhóm nhiệm vụ {g}",
            "tasks": [{"content": f"Nhiệm vụ {g}.{t}"} for t in range(1, per_group + 1)],
        }
        for g in range(1, groups + 1)
    ]
    return Plan.model_validate(
        {
            "kind": "plan",
            "title": "Chương trình hành động giai đoạn 2025 - 2030",
            "signer": "x",
            "task_layout": {"number_scheme": scheme},
            "tasks": tasks,
        }
    )


def _numbers(plan: Plan) -> tuple[list[str], list[str]]:
    facts = work_out(plan, None)
    return [facts.number(g.group) for g in facts.groups], [t.number for t in facts.tasks]


def test_continuous_numbers_run_through_the_groups() -> None:
    groups, tasks = _numbers(_programme(7, 20, "continuous"))
    assert groups == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert tasks == [str(n) for n in range(1, 141)]


def test_per_group_restarts_and_hierarchical_carries_the_group() -> None:
    assert _numbers(_programme(2, 3, "per-group"))[1] == ["1", "2", "3", "1", "2", "3"]
    groups, tasks = _numbers(_programme(2, 2, "hierarchical"))
    assert groups == ["1", "2"] and tasks == ["1.1", "1.2", "2.1", "2.2"]


def test_as_written_keeps_the_clerks_numbers() -> None:
    plan = Plan.model_validate(
        {
            "kind": "plan",
            "title": "Kế hoạch",
            "signer": "x",
            "task_layout": {"number_scheme": "as-written"},
            "tasks": [
                {"group": "A", "number": "A", "tasks": [{"content": "x", "number": "1a"}]},
                {"content": "y", "number": 7},
                {"content": "z"},
            ],
        }
    )
    facts = work_out(plan, None)
    assert [t.number for t in facts.tasks] == ["1a", "7", "2"]
    assert facts.number(plan.tasks[0]) == "A"


@pytest.mark.parametrize(
    ("scheme", "first_column"),
    [
        ("per-group", ["1", "2", "3", "4", "4.1", "4.2", "I", "1", "II", "1", "2"]),
        ("continuous", ["1", "2", "3", "4", "4.1", "4.2", "I", "5", "II", "6", "7"]),
    ],
)
def test_the_docx_prints_the_scheme(tmp_path: Path, scheme: str, first_column: list[str]) -> None:
    folder = tmp_path / "org"
    folder.mkdir()
    shutil.copy(DATA / "org.yaml", folder / "org.yaml")
    text = (DATA / "plan-groups.yaml").read_text(encoding="utf-8")
    assert "task_layout" not in text and "\ntasks:\n" in text
    text = text.replace("\ntasks:\n", f"\ntask_layout:\n  number_scheme: {scheme}\ntasks:\n", 1)
    (folder / "plan.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder / "plan.yaml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (built,) = out.rglob("*.docx")
    table = next(t for t in docx.Document(str(built)).tables if t.rows[0].cells[0].text == "TT")
    assert [row.cells[0].text for row in table.rows[1:]] == first_column


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("1.1. Nhiệm vụ chung", "1.1."),
        ("1.1 Nhiệm vụ chung", "1.1"),
        ("1.2.1.Trong quý II", "1.2.1."),
        ("2. Yêu cầu", "2."),
        ("3) Báo cáo", "3)"),
        ("a) Trong quý I", "a)"),
        ("đ) Kinh phí", "đ)"),
        ("II. MỤC TIÊU", "II."),
        ("IV.TỔ CHỨC THỰC HIỆN", "IV."),
        ("Phần I. KẾT QUẢ NĂM 2024", "Phần I."),
        ("PHẦN II NHIỆM VỤ", "PHẦN II"),
        # Not numbers a clerk typed: words, a year, a quantity with thousands.
        ("Mục đích", None),
        ("MỤC TIÊU", None),
        ("2024. Năm chuyển đổi số", None),
        ("5.000 người được tập huấn", None),
        ("Văn phòng Bộ", None),
        ("DANH MỤC NHIỆM VỤ", None),
    ],
)
def test_a_number_the_clerk_typed_before_a_heading(heading: str, label: str | None) -> None:
    assert written_label(heading) == label
