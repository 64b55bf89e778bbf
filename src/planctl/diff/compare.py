"""Compare two plans into a :class:`PlanDiff`, and pair the plans of two folders.

Units are compared by their canonical registry name (each plan resolved with the registry of
its own side), so writing an alias instead of the canonical name is no change; deadlines are
compared as parsed values; text is compared after Unicode NFC and whitespace folding.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from functools import partial
from typing import Literal

from planctl.diff.changes import (
    KIND_ORDER,
    Detail,
    FileDiff,
    HeaderChange,
    MoveDetail,
    PlanDiff,
    TaskChange,
    TaskChangeKind,
    TaskRef,
    TextChange,
    UnitsDetail,
    WordingDetail,
)
from planctl.diff.deadlines import compare_task_deadlines
from planctl.diff.match import DEFAULT_THRESHOLD, Item, Matching, Pair, flatten, match_items
from planctl.diff.sources import DiffPlan
from planctl.diff.words import normalize_text, similarity, word_diff
from planctl.model.fields import WORDING_FIELDS
from planctl.model.kinds import content_of
from planctl.model.plan import Bullets, Document, Paragraph, Section, SignerInline
from planctl.model.registry import Registry, normalize_name

# A reworded list item (a legal basis, a recipient) is shown as changed, not removed and
# added, when the two versions are at least this similar.
ITEM_SIMILARITY = 0.8


def compare_plans(
    old: DiffPlan,
    new: DiffPlan,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    order: bool = False,
) -> PlanDiff:
    """Everything that differs between two plans.

    `order` also reports tasks whose place among unchanged siblings changed (renumbered by a
    reordering); by default only a change of parent counts as a move, so that reordering the
    tasks, or adding one near the top, does not flag every task after it.
    """
    diff = PlanDiff(old.label, new.label)
    diff.header = compare_headers(old, new)
    diff.text = compare_prose(old.document, new.document)
    diff.tasks, diff.matched = _compare_tasks(old, new, threshold, order)
    return diff


# --- header ----------------------------------------------------------------------------------


def _signer(document: Document, registry: Registry | None) -> str:
    ref = document.signer
    if isinstance(ref, SignerInline):
        prefix = f"{ref.authority.value}. " if ref.authority.value else ""
        return f"{prefix}{ref.title} {ref.name}".strip()
    entry = registry.signer(ref) if registry else None
    if entry is None:
        return ref
    prefix = f"{entry.authority.value}. " if entry.authority.value else ""
    return f"{prefix}{entry.title} {entry.name}".strip()


def _scalars(plan: DiffPlan) -> dict[str, str | None]:
    doc, content = plan.document, plan.content
    period = None
    if content.period:
        first, last = content.period.start, content.period.end
        whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        if whole:
            period = str(first.year) if first.year == last.year else f"{first.year} - {last.year}"
        else:
            period = f"{first:%d/%m/%Y} - {last:%d/%m/%Y}"
    fields: dict[str, str | None] = {
        "series": doc.series,
        "number": str(doc.number) if doc.number is not None else None,
        "date": doc.date.strftime("%d/%m/%Y") if doc.date else None,
        "place": doc.place,
        "title": doc.title,
    }
    key = plan.facts.kind.attachment_key
    if key:
        fields["authority_line"] = getattr(doc, "authority_line", None)
        fields[f"{key}.title"] = content.title
    else:
        fields["issued_by"] = getattr(doc, "issued_by", None)
    fields["period"] = period
    appendix = content.appendix
    fields["appendix"] = f"{appendix.label}: {appendix.title}" if appendix else None
    fields["proposed_by"] = doc.proposed_by
    fields["signer"] = _signer(doc, plan.registry)
    return fields


def _lists(plan: DiffPlan) -> dict[str, list[str]]:
    doc = plan.document
    fields = {
        "legal_bases": list(doc.legal_bases),
        "implements": list(doc.implements),
    }
    key = plan.facts.kind.attachment_key
    if key:
        fields[f"{key}.legal_bases"] = list(plan.content.legal_bases)
        fields[f"{key}.implements"] = list(plan.content.implements)
    fields["recipients"] = list(doc.recipients)
    return fields


def compare_headers(old: DiffPlan, new: DiffPlan) -> list[HeaderChange]:
    changes: list[HeaderChange] = []
    a, b = _scalars(old), _scalars(new)
    for name in [*a, *(k for k in b if k not in a)]:
        before, after = a.get(name), b.get(name)
        if _same(before, after):
            continue
        if before is None:
            changes.append(HeaderChange(name, "added", None, after))
        elif after is None:
            changes.append(HeaderChange(name, "removed", before, None))
        else:
            changes.append(HeaderChange(name, "changed", before, after, word_diff(before, after)))
    la, lb = _lists(old), _lists(new)
    for name in [*la, *(k for k in lb if k not in la)]:
        for change, before, after in diff_lines(la.get(name, []), lb.get(name, [])):
            words = word_diff(before, after) if before and after else ()
            changes.append(HeaderChange(name, change, before, after, words))
    return changes


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return normalize_text(a) == normalize_text(b)


def diff_lines(
    old: Sequence[str], new: Sequence[str]
) -> list[tuple[Literal["changed", "added", "removed"], str | None, str | None]]:
    """Lines removed, added, or (when similar enough) changed between two lists."""
    a = [normalize_text(x) for x in old]
    b = [normalize_text(x) for x in new]
    out: list[tuple[Literal["changed", "added", "removed"], str | None, str | None]] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed = list(range(i1, i2))
        added = list(range(j1, j2))
        pairs: list[tuple[int, int]] = []
        scored = sorted(
            ((similarity(a[i], b[j]), i, j) for i in removed for j in added), reverse=True
        )
        for score, i, j in scored:
            if score < ITEM_SIMILARITY:
                break
            if any(i == p or j == q for p, q in pairs):
                continue
            pairs.append((i, j))
        paired_old = {i for i, _ in pairs}
        paired_new = {j for _, j in pairs}
        for i in removed:
            if i not in paired_old:
                out.append(("removed", old[i], None))
        for i, j in sorted(pairs):
            out.append(("changed", old[i], new[j]))
        for j in added:
            if j not in paired_new:
                out.append(("added", None, new[j]))
    return out


# --- prose -----------------------------------------------------------------------------------


def _prose(document: Document) -> list[tuple[str, str]]:
    """(where, paragraph) for every paragraph of the prose, in document order."""
    out: list[tuple[str, str]] = []
    content = content_of(document)
    out.extend(("articles", line) for line in getattr(document, "articles", []))
    out.extend(("preamble", line) for line in content.preamble)

    def paragraphs(where: str, items: list[Paragraph]) -> None:
        for para in items:
            if isinstance(para, Bullets):
                out.extend((where, f"- {b}") for b in para.bullets)
            else:
                out.append((where, para))

    def walk(sections: list[Section], parent: str) -> None:
        for section in sections:
            if section.heading:
                out.append((parent, f"# {section.heading}"))
            where = section.heading or parent
            paragraphs(where, section.text)
            walk(section.sections, where)

    walk(content.sections, "")
    out.extend(("closing", line) for line in content.closing)
    return out


def compare_prose(old: Document, new: Document) -> list[TextChange]:
    a, b = _prose(old), _prose(new)
    changes: list[TextChange] = []
    for change, before, after in diff_lines([t for _, t in a], [t for _, t in b]):
        where = _where(before, a) if after is None else _where(after, b)
        words = word_diff(before, after) if before and after else ()
        changes.append(TextChange(where, change, before, after, words))
    return changes


def _where(text: str | None, items: list[tuple[str, str]]) -> str:
    return next((w for w, t in items if t == text), "")


# --- tasks -----------------------------------------------------------------------------------


class _Side:
    def __init__(self, plan: DiffPlan) -> None:
        self.plan = plan
        self.facts = plan.facts
        self.items = flatten(self.facts)
        self.index = self.facts.units

    def ref(self, item: Item) -> TaskRef:
        parent = self.items[item.parent].number if item.parent is not None else None
        return TaskRef(item.number, item.id, item.text, item.is_group, parent)

    def canonical(self, name: str) -> tuple[str, str]:
        """(comparison key, name to show) of a unit as this side's registry resolves it."""
        resolved = self.index.resolve(name) if self.index else None
        shown = resolved.canonical if resolved else name
        return normalize_name(shown), shown

    def successor(self, name: str) -> str | None:
        resolved = self.index.resolve(name) if self.index else None
        return getattr(resolved.entry, "successor", None) if resolved else None


