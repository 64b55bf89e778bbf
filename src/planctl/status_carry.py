"""What a new period's status file takes over from the period before it.

A task completed (or stopped) in the first half-year is still completed at the year's end, and
an extension granted then still holds; a clerk who starts the year's file from blank would
retype them or, worse, report them as not started. The records are copied as the clerk wrote
them (round-trip YAML), never rebuilt from the model.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planctl.model.status import Progress, read_progress
from planctl.status_files import status_files_of

_KEPT = (Progress.DONE, Progress.STOPPED)


@dataclass
class Carried:
    source: Path | None = None
    records: dict[str, str] = field(default_factory=dict)  # task id → its YAML lines, indented
    unreadable: list[Path] = field(default_factory=list)  # earlier files not carried from


def _as_of(data: Any) -> dt.date | None:
    value = data.get("as_of") if isinstance(data, dict) else None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _read(path: Path) -> Any:
    from ruamel.yaml import YAML

    try:
        return YAML().load(path.read_text(encoding="utf-8"))
    except Exception:
        return None


def _kept(record: Any) -> bool:
    if not isinstance(record, dict):
        return False
    progress = read_progress(str(record.get("status", "")))
    return progress in _KEPT or record.get("extension") is not None


def _lines(record: Any) -> str:
    """The record's lines under its key, indented four spaces. The comment ruamel hangs on
    the record's first line is the old key line's ("# I.01 — Thường xuyên"): the key line is
    written anew, so it is left out; the clerk's own comments inside the record stay."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    stream = io.StringIO()
    yaml.dump(record, stream)
    lines = stream.getvalue().splitlines()
    while lines and (not lines[0].strip() or lines[0].lstrip().startswith("#")):
        lines.pop(0)
    return "".join(f"    {line}\n" if line.strip() else "\n" for line in lines)


def carried_records(plan: Path, as_of: dt.date, task_ids: list[str]) -> Carried:
    """The done, stopped and extended tasks of the latest status file of `plan` dated before
    `as_of`, for the tasks still in the plan."""
    earlier: list[tuple[dt.date, Path, Any]] = []
    unreadable: list[Path] = []
    for path in status_files_of(plan):
        data = _read(path)
        day = _as_of(data)
        if day is None:
            unreadable.append(path)
        elif day < as_of:
            earlier.append((day, path, data))
    if not earlier:
        return Carried(unreadable=unreadable)
    _day, source, data = max(earlier, key=lambda item: (item[0], item[1].name))
    tasks = data.get("tasks") if isinstance(data, dict) else None
    if not isinstance(tasks, dict):
        return Carried(source, unreadable=unreadable)
    wanted = set(task_ids)
    records = {
        str(task_id): _lines(record)
        for task_id, record in tasks.items()
        if str(task_id) in wanted and _kept(record)
    }
    return Carried(source, records, unreadable)
