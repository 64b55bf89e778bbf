"""Wording lives in Jinja templates; an organisation's `templates/` folder overrides them file
by file (nearest folder first); styles come from a reference .docx it may replace too."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from planctl.render.make_reference import build_reference
from planctl.render.templates import Wording, package_reference, search_dirs

from .conftest import build
from .docx_probe import all_text, open_docx, run_format, style_name

TASKS_OVERRIDE = """\
{% set headers = {
    "number": "STT", "content": "Nội dung", "lead": "Chủ trì", "support": "Phối hợp",
    "deadline": "Thời hạn", "form": "Hình thức", "output": "Kết quả", "budget": "Kinh phí",
    "notes": "Ghi chú",
} %}
{% set labels = {
    "lead": "Đơn vị chủ trì:", "support": "Đơn vị phối hợp:", "deadline": "Thời hạn:",
    "form": "Cách làm:", "output": "Kết quả:", "budget": "Kinh phí:", "notes": "Ghi chú:",
} %}
{% set prose_fields = ["lead", "deadline"] %}
"""


def _build(plan: Path, out: Path) -> tuple[int, str, str]:
    return build([plan], out, quiet=True)


def _table_headers(doc: Any) -> list[str]:
    for table in doc.tables:
        if table.cell(0, 0).text in {"TT", "STT"}:
            return [c.text for c in table.rows[0].cells]
    raise AssertionError("no task table")


def test_package_templates_by_default(org: Path, tmp_path: Path) -> None:
    assert search_dirs(org / "table-appendix.yaml", org / "org.yaml") == []
    code, _, err = _build(org / "table-appendix.yaml", tmp_path / "out")
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "table-appendix.docx")
    assert _table_headers(doc)[0] == "TT"


def test_org_folder_overrides_one_file(org: Path, tmp_path: Path) -> None:
    (org / "templates").mkdir()
    (org / "templates" / "tasks.j2").write_text(TASKS_OVERRIDE, encoding="utf-8")
    code, _, err = _build(org / "table-appendix.yaml", tmp_path / "out")
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "table-appendix.docx")
    # The plan names its own header for `lead`; the others come from the override.
    assert _table_headers(doc) == [
        "STT",
        "Nội dung",
        "Đơn vị chủ trì thực hiện",
        "Phối hợp",
        "Thời hạn",
        "Kết quả",
    ]
    # Files not overridden still come from the package.
    text = all_text(doc)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "(Kèm theo Kế hoạch số 03/KH-BTTTT ngày 05/03/2024" in text


def test_override_changes_prose_labels_and_fields(org: Path, tmp_path: Path) -> None:
    (org / "templates").mkdir()
    (org / "templates" / "tasks.j2").write_text(TASKS_OVERRIDE, encoding="utf-8")
    plan = org / "table-appendix.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "  placement: appendix\n", "  placement: body\n  presentation: prose\n"
        ),
        encoding="utf-8",
    )
    code, _, err = _build(plan, tmp_path / "out")
    assert code == 0, err
    texts = [p.text for p in open_docx(tmp_path / "out" / "org" / "table-appendix.docx").paragraphs]
    assert "- Đơn vị chủ trì: Văn phòng Bộ." in texts
    assert "- Thời hạn: Thường xuyên." in texts
    assert not any(t.startswith("- Đơn vị phối hợp:") for t in texts)  # not in prose_fields


def test_nearest_templates_folder_wins(org: Path, tmp_path: Path) -> None:
    (org / "templates").mkdir()
    (org / "templates" / "common.j2").write_text(
        (Path(__file__).parents[2] / "templates/common.j2")
        .read_text(encoding="utf-8")
        .replace('"Nơi nhận:"', '"Nơi nhận (tổ chức):"'),
        encoding="utf-8",
    )
    sub = org / "2024"
    sub.mkdir()
    (org / "table-appendix.yaml").rename(sub / "plan.yaml")
    (sub / "templates").mkdir()
    (sub / "templates" / "common.j2").write_text(
        (org / "templates" / "common.j2")
        .read_text(encoding="utf-8")
        .replace('"Nơi nhận (tổ chức):"', '"Nơi nhận (năm 2024):"'),
        encoding="utf-8",
    )
    assert search_dirs(sub / "plan.yaml", org / "org.yaml") == [
        (sub / "templates").resolve(),
        (org / "templates").resolve(),
    ]
    code, _, err = _build(sub / "plan.yaml", tmp_path / "out")
    assert code == 0, err
    text = all_text(open_docx(tmp_path / "out" / "org" / "2024" / "plan.docx"))
    assert "Nơi nhận (năm 2024):" in text


def test_org_reference_docx_restyles_the_document(org: Path, tmp_path: Path) -> None:
    import docx
    from docx.shared import Pt

    reference = docx.Document(io.BytesIO(build_reference()))
    reference.styles["Plan Body"].font.size = Pt(13)
    (org / "templates").mkdir()
    reference.save(str(org / "templates" / "reference.docx"))
    code, _, err = _build(org / "table-appendix.yaml", tmp_path / "out")
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "table-appendix.docx")
    body = [p for p in doc.paragraphs if style_name(p) == "Plan Body"]
    assert body and {run_format(doc, p, p.runs[0])["size"] for p in body} == {13}


def test_reference_without_planctl_styles_gets_them(org: Path, tmp_path: Path) -> None:
    """A clerk's own .docx, with none of planctl's styles, still makes a full document."""
    import docx

    (org / "templates").mkdir()
    docx.Document().save(str(org / "templates" / "reference.docx"))
    code, _, err = _build(org / "table-appendix.yaml", tmp_path / "out")
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "table-appendix.docx")
    title = next(p for p in doc.paragraphs if style_name(p) == "Document Title")
    fmt = run_format(doc, title, title.runs[0])
    assert fmt["bold"] and fmt["size"] == 14
    assert fmt["fonts"]["ascii"] == "Times New Roman"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{% set headers = {\n  'number': 'TT',\n{% endset %}", "tasks.j2:3"),
        ("{% set headers = ''.__class__.__mro__ %}", "tasks.j2"),
        ("{% set nothing = 1 %}", "headers"),
    ],
    ids=["syntax-error", "sandbox", "missing-phrase"],
)
def test_a_broken_template_fails_the_plan_cleanly(
    org: Path, tmp_path: Path, source: str, message: str
) -> None:
    out = tmp_path / "out"
    code, _, err = _build(org / "table-appendix.yaml", out)
    assert code == 0, err
    before = (out / "org" / "table-appendix.docx").read_bytes()
    (org / "templates").mkdir()
    (org / "templates" / "tasks.j2").write_text(source, encoding="utf-8")
    code, _, err = _build(org / "table-appendix.yaml", out)
    assert code == 1
    assert message in err
    assert "Traceback" not in err
    assert (out / "org" / "table-appendix.docx").read_bytes() == before


def test_user_text_never_reaches_the_template_compiler() -> None:
    words = Wording()
    text = "{{ 7 * 7 }} {% raw %}"
    assert words.call("common.j2", "recipient", text, True) == f"- {text}."
    assert words.call("plan.j2", "basis", text, False) == f"Căn cứ {text};"
    assert words.call("plan.j2", "basis", "Căn cứ Luật X", True) == "Căn cứ Luật X."


def test_shipped_reference_is_the_generated_one() -> None:
    """templates/reference.docx is what make_reference.py writes (run it after a change)."""
    import docx

    shipped = docx.Document(io.BytesIO(package_reference()))
    fresh = docx.Document(io.BytesIO(build_reference()))
    names = {s.name for s in fresh.styles}
    assert names <= {s.name for s in shipped.styles}
    for name in ("Plan Body", "National Title", "Motto", "Recipients", "Recipients Label"):
        assert shipped.styles[name].element.xml == fresh.styles[name].element.xml
    assert build_reference() == build_reference()