def _compare_tasks(
    old_plan: DiffPlan, new_plan: DiffPlan, threshold: float, order: bool
) -> tuple[list[TaskChange], int]:
    old, new = _Side(old_plan), _Side(new_plan)
    matching = match_items(old.items, new.items, threshold)
    found: list[TaskChange] = []
    for item in new.items:
        if matching.of_new(item.key) is None:
            found.append(TaskChange(TaskChangeKind.ADDED, None, new.ref(item)))
    for item in old.items:
        if matching.of_old(item.key) is None:
            found.append(TaskChange(TaskChangeKind.REMOVED, old.ref(item), None))
    reordered = _reordered(old, new, matching) if order else set()
    for pair in matching.pairs:
        a, b = old.items[pair.old], new.items[pair.new]
        ref_a, ref_b = old.ref(a), new.ref(b)
        change = partial(_change, ref_a=ref_a, ref_b=ref_b, pair=pair)

        if (a.id or b.id) and a.id != b.id:
            found.append(change(TaskChangeKind.ID))
        parent_then = matching.of_old(a.parent) if a.parent is not None else None
        mapped = parent_then.new if parent_then else (None if a.parent is None else -1)
        if mapped != b.parent:
            found.append(
                change(TaskChangeKind.MOVED, MoveDetail("reparented", ref_a.parent, ref_b.parent))
            )
        elif b.key in reordered:
            found.append(
                change(TaskChangeKind.MOVED, MoveDetail("reordered", ref_a.parent, ref_b.parent))
            )
        if a.group is not None and b.group is not None:
            if normalize_text(a.group.group) != normalize_text(b.group.group):
                words = word_diff(a.group.group, b.group.group)
                detail = WordingDetail("group", a.group.group, b.group.group, words)
                found.append(change(TaskChangeKind.WORDING, detail))
            continue
        if a.task is None or b.task is None:
            continue
        for role in ("lead", "support"):
            units = _units(old, new, getattr(a.task, role), getattr(b.task, role), role)
            if units is not None:
                found.append(change(TaskChangeKind.UNITS, units))
        deadline = compare_task_deadlines(old.facts.of(a.task), new.facts.of(b.task))
        if deadline is not None:
            found.append(change(TaskChangeKind.DEADLINE, deadline))
        for name in WORDING_FIELDS:
            before, after = _field_text(a.task, name), _field_text(b.task, name)
            if normalize_text(before) != normalize_text(after):
                detail = WordingDetail(name, before, after, word_diff(before, after))
                found.append(change(TaskChangeKind.WORDING, detail))
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    old_keys = {i.number: i.key for i in old.items}
    new_keys = {i.number: i.key for i in new.items}

    def sort_key(c: TaskChange) -> tuple[int, int]:
        if c.new is not None:
            return rank[c.kind], new_keys[c.new.number]
        return rank[c.kind], old_keys[c.ref.number]

    found.sort(key=sort_key)
    return found, len(matching.pairs)


