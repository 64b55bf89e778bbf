"""`planctl status sheet`: the tracking sheet units fill in; `planctl status import`: the
filled-in sheet read back into the status file."""

from __future__ import annotations

import datetime as dt
import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from planctl.findings import has_errors
from planctl.i18n import t
from planctl.model.status import StatusFile, period_bounds
from planctl.report.text import format_finding
from planctl.status_files import fingerprint, read_status, status_folder
from planctl.workspace import PlanResult, Workspace, display_path


@dataclass
class SheetArgs:
    path: Path  # a plan, or a status file
    output: Path | None
    as_of: dt.date | None
    period: str | None
    force: bool
    lang: str


@dataclass
class _Source:
    plan_path: Path
    plan: PlanResult
    status_path: Path | None
    record: StatusFile | None


def _chosen(path: Path, at: dt.date | None, period: str | None) -> Path | None:
    """The status file a sheet starts from: the one named; of a plan, the file of `period`
    when one is asked for (none yet: a new period, pre-filled from the plan alone), else the
    latest whose `as_of` is on or before `at`."""
    from planctl.commands.status import is_status_file, pick_status_file

    if period is None or is_status_file(path):
        return pick_status_file(path, at)
    candidate = status_folder(path) / f"{period}.yaml"
    return candidate if candidate.is_file() else None


def _source(
    path: Path, at: dt.date | None, period: str | None, lang: str, err: TextIO
) -> _Source | None:
    """The plan and the status file (if any) a sheet is made from; findings printed when
    they cannot be read."""
    chosen = _chosen(path, at, period)
    if chosen is not None:
        result = read_status(chosen)
        if result.record is None or result.plan is None or result.plan.facts is None:
            for finding in result.findings:
                err.write(format_finding(finding, lang) + "\n")
            return None
        plan_path = (chosen.parent / result.record.plan).resolve()
        return _Source(plan_path, result.plan, chosen, result.record)
    plan = Workspace().load_plan(path)
    if plan.facts is None or plan.document is None or has_errors(plan.findings):
        for finding in plan.findings:
            err.write(format_finding(finding, lang) + "\n")
        return None
    return _Source(path, plan, None, None)


