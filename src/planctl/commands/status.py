"""`planctl status`: the tally of an issued plan at a date; `status init` writes the status
file of a period; `planctl due` lists the tasks to chase."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from planctl.findings import has_errors
from planctl.model.status import period_bounds, period_words
from planctl.report.text import format_finding
from planctl.status_carry import carried_records
from planctl.status_files import (
    StatusResult,
    fingerprint,
    read_status,
    status_files_of,
    status_folder,
)
from planctl.tally import BUCKET_WORDS, Bucket, Tally, compute
from planctl.tally_text import COLUMNS, figures, row
from planctl.workspace import Workspace, display_path


@dataclass
class StatusArgs:
    path: Path
    at: dt.date | None
    output_format: str
    lang: str
    summary: bool = False  # the figures sentences alone, as a news report or a note quotes them


def is_status_file(path: Path) -> bool:
    return path.parent.parent.name == "status" or bool(re.search(r"(?m)^as_of:", _head(path)))


def _head(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            return handle.read(4000)
    except OSError:
        return ""


def pick_status_file(path: Path, at: dt.date | None) -> Path | None:
    """The status file named, or the latest of a plan's whose `as_of` is on or before `at`."""
    if is_status_file(path):
        return path
    best: tuple[dt.date, Path] | None = None
    for candidate in status_files_of(path):
        match = re.search(r"(?m)^as_of:\s*(\d{4}-\d{2}-\d{2})", _head(candidate))
        if not match:
            continue
        day = dt.date.fromisoformat(match[1])
        if (at is None or day <= at) and (best is None or day >= best[0]):
            best = (day, candidate)
    return best[1] if best else None


def load_checked(path: Path, at: dt.date | None, lang: str, err: TextIO) -> StatusResult | None:
    """The status file read and checked, its findings printed; None when it cannot be tallied."""
    if not path.exists():
        err.write(f"planctl: {display_path(path)}: không có tệp / no such file\n")
        return None
    chosen = pick_status_file(path, at)
    if chosen is None:
        folder = display_path(status_folder(path))
        err.write(
            f"planctl: {folder}: chưa có tệp tình hình thực hiện; tạo bằng `planctl status init "
            f"{display_path(path)} --period 2024-h1 --as-of 2024-06-15`\n"
            if lang == "vi"
            else f"planctl: {folder}: no status file yet; make one with `planctl status init "
            f"{display_path(path)} --period 2024-h1 --as-of 2024-06-15`\n"
        )
        return None
    result = read_status(chosen)
    for finding in result.findings:
        err.write(format_finding(finding, lang) + "\n")
    if result.record is None or result.facts is None:
        return None
    return result


