"""A BÁO CÁO on a plan's execution, composed into the same blocks as the plan itself.

The structure follows the reports units send up: header (Số: …/BC-…) → BÁO CÁO → title →
"Kính gửi:" → opening → I. kết quả thực hiện (the figures sentences of the tally, then per
group and per lead unit, then the clerk's account) → II. tồn tại, hạn chế → III. nhiệm vụ thời
gian tới → IV. kiến nghị → signature; then Phụ lục I (the tally as a table) and Phụ lục II (the
status of each task), landscape as the plan's task appendix. Every number comes from one
`Tally` (planctl.tally); the fixed words from report.j2; the rest is the clerk's, as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from planctl.dates import decree_date, short_date
from planctl.model.progress_report import REPORT_KIND, ProgressReport
from planctl.model.status import Progress, period_words
from planctl.render.blocks import (
    Block,
    Column,
    Composed,
    Para,
    Part,
    Role,
    Row,
    Run,
    TaskTable,
)
from planctl.render.compose import Composer
from planctl.render.compose_text import paragraph_blocks, sentence
from planctl.render.docx_tables import FIGURE_PREFIX
from planctl.render.templates import Wording
from planctl.tally import BUCKET_WORDS, Bucket, Counts, Tally, TaskState
from planctl.tally_text import counts_sentence, figures
from planctl.view import PlanView, SignerView, signer_view

REPORT = REPORT_KIND.template
# The summary table's count columns, in the order of the official split.
FIGURES: tuple[tuple[str, float], ...] = (
    ("total", 1.4),
    ("on_time", 1.6),
    ("late", 1.6),
    ("in_time", 1.8),
    ("overdue", 1.8),
    ("not_yet_due", 1.5),
    ("stopped", 1.4),
)
DETAIL_WEIGHTS = {
    "number": 0.8,
    "content": 9.0,
    "lead": 3.0,
    "deadline": 2.2,
    "status": 2.6,
    "product": 3.0,
    "notes": 3.0,
}


def figure_values(counts: Counts) -> dict[str, int]:
    """A row of the summary table, in FIGURES' order: the same counts the sentences say."""
    return {
        "total": counts.total,
        "on_time": counts[Bucket.ON_TIME],
        "late": counts[Bucket.LATE],
        "in_time": counts[Bucket.IN_TIME],
        "overdue": counts[Bucket.OVERDUE],
        "not_yet_due": counts.not_yet_due,
        "stopped": counts[Bucket.STOPPED],
    }


@dataclass
class ReportInput:
    """What a BÁO CÁO is made from: the plan's view, the clerk's prose, the tally."""

    view: PlanView
    report: ProgressReport
    tally: Tally


