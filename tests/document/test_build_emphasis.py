"""Inline emphasis in prose (planctl.model.inline): `**bold**` and `*italic*` print as bold
and italic runs, the marks taken out; `\\*` prints a star; a lone star is the clerk's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .conftest import build
from .docx_probe import open_docx, run_format

PURPOSE = "      - Bảo đảm thông tin kịp thời, chính xác.\n"


def _built(org: Path, tmp_path: Path, lines: list[str]) -> Any:
    plan = org / "table-appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    assert PURPOSE in text
    plan.write_text(text.replace(PURPOSE, "".join(f"      - {line}\n" for line in lines)), "utf-8")
    out = tmp_path / "out"
    code, _, err = build([plan], out, quiet=True)
    assert code in (0, 1), err
    return open_docx(next(out.rglob("table-appendix.docx")))


def _paragraph(doc: Any, starts: str) -> Any:
    (found,) = [p for p in doc.paragraphs if p.text.startswith(starts)]
    return found


def _runs(doc: Any, paragraph: Any) -> list[tuple[str, bool, bool]]:
    formats = [(run.text, run_format(doc, paragraph, run)) for run in paragraph.runs]
    return [(text, shown["bold"], shown["italic"]) for text, shown in formats]


def test_bold_and_italic_runs_without_the_marks(org: Path, tmp_path: Path) -> None:
    doc = _built(
        org,
        tmp_path,
        ["'Bảo đảm **công khai, minh bạch** và *kịp thời* các thông tin ***trọng tâm***.'"],
    )
    paragraph = _paragraph(doc, "Bảo đảm")
    assert paragraph.text == "Bảo đảm công khai, minh bạch và kịp thời các thông tin trọng tâm."
    assert _runs(doc, paragraph) == [
        ("Bảo đảm ", False, False),
        ("công khai, minh bạch", True, False),
        (" và ", False, False),
        ("kịp thời", False, True),
        (" các thông tin ", False, False),
        ("trọng tâm", True, True),
        (".", False, False),
    ]


def test_escaped_and_lone_stars_print_as_written(org: Path, tmp_path: Path) -> None:
    doc = _built(
        org,
        tmp_path,
        ["'Ghi chú: \\*\\*không in đậm\\*\\* ở đây.'", "Tỷ lệ 5 * 3 giữ nguyên dấu sao."],
    )
    escaped = _paragraph(doc, "Ghi chú")
    assert escaped.text == "Ghi chú: **không in đậm** ở đây."
    assert all(not bold and not italic for _, bold, italic in _runs(doc, escaped))
    lone = _paragraph(doc, "Tỷ lệ")
    assert lone.text == "Tỷ lệ 5 * 3 giữ nguyên dấu sao."
    assert len(lone.runs) == 1


def test_the_end_mark_goes_after_the_closing_marks(org: Path, tmp_path: Path) -> None:
    """A paragraph ending in emphasis ("**… cuối.**") takes "./." after the bold words, its
    own full stop replaced as for any paragraph; the last paragraph of the body here."""
    plan = org / "table-appendix.yaml"
    text = plan.read_text(encoding="utf-8")
    closing = "      - Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.\n"
    assert closing in text
    plan.write_text(text.replace(closing, "      - Các nhiệm vụ tại **Phụ lục.**\n"), "utf-8")
    out = tmp_path / "out"
    code, _, err = build([plan], out, quiet=True)
    assert code in (0, 1), err
    doc = open_docx(next(out.rglob("table-appendix.docx")))
    paragraph = _paragraph(doc, "Các nhiệm vụ tại")
    assert paragraph.text == "Các nhiệm vụ tại Phụ lục./."
    assert _runs(doc, paragraph) == [
        ("Các nhiệm vụ tại ", False, False),
        ("Phụ lục", True, False),
        ("./.", False, False),
    ]
