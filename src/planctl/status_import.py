"""A filled-in tracking sheet read back into a status file.

Each task row is read cell by cell (planctl.importer.sheet): a status from the list, dates
as dd/mm/yyyy, the task id as the sheet gave it. Every cell that cannot be read is a K009
finding with its cell reference, and nothing is written while there is one.

Three versions meet: the sheet, the status file as it is now, and the plan. The sheet
records, per task, what it was pre-filled with; a task the unit changed is taken from the
sheet only if the status file still says what the sheet started from. When both changed
(someone edited the status file after the sheet went out), or the plan's tasks changed since
the sheet was made, the import refuses to overwrite the newer edit unless forced. The status
file is edited in place (ruamel.yaml, round trip): comments, order and the fields the sheet
does not carry (difficulties, proposals, extensions) stay as they were.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from planctl.findings import Finding, Position
from planctl.importer.sheet import Row, Table
from planctl.model.status import StatusFile, read_progress
from planctl.render.tracking_sheet import (
    DATE_FIELDS,
    FILL_IN,
    STATUSES,
    Reported,
    SheetMeta,
    clean_text,
)

_DMY = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

# (problem, how to fix) of each kind of unreadable cell, Vietnamese and English.
_PROBLEMS: dict[str, tuple[str, str, str, str]] = {
    "status": (
        "không có trong danh sách",
        "not in the list",
        "chọn một trong: " + ", ".join(STATUSES),
        "pick one of: " + ", ".join(STATUSES),
    ),
    "date": (
        "không phải ngày dạng dd/mm/yyyy",
        "not a date as dd/mm/yyyy",
        "ghi ngày dạng dd/mm/yyyy, ví dụ 20/06/2024",
        "type the date as dd/mm/yyyy, e.g. 20/06/2024",
    ),
    "unknown": (
        "kế hoạch không có nhiệm vụ mã này",
        "the plan has no task with this id",
        "không sửa cột Mã nhiệm vụ (ẩn); nếu kế hoạch đã đổi, lập bảng mới bằng "
        "`planctl status sheet`",
        "leave the (hidden) task id column as it was; if the plan changed, make a new sheet "
        "with `planctl status sheet`",
    ),
    "no_id": (
        "dòng có kết quả nhưng không có mã nhiệm vụ",
        "a row with results but no task id",
        "ghi kết quả vào đúng dòng của nhiệm vụ, không thêm dòng mới",
        "record results on the task's own row; do not add rows",
    ),
    "twice": (
        "nhiệm vụ đã có ở dòng {line}",
        "the task is already on row {line}",
        "giữ một dòng cho mỗi nhiệm vụ",
        "keep one row per task",
    ),
}


@dataclass
class SheetRead:
    """The tasks a sheet reports, and the cells it could not read."""

    reports: dict[str, tuple[Reported, Row]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def _finding(table: Table, display: str, row: Row, name: str, kind: str, **extra: Any) -> Finding:
    cell = row.cells[name]
    problem_vi, problem_en, fix_vi, fix_en = (text.format(**extra) for text in _PROBLEMS[kind])
    return Finding.of(
        "K009",
        Position(display, cell.row, cell.column),
        cell=cell.ref,
        value=_shown(cell.value),
        problem_vi=problem_vi,
        problem_en=problem_en,
        fix_vi=fix_vi,
        fix_en=fix_en,
    )


def _shown(value: Any) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%d/%m/%Y}"
    return "" if value is None else str(value)


def read_reports(table: Table, display: str, known: Iterable[str]) -> SheetRead:
    """Each task row of `table` as the values it reports; K009 for each unreadable cell."""
    ids = set(known)
    out = SheetRead()
    seen: dict[str, int] = {}
    for row in table.rows:
        task_id = clean_text(_as_text(row.value("id")))
        if task_id is None:
            if not row.empty(FILL_IN):
                out.findings.append(_finding(table, display, row, "id", "no_id"))
            continue  # a group row, or a task whose subtasks are reported
        if task_id not in ids:
            out.findings.append(_finding(table, display, row, "id", "unknown"))
            continue
        if task_id in seen:
            out.findings.append(_finding(table, display, row, "id", "twice", line=seen[task_id]))
            continue
        seen[task_id] = row.line
        values, problems = _read_row(table, display, row)
        out.findings.extend(problems)
        if not problems:
            out.reports[task_id] = (values, row)
    return out


def _read_row(table: Table, display: str, row: Row) -> tuple[Reported, list[Finding]]:
    problems: list[Finding] = []
    status = None
    raw = row.value("status")
    if raw is not None:
        found = read_progress(raw) if isinstance(raw, str) else None
        if found is None:
            problems.append(_finding(table, display, row, "status", "status"))
        else:
            status = found.value
    dates: dict[str, dt.date | None] = {}
    for name in DATE_FIELDS:
        value = row.value(name)
        day = read_date(value)
        if value is not None and day is None:
            problems.append(_finding(table, display, row, name, "date"))
        dates[name] = day
    reported = Reported(
        status,
        dates["completed"],
        clean_text(_as_text(row.value("product_number"))),
        dates["product_date"],
        clean_text(_as_text(row.value("product_summary"))),
        clean_text(_as_text(row.value("note"))),
    )
    return reported, problems


def read_date(value: Any) -> dt.date | None:
    """A cell's date: a date cell, or text as dd/mm/yyyy (or yyyy-mm-dd); None otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if match := _DMY.fullmatch(text):
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        if _ISO.fullmatch(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    return None


def _as_text(value: Any) -> str | None:
    """A text cell's words; a number typed into it ("125") as written, not "125.0"."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


# --- three versions ----------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    task_id: str
    cell: str  # the row's id cell, "Nhiệm vụ!A12"
    values: Reported  # what the sheet says, taken with --force


@dataclass
class Merge:
    """What the import does with each task the sheet reports."""

    apply: dict[str, Reported] = field(default_factory=dict)
    unchanged: int = 0  # the sheet says what the status file says
    kept: int = 0  # only the status file changed since the sheet: kept
    conflicts: list[Conflict] = field(default_factory=list)


def merge(read: SheetRead, record: StatusFile | None, meta: SheetMeta | None) -> Merge:
    """Sheet against status file, per task, with what the sheet started from as the base."""
    tasks = record.tasks if record else {}
    out = Merge()
    for task_id, (sheet, row) in read.reports.items():
        now = Reported.of(tasks.get(task_id))
        base = meta.base.get(task_id) if meta else None
        if sheet == now:
            out.unchanged += 1
        elif base is not None and sheet.digest() == base:
            out.kept += 1  # the unit left it as it was; the file moved on
        elif base is None and meta is None and now != Reported():
            # A sheet planctl did not make: nothing says which is newer.
            out.conflicts.append(Conflict(task_id, row.cells["id"].ref, sheet))
        elif base is not None and now.digest() != base:
            out.conflicts.append(Conflict(task_id, row.cells["id"].ref, sheet))
        else:
            out.apply[task_id] = sheet
    return out


# --- writing -----------------------------------------------------------------------------


def updated_text(text: str, changes: dict[str, Reported], as_of: dt.date | None) -> str:
    """The status file's text with `changes` applied, everything else as it was."""
    import io

    from ruamel.yaml.comments import CommentedMap

    from planctl.yaml_roundtrip import round_trip_yaml

    yaml = round_trip_yaml(text)
    data = yaml.load(text)
    if as_of is not None and (data.get("as_of") is None or _day(data["as_of"]) < as_of):
        data["as_of"] = as_of
    tasks = data.get("tasks")
    if not isinstance(tasks, dict):
        tasks = data["tasks"] = CommentedMap()
    for task_id, values in changes.items():
        entry = tasks.get(task_id)
        if not isinstance(entry, dict):
            entry = tasks[task_id] = CommentedMap()
        _apply(entry, values)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


# The order `planctl status init` and the samples write a task's keys in.
KEY_ORDER = (
    "status",
    "completed",
    "product",
    "note",
    "difficulties",
    "proposals",
    "extension",
    "number",
    "date",
    "summary",
)


def _set(entry: Any, key: str, value: Any) -> None:
    """Set, replace or drop one key; a new key goes where the usual order puts it."""
    from ruamel.yaml.scalarstring import LiteralScalarString

    if value is None:
        entry.pop(key, None)
        return
    if isinstance(value, str) and "\n" in value:
        value = LiteralScalarString(value)
    if key in entry:
        entry[key] = value
        return
    rank = KEY_ORDER.index(key)
    keys = list(entry)
    at = len(keys)
    for index, existing in enumerate(keys):
        if existing in KEY_ORDER and KEY_ORDER.index(existing) > rank:
            at = index
            break
    entry.insert(at, key, value)


def _apply(entry: Any, values: Reported) -> None:
    from ruamel.yaml.comments import CommentedMap

    _set(entry, "status", values.status)
    _set(entry, "completed", values.completed)
    product: Any = None
    as_mapping = isinstance(entry.get("product"), dict)
    if values.product_number or values.product_date or (as_mapping and values.product_summary):
        product = entry.get("product") if as_mapping else CommentedMap()
        for key, value in (
            ("number", values.product_number),
            ("date", values.product_date),
            ("summary", values.product_summary),
        ):
            _set(product, key, value)
    elif values.product_summary:
        product = values.product_summary
    _set(entry, "product", product)
    _set(entry, "note", values.note)
