"""The diff for a terminal (rich): colour where the terminal has it, git-style markers
(`[-deleted-]{+inserted+}`) where it does not, so that piped output loses nothing."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from planctl.color import wants_color
from planctl.diff import labels
from planctl.diff.changes import (
    KIND_ORDER,
    DeadlineDetail,
    DiffReport,
    FileDiff,
    HeaderChange,
    MoveDetail,
    PlanDiff,
    TaskChange,
    TaskChangeKind,
    TextChange,
    UnitsDetail,
    WordingDetail,
)
from planctl.diff.words import WordOp, compact
from planctl.i18n import t

_DELETE = "red strike"
_INSERT = "green"


class _Printer:
    def __init__(self, console: Console, lang: str) -> None:
        self.console = console
        self.lang = lang
        self.plain = console.color_system is None

    def line(self, *parts: str | Text, indent: int = 0) -> None:
        text = Text(" " * indent)
        for part in parts:
            text.append(part if isinstance(part, Text) else Text(part))
        self.console.print(text)

    def words(self, ops: tuple[WordOp, ...]) -> Text:
        text = Text()
        for op in compact(ops):
            if op.op == "equal":
                text.append(op.text)
            elif self.plain:
                text.append(f"[-{op.text}-]" if op.op == "delete" else f"{{+{op.text}+}}")
            else:
                text.append(op.text, style=_DELETE if op.op == "delete" else _INSERT)
        return text

    def old(self, value: str) -> Text:
        return Text(value, style="" if self.plain else "red")

    def new(self, value: str) -> Text:
        return Text(value, style="" if self.plain else "green")

    def heading(self, value: str) -> None:
        self.console.print(Text(value, style="" if self.plain else "bold"))


def render_text(report: DiffReport, lang: str, out: TextIO, *, color: bool | None = None) -> None:
    console = Console(
        file=out,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
        # Resolved here, NO_COLOR included: rich would read NO_COLOR only when `no_color`
        # is None, and a plain (uncoloured) console is one that is no terminal.
        force_terminal=(colored := wants_color(color, out)),
        no_color=not colored,
    )
    printer = _Printer(console, lang)
    for index, file in enumerate(report.files):
        if index:
            console.print()
        _file(printer, file)


def _file(p: _Printer, file: FileDiff) -> None:
    lang = p.lang
    if file.status == "added":
        p.heading(t("diff.file.added", lang, file=file.new))
        return
    if file.status == "removed":
        p.heading(t("diff.file.removed", lang, file=file.old))
        return
    assert file.diff is not None
    _plan(p, file.diff)


def _plan(p: _Printer, diff: PlanDiff) -> None:
    lang = p.lang
    p.heading(t("diff.title", lang, old=diff.old_label, new=diff.new_label))
    p.line(labels.summary(diff, lang))
    if diff.header:
        p.console.print()
        p.heading(labels.section_title("header", lang) + f" ({len(diff.header)})")
        for header_change in diff.header:
            _header(p, header_change)
    if diff.text:
        p.console.print()
        p.heading(labels.section_title("text", lang) + f" ({len(diff.text)})")
        for text_change in diff.text:
            _text(p, text_change)
    for kind in KIND_ORDER:
        changes = diff.of_kind(kind)
        if not changes:
            continue
        p.console.print()
        p.heading(labels.section_title(kind.value, lang) + f" ({len(changes)})")
        for change in changes:
            _task(p, change)


def _header(p: _Printer, change: HeaderChange) -> None:
    label = labels.field_label(change.field, p.lang) + ": "
    if change.change == "added":
        p.line(label, p.new("+ " + (change.new or "")), indent=2)
    elif change.change == "removed":
        p.line(label, p.old("- " + (change.old or "")), indent=2)
    elif change.words and len(change.old or "") > 40:
        p.line(label, p.words(change.words), indent=2)
    else:
        p.line(label, p.old(change.old or ""), " → ", p.new(change.new or ""), indent=2)


def _text(p: _Printer, change: TextChange) -> None:
    where = labels.where_label(change.where, p.lang) + ": "
    if change.change == "added":
        p.line(where, p.new("+ " + (change.new or "")), indent=2)
    elif change.change == "removed":
        p.line(where, p.old("- " + (change.old or "")), indent=2)
    else:
        p.line(where, p.words(change.words), indent=2)


def _task(p: _Printer, change: TaskChange) -> None:
    lang = p.lang
    ref = change.ref
    head = Text(labels.number_text(change))
    if ref.id:
        head.append(f" [{ref.id}]")
    note = labels.match_note(change, lang)
    tail = f" ({note})" if note else ""
    kind = change.kind
    detail = change.detail
    if kind is TaskChangeKind.ADDED:
        p.line(p.new("+ "), head, " ", labels.excerpt(ref), indent=2)
    elif kind is TaskChangeKind.REMOVED:
        p.line(p.old("- "), head, " ", labels.excerpt(ref), indent=2)
    elif kind is TaskChangeKind.ID:
        old_id = (change.old.id if change.old else None) or "—"
        new_id = (change.new.id if change.new else None) or "—"
        p.line(
            change.ref.number, ": ", p.old(old_id), " → ", p.new(new_id), tail, " ",
            labels.excerpt(ref), indent=2,
        )  # fmt: skip
    elif isinstance(detail, MoveDetail):
        if detail.reason == "reparented":
            where = t(
                "diff.moved.reparented",
                lang,
                old=labels.parent_label(detail.old_parent, lang),
                new=labels.parent_label(detail.new_parent, lang),
            )
        else:
            where = t("diff.moved.reordered", lang)
        p.line(head, ": ", where, tail, " ", labels.excerpt(ref, 50), indent=2)
    elif isinstance(detail, UnitsDetail):
        role = labels.field_label(detail.role, lang) + ": "
        parts: list[str | Text] = [head, tail, " ", role]
        for i, name in enumerate(detail.removed):
            parts += ["; " if i else "", p.old("- " + name)]
        for i, name in enumerate(detail.added):
            parts += ["; " if (i or detail.removed) else "", p.new("+ " + name)]
        if detail.successor:
            parts.append(f" ({t('diff.units.successor', lang)})")
        p.line(*parts, indent=2)
    elif isinstance(detail, DeadlineDetail):
        old = detail.old_text or labels.empty(lang)
        new = detail.new_text or labels.empty(lang)
        words = labels.deadline_words(detail, lang)
        p.line(head, tail, ": ", p.old(old), " → ", p.new(new), f" ({words})", indent=2)
    elif isinstance(detail, WordingDetail):
        label = labels.field_label(detail.field, lang) + ": "
        p.line(head, tail, " ", label, p.words(detail.words), indent=2)
