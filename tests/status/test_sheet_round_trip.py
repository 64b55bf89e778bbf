"""The tracking sheet filled in as a unit fills it (openpyxl, as Excel saves typed cells), read
back with `planctl status import`, and the tally afterwards: it moves exactly as the filled-in
rows say, checked against a count made here from the status file (document.report_support)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from document.report_support import count_by_hand
from planctl.cli import app

ROOT = Path(__file__).resolve().parents[2]
ORG = ROOT / "plans" / "quang-ngai"
PLAN_NAME = "2024-kh-truyen-thong-kiem-soat-tthc"
STATUS = Path("plans", "quang-ngai", "status", PLAN_NAME, "2024-h1.yaml")
SHEET = Path("theo-doi.xlsx")
STATUSES = ["chưa thực hiện", "đang thực hiện", "đã hoàn thành", "dừng thực hiện"]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the Quảng Ngãi plans as the current folder (the sheet records relative
    paths, as a clerk runs planctl from the repository), and the sheet made from 2024-h1."""
    target = tmp_path / "plans" / "quang-ngai"
    target.mkdir(parents=True)
    shutil.copy(ORG / "org.yaml", target)
    shutil.copy(ORG / f"{PLAN_NAME}.yaml", target)
    shutil.copytree(ORG / "status", target / "status")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["status", "sheet", str(STATUS), "-o", str(SHEET)])
    assert result.exit_code == 0, result.output
    assert "bảng theo dõi 18 nhiệm vụ" in result.output
    return tmp_path


def _rows(ws: Any) -> tuple[dict[str, int], dict[str, int]]:
    """Task id → row, and header → column, read off the sheet as a person would."""
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Mã nhiệm vụ")
    columns = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    ids = {}
    for r in range(header + 1, ws.max_row + 1):
        value = ws.cell(r, 1).value
        if value and value != "Mã nhiệm vụ":
            ids[value] = r
    return ids, columns


