"""`planctl new --from OLD --year YYYY`: next year's edition of a plan (planctl.next_edition)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from planctl.i18n import t
from planctl.report.text import format_finding
from planctl.workspace import display_path

if TYPE_CHECKING:
    from planctl.next_edition import CarryResult


@dataclass
class NewArgs:
    source: Path | None
    year: int | None
    output: Path | None = None
    force: bool = False
    lang: str = "vi"
    dry_run: bool = False
    shift_period: bool = False


def run(args: NewArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    from planctl.next_edition import CarryError, carry

    lang = args.lang
    if args.source is None or args.year is None:
        err.write(f"planctl: {t('new.need_from', lang)}\n")
        return 2
    if not args.source.is_file():
        err.write(f"planctl: {t('usage.missing_path', lang, path=args.source)}\n")
        return 2
    try:
        result = carry(
            args.source,
            args.year,
            args.output,
            force=args.force,
            write=not args.dry_run,
            shift_period=args.shift_period,
        )
    except CarryError as exc:
        for finding in exc.findings:
            err.write(format_finding(finding, lang) + "\n")
        err.write(f"planctl: {t(exc.key, lang, **exc.args_)}\n")
        return 2
    out.write(
        t(
            "new.written" if result.written else "new.would_write",
            lang,
            file=display_path(result.output),
            source=display_path(result.source),
            old_year=result.old_year,
            year=result.year,
        )
        + "\n"
    )
    if result.horizon_kept:
        first, last = result.horizon_kept
        out.write(t("new.horizon_kept", lang, first=first, last=last) + "\n")
    else:
        out.write(
            t("new.deadlines", lang, n=result.deadlines_shifted, kept=result.deadlines_kept) + "\n"
        )
        out.write(
            t("new.text", lang, n=result.text_shifted, old_year=result.old_year, year=result.year)
            + "\n"
        )
    if result.cleared:
        out.write(t("new.cleared", lang) + "\n")
    _changes(result, lang, out)
    if result.missing_ids:
        out.write(t("new.no_ids", lang, n=result.missing_ids) + "\n")
    if result.units_gone:
        err.write(t("new.units_gone", lang, n=len(result.units_gone), year=result.year) + "\n")
        for gone in result.units_gone:
            successor = gone.successor
            err.write(
                t(
                    "new.unit_gone",
                    lang,
                    number=gone.number,
                    unit=gone.unit,
                    date=gone.date.strftime("%d/%m/%Y"),
                    valid=gone.valid,
                    successor_vi=f"; đơn vị kế nhiệm: “{successor}”" if successor else "",
                    successor_en=f"; successor: “{successor}”" if successor else "",
                )
                + "\n"
            )
    return 0


def _changes(result: CarryResult, lang: str, out: TextIO) -> None:
    """Every change with its place in the new file, then the mentions of the old year kept."""
    file = display_path(result.output)
    empty = t("new.empty", lang)
    if result.changes:
        out.write(t("new.changes", lang, n=len(result.changes)) + "\n")
    for change in result.changes:
        label = t(f"new.field.{change.field}", lang)
        old, new = change.old or empty, change.new or empty
        out.write(f"    {file}:{change.line}:{change.col}: {label}: {old} → {new}\n")
    if result.kept:
        first, last = result.period_years
        years = str(first) if first == last else f"{first} - {last}"
        out.write(t("new.kept", lang, n=len(result.kept), old_year=years) + "\n")
    for kept in result.kept:
        why = t("new.kept_cited" if kept.cited else "new.kept_date", lang)
        out.write(f"    {file}:{kept.line}:{kept.col}: {why}: {kept.excerpt}\n")
