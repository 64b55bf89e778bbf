"""Document kinds: one entry per kind of document planctl writes.

Code that depends on the kind reads the entry's properties (its symbol, heading, template,
whether it issues an attached document) and never compares the kind's name. Adding a kind is
an entry here, its model class in `plan.py`, its templates and its tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planctl.model.plan import Decision, Document, Plan, PlanContent, Programme, Resolution


@dataclass(frozen=True)
class DocumentKind:
    name: str  # the value of `kind:` in the YAML
    model: type[Any]  # the pydantic model of a document of this kind
    symbol: str  # the kind's abbreviation in the document number: KH, QĐ
    heading: str  # the name printed above the title: KẾ HOẠCH
    heading_en: str  # English, for messages and file metadata
    noun: str  # in running text and captions: "Kế hoạch", "Quyết định"
    template: str  # the Jinja template with the kind's wording
    # The key holding the document it issues ("plan" for a decision), None when it stands alone.
    attachment_key: str | None = None
    attached_kind: str | None = None  # the kind of that attached document
    has_articles: bool = False  # Điều 1, Điều 2 … after a formula such as "QUYẾT ĐỊNH:"
    # The macro, in the templates of what is attached to this document (the plan it issues,
    # the appendix), of the caption that names it: "(Ban hành kèm theo Quyết định số …)".
    caption_macro: str = ""
    # The collective body itself issues it (a resolution of the Government, of a People's
    # Council): its authority line and the captions name the body ("CHÍNH PHỦ", "của Chính
    # phủ"), not its head.
    issued_by_body: bool = False

    @property
    def content_path(self) -> tuple[Any, ...]:
        """Where the plan's own content (title, tasks …) sits in the data."""
        return (self.attachment_key,) if self.attachment_key else ()

    @property
    def issues_attachment(self) -> bool:
        return self.attachment_key is not None

    @property
    def attached_model(self) -> type[Any] | None:
        """The model of the document it issues (AttachedPlan), read from its own field."""
        if not self.attachment_key:
            return None
        annotation: type[Any] = self.model.model_fields[self.attachment_key].annotation
        return annotation


KINDS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind(
            name="plan",
            model=Plan,
            symbol="KH",
            heading="KẾ HOẠCH",
            heading_en="PLAN",
            noun="Kế hoạch",
            template="plan.j2",
            caption_macro="plan_caption",
        ),
        DocumentKind(
            name="decision",
            model=Decision,
            symbol="QĐ",
            heading="QUYẾT ĐỊNH",
            heading_en="DECISION",
            noun="Quyết định",
            template="decision.j2",
            attachment_key="plan",
            attached_kind="plan",
            has_articles=True,
            caption_macro="decision_caption",
        ),
        DocumentKind(
            name="programme",
            model=Programme,
            symbol="CTr",
            heading="CHƯƠNG TRÌNH",
            heading_en="PROGRAMME",
            noun="Chương trình",
            template="programme.j2",
            caption_macro="programme_caption",
        ),
        DocumentKind(
            name="resolution",
            model=Resolution,
            symbol="NQ",
            heading="NGHỊ QUYẾT",
            heading_en="RESOLUTION",
            noun="Nghị quyết",
            template="resolution.j2",
            attachment_key="programme",
            attached_kind="programme",
            has_articles=True,
            caption_macro="resolution_caption",
            issued_by_body=True,
        ),
    )
}
DEFAULT_KIND = "plan"


def kind_named(name: Any) -> DocumentKind:
    """The entry for a `kind:` value; an unknown or missing value is a plain plan (the schema
    reports an unknown kind)."""
    return KINDS.get(name if isinstance(name, str) else DEFAULT_KIND) or KINDS[DEFAULT_KIND]


def kind_of(document: Document) -> DocumentKind:
    return KINDS[document.kind]


def content_of(document: Document) -> PlanContent:
    """The plan's own content: the document itself, or the plan (programme) it issues."""
    key = kind_of(document).attachment_key
    if key:
        attached: PlanContent = getattr(document, key)
        return attached
    assert isinstance(document, PlanContent)
    return document


def content_data(data: Any) -> Any:
    """The mapping that holds the plan's content in a document's raw data."""
    if not hasattr(data, "get"):
        return data
    key = kind_named(data.get("kind")).attachment_key
    return data.get(key, data) if key else data