def _change(
    kind: TaskChangeKind,
    detail: Detail | None = None,
    *,
    ref_a: TaskRef,
    ref_b: TaskRef,
    pair: Pair,
) -> TaskChange:
    return TaskChange(kind, ref_a, ref_b, pair.method, pair.confidence, detail)


def _field_text(task: object, name: str) -> str:
    value = getattr(task, name)
    if value is None:
        return ""
    if isinstance(value, list):
        lines: list[str] = []
        for para in value:
            if isinstance(para, Bullets):
                lines.extend(f"- {b}" for b in para.bullets)
            else:
                lines.append(str(para))
        return "\n".join(lines)
    return str(value)


def _units(
    old: _Side, new: _Side, before: list[str], after: list[str], role: str
) -> UnitsDetail | None:
    a = dict(_old_unit(old, new, n) for n in before)
    b = dict(new.canonical(n) for n in after)
    removed = tuple(shown for key, shown in a.items() if key not in b)
    added = tuple(shown for key, shown in b.items() if key not in a)
    if not removed and not added:
        return None
    successor = False
    if len(removed) == 1 and len(added) == 1:
        named = old.successor(removed[0])
        successor = named is not None and new.canonical(named)[0] == normalize_name(added[0])
    return UnitsDetail("lead" if role == "lead" else "support", removed, added, successor)


