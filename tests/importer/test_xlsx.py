"""`planctl import FILE.xlsx`: planctl's own task sheet, and a clerk's sheet, back into tasks."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import Workbook
from ruamel.yaml import YAML

from .helpers import PLANS, cli

SAMPLE = PLANS / "quang-ngai" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"


def _tasks(items: list[dict]) -> list[tuple[str, list[str]]]:  # type: ignore[type-arg]
    out = []
    for item in items:
        for task in item.get("tasks", [item]) if "group" in item else [item]:
            lead = task.get("lead", [])
            out.append((task["id"], [lead] if isinstance(lead, str) else lead))
    return out


def test_planctls_own_sheet_gives_back_the_tasks(tmp_path: Path) -> None:
    code, stdout, stderr = cli("build", "--xlsx", "-q", str(SAMPLE), "-o", str(tmp_path / "b"))
    assert code == 0, stdout + stderr
    sheet = next((tmp_path / "b").rglob("*.xlsx"))
    org = tmp_path / "org"
    org.mkdir()
    shutil.copy(SAMPLE.parent / "org.yaml", org / "org.yaml")
    code, stdout, stderr = cli("import", str(sheet), "-o", str(org), "--lang", "en")
    assert code == 0, stdout + stderr
    imported = YAML(typ="safe").load((org / f"{sheet.stem}-xlsx.yaml").read_text("utf-8"))
    original = YAML(typ="safe").load(SAMPLE.read_text("utf-8"))
    assert _tasks(imported["tasks"]) == _tasks(original["tasks"])
    groups = [g["group"] for g in imported["tasks"]]
    assert groups == [g["group"] for g in original["tasks"]]
    assert "Nhiệm vụ!F5: event-driven deadline: Theo kế hoạch kiểm tra" in stdout
    assert "not mapped" not in stdout  # "Hạn hoàn thành" is computed by planctl: not data


def test_a_clerks_sheet_with_its_own_headers(tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Danh sách"
    ws.append(["DANH SÁCH NHIỆM VỤ NĂM 2024"])
    ws.append(["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Người theo dõi"])
    ws.append(
        ["1", "Rà soát thủ tục hành chính", "Văn phòng Sở", "Phòng Tư pháp", "Quý II/2024", "An"]
    )
    ws.append(["1.1", "Lập danh mục", "Văn phòng Sở", None, "Tháng 13/2024", None])
    sheet = tmp_path / "clerk.xlsx"
    book.save(sheet)
    org = tmp_path / "org"
    code, stdout, stderr = cli("import", str(sheet), "-o", str(org), "--lang", "en")
    assert code == 0, stdout + stderr
    plan = YAML(typ="safe").load((org / "clerk-xlsx.yaml").read_text("utf-8"))
    task = plan["tasks"][0]
    assert task["content"] == "Rà soát thủ tục hành chính"
    assert task["lead"] == ["Văn phòng Sở"] and task["deadline"] == "Quý II/2024"
    assert task["subtasks"][0]["content"] == "Lập danh mục"
    assert "Danh sách!A1: not mapped to a field (left out): DANH SÁCH NHIỆM VỤ NĂM 2024" in stdout
    assert "Danh sách!F2: not mapped to a field (left out): Người theo dõi" in stdout
    assert "Danh sách!E4: deadline not parsed, kept as written: Tháng 13/2024" in stdout