def run(args: StatusArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    result = load_checked(args.path, args.at, args.lang, err)
    if result is None or result.record is None or result.facts is None:
        return 2 if result is None and not args.path.exists() else 1
    tally = compute(result.facts, result.record, args.at)
    if args.output_format == "json":
        out.write(json.dumps(tally_json(tally, result), ensure_ascii=False, indent=2) + "\n")
    elif args.summary:
        out.write("\n".join(figures(tally, args.lang)) + "\n")
    else:
        out.write(tally_text(tally, result, args.lang))
    return 1 if has_errors(result.findings) else 0


def tally_json(tally: Tally, result: StatusResult) -> dict[str, Any]:
    return {
        "status_file": display_path(result.path),
        "period": tally.period,
        "period_start": tally.period_bounds[0].isoformat(),
        "period_end": tally.period_bounds[1].isoformat(),
        "at": tally.at.isoformat(),
        "overall": tally.overall.as_dict(),
        "groups": [
            {"number": number, "title": title, **counts.as_dict()}
            for number, title, counts in tally.by_group
        ],
        "units": [{"unit": unit, **counts.as_dict()} for unit, counts in tally.by_unit],
        "tasks": [
            {
                "id": state.id,
                "number": state.facts.qualified_number,
                "status": state.progress.value,
                "due": state.due.isoformat() if state.due else None,
                "completed": state.status.completed.isoformat()
                if state.status and state.status.completed
                else None,
                "bucket": state.bucket.value,
                "early": state.early,
            }
            for state in tally.states
        ],
    }


def _table(header: str, rows: list[tuple[str, list[int]]], lang: str) -> list[str]:
    names = [c[1] if lang == "en" else c[0] for c in COLUMNS]
    width = max([len(header), *(len(label) for label, _ in rows)])
    lines = [f"{header:<{width}}  " + "  ".join(f"{n:>{len(n)}}" for n in names)]
    for label, values in rows:
        cells = "  ".join(f"{v:>{len(n)}}" for v, n in zip(values, names, strict=True))
        lines.append(f"{label:<{width}}  {cells}")
    return lines


def tally_text(tally: Tally, result: StatusResult, lang: str) -> str:
    vi, en = period_words(tally.period)
    title = (
        f"Tình hình thực hiện {vi}: {display_path(result.path)}"
        if lang == "vi"
        else f"Status for {en}: {display_path(result.path)}"
    )
    lines = [title, *figures(tally, lang), ""]
    group_rows = [(f"{n}. {t}"[:60], row(c)) for n, t, c in tally.by_group]
    group_rows.append(("Tổng cộng" if lang == "vi" else "Total", row(tally.overall)))
    lines += _table("Nhóm nhiệm vụ" if lang == "vi" else "Group", group_rows, lang)
    lines.append("")
    unit_rows = [(u[:60] or "?", row(c)) for u, c in tally.by_unit]
    lines += _table("Đơn vị chủ trì" if lang == "vi" else "Lead unit", unit_rows, lang)
    return "\n".join(lines) + "\n"


@dataclass
class InitArgs:
    plan: Path
    period: str
    as_of: dt.date
    output: Path | None
    update: bool
    lang: str


def run_init(args: InitArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Write a status file listing every task of the plan, or (--update) refresh the
    fingerprint of an existing one, keeping what the clerk wrote."""
    from planctl.atomic import atomic_write_text

    out = out or sys.stdout
    err = err or sys.stderr
    if period_bounds(args.period) is None:
        err.write(
            f"planctl: --period {args.period}: "
            + ("kỳ báo cáo viết là" if args.lang == "vi" else "a reporting period is written")
            + " 2024, 2024-h1, 2024-h2, 2024-q1 … 2024-q4\n"
        )
        return 2
    plan = Workspace().load_plan(args.plan)
    if plan.facts is None:
        for finding in plan.findings:
            err.write(format_finding(finding, args.lang) + "\n")
        return 1
    target = args.output or status_folder(args.plan) / f"{args.period}.yaml"
    mark = fingerprint(plan.facts)
    if args.update:
        if not target.is_file():
            err.write(
                f"planctl: {display_path(target)}: "
                + ("không có tệp này" if args.lang == "vi" else "no such file")
                + "\n"
            )
            return 2
        text = target.read_text(encoding="utf-8")
        text, n = re.subn(r"(?m)^plan_fingerprint:.*$", f"plan_fingerprint: {mark}", text)
        if n == 0:
            text = text.replace("\ntasks:", f"\nplan_fingerprint: {mark}\ntasks:", 1)
        atomic_write_text(target, text)
        out.write(f"{display_path(target)}\n")
        return 0
    if target.exists():
        err.write(
            f"planctl: {display_path(target)}: "
            + (
                "tệp đã có; dùng --update để chỉ ghi lại dấu của kế hoạch, hoặc -o TỆP để tạo tệp khác"
                if args.lang == "vi"
                else "the file exists; use --update to refresh only the plan's mark, or -o FILE "
                "for another file"
            )
            + "\n"
        )
        return 2
    relative = (
        Path("..", "..", args.plan.name)
        if target.parent == status_folder(args.plan)
        else args.plan.resolve()
    )
    lines = [
        f"# Tình hình thực hiện {period_words(args.period)[0]}: {plan.facts.document.title or ''}",
        f"plan: {relative.as_posix()}",
        f"period: {args.period}",
        f"as_of: {args.as_of.isoformat()}",
        f"plan_fingerprint: {mark}",
        "tasks:",
    ]
    leaves = [t for t in plan.facts.tasks if t.task.id and not t.task.subtasks]
    carried = carried_records(args.plan, args.as_of, [str(t.task.id) for t in leaves])
    for task in leaves:
        lines.append(f"  {task.task.id}:   # {task.qualified_number} — {task.deadline_text or '…'}")
        record = carried.records.get(str(task.task.id))
        lines.append(record.rstrip("\n") if record else "    status: chưa thực hiện")
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(target, "\n".join(lines) + "\n")
    out.write(f"{display_path(target)}\n")
    for path in carried.unreadable:
        err.write(
            f"planctl: {display_path(path)}: "
            + (
                "không đọc được (xem `planctl status` tệp này), không lấy gì từ tệp này"
                if args.lang == "vi"
                else "unreadable (see `planctl status` on it), nothing carried from it"
            )
            + "\n"
        )
    if carried.records and carried.source is not None:
        count, source = len(carried.records), display_path(carried.source)
        err.write(
            f"planctl: {count} nhiệm vụ đã hoàn thành, dừng thực hiện hoặc được gia hạn lấy từ "
            f"{source}; kiểm tra lại trước khi báo cáo.\n"
            if args.lang == "vi"
            else f"planctl: {count} tasks done, stopped or extended carried over from {source}; "
            "check them before reporting.\n"
        )
    return 0


@dataclass
class DueArgs:
    path: Path
    within: int  # days
    unit: str | None
    at: dt.date | None
    output_format: str
    lang: str


def parse_within(text: str) -> int | None:
    """ "14d", "14", "2w" → days."""
    match = re.fullmatch(r"\s*(\d+)\s*([dw]?)\s*", text.lower())
    if not match:
        return None
    return int(match[1]) * (7 if match[2] == "w" else 1)


def run_due(args: DueArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    result = load_checked(args.path, args.at, args.lang, err)
    if result is None or result.record is None or result.facts is None:
        return 2 if not args.path.exists() else 1  # as `planctl status`
    tally = compute(result.facts, result.record, args.at)
    if args.output_format == "ics":
        from planctl.render.ics import calendar

        out.write(calendar(result.facts, tally))
        return 0
    horizon = tally.at + dt.timedelta(days=args.within)
    unit = args.unit.casefold() if args.unit else None
    chase = [
        s
        for s in tally.states
        if s.bucket in (Bucket.IN_TIME, Bucket.OVERDUE, Bucket.NOT_YET_DUE)
        and s.due is not None
        and s.due <= horizon
        and (unit is None or any(unit in ref.canonical.casefold() for ref in s.facts.lead))
    ]
    chase.sort(key=lambda s: (s.due or tally.at, s.facts.qualified_number))
    if args.output_format == "json":
        rows = [
            {
                "id": s.id,
                "number": s.facts.qualified_number,
                "due": s.due.isoformat() if s.due else None,
                "status": s.progress.value,
                "overdue": s.bucket is Bucket.OVERDUE,
                "lead": [ref.canonical for ref in s.facts.lead],
                "content": s.facts.task.content or s.facts.task.title or "",
            }
            for s in chase
        ]
        out.write(
            json.dumps(
                {"at": tally.at.isoformat(), "within_days": args.within, "tasks": rows},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
        return 0
    for s in chase:
        words = BUCKET_WORDS[s.bucket][1 if args.lang == "en" else 0]
        lead = "; ".join(ref.canonical for ref in s.facts.lead)
        content = (s.facts.task.content or s.facts.task.title or "").split("\n")[0][:70]
        out.write(
            f"{s.due:%d/%m/%Y}  {s.facts.qualified_number:<7} {s.id}  [{words}]  {lead}\n    {content}\n"
        )
    if not chase:
        out.write(
            "Không có nhiệm vụ cần đôn đốc.\n" if args.lang == "vi" else "Nothing to chase.\n"
        )
    return 0
