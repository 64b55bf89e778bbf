"""The diff as JSON, for programs. The structure is documented in docs/diff-json.md and
versioned by its top-level `version`; keys are only ever added within a version."""

from __future__ import annotations

import json
from typing import Any, TextIO

from planctl.diff import labels
from planctl.diff.changes import (
    DeadlineDetail,
    DiffReport,
    FileDiff,
    HeaderChange,
    MoveDetail,
    PlanDiff,
    RelativeShift,
    Shift,
    TaskChange,
    TaskRef,
    TextChange,
    UnitsDetail,
    WordingDetail,
)
from planctl.diff.words import WordOp
from planctl.model.deadline import Deadline

VERSION = 1


def report_data(report: DiffReport, lang: str) -> dict[str, Any]:
    from planctl import __version__

    return {
        "version": VERSION,
        "tool": {"name": "planctl", "version": __version__},
        "lang": lang,
        "has_changes": report.has_changes,
        "files": [_file(f, lang) for f in report.files],
    }


def render_json(report: DiffReport, lang: str, out: TextIO) -> None:
    out.write(json.dumps(report_data(report, lang), ensure_ascii=False, indent=2) + "\n")


def _file(file: FileDiff, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "old": file.old,
        "new": file.new,
        "status": file.status,
        "matched_by": file.matched_by,
    }
    if file.diff is not None:
        data.update(_plan(file.diff, lang))
    return data


def _plan(diff: PlanDiff, lang: str) -> dict[str, Any]:
    return {
        "summary": diff.counts(),
        "matched_tasks": diff.matched,
        "header": [_header(c) for c in diff.header],
        "text": [_text(c) for c in diff.text],
        "tasks": [_task(c, lang) for c in diff.tasks],
    }


def _words(ops: tuple[WordOp, ...]) -> list[dict[str, str]]:
    return [{"op": o.op, "text": o.text} for o in ops]


def _header(c: HeaderChange) -> dict[str, Any]:
    data: dict[str, Any] = {"field": c.field, "change": c.change, "old": c.old, "new": c.new}
    if c.words:
        data["words"] = _words(c.words)
    return data


def _text(c: TextChange) -> dict[str, Any]:
    data: dict[str, Any] = {"where": c.where, "change": c.change, "old": c.old, "new": c.new}
    if c.words:
        data["words"] = _words(c.words)
    return data


def _ref(ref: TaskRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "number": ref.number,
        "id": ref.id,
        "content": ref.content,
        "group": ref.is_group,
        "parent": ref.parent,
    }


def _deadline(value: Deadline | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {
        "kind": value.kind.value,
        "start": value.start.isoformat() if value.start else None,
        "end": value.end.isoformat() if value.end else None,
        "canonical": value.canonical(),
    }


def _shift(shift: Shift | None) -> dict[str, Any] | None:
    if shift is None:
        return None
    return {"unit": shift.unit, "amount": shift.amount, "same": shift.same}


def _relative(relative: RelativeShift | None) -> dict[str, Any] | None:
    if relative is None:
        return None
    return {
        "years": list(relative.years),
        "shift": _shift(relative.shift),
        "due_shift": _shift(relative.due_shift),
    }


def _task(c: TaskChange, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": c.kind.value,
        "old": _ref(c.old),
        "new": _ref(c.new),
        "match": c.match,
        "confidence": c.confidence,
    }
    d = c.detail
    if isinstance(d, WordingDetail):
        data.update(field=d.field, old_text=d.old, new_text=d.new, words=_words(d.words))
    elif isinstance(d, UnitsDetail):
        data.update(
            role=d.role, removed=list(d.removed), added=list(d.added), successor=d.successor
        )
    elif isinstance(d, DeadlineDetail):
        data.update(
            old_text=d.old_text,
            new_text=d.new_text,
            old_value=_deadline(d.old),
            new_value=_deadline(d.new),
            shift=_shift(d.shift),
            due_shift=_shift(d.due_shift),
            relative=_relative(d.relative),
            description=labels.deadline_words(d, lang),
        )
    elif isinstance(d, MoveDetail):
        data.update(reason=d.reason, old_parent=d.old_parent, new_parent=d.new_parent)
    return data
