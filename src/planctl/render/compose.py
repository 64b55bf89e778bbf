"""From a plan view to the blocks of the document, in the order Nghị định 30 sets out.

The structure is fixed here (header → kind → title → bases → body → signature; a decision's
plan on its own pages; the task appendix after the signature). Every fixed word comes from the
wording templates; every other word is the clerk's, passed through untouched except for the
separators the decree prescribes (";" after each basis and recipient, "./." at the end).
"""

from __future__ import annotations

from typing import Any

from planctl.model.kinds import KINDS, DocumentKind
from planctl.model.plan import Section
from planctl.render.blocks import (
    Block,
    Composed,
    Emphasis,
    Header,
    Para,
    Part,
    Role,
    Run,
    Signature,
)
from planctl.render.compose_tasks import TaskComposer
from planctl.render.compose_text import (
    HEADING_ROLE,
    bare,
    close,
    is_bullet,
    labelled,
    paragraph_blocks,
    unlabel,
)
from planctl.render.templates import Wording
from planctl.view import PlanView, SignerView

COMMON, APPENDIX = ("common.j2", "appendix.j2")
HEADINGS = {Role.PART, Role.SECTION, Role.POINT}


class Composer:
    def __init__(self, view: PlanView, words: Wording) -> None:
        self.view = view
        self.words = words
        self.layout = view.content.task_layout
        self.placed = False  # the tasks have found their place in the body
        kind = view.kind
        # The wording of the plan part: the attached plan's kind, or the document's own.
        plan_kind = KINDS[kind.attached_kind] if kind.attached_kind else kind
        self.plan_template = plan_kind.template
        self.tasks = TaskComposer(view, words, self._label)

    # -- the document --------------------------------------------------------------------

    def compose(self) -> Composed:
        view = self.view
        parts: list[Part] = []
        kind = view.kind
        if kind.issues_attachment:
            parts.append(self._issuing(kind))
            parts.append(self._plan(attached=True))
        else:
            parts.append(self._plan(attached=False))
        if self.layout.placement == "appendix" and view.rows:
            parts.append(self._appendix())
        title = view.document.title if kind.issues_attachment else view.content.title
        return Composed(
            parts=parts,
            title=title,
            subject=view.symbol(),
            author=view.registry.issuer.name,
            date=view.document.date,
            category=kind.heading,
        )

    def _header(self, *, numbered: bool) -> Header:
        issuer = self.view.registry.issuer
        parent = (
            self.words.call(COMMON, "parent_body", issuer.parent_body)
            if issuer.parent_body
            else None
        )
        name = issuer.header_name or self.words.call(COMMON, "issuer", issuer.name)
        return Header(
            parent_body=parent,
            issuer=name,
            national_title=self.words.text(COMMON, "national_title"),
            motto=self.words.text(COMMON, "motto"),
            number_line=(
                self.words.call(COMMON, "number_line", self._symbol()) if numbered else None
            ),
            date_line=(
                self.words.call(COMMON, "date_line", *self._place_date()) if numbered else None
            ),
        )

    def _symbol(self) -> str:
        """The number and symbol of the document the header heads."""
        return self.view.symbol()

    def _recipient_lines(self) -> list[str]:
        return list(self.view.document.recipients)

    def _signer(self) -> SignerView:
        return self.view.signer

    def _place_date(self) -> tuple[str, str]:
        view = self.view
        if view.document.date:
            return view.place, view.long_date
        year = view.year or "    "
        return view.place, f"ngày      tháng      năm {year}"

    def _signature(self) -> Signature:
        signer = self._signer()
        recipients = [bare(r) for r in self._recipient_lines() if r.strip()]
        lines = tuple(
            self.words.call(COMMON, "recipient", text, i == len(recipients) - 1)
            for i, text in enumerate(recipients)
        )
        return Signature(
            recipients_label=self.words.text(COMMON, "recipients_label"),
            recipients=lines,
            authority_lines=signer.authority_lines,
            title_line=signer.title_line,
            name=signer.name,
        )

    def _bases(self, template: str, document: Any) -> list[Block]:
        """The lines before the body or the formula, in the decree's order: căn cứ, thực hiện,
        the proposal, then any further line (“Trên cơ sở …”); the last ends with "."."""
        lines: list[tuple[str, str, str]] = [
            (template, "basis", b) for b in document.legal_bases if b.strip()
        ]
        lines += [(template, "implements", b) for b in document.implements if b.strip()]
        proposal = document.proposed_by
        if proposal and proposal.strip():
            lines.append((template, "proposal", proposal))
        lines += [(COMMON, "preamble_line", r) for r in document.recitals if r.strip()]
        out: list[Block] = []
        for i, (source, macro, text) in enumerate(lines):
            if is_bullet(text):
                # A line the clerk wrote as a "- " bullet prints so, with no "Căn cứ" put in.
                source, macro, text = COMMON, "preamble_line", f"- {bare(text)}"
            else:
                text = bare(text)
            last = i == len(lines) - 1
            out.append(Para.of(Role.BASIS, self.words.call(source, macro, text, last)))
        return out

    def _end(self, blocks: list[Block]) -> None:
        """Close the content with "./." at the end of its last paragraph of text.

        Content that ends with a heading or a table has no such paragraph: the mark is neither
        glued to the heading nor set alone under the table (seed 000's plan ends with its
        table, and no mark)."""
        mark = self.words.text(COMMON, "end_mark")
        block = blocks[-1] if blocks else None
        if isinstance(block, Para) and block.runs and block.role not in HEADINGS:
            last = block.runs[-1]
            runs = (*block.runs[:-1], Run(close(last.text, mark), last.emphasis))
            blocks[-1] = Para(block.role, runs)

    # -- the decision --------------------------------------------------------------------

    def _issuing(self, kind: DocumentKind) -> Part:
        """The document that issues the plan (a QUYẾT ĐỊNH), with its articles."""
        document: Any = self.view.document
        template = kind.template
        blocks: list[Block] = [
            self._header(numbered=True),
            Para.of(Role.KIND, self.words.text(template, "kind")),
            Para.of(Role.TITLE, document.title),
            Para.of(Role.AUTHORITY, self.view.authority_line),
            *self._bases(template, document),
            Para.of(Role.FORMULA, self.words.text(template, "formula")),
        ]
        articles: list[Block] = []
        for n, text in enumerate(document.articles, start=1):
            label = self.words.call(template, "article", n)
            runs = (Run(label, Emphasis.STRONG), Run(f" {unlabel(text, label)}"))
            articles.append(Para(Role.ARTICLE, runs))
        self._end(articles)
        blocks += articles
        blocks.append(self._signature())
        return Part(kind.name, blocks)

    # -- the plan ------------------------------------------------------------------------

    def _plan(self, *, attached: bool) -> Part:
        view, content = self.view, self.view.content
        kind = view.kind
        PLAN = self.plan_template
        blocks: list[Block] = [
            self._header(numbered=not attached),
            Para.of(Role.KIND, self.words.text(PLAN, "kind")),
            Para.of(Role.TITLE, content.title),
        ]
        if attached:
            caption = self.words.call(
                PLAN,
                str(kind.caption_macro),
                view.symbol(),
                view.long_date,
                view.issuer_by,
            )
            blocks.append(Para.of(Role.CAPTION, caption))
        body: list[Block] = []
        body += self._bases(PLAN, content)
        body += [Para.of(Role.BODY, p) for p in content.preamble if p.strip()]
        count = 0
        for section in content.sections:
            if section.numbered:
                count += 1
            body += self._section(section, 0, count)
        if not self.placed and self.layout.placement == "body" and view.rows:
            body += self._tasks(0, count)
        body += [Para.of(Role.BODY, p) for p in content.closing if p.strip()]
        self._end(body)
        blocks += body
        if not attached:
            blocks.append(self._signature())
        return Part("plan", blocks)

    def _label(self, depth: int, n: int) -> str:
        return self.words.call(self.plan_template, "label", depth, n)

    def _section(self, section: Section, depth: int, n: int) -> list[Block]:
        out: list[Block] = []
        label = self._label(depth, n) if section.numbered else ""
        paragraphs = list(section.text)
        if section.heading:
            heading = labelled(label, section.heading)
            out.append(Para.of(HEADING_ROLE.get(depth, Role.POINT), heading))
        elif label and paragraphs and isinstance(first := paragraphs[0], str):
            paragraphs.pop(0)
            out.append(Para.of(Role.BODY, labelled(label, first)))
        elif label:
            out.append(Para.of(Role.BODY, label))
        for paragraph in paragraphs:
            out += paragraph_blocks(paragraph)
        count = 0
        for child in section.sections:
            if child.numbered:
                count += 1
            out += self._section(child, depth + 1, count)
        if section.tasks and self.layout.placement == "body":
            out += self._tasks(depth + 1, count)
        if section.tasks:
            self.placed = True
        return out

    # -- tasks ---------------------------------------------------------------------------

    def _tasks(self, depth: int, numbered_before: int) -> list[Block]:
        self.placed = True
        if self.layout.presentation == "prose":
            return self.tasks.prose(depth, numbered_before)
        return [self.tasks.table()]

    # -- the appendix --------------------------------------------------------------------

    def _appendix(self) -> Part:
        view, appendix = self.view, self.view.content.appendix
        label = appendix.label if appendix else self.words.text(APPENDIX, "label")
        title = appendix.title if appendix else self.words.text(APPENDIX, "title")
        caption = self.words.call(
            APPENDIX, str(view.kind.caption_macro), view.symbol(), view.caption_date, view.issuer_by
        )
        blocks: list[Block] = [
            Para.of(Role.APPENDIX_LABEL, label),
            Para.of(Role.APPENDIX_TITLE, title),
            Para.of(Role.APPENDIX_CAPTION, caption),
            self.tasks.table(),
        ]
        return Part("appendix", blocks, wide=True)


def compose(view: PlanView, words: Wording) -> Composed:
    return Composer(view, words).compose()