def _tally(*extra: str) -> dict[str, Any]:
    result = CliRunner().invoke(app, ["status", str(STATUS), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.JSONDecoder().raw_decode(result.output[result.output.index("{") :])[
        0
    ]
    return data


def _import(*extra: str) -> Any:
    return CliRunner().invoke(app, ["status", "import", str(SHEET), *extra])


def test_the_sheet_is_what_a_unit_needs(workdir: Path) -> None:
    book = load_workbook(SHEET)
    ws = book["Nhiệm vụ"]
    ids, columns = _rows(ws)
    record = yaml.safe_load(STATUS.read_text(encoding="utf-8"))
    assert set(ids) == set(record["tasks"])  # one row per task of the plan
    assert ws.column_dimensions["A"].hidden  # the id column: how a row is read back
    # One Excel Table per group; no group row inside any Table (sorting keeps them apart).
    assert len(ws.tables) == 5
    task_rows = set(ids.values())
    for table in ws.tables.values():
        first, last = (
            int("".join(ch for ch in ref if ch.isdigit())) for ref in table.ref.split(":")
        )
        assert all(r in task_rows for r in range(first + 1, last + 1))
    (status_list,) = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert status_list.formula1.strip('"').split(",") == STATUSES
    status_column = get_column_letter(columns["Tình trạng"])
    assert all(f"{status_column}{r}" in status_list.sqref for r in task_rows)
    (dates,) = [v for v in ws.data_validations.dataValidation if v.type == "date"]
    completed = get_column_letter(columns["Ngày hoàn thành"])
    assert all(f"{completed}{r}" in dates.sqref for r in task_rows)
    # Pre-filled with what the status file says.
    row = ids["niem-yet-cong-khai-tthc"]
    assert ws.cell(row, columns["Tình trạng"]).value == "đã hoàn thành"
    assert ws.cell(row, columns["Ngày hoàn thành"]).value == dt.datetime(2024, 3, 27)


def test_a_filled_in_row_moves_the_tally_exactly(workdir: Path) -> None:
    before = count_by_hand(STATUS)
    tally_before = _tally()
    assert before.bucket_of["huong-dan-vneid-dvc"] == "in_time"
    assert before.bucket_of["tap-huan-mot-cua"] == "ahead"

    book = load_workbook(SHEET)
    ws = book["Nhiệm vụ"]
    ids, col = _rows(ws)
    row = ids["huong-dan-vneid-dvc"]  # Quý II/2024, open on 20/06: now done on 18/06
    ws.cell(row, col["Tình trạng"]).value = "đã hoàn thành"
    ws.cell(row, col["Ngày hoàn thành"]).value = dt.datetime(2024, 6, 18)  # a typed date
    ws.cell(row, col["Số, ký hiệu văn bản"]).value = "201/VP-KSTT"
    ws.cell(row, col["Ngày văn bản"]).value = "18/6/2024"  # a date typed as text
    ws.cell(row, col["Trích yếu văn bản"]).value = "về việc hướng dẫn sử dụng VNeID"
    row = ids["bo-nhan-dien-mot-cua"]  # no deadline: stopped
    ws.cell(row, col["Tình trạng"]).value = "dừng thực hiện"
    book.save(SHEET)
    text_before = STATUS.read_text(encoding="utf-8")

    result = _import()
    assert result.exit_code == 0, result.output
    assert "cập nhật 2 nhiệm vụ từ theo-doi.xlsx (16 không đổi" in result.output

    record = yaml.safe_load(STATUS.read_text(encoding="utf-8"))
    assert record["tasks"]["huong-dan-vneid-dvc"] == {
        "status": "đã hoàn thành",
        "completed": dt.date(2024, 6, 18),
        "product": {
            "number": "201/VP-KSTT",
            "date": dt.date(2024, 6, 18),
            "summary": "về việc hướng dẫn sử dụng VNeID",
        },
        # not a column of the sheet: kept as the status file had it
        "difficulties": "Người dân vùng núi chưa có thiết bị di động thông minh.",
    }
    assert record["tasks"]["bo-nhan-dien-mot-cua"]["status"] == "dừng thực hiện"
    # The rest of the file as the clerk wrote it: comments and untouched tasks kept.
    old = yaml.safe_load(text_before)
    for task_id, entry in old["tasks"].items():
        if task_id not in ("huong-dan-vneid-dvc", "bo-nhan-dien-mot-cua"):
            assert record["tasks"][task_id] == entry, task_id
    kept = [line for line in text_before.splitlines() if line.lstrip().startswith("#")]
    assert all(line in STATUS.read_text(encoding="utf-8") for line in kept)

    after = count_by_hand(STATUS)
    tally_after = _tally()
    # The hand count moved by exactly the two rows …
    moved = {k for k in after.bucket_of if after.bucket_of[k] != before.bucket_of[k]}
    assert moved == {"huong-dan-vneid-dvc", "bo-nhan-dien-mot-cua"}
    assert after.bucket_of["huong-dan-vneid-dvc"] == "on_time"
    assert after.bucket_of["bo-nhan-dien-mot-cua"] == "stopped"
    # … and planctl's tally is the hand count, before and after.
    for tally, mine in ((tally_before, before), (tally_after, after)):
        overall = tally["overall"]
        assert [overall[b] for b in mine.overall.buckets] == list(mine.overall.buckets.values())
        for group, (_title, count) in zip(tally["groups"], mine.groups, strict=True):
            assert [group[b] for b in count.buckets] == list(count.buckets.values())
    delta = {
        b: tally_after["overall"][b] - tally_before["overall"][b] for b in before.overall.buckets
    }
    assert delta == {
        "on_time": 1,
        "late": 0,
        "in_time": -1,
        "overdue": 0,
        "ahead": 0,
        "not_yet_due": -1,
        "stopped": 1,
    }
    # A second import of the same sheet changes nothing.
    again = _import()
    assert again.exit_code == 0, again.output
    assert "cập nhật 0 nhiệm vụ" in again.output


def test_an_edit_in_the_status_file_since_the_sheet_is_not_overwritten(workdir: Path) -> None:
    book = load_workbook(SHEET)
    ws = book["Nhiệm vụ"]
    ids, col = _rows(ws)
    ws.cell(ids["huong-dan-vneid-dvc"], col["Tình trạng"]).value = "chưa thực hiện"
    book.save(SHEET)
    text = STATUS.read_text(encoding="utf-8")
    edited = text.replace(
        "  huong-dan-vneid-dvc:", "  huong-dan-vneid-dvc:\n    note: Đã có công văn đôn đốc", 1
    )
    assert edited != text
    STATUS.write_text(edited, encoding="utf-8")
    result = _import()
    assert result.exit_code == 1
    assert "huong-dan-vneid-dvc" in result.output
    assert STATUS.read_text(encoding="utf-8") == edited


def test_a_sheet_for_a_new_period_never_touches_another_periods_file(workdir: Path) -> None:
    """`status sheet PLAN --period 2024-h2`: the plan has 2024-h1 and 2024 files, none for
    2024-h2; the sheet is for 2024-h2 and its import writes 2024-h2.yaml alone."""
    h1, year = STATUS, STATUS.with_name("2024.yaml")
    h2 = STATUS.with_name("2024-h2.yaml")
    kept = {p: p.read_text(encoding="utf-8") for p in (h1, year)}
    plan = Path("plans", "quang-ngai", f"{PLAN_NAME}.yaml")
    sheet = Path("h2.xlsx")
    args = ["status", "sheet", str(plan), "--period", "2024-h2", "--as-of", "2024-12-01"]
    made = CliRunner().invoke(app, [*args, "-o", str(sheet)])
    assert made.exit_code == 0, made.output
    meta = load_workbook(sheet)["planctl"]
    recorded = {meta.cell(r, 1).value: meta.cell(r, 2).value for r in range(1, 7)}
    assert recorded["period"] == "2024-h2"
    assert recorded["status"] == h2.as_posix()
    book = load_workbook(sheet)
    ws = book["Nhiệm vụ"]
    ids, col = _rows(ws)
    ws.cell(ids["tap-huan-mot-cua"], col["Tình trạng"]).value = "đã hoàn thành"
    ws.cell(ids["tap-huan-mot-cua"], col["Ngày hoàn thành"]).value = dt.datetime(2024, 9, 20)
    ws.cell(ids["tap-huan-mot-cua"], col["Số, ký hiệu văn bản"]).value = "95/BC-TTPV"
    book.save(sheet)
    result = CliRunner().invoke(app, ["status", "import", str(sheet)])
    assert result.exit_code == 0, result.output
    record = yaml.safe_load(h2.read_text(encoding="utf-8"))
    assert (record["period"], record["as_of"]) == ("2024-h2", dt.date(2024, 12, 1))
    assert record["tasks"]["tap-huan-mot-cua"]["completed"] == dt.date(2024, 9, 20)
    assert {p: p.read_text(encoding="utf-8") for p in (h1, year)} == kept


def test_a_status_file_of_another_period_is_refused(workdir: Path) -> None:
    result = CliRunner().invoke(
        app, ["status", "sheet", str(STATUS), "--period", "2024", "-o", "x.xlsx"]
    )
    assert result.exit_code == 2
    assert "tệp tình hình thực hiện của kỳ 2024-h1, không phải kỳ 2024" in result.output
    assert not Path("x.xlsx").exists()
