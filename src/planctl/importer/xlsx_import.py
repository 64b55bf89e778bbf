"""`planctl import FILE.xlsx`: a task table back into a plan's tasks.

The sheet is read by its header row (importer.sheet): the .xlsx planctl builds ("Mã nhiệm
vụ" keeps each task's id) or a clerk's own list with headers it can map. A Roman numeral in
the number column is a group row, "4.1" a subtask of 4; cells keep their reference
("Nhiệm vụ!D7") for the report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planctl.importer.assemble import Assembler
from planctl.importer.docx_import import Imported, ImportError_
from planctl.importer.report import Place, Report
from planctl.importer.sheet import Field, Row, SheetError, read_table
from planctl.importer.structure import Parsed
from planctl.importer.tasks import split_units
from planctl.model.registry import Registry

FIELDS = (
    Field("id", ("Mã nhiệm vụ", "Mã", "id")),
    Field("number", ("STT", "TT", "Số TT", "Số thứ tự")),
    Field(
        "content",
        ("Nội dung nhiệm vụ", "Nội dung", "Nội dung công việc", "Nhiệm vụ", "Tên nhiệm vụ"),
    ),
    Field("lead", ("Đơn vị chủ trì", "Chủ trì", "Cơ quan chủ trì", "Cơ quan, đơn vị chủ trì")),
    Field(
        "support",
        (
            "Đơn vị phối hợp",
            "Phối hợp",
            "Cơ quan phối hợp",
            "Cơ quan, đơn vị phối hợp",
            "Cơ quan, đơn vị phối hợp thực hiện",
        ),
    ),
    Field("deadline", ("Thời hạn", "Thời gian thực hiện", "Thời gian hoàn thành", "Tiến độ")),
    Field("output", ("Kết quả", "Sản phẩm", "Kết quả, sản phẩm")),
    Field("form", ("Hình thức", "Hình thức thực hiện")),
    Field("budget", ("Kinh phí",)),
    Field("notes", ("Ghi chú",)),
)
# Columns planctl's own sheet computes from the plan: not data to import.
DERIVED = ("hạn hoàn thành",)
_ROMAN = re.compile(r"^[IVXLC]+\.?$")


def import_xlsx(
    path: Path, registry_for: Callable[[str | None], Registry | None], shown: str
) -> Imported:
    try:
        table = read_table(path, FIELDS, required=("content",), display=shown)
    except SheetError as exc:
        raise ImportError_("error.sheet", path=shown, reason=exc.message("en")) from None
    report = Report(shown)
    parsed = Parsed("plan", None, {}, None)
    registry = registry_for(None)
    assembler = Assembler(parsed, registry, report)
    for ref, text in _above_header(path, table.sheet, table.header_line):
        report.add("unmapped", Place(sheet_ref=ref), text, "dropped")
    for cell in table.unmapped:
        if str(cell.value).strip().casefold() not in DERIVED:
            report.add("unmapped", Place(sheet_ref=cell.ref), str(cell.value), "dropped")
    items: list[dict[str, Any]] = []
    group: dict[str, Any] | None = None
    last: dict[str, Any] | None = None
    for row in table.rows:
        number = str(row.value("number") or "").strip().rstrip(".")
        if _ROMAN.match(number) and not row.value("lead") and not row.value("deadline"):
            group = {"group": str(row.value("content") or "").strip(), "tasks": []}
            if row.value("id"):
                group = {"id": str(row.value("id")), **group}
            items.append(group)
            last = None
            continue
        task = _task(assembler, row)
        if last is not None and re.fullmatch(r"\d+(\.\d+)+", number):
            last.setdefault("subtasks", []).append(task)
            continue
        (group["tasks"] if group is not None else items).append(task)
        last = task
    report.tasks = sum(len(i.get("tasks", [])) if "group" in i else 1 for i in items)
    data: dict[str, Any] = {"kind": "plan", "title": path.stem, "tasks": items}
    if registry is not None and registry.signers:
        data["signer"] = registry.signers[0].id
    else:
        data["signer"] = ""
        report.add("signer", Place(sheet_ref=table.sheet), "")
    return Imported(data, report, assembler, [])


def _above_header(path: Path, sheet: str, header_line: int) -> list[tuple[str, str]]:
    """The title block above the header row ("DANH SÁCH NHIỆM VỤ …"): not a task, reported."""
    from planctl.importer.sheet import Cell, open_workbook

    if header_line <= 1:
        return []
    book = open_workbook(path)
    try:
        rows = book[sheet].iter_rows(max_row=header_line - 1, values_only=True)
        return [
            (Cell(sheet, r, c, v).ref, unicodedata.normalize("NFC", str(v)).strip())
            for r, values in enumerate(rows, start=1)
            for c, v in enumerate(values, start=1)
            if v is not None and str(v).strip()
        ]
    finally:
        book.close()


def _task(assembler: Assembler, row: Row) -> dict[str, Any]:
    task: dict[str, Any] = {}
    for name in (
        "id",
        "content",
        "lead",
        "support",
        "deadline",
        "form",
        "output",
        "budget",
        "notes",
    ):
        value = row.value(name)
        if value is None:
            continue
        text = unicodedata.normalize("NFC", str(value)).strip()
        place = Place(sheet_ref=row.cells[name].ref)
        if name in ("lead", "support"):
            units, _ = split_units(text)
            task[name] = units
            assembler._match(units, place)
        elif name == "deadline":
            task[name] = assembler._deadline(text, place)
        else:
            task[name] = text
    if "id" not in task:
        from planctl.ids import slugify, unique_id

        task = {"id": unique_id(slugify(task.get("content", "nhiem-vu")), assembler.ids), **task}
    assembler.ids.add(task["id"])
    return task
