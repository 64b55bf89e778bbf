"""K009 unreadable-sheet-cell: `planctl status import` names every cell of a filled-in
tracking sheet it cannot read (sheet!cell, and file:row:column), says how to fix it, exits 1
and writes nothing."""

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planctl.checks.rule import rule
from planctl.cli import app

ORG = Path(__file__).resolve().parents[2] / "plans" / "quang-ngai"
PLAN_NAME = "2024-kh-truyen-thong-kiem-soat-tthc"
STATUS = Path("plans", "quang-ngai", "status", PLAN_NAME, "2024-h1.yaml")


def test_declared_with_a_cell_reference():
    k009 = rule("K009")
    args = {"cell": "Nhiệm vụ!H12", "value": "xong", "problem_vi": "không có trong danh sách"}
    assert (
        k009.render_message("vi", args)
        == "không đọc được ô Nhiệm vụ!H12: “xong” (không có trong danh sách)"
    )


@pytest.fixture
def sheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The 2024-h1 tracking sheet of a copy of the Quảng Ngãi plans, with three bad cells
    typed into the row of huong-dan-vneid-dvc and one good change in another row."""
    target = tmp_path / "plans" / "quang-ngai"
    target.mkdir(parents=True)
    shutil.copy(ORG / "org.yaml", target)
    shutil.copy(ORG / f"{PLAN_NAME}.yaml", target)
    shutil.copytree(ORG / "status", target / "status")
    monkeypatch.chdir(tmp_path)
    path = Path("theo-doi.xlsx")
    made = CliRunner().invoke(app, ["status", "sheet", str(STATUS), "-o", str(path)])
    assert made.exit_code == 0, made.output
    book = load_workbook(path)
    ws = book["Nhiệm vụ"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    header = rows["Mã nhiệm vụ"]
    col = {ws.cell(header, c).value: c for c in range(1, ws.max_column + 1)}
    row = rows["huong-dan-vneid-dvc"]
    ws.cell(row, col["Tình trạng"]).value = "xong"  # not in the drop-down
    ws.cell(row, col["Ngày hoàn thành"]).value = "18/6"  # no year: not dd/mm/yyyy
    ws.cell(row, col["Ngày văn bản"]).value = "31/06/2024"  # no such day
    ws.cell(rows["bo-nhan-dien-mot-cua"], col["Tình trạng"]).value = "đang thực hiện"
    book.save(path)
    return path


def _cell(sheet: Path, task_id: str, header: str) -> tuple[str, int, int]:
    ws = load_workbook(sheet)["Nhiệm vụ"]
    rows = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    cols = {ws.cell(rows["Mã nhiệm vụ"], c).value: c for c in range(1, ws.max_column + 1)}
    row, column = rows[task_id], cols[header]
    return f"Nhiệm vụ!{ws.cell(row, column).coordinate}", row, column


def test_every_bad_cell_is_named_and_nothing_is_written(sheet: Path) -> None:
    before = STATUS.read_text(encoding="utf-8")
    result = CliRunner().invoke(app, ["status", "import", str(sheet)])
    assert result.exit_code == 1
    out = result.output
    assert "Traceback" not in out
    status, row, column = _cell(sheet, "huong-dan-vneid-dvc", "Tình trạng")
    assert (
        f"theo-doi.xlsx:{row}:{column}: K009 lỗi: không đọc được ô {status}: “xong” "
        "(không có trong danh sách)" in out
    )
    assert (
        "cách sửa: chọn một trong: chưa thực hiện, đang thực hiện, đã hoàn thành, dừng thực hiện"
        in out
    )
    completed, row, column = _cell(sheet, "huong-dan-vneid-dvc", "Ngày hoàn thành")
    assert (
        f"theo-doi.xlsx:{row}:{column}: K009 lỗi: không đọc được ô {completed}: “18/6” (không phải ngày dạng dd/mm/yyyy)"
        in out
    )
    product_date, row, column = _cell(sheet, "huong-dan-vneid-dvc", "Ngày văn bản")
    assert f"K009 lỗi: không đọc được ô {product_date}: “31/06/2024”" in out
    assert out.count("K009") == 3
    assert "3 ô không đọc được" in out
    assert STATUS.read_text(encoding="utf-8") == before  # not even the good row


def test_in_english(sheet: Path) -> None:
    result = CliRunner().invoke(app, ["status", "import", str(sheet), "--lang", "en"])
    assert result.exit_code == 1
    status, _, _ = _cell(sheet, "huong-dan-vneid-dvc", "Tình trạng")
    assert f"K009 error: cannot read cell {status}: “xong”" in result.output


def test_a_date_typed_as_excel_saves_it_is_read(sheet: Path) -> None:
    book = load_workbook(sheet)
    ws = book["Nhiệm vụ"]
    for coordinate in (
        _cell(sheet, "huong-dan-vneid-dvc", h)[0].split("!")[1]
        for h in ("Tình trạng", "Ngày hoàn thành", "Ngày văn bản")
    ):
        ws[coordinate].value = None
    status, completed = (
        _cell(sheet, "huong-dan-vneid-dvc", h)[0].split("!")[1]
        for h in ("Tình trạng", "Ngày hoàn thành")
    )
    ws[status].value = "đã hoàn thành"
    ws[completed].value = dt.datetime(2024, 6, 18)
    book.save(sheet)
    result = CliRunner().invoke(app, ["status", "import", str(sheet)])
    assert "K009" not in result.output
    assert "cập nhật 2 nhiệm vụ" in result.output
