"""The document kinds registry: each entry names templates that exist and agree with it."""

from __future__ import annotations

import typing

import pytest

from planctl.model.kinds import KINDS, DocumentKind, content_data, kind_named
from planctl.render.templates import Wording


@pytest.mark.parametrize("kind", list(KINDS.values()), ids=lambda k: k.name)
def test_kind_templates_agree_with_the_entry(kind: DocumentKind) -> None:
    words = Wording()
    # The heading the document prints comes from its template; the entry's is for messages.
    assert words.text(kind.template, "kind") == kind.heading
    assert typing.get_args(kind.model.model_fields["kind"].annotation) == (kind.name,)
    # What is attached to this document names it with the entry's caption macro.
    attached = KINDS[kind.attached_kind].template if kind.attached_kind else "appendix.j2"
    assert words.call(attached, kind.caption_macro, "12/KH-X", "ngày 01 tháng 02 năm 2024", "Y")


def test_issuing_kind_keeps_its_content_under_the_attachment_key() -> None:
    decision = KINDS["decision"]
    assert decision.issues_attachment and decision.content_path == ("plan",)
    data = {"kind": "decision", "plan": {"title": "T"}}
    assert content_data(data) == {"title": "T"}
    assert content_data({"title": "T"}) == {"title": "T"}


def test_unknown_kind_falls_back_to_a_plan_for_the_schema_to_report() -> None:
    assert kind_named("nonsense") is KINDS["plan"]
    assert kind_named(None) is KINDS["plan"]


def test_a_resolution_issues_a_programme() -> None:
    resolution, programme = KINDS["resolution"], KINDS["programme"]
    assert (resolution.symbol, resolution.heading) == ("NQ", "NGHỊ QUYẾT")
    assert (programme.symbol, programme.heading) == ("CTr", "CHƯƠNG TRÌNH")
    assert resolution.attached_kind == "programme" and resolution.has_articles
    assert resolution.content_path == ("programme",)
    assert Wording().text(resolution.template, "formula") == "QUYẾT NGHỊ:"
    # The Government itself issues it: captions and the authority line name the body.
    assert resolution.issued_by_body and not KINDS["decision"].issued_by_body
    data = {"kind": "resolution", "programme": {"title": "C"}}
    assert content_data(data) == {"title": "C"}


@pytest.mark.parametrize(
    "kind", [k for k in KINDS.values() if k.issues_attachment], ids=lambda k: k.name
)
def test_the_appendix_names_an_issuing_document_once(kind: DocumentKind) -> None:
    caption = Wording().call(
        "appendix.j2", kind.caption_macro, "03/NQ-CP", "ngày 09 tháng 01 năm 2025", "Chính phủ"
    )
    assert caption.casefold().count("kèm theo") == 1, caption
    assert "ngày 09 tháng 01 năm 2025 của Chính phủ)" in caption
    assert "ngày ngày" not in caption
