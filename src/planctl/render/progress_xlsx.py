"""The BÁO CÁO's figures as a workbook (`planctl report --xlsx`): the summary of Phụ lục I and
the status of each task of Phụ lục II, from the same `Tally` the .docx says, so that the
sheet a clerk sorts and the document they sign cannot disagree.

Every text cell is text (a task that starts with "=" is no formula); the properties carry
a fixed time and the zip is normalised, so the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from planctl.model.progress_report import REPORT_KIND
from planctl.model.status import period_words
from planctl.render.compose_report import FIGURES, figure_values
from planctl.render.reproducible import build_datetime, normalize_zip
from planctl.render.templates import Wording
from planctl.tally import BUCKET_WORDS, Tally

REPORT = REPORT_KIND.template
FIGURE_WIDTH = 14
DETAIL_COLUMNS = (
    "id",
    "number",
    "content",
    "lead",
    "deadline",
    "due",
    "bucket",
    "status",
    "completed",
    "product",
)
WORKBOOK_WORDS = ("summary_sheet", "details_sheet", *DETAIL_COLUMNS)


def _text(cell: Any, value: str) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell.value = str(ILLEGAL_CHARACTERS_RE.sub(" ", value))
    cell.data_type = "s"


def render_report_xlsx(
    tally: Tally, words: Wording, title: str, when: dt.datetime, zip_time: dt.datetime
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    props = workbook.properties
    props.creator = "planctl"
    props.lastModifiedBy = "planctl"
    props.title = title
    props.subject = period_words(tally.period)[0]
    props.created = when
    props.modified = when
    bold = Font(name="Times New Roman", bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")

    sheet_words = words.field_words(REPORT, "workbook", WORKBOOK_WORDS)
    summary = workbook.active
    summary.title = sheet_words["summary_sheet"]
    headers = words.field_words(
        REPORT, "summary_headers", ["number", "content", *(name for name, _ in FIGURES)]
    )
    names = ["number", "content", *(name for name, _ in FIGURES)]
    for column, name in enumerate(names, start=1):
        _text(summary.cell(1, column), headers[name])
        summary.cell(1, column).font = bold
    rows: list[tuple[str, str, dict[str, int] | None]] = [
        ("A", str(words.text(REPORT, "by_group")), None)
    ]
    rows += [(n, t, figure_values(c)) for n, t, c in tally.by_group]
    rows.append(("", str(words.text(REPORT, "total")), figure_values(tally.overall)))
    rows.append(("B", str(words.text(REPORT, "by_unit")), None))
    no_lead = str(words.text(REPORT, "no_lead"))
    rows += [
        (str(i), unit or no_lead, figure_values(c))
        for i, (unit, c) in enumerate(tally.by_unit, start=1)
    ]
    for r, (number, label, figures) in enumerate(rows, start=2):
        _text(summary.cell(r, 1), number)
        _text(summary.cell(r, 2), label)
        if figures is None:
            summary.cell(r, 2).font = bold
            continue
        for column, (name, _) in enumerate(FIGURES, start=3):
            summary.cell(r, column).value = figures[name]
    summary.column_dimensions["A"].width = 6
    summary.column_dimensions["B"].width = 60
    for column in range(3, 3 + len(FIGURES)):
        summary.column_dimensions[summary.cell(1, column).column_letter].width = FIGURE_WIDTH
    summary.freeze_panes = "C2"

    details = workbook.create_sheet(sheet_words["details_sheet"])
    columns = [sheet_words[name] for name in DETAIL_COLUMNS]
    for column, header in enumerate(columns, start=1):
        _text(details.cell(1, column), header)
        details.cell(1, column).font = bold
    for r, state in enumerate(tally.states, start=2):
        status = state.status
        cells: list[str | dt.date | None] = [
            state.id,
            state.facts.qualified_number,
            state.facts.task.content,
            "; ".join(ref.written for ref in state.facts.lead),
            state.facts.deadline_text,
            state.due,
            BUCKET_WORDS[state.bucket][0],
            state.progress.value,
            status.completed if status else None,
            status.product_text() if status else "",
        ]
        for column, value in enumerate(cells, start=1):
            cell = details.cell(r, column)
            if isinstance(value, dt.date):
                cell.value = value
                cell.number_format = "DD/MM/YYYY"
            elif value is not None:
                _text(cell, value)
            cell.alignment = wrap
    for letter, width in zip("ABCDEFGHIJ", (24, 8, 60, 30, 18, 14, 26, 16, 14, 40), strict=True):
        details.column_dimensions[letter].width = width
    details.freeze_panes = "C2"
    details.auto_filter.ref = f"A1:J{len(tally.states) + 1}"

    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save: save() stamps the current time on the workbook.
    ExcelWriter(workbook, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return normalize_zip(buffer.getvalue(), zip_time or build_datetime())
