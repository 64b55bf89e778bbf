"""Compare the header fields and the prose of two plans.

Scalar fields (number, date, title, signer, …) are compared after Unicode NFC and whitespace
folding; list fields (legal bases, recipients) and the paragraphs of the prose line by line,
a reworded line shown as changed rather than removed and added.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Literal

from planctl.diff.changes import HeaderChange, TextChange
from planctl.diff.sources import DiffPlan
from planctl.diff.words import normalize_text, similarity, word_diff
from planctl.model.authority import signer_text
from planctl.model.kinds import content_of
from planctl.model.plan import Bullets, Document, Paragraph, Section, SignerInline
from planctl.model.registry import Registry

# A reworded list item (a legal basis, a recipient) is shown as changed, not removed and
# added, when the two versions are at least this similar.
ITEM_SIMILARITY = 0.8

# --- header ----------------------------------------------------------------------------------


def _signer(document: Document, registry: Registry | None) -> str:
    ref = document.signer
    if isinstance(ref, SignerInline):
        return signer_text(ref)
    entry = registry.signer(ref) if registry else None
    if entry is None:
        return ref
    return signer_text(entry)


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
        "recitals": list(doc.recitals),
    }
    key = plan.facts.kind.attachment_key
    if key:
        fields[f"{key}.legal_bases"] = list(plan.content.legal_bases)
        fields[f"{key}.implements"] = list(plan.content.implements)
        fields[f"{key}.recitals"] = list(plan.content.recitals)
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
