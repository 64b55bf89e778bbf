"""The BÁO CÁO on a plan's execution: the clerk's own words for one status file.

The figures of the report come from the status file (planctl.tally); what the clerk writes
sits beside it, in a file of the same name ending `.report.yaml`::

    plans/quang-ngai/status/2024-kh-truyen-thong-kiem-soat-tthc/2024-h1.yaml
    plans/quang-ngai/status/2024-kh-truyen-thong-kiem-soat-tthc/2024-h1.report.yaml

It holds the report's own number, date, "Kính gửi:" (`to`), title, the prose of each part
(`opening`, `results`, `shortcomings`, `next_tasks`, `proposals`), its recipients and signer;
every field may be left out, and the wording templates (report.j2) fill in the usual words.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from planctl.model.kinds import DocumentKind
from planctl.model.plan import DocumentHeader, Paragraph, SignerRef, _as_list


class ProgressReport(DocumentHeader):
    """number, date, place, recipients (Nơi nhận) as in a plan; the signer defaults to the
    plan's."""

    signer: SignerRef | None = None  # type: ignore[assignment]
    title: str | None = Field(default=None, description="Trích yếu; default from report.j2")
    to: list[str] = Field(default_factory=list, description="Kính gửi: the bodies reported to")
    opening: list[Paragraph] = Field(
        default_factory=list, description="Before part I; default from report.j2"
    )
    results: list[Paragraph] = Field(
        default_factory=list, description="I. after the figures: what was done"
    )
    shortcomings: list[Paragraph] = Field(default_factory=list, description="II. tồn tại, hạn chế")
    next_tasks: list[Paragraph] = Field(
        default_factory=list, description="III. nhiệm vụ thời gian tới"
    )
    proposals: list[Paragraph] = Field(default_factory=list, description="IV. kiến nghị")

    @field_validator(
        "to", "opening", "results", "shortcomings", "next_tasks", "proposals", mode="before"
    )
    @classmethod
    def _lists(cls, value: Any) -> Any:
        return _as_list(value)


# A kind of its own, outside the registry of plan kinds: no plan file is a report.
REPORT_KIND = DocumentKind(
    name="report",
    model=ProgressReport,
    symbol="BC",
    heading="BÁO CÁO",
    heading_en="REPORT",
    noun="Báo cáo",
    template="report.j2",
    caption_macro="report_caption",
)
