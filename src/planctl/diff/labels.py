"""Words the diff reports share, in the user's language (keys in planctl.i18n)."""

from __future__ import annotations

from planctl.diff.changes import KIND_ORDER, DeadlineDetail, PlanDiff, TaskChange, TaskRef
from planctl.diff.deadlines import describe
from planctl.i18n import t

SPECIAL_WHERE = ("preamble", "closing", "articles", "")


def field_label(name: str, lang: str) -> str:
    return t(f"diff.field.{name}", lang)


def where_label(where: str, lang: str) -> str:
    if where in SPECIAL_WHERE:
        return t(f"diff.where.{where or 'body'}", lang)
    return where


def section_title(kind: str, lang: str) -> str:
    return t(f"diff.section.{kind}", lang)


def summary(diff: PlanDiff, lang: str) -> str:
    counts = diff.counts()
    if not counts:
        return t("diff.no_changes", lang)
    order = [k.value for k in KIND_ORDER] + ["header", "text"]
    parts = [t(f"diff.count.{k}", lang, n=counts[k]) for k in order if k in counts]
    return t("diff.summary", lang, parts=", ".join(parts))


def number_text(change: TaskChange) -> str:
    """The task's number ("II.02"), or both numbers when it changed ("I.03 → II.02")."""
    old, new = change.old, change.new
    if old and new and old.number != new.number:
        return f"{old.number} → {new.number}"
    return change.ref.number


def excerpt(ref: TaskRef, width: int = 70) -> str:
    text = " ".join(ref.content.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def match_note(change: TaskChange, lang: str) -> str | None:
    if change.match == "similarity" and change.confidence is not None:
        return t("diff.match.similarity", lang, pct=round(change.confidence * 100))
    return None


def parent_label(number: str | None, lang: str) -> str:
    return number if number is not None else t("diff.top_level", lang)


def deadline_words(detail: DeadlineDetail, lang: str) -> str:
    return describe(detail, lang)


def empty(lang: str) -> str:
    return t("diff.empty", lang)
