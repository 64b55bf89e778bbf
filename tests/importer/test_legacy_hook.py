"""The one place legacy TCVN3/VNI text is converted: wired to planctl.importer.legacy, which
another branch writes; here a stand-in module shows the call and the report entry."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from pathlib import Path

import pytest

from planctl.importer.docx_import import import_docx


def _stand_in() -> types.ModuleType:
    module = types.ModuleType("planctl.importer.legacy")

    def detect_legacy(font_names: Iterable[str], text: str) -> str | None:
        return "tcvn3" if ".VnTime" in set(font_names) else None

    def to_unicode(text: str, encoding: str) -> str:
        return text.replace("KÕ HO¹CH", "KẾ HOẠCH")

    module.detect_legacy = detect_legacy  # type: ignore[attr-defined]
    module.to_unicode = to_unicode  # type: ignore[attr-defined]
    return module


def test_a_legacy_document_is_converted_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph().add_run("KÕ HO¹CH").font.name = ".VnTime"
    doc.add_paragraph("Tuyên truyền năm 2024")
    doc.save(str(tmp_path / "old.docx"))
    monkeypatch.setitem(sys.modules, "planctl.importer.legacy", _stand_in())
    imported = import_docx(tmp_path / "old.docx", lambda _issuer: None, "old.docx")
    assert imported.data["kind"] == "plan"
    assert imported.data["title"] == "Tuyên truyền năm 2024"
    assert [(e.kind, e.detail) for e in imported.report.entries] == [("encoding", "tcvn3")]
