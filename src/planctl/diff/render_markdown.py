"""The diff as Markdown, for a pull-request comment: a summary line, then one section per
kind of change; deadlines, units and moves as tables, wording as ~~deleted~~ **inserted**."""

from __future__ import annotations

import re
from typing import TextIO

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

_SPECIAL = re.compile(r"([\\`*_~\[\]<>|#])")


def esc(text: str) -> str:
    """Text safe inside Markdown (and inside a table cell)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _code(text: str) -> str:
    return f"`{text.replace('`', '')}`"


def words(ops: tuple[WordOp, ...]) -> str:
    """A word diff inline: ~~deleted~~ **inserted**, spaces kept outside the markers."""
    out: list[str] = []
    for op in compact(ops):
        core = op.text.strip()
        if not core:
            out.append(" " if op.text else "")
            continue
        lead = " " if op.text[:1].isspace() else ""
        trail = " " if op.text[-1:].isspace() else ""
        if op.op == "equal":
            out.append(f"{lead}{esc(core)}{trail}")
        else:
            mark = "~~" if op.op == "delete" else "**"
            out.append(f"{lead}{mark}{esc(core)}{mark}{trail}")
    return "".join(out)


def render_markdown(report: DiffReport, lang: str, out: TextIO) -> None:
    """Plans that did not change are left out, and counted in one line at the end: a pull
    request comment shows what changed and nothing else."""
    unchanged = sum(1 for file in report.files if file.status == "unchanged")
    blocks = [_file(file, lang) for file in report.files if file.status != "unchanged"]
    if not blocks:
        blocks = [t("diff.all_unchanged", lang, n=unchanged) if unchanged else ""]
        blocks[0] = blocks[0] or t("diff.no_changes", lang)
    elif unchanged:
        blocks.append(t("diff.unchanged_plans", lang, n=unchanged))
    out.write("\n\n".join(blocks).rstrip() + "\n")


def _file(file: FileDiff, lang: str) -> str:
    if file.status == "added":
        return f"### {t('diff.file.added', lang, file=_code(file.new or ''))}"
    if file.status == "removed":
        return f"### {t('diff.file.removed', lang, file=_code(file.old or ''))}"
    assert file.diff is not None
    return _plan(file.diff, lang)


def _plan(diff: PlanDiff, lang: str) -> str:
    lines = [
        "### " + t("diff.title", lang, old=_code(diff.old_label), new=_code(diff.new_label)),
        "",
        labels.summary(diff, lang),
    ]
    if diff.header:
        lines += ["", f"#### {labels.section_title('header', lang)}", ""]
        lines += [_header(c, lang) for c in diff.header]
    if diff.text:
        lines += ["", f"#### {labels.section_title('text', lang)}", ""]
        lines += [_text(c, lang) for c in diff.text]
    for kind in KIND_ORDER:
        changes = diff.of_kind(kind)
        if not changes:
            continue
        lines += ["", f"#### {labels.section_title(kind.value, lang)} ({len(changes)})", ""]
        lines += _tasks(kind, changes, lang)
    return "\n".join(lines)


def _header(change: HeaderChange, lang: str) -> str:
    label = f"**{esc(labels.field_label(change.field, lang))}**"
    if change.change == "added":
        return f"- {label} ({t('diff.change.added', lang)}): {esc(change.new or '')}"
    if change.change == "removed":
        return f"- {label} ({t('diff.change.removed', lang)}): ~~{esc(change.old or '')}~~"
    if change.words and len(change.old or "") > 40:
        return f"- {label}: {words(change.words)}"
    return f"- {label}: {esc(change.old or '')} → {esc(change.new or '')}"


def _text(change: TextChange, lang: str) -> str:
    where = f"**{esc(labels.where_label(change.where, lang))}**"
    if change.change == "added":
        return f"- {where} ({t('diff.change.added', lang)}): {esc(change.new or '')}"
    if change.change == "removed":
        return f"- {where} ({t('diff.change.removed', lang)}): ~~{esc(change.old or '')}~~"
    return f"- {where}: {words(change.words)}"


def _cell_id(change: TaskChange) -> str:
    ref = change.ref
    return _code(ref.id) if ref.id else ""


def _note(change: TaskChange, lang: str) -> str:
    note = labels.match_note(change, lang)
    return f" _({esc(note)})_" if note else ""


def _row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _tasks(kind: TaskChangeKind, changes: list[TaskChange], lang: str) -> list[str]:
    def h(key: str) -> str:
        return t(f"diff.column.{key}", lang)

    if kind in (TaskChangeKind.ADDED, TaskChangeKind.REMOVED):
        out = []
        for c in changes:
            ident = f" {_cell_id(c)}" if c.ref.id else ""
            out.append(f"- **{esc(c.ref.number)}**{ident} {esc(c.ref.content)}")
        return out
    if kind is TaskChangeKind.ID:
        out = [_row(h("number"), h("old_id"), h("new_id"), h("content")), _row(*["---"] * 4)]
        for c in changes:
            old_id = c.old.id if c.old and c.old.id else "—"
            new_id = c.new.id if c.new and c.new.id else "—"
            out.append(
                _row(
                    esc(labels.number_text(c)),
                    _code(old_id),
                    _code(new_id),
                    esc(labels.excerpt(c.ref)) + _note(c, lang),
                )
            )
        return out
    if kind is TaskChangeKind.MOVED:
        out = [_row(h("id"), h("old"), h("new"), h("change")), _row(*["---"] * 4)]
        for c in changes:
            d = c.detail
            assert isinstance(d, MoveDetail)
            if d.reason == "reparented":
                what = t(
                    "diff.moved.reparented",
                    lang,
                    old=labels.parent_label(d.old_parent, lang),
                    new=labels.parent_label(d.new_parent, lang),
                )
            else:
                what = t("diff.moved.reordered", lang)
            old_no = c.old.number if c.old else ""
            new_no = c.new.number if c.new else ""
            out.append(_row(_cell_id(c), esc(old_no), esc(new_no), esc(what) + _note(c, lang)))
        return out
    if kind is TaskChangeKind.UNITS:
        out = [
            _row(h("number"), h("id"), h("role"), h("removed"), h("added")),
            _row(*["---"] * 5),
        ]
        for c in changes:
            d = c.detail
            assert isinstance(d, UnitsDetail)
            added = "; ".join(esc(n) for n in d.added)
            if d.successor:
                added += f" _({esc(t('diff.units.successor', lang))})_"
            out.append(
                _row(
                    esc(labels.number_text(c)),
                    _cell_id(c) + _note(c, lang),
                    esc(labels.field_label(d.role, lang)),
                    "; ".join(esc(n) for n in d.removed),
                    added,
                )
            )
        return out
    if kind is TaskChangeKind.DEADLINE:
        out = [
            _row(h("number"), h("id"), h("old"), h("new"), h("change")),
            _row(*["---"] * 5),
        ]
        for c in changes:
            d = c.detail
            assert isinstance(d, DeadlineDetail)
            out.append(
                _row(
                    esc(labels.number_text(c)),
                    _cell_id(c) + _note(c, lang),
                    esc(d.old_text),
                    esc(d.new_text),
                    esc(labels.deadline_words(d, lang)),
                )
            )
        return out
    out = []
    for c in changes:
        d = c.detail
        assert isinstance(d, WordingDetail)
        ident = f" {_cell_id(c)}" if c.ref.id else ""
        label = esc(labels.field_label(d.field, lang))
        out.append(
            f"- **{esc(labels.number_text(c))}**{ident}{_note(c, lang)} {label}: {words(d.words)}"
        )
    return out