class ReportComposer(Composer):
    def __init__(self, source: ReportInput, words: Wording) -> None:
        super().__init__(source.view, words)
        self.report = source.report
        self.tally = source.tally
        # The body's numbering (I. → 1. → a)) and every fixed word: report.j2.
        self.plan_template = REPORT

    # -- what the report's header and signature say -----------------------------------------

    def _symbol(self) -> str:
        issuer = self.view.registry.issuer.abbreviation
        number = self.report.number
        kind = REPORT_KIND.symbol
        return f"{number.zfill(2)}/{kind}-{issuer}" if number else f"     /{kind}-{issuer}"

    def _place_date(self) -> tuple[str, str]:
        place = self.report.place or self.view.registry.issuer.place
        if self.report.date:
            return place, decree_date(self.report.date)
        return place, f"ngày      tháng      năm {self.tally.at.year}"

    def _recipient_lines(self) -> list[str]:
        return list(self.report.recipients)

    def _signer(self) -> SignerView:
        ref = self.report.signer or self.view.document.signer
        return signer_view(ref, self.view.registry)

    def _text(self, name: str) -> str:
        return str(self.words.text(REPORT, name))

    def _call(self, macro: str, *args: object) -> str:
        return self.words.call(REPORT, macro, *args)

    @property
    def _period(self) -> str:
        return period_words(self.tally.period)[0]

    @property
    def _plan_date(self) -> str:
        date = self.view.document.date
        return short_date(date) if date else "     /     /"

    # -- the document --------------------------------------------------------------------

    def compose(self) -> Composed:
        title = self.report.title or self._call(
            "title", self.view.kind.noun, self.view.symbol(), self._plan_date, self._period
        )
        blocks: list[Block] = [
            self._header(numbered=True),
            Para.of(Role.KIND, self._text("kind")),
            Para.of(Role.TITLE, title),
            *self._addressees(),
        ]
        body: list[Block] = [*self._opening()]
        body += self._results()
        body += self._shortcomings()
        body += self._next()
        body += self._proposals()
        self._end(body)
        blocks += body
        blocks.append(self._signature())
        parts = [Part("report", blocks), self._summary(), self._details()]
        return Composed(
            parts=parts,
            title=title,
            subject=self._symbol(),
            author=self.view.registry.issuer.name,
            date=self.report.date,
            category=self._text("kind"),
        )

    def _addressees(self) -> list[Block]:
        names = [n.strip().rstrip(".;") for n in self.report.to if n.strip()]
        if not names:
            return []
        if len(names) == 1:
            return [Para.of(Role.ADDRESSEE, self._call("sole_addressee", names[0]))]
        lines = [self._call("addressee", n, i == len(names) - 1) for i, n in enumerate(names)]
        # The label, then each "- " line: the writer aligns them under one another.
        runs = (Run(self._text("addressee_label")), *(Run(line) for line in lines))
        return [Para(Role.ADDRESSEE, runs)]

    def _opening(self) -> list[Block]:
        if self.report.opening:
            return [b for p in self.report.opening for b in paragraph_blocks(p)]
        view = self.view
        text = self._call(
            "opening",
            view.kind.noun,
            view.symbol(),
            self._plan_date,
            view.issuer_by,
            view.registry.issuer.name,
            self._period,
        )
        return [Para.of(Role.BODY, text)]

    def _part(self, n: int, name: str) -> Para:
        return Para.of(Role.PART, f"{self._label(0, n)} {self._text(name)}")

    def _section_heading(self, n: int, name: str) -> Para:
        return Para.of(Role.SECTION, f"{self._label(1, n)} {self._text(name)}")

    def _results(self) -> list[Block]:
        tally = self.tally
        out: list[Block] = [
            self._part(1, "part_results"),
            self._section_heading(1, "section_overall"),
        ]
        out += [Para.of(Role.BODY, s) for s in figures(tally)]
        summary, details = self._text("summary_label"), self._text("details_label")
        out.append(Para.of(Role.BODY, self._call("see_appendix", summary, details)))
        out.append(self._section_heading(2, "section_groups"))
        for number, title, counts in tally.by_group:
            out.append(Para.of(Role.BULLET, f"- {counts_sentence(f'{number}. {title}', counts)}"))
        out.append(self._section_heading(3, "section_units"))
        for unit, counts in tally.by_unit:
            label = unit or self._text("no_lead")
            out.append(Para.of(Role.BULLET, f"- {counts_sentence(label, counts)}"))
        if sum(counts.total for _, counts in tally.by_unit) > tally.overall.total:
            out.append(Para.of(Role.BODY, self._text("units_note")))
        if self.report.results:
            out.append(self._section_heading(4, "section_work"))
            out += [b for p in self.report.results for b in paragraph_blocks(p)]
        return out

    def _lead(self, state: TaskState) -> str:
        return "; ".join(ref.written for ref in state.facts.lead)

    def _shortcomings(self) -> list[Block]:
        out: list[Block] = [self._part(2, "part_shortcomings")]
        generated: list[str] = []
        for state in self.tally.states:
            if state.bucket in (Bucket.OVERDUE, Bucket.LATE):
                words = BUCKET_WORDS[state.bucket][0]
                generated.append(
                    self._call(
                        "behind",
                        state.facts.qualified_number,
                        self._lead(state),
                        words,
                        state.facts.deadline_text,
                    )
                )
        for state in self.tally.states:
            difficulties = state.status.difficulties if state.status else None
            if difficulties and difficulties.strip():
                number, lead = state.facts.qualified_number, self._lead(state)
                generated.append(sentence(self._call("difficulty", number, lead, difficulties)))
        if not generated and not self.report.shortcomings:
            generated.append(self._text("nothing_behind"))
        out += [Para.of(Role.BULLET, f"- {line}") for line in generated]
        out += [b for p in self.report.shortcomings for b in paragraph_blocks(p)]
        return out

    def _next(self) -> list[Block]:
        c = self.tally.overall
        still = c.open_due + c[Bucket.NOT_YET_DUE]
        out: list[Block] = [self._part(3, "part_next")]
        if still:
            details = self._text("details_label")
            line = self._call("still_open", still, c[Bucket.OVERDUE], details)
        else:
            line = self._text("nothing_open")
        out.append(Para.of(Role.BODY, line))
        out += [b for p in self.report.next_tasks for b in paragraph_blocks(p)]
        return out

    def _proposals(self) -> list[Block]:
        out: list[Block] = [self._part(4, "part_proposals")]
        units = [
            sentence(
                self._call(
                    "proposal",
                    state.facts.qualified_number,
                    self._lead(state),
                    state.status.proposals,
                )
            )
            for state in self.tally.states
            if state.status and state.status.proposals and state.status.proposals.strip()
        ]
        out += [b for p in self.report.proposals for b in paragraph_blocks(p)]
        out += [Para.of(Role.BULLET, f"- {line}") for line in units]
        if len(out) == 1:
            out.append(Para.of(Role.BODY, self._text("nothing_proposed")))
        return out

    # -- the appendices ------------------------------------------------------------------

    def _appendix_head(self, label: str, title: str) -> list[Block]:
        date = short_date(self.report.date) if self.report.date else "     /     /"
        caption = self._call("report_caption", self._symbol(), date, self.view.registry.issuer.name)
        return [
            Para.of(Role.APPENDIX_LABEL, self._text(label)),
            Para.of(Role.APPENDIX_TITLE, self._text(title)),
            Para.of(Role.APPENDIX_CAPTION, caption),
        ]

    def _summary(self) -> Part:
        headers = self.words.field_words(
            REPORT, "summary_headers", ["number", "content", *(name for name, _ in FIGURES)]
        )
        columns = (
            Column("number", headers["number"], 0.9),
            Column("content", headers["content"], 6.0),
            *(Column(f"{FIGURE_PREFIX}{name}", headers[name], w) for name, w in FIGURES),
        )
        rows: list[Row] = []

        def add(number: str, label: str, counts: Counts, total: bool = False) -> None:
            values = figure_values(counts)
            cells = ((number,), (label,), *((str(values[name]),) for name, _ in FIGURES))
            rows.append(Row(number, cells, emphasis=total))

        rows.append(Row("A", (("A",), (self._text("by_group"),)), is_group=True))
        for number, title, counts in self.tally.by_group:
            add(number, title, counts)
        add("", self._text("total"), self.tally.overall, total=True)
        rows.append(Row("B", (("B",), (self._text("by_unit"),)), is_group=True))
        for i, (unit, counts) in enumerate(self.tally.by_unit, start=1):
            add(str(i), unit or self._text("no_lead"), counts)
        table = TaskTable(columns, tuple(rows))
        blocks = [*self._appendix_head("summary_label", "summary_title"), table]
        return Part("summary", blocks, wide=True)

    def _details(self) -> Part:
        fields = list(DETAIL_WEIGHTS)
        headers = self.words.field_words(REPORT, "details_headers", fields)
        columns = tuple(Column(f, headers[f], DETAIL_WEIGHTS[f]) for f in fields)
        states = {id(state.facts.task): state for state in self.tally.states}
        rows: list[Row] = []
        for row in self.view.rows:
            if row.is_group:
                rows.append(Row(row.number, ((row.number,), (row.content,)), is_group=True))
                continue
            state = states.get(id(row.task))
            if state is None:  # a task with subtasks: its subtasks are reported
                cells = tuple(
                    self.tasks.cell(row, f) if f in ("number", "content") else ("",) for f in fields
                )
                rows.append(Row(row.number, cells, depth=row.depth))
                continue
            cells = (
                self.tasks.cell(row, "number"),
                self.tasks.cell(row, "content"),
                self.tasks.cell(row, "lead"),
                self.tasks.cell(row, "deadline"),
                self._status_cell(state),
                (state.status.product_text() if state.status else "",),
                self._notes(state),
            )
            rows.append(Row(row.number, cells, depth=row.depth))
        table = TaskTable(columns, tuple(rows))
        blocks = [*self._appendix_head("details_label", "details_title"), table]
        return Part("details", blocks, wide=True)

    def _status_cell(self, state: TaskState) -> tuple[str, ...]:
        """Where the task stands in the split, its state, and the day it was completed."""
        words = BUCKET_WORDS[state.bucket][0]
        line = self._call("status_cell", words[:1].upper() + words[1:], state.progress.value)
        completed = state.status.completed if state.status else None
        if completed is None or state.progress is not Progress.DONE:
            return (line,)
        return (line, self._call("completed_on", f"{completed:%d/%m/%Y}"))

    def _notes(self, state: TaskState) -> tuple[str, ...]:
        status = state.status
        if status is None:
            return ("",)
        lines: list[str] = []
        if status.note and status.note.strip():
            lines.append(status.note.strip())
        if status.difficulties and status.difficulties.strip():
            lines.append(self._call("difficulty_note", status.difficulties.strip()))
        if status.proposals and status.proposals.strip():
            lines.append(self._call("proposal_note", status.proposals.strip()))
        if status.extension is not None:
            extension = status.extension
            lines.append(
                self._call("extension_note", extension.deadline, extension.granted_by or "")
            )
        return tuple(lines) or ("",)


def compose_report(source: ReportInput, words: Wording) -> Composed:
    return ReportComposer(source, words).compose()