def run_sheet(args: SheetArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    from planctl.atomic import atomic_write_bytes
    from planctl.render.tracking_sheet import SheetMeta, base_of, render_tracking_sheet
    from planctl.view import build_view

    out = out or sys.stdout
    err = err or sys.stderr
    if not args.path.exists():
        err.write(f"planctl: {t('sheet.missing', args.lang, path=display_path(args.path))}\n")
        return 2
    if args.period is not None and period_bounds(args.period) is None:
        err.write(f"planctl: {t('status_sheet.bad_period', args.lang, period=args.period)}\n")
        return 2
    source = _source(args.path, args.as_of, args.period, args.lang, err)
    if source is None:
        return 1
    plan = source.plan
    assert plan.facts is not None and plan.document is not None and plan.registry is not None
    record = source.record
    if record is not None and args.period is not None and args.period != record.period:
        # A status file of one period never takes a sheet (and so an import) of another.
        shown = display_path(source.status_path or args.path)
        err.write(
            "planctl: "
            + t(
                "status_sheet.other_period",
                args.lang,
                path=shown,
                period=record.period,
                asked=args.period,
            )
            + "\n"
        )
        return 2
    as_of = args.as_of or (record.as_of if record else dt.date.today())
    period = record.period if record else (args.period or str(as_of.year))
    if period_bounds(period) is None:
        err.write(f"planctl: {t('status_sheet.bad_period', args.lang, period=period)}\n")
        return 2
    status_path = source.status_path or status_folder(source.plan_path) / f"{period}.yaml"
    target = args.output or Path("build") / f"{source.plan_path.stem}.{period}.theo-doi.xlsx"
    if target.is_dir():
        err.write(f"planctl: {t('usage.output_is_folder', args.lang, path=target)}\n")
        return 2
    if target.exists() and not args.force:
        err.write(f"planctl: {t('status_sheet.exists', args.lang, path=display_path(target))}\n")
        return 2
    view = build_view(plan.document, plan.registry, plan.facts)
    meta = SheetMeta(
        plan=display_path(source.plan_path),
        status=display_path(status_path),
        period=period,
        as_of=as_of,
        plan_fingerprint=fingerprint(plan.facts),
        base=base_of(view, record),
    )
    atomic_write_bytes(target, render_tracking_sheet(view, record, meta))
    shown = display_path(target)
    out.write(
        t(
            "status_sheet.written",
            args.lang,
            path=shown,
            tasks=len(meta.base),
            as_of=f"{as_of:%d/%m/%Y}",
        )
        + "\n"
    )
    return 0


@dataclass
class ImportArgs:
    sheet: Path
    into: Path | None
    force: bool
    lang: str


def run_import(args: ImportArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Read the sheet, check every cell, compare with the status file and the plan, and
    write the status file; nothing is written when a cell is unreadable or a newer edit
    would be overwritten (unless --force)."""
    from planctl.atomic import atomic_write_text
    from planctl.importer.sheet import SheetError, open_workbook, read_table
    from planctl.render.tracking_sheet import FIELDS, read_meta
    from planctl.status_import import merge, read_reports, updated_text
    from planctl.tally import leaves

    out = out or sys.stdout
    err = err or sys.stderr
    lang = args.lang
    sheet_shown = display_path(args.sheet)
    try:
        book = open_workbook(args.sheet, sheet_shown)
        meta = read_meta(book)
        book.close()
        table = read_table(args.sheet, FIELDS, required=("id",), display=sheet_shown)
    except SheetError as exc:
        err.write(f"planctl: {exc.message(lang)}\n")
        return 2
    target = args.into or (Path(meta.status) if meta else None)
    if target is None:
        err.write(f"planctl: {t('status_import.no_target', lang, sheet=sheet_shown)}\n")
        return 2
    shown = display_path(target)
    # The plan: the one the status file names, else the one the sheet was made from.
    record: StatusFile | None = None
    if target.exists():
        current = read_status(target)
        if current.record is None or current.plan is None or current.plan.facts is None:
            for finding in current.findings:
                err.write(format_finding(finding, lang) + "\n")
            return 1
        record, plan, plan_path = (
            current.record,
            current.plan,
            (target.parent / current.record.plan).resolve(),
        )
    else:
        plan_path = Path(meta.plan) if meta else Path()
        if meta is None or not plan_path.is_file():
            named = meta.plan if meta else "?"
            err.write(f"planctl: {t('status_import.no_plan', lang, path=shown, plan=named)}\n")
            return 2
        plan = Workspace().load_plan(plan_path)
        if plan.facts is None:
            for finding in plan.findings:
                err.write(format_finding(finding, lang) + "\n")
            return 1
    facts = plan.facts
    assert facts is not None
    known = [task.task.id for task in leaves(facts) if task.task.id]
    read = read_reports(table, sheet_shown, known)
    if read.findings:
        for finding in read.findings:
            err.write(format_finding(finding, lang) + "\n")
            err.write(f"    {t('hint', lang)}: {finding.hint(lang)}\n")
        if has_errors(read.findings):
            count = len(read.findings)
            err.write(f"planctl: {t('status_import.has_errors', lang, path=shown, count=count)}\n")
            return 1
    plan_now = fingerprint(facts)
    plan_changed = meta is not None and meta.plan_fingerprint != plan_now
    merged = merge(read, record, meta)
    problems = len(merged.conflicts) + plan_changed
    if problems:
        if plan_changed and meta is not None:
            err.write(
                "planctl: "
                + t(
                    "status_import.plan_changed",
                    lang,
                    sheet=sheet_shown,
                    plan=display_path(plan_path),
                    old=meta.plan_fingerprint,
                    new=plan_now,
                )
                + "\n"
            )
        key = "status_import.conflict" if meta else "status_import.conflict_foreign"
        for conflict in merged.conflicts:
            err.write(
                "planctl: "
                + t(
                    key,
                    lang,
                    sheet=sheet_shown,
                    cell=conflict.cell,
                    id=conflict.task_id,
                    path=shown,
                )
                + "\n"
            )
        if not args.force:
            err.write(f"planctl: {t('status_import.refused', lang, path=shown, count=problems)}\n")
            return 1
        merged.apply.update({c.task_id: c.values for c in merged.conflicts})
    if record is None and meta is not None:
        _init(plan_path, target, meta.period, meta.as_of, lang)
    text = target.read_text(encoding="utf-8")
    as_of = meta.as_of if meta else None
    new_text = updated_text(text, merged.apply, as_of)
    if new_text != text:
        atomic_write_text(target, new_text)
    out.write(
        t(
            "status_import.done",
            lang,
            path=shown,
            applied=len(merged.apply),
            sheet=sheet_shown,
            unchanged=merged.unchanged,
            kept=merged.kept,
        )
        + "\n"
    )
    after = read_status(target)
    for finding in after.findings:
        err.write(format_finding(finding, lang) + "\n")
    return 1 if has_errors(after.findings) else 0


def _init(plan: Path, target: Path, period: str, as_of: dt.date, lang: str) -> None:
    """A new status file for the sheet's period, as `planctl status init` writes it."""
    from planctl.commands.status import InitArgs, run_init

    code = run_init(
        InitArgs(plan, period, as_of, target, False, lang), io.StringIO(), io.StringIO()
    )
    if code != 0:
        raise RuntimeError(f"status init failed for {target}")