def _old_unit(old: _Side, new: _Side, name: str) -> tuple[str, str]:
    """An old unit's comparison key in the new registry's terms: a unit renamed in the
    registry, with its old name kept as an alias, is the same unit."""
    key, shown = old.canonical(name)
    for candidate in (shown, name):
        resolved = new.index.resolve(candidate) if new.index else None
        if resolved is not None:
            return normalize_name(resolved.canonical), shown
    return key, shown


def _reordered(old: _Side, new: _Side, matching: Matching) -> set[int]:
    """New keys of tasks whose order among their (unmoved) siblings changed."""
    children: dict[int | None, list[tuple[int, int]]] = {}
    for item in new.items:
        pair = matching.of_new(item.key)
        if pair is None:
            continue
        before = old.items[pair.old]
        parent_then = matching.of_old(before.parent) if before.parent is not None else None
        mapped = parent_then.new if parent_then else (None if before.parent is None else -1)
        if mapped != item.parent:
            continue
        children.setdefault(item.parent, []).append((item.key, before.position))
    moved: set[int] = set()
    for siblings in children.values():
        keep = _longest_increasing([pos for _, pos in siblings])
        moved.update(key for i, (key, _) in enumerate(siblings) if i not in keep)
    return moved


def _longest_increasing(values: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence (O(n²); sibling lists are short)."""
    if not values:
        return set()
    best = [1] * len(values)
    back = [-1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i] and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    i = max(range(len(values)), key=lambda k: best[k])
    keep: set[int] = set()
    while i != -1:
        keep.add(i)
        i = back[i]
    return keep


# --- folders ---------------------------------------------------------------------------------


def pair_plans(
    old: list[DiffPlan], new: list[DiffPlan]
) -> list[tuple[DiffPlan | None, DiffPlan | None, Literal["name", "series"] | None]]:
    """Pair the plans of two folders: same path first, then the same declared `series`.

    Several plans of one series on a side pair in order of their year.
    """
    pairs: list[tuple[DiffPlan | None, DiffPlan | None, Literal["name", "series"] | None]] = []
    new_by_path = {p.relpath: p for p in new}
    left_old: list[DiffPlan] = []
    used: set[str] = set()
    for plan in old:
        other = new_by_path.get(plan.relpath)
        if other is not None:
            pairs.append((plan, other, "name"))
            used.add(other.relpath)
        else:
            left_old.append(plan)
    left_new = [p for p in new if p.relpath not in used]

    def by_series(plans: list[DiffPlan]) -> dict[str, list[DiffPlan]]:
        out: dict[str, list[DiffPlan]] = {}
        for p in sorted(plans, key=lambda p: (p.year or 0, p.relpath)):
            if p.document.series:
                out.setdefault(p.document.series, []).append(p)
        return out

    old_series, new_series = by_series(left_old), by_series(left_new)
    paired: set[int] = set()
    for series, olds in old_series.items():
        news = new_series.get(series, [])
        # The latest old plan pairs with the earliest new one: last year → this year.
        for a, b in zip(reversed(olds), news, strict=False):
            pairs.append((a, b, "series"))
            paired.update((id(a), id(b)))
    pairs.extend((p, None, None) for p in left_old if id(p) not in paired)
    pairs.extend((None, p, None) for p in left_new if id(p) not in paired)
    return pairs


def compare_pairs(
    pairs: list[tuple[DiffPlan | None, DiffPlan | None, Literal["name", "series"] | None]],
    compare: Callable[[DiffPlan, DiffPlan], PlanDiff],
) -> list[FileDiff]:
    files: list[FileDiff] = []
    for a, b, how in pairs:
        diff = compare(a, b) if a is not None and b is not None else None
        files.append(FileDiff(a.label if a else None, b.label if b else None, diff, how))
    return files
