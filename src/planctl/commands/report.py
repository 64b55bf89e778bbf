"""`planctl report`: the BÁO CÁO on a plan's execution, from a status file and the clerk's
prose beside it (`<period>.report.yaml`), as a .docx laid out as the plans are.

    planctl report PLAN.yaml --status STATUS.yaml [-o DIR]   one report
    planctl report STATUS.yaml [-o DIR]                      the same, the plan named inside
    planctl report PLAN.yaml [-o DIR]                        every status file of the plan
    planctl report plans/ [-o DIR]                           every status file with its prose

A report goes where `planctl build` puts its plan, named after the plan and the period:
build/quang-ngai/2024-kh-….bao-cao-2024-h1.docx. A status file or prose with errors is not
built (its findings say why); the report written before stays as it was.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from planctl.findings import Finding, Severity
from planctl.i18n import t
from planctl.report.text import format_finding
from planctl.status_files import (
    StatusResult,
    read_report_prose,
    read_status,
    report_prose_path,
    status_files_of,
)
from planctl.workspace import UsageError, Workspace, discover, display_path

REPORT_INFIX = ".bao-cao-"


@dataclass
class ReportArgs:
    paths: list[Path]
    status: Path | None
    output: Path
    lang: str = "vi"
    xlsx: bool = False  # the figures as a workbook too, beside the .docx


def report_name(plan: Path, period: str) -> str:
    """x.yaml, period 2024-h1 → x.bao-cao-2024-h1.docx"""
    return f"{plan.stem}{REPORT_INFIX}{period.strip().lower()}.docx"


def _status_of_path(path: Path) -> bool:
    from planctl.commands.status import is_status_file

    return path.is_file() and is_status_file(path)


def targets(args: ReportArgs) -> list[Path]:
    """The status files to report on, in a stable order."""
    if args.status is not None:
        return [args.status]
    found: list[Path] = []
    for path in args.paths:
        if path.is_dir():
            for plan in discover([path]):
                found += [s for s in status_files_of(plan) if report_prose_path(s).exists()]
        elif _status_of_path(path):
            found.append(path)
        else:
            found += status_files_of(path)
    return sorted(dict.fromkeys(found))


def run(args: ReportArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    lang = args.lang
    for path in [*args.paths, *([args.status] if args.status else [])]:
        if not path.exists():
            err.write(f"planctl: {t('usage.missing_path', lang, path=display_path(path))}\n")
            return 2
    try:
        statuses = targets(args)
    except UsageError as exc:
        err.write(f"planctl: {exc}\n")
        return 2
    if not statuses:
        shown = ", ".join(display_path(p) for p in args.paths)
        err.write(f"planctl: {t('report.no_status', lang, path=shown)}\n")
        return 2
    workspace = Workspace()
    results = [read_status(path, workspace) for path in statuses]
    if args.status is not None and args.paths:
        named = results[0].plan.path.resolve() if results[0].plan else None
        plan = args.paths[0].resolve()
        if named is not None and named != plan:
            message = t(
                "report.other_plan",
                lang,
                status=display_path(args.status),
                named=display_path(named),
                plan=display_path(args.paths[0]),
            )
            err.write(f"planctl: {message}\n")
            return 2
    from planctl.build.jobs import jobs_for

    plans = [r.plan.path for r in results if r.plan is not None]
    out_dirs = {job.plan.resolve(): job.out_dir for job in jobs_for(plans, args.output)}
    built = failed = 0
    for result in results:
        target = _build_one(result, out_dirs, lang, err, xlsx=args.xlsx)
        if target is None:
            failed += 1
        else:
            built += 1
            out.write(t("report.wrote", lang, file=display_path(target)) + "\n")
    summary = t("report.summary", lang, built=built, failed=failed, out=display_path(args.output))
    err.write(summary + "\n")
    return 1 if failed else 0


def _build_one(
    result: StatusResult, out_dirs: dict[Path, Path], lang: str, err: TextIO, *, xlsx: bool
) -> Path | None:
    """Build one report; its path, or None when it could not be built (said on `err`)."""
    from planctl.atomic import atomic_write_bytes
    from planctl.render.templates import TemplateProblem

    prose_path = report_prose_path(result.path)
    prose, prose_findings = read_report_prose(prose_path)
    findings: list[Finding] = sorted(set(result.findings) | set(prose_findings))
    for finding in findings:
        err.write(format_finding(finding, lang) + "\n")
    errors = [f for f in findings if f.severity is Severity.ERROR]
    plan = result.plan
    if errors or prose is None or result.record is None or plan is None or plan.facts is None:
        err.write(
            t("report.not_built", lang, file=display_path(result.path), errors=len(errors) or 1)
            + "\n"
        )
        return None
    target = out_dirs[plan.path.resolve()] / report_name(plan.path, result.record.period)
    try:
        made = render_report(result, prose, xlsx=xlsx)
    except TemplateProblem as exc:
        err.write(t("report.failed", lang, file=display_path(result.path), reason=exc) + "\n")
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # Everything made before anything is written: a failed render leaves the old files.
        for suffix, data in made.items():
            atomic_write_bytes(target.with_suffix(suffix), data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        err.write(t("usage.cannot_write", lang, path=display_path(target), reason=reason) + "\n")
        return None
    return target


def render_report(result: StatusResult, prose: object, *, xlsx: bool = False) -> dict[str, bytes]:
    """The bytes of one report by suffix (.docx, and .xlsx when asked): the tally computed
    once, and both made from it."""
    from planctl.model.progress_report import ProgressReport
    from planctl.render.compose_report import ReportInput, compose_report
    from planctl.render.docx_writer import write_docx
    from planctl.render.reproducible import build_datetime, document_datetime
    from planctl.render.templates import Wording, search_dirs
    from planctl.tally import compute
    from planctl.view import build_view

    assert isinstance(prose, ProgressReport)
    plan = result.plan
    assert plan is not None and plan.document is not None and plan.registry is not None
    assert plan.facts is not None and result.record is not None
    view = build_view(plan.document, plan.registry, plan.facts)
    tally = compute(plan.facts, result.record)
    words = Wording(search_dirs(plan.path, plan.registry_path))
    composed = compose_report(ReportInput(view, prose, tally), words)
    when = document_datetime(prose.date or result.record.as_of)
    made = {".docx": write_docx(composed, words.reference_docx(), when, build_datetime())}
    if xlsx:
        from planctl.render.progress_xlsx import render_report_xlsx

        made[".xlsx"] = render_report_xlsx(tally, words, composed.title, when, build_datetime())
    return made
