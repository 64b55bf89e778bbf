"""Signature blocks of one and two levels, and căn cứ written as "- " bullets
(tests/fixtures/kinds/tinh: a KẾ HOẠCH a provincial People's Committee issues directly)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph

from .conftest import PLANS, REPO, SEED_PLANS, build
from .docx_probe import body, open_docx, run_format

KINDS = REPO / "tests" / "fixtures" / "kinds"
PLAN = "2025-kh-52-chuyen-doi-so"


def _signer_lines(document: Any) -> list[str]:
    tables = [t for t in body(document) if isinstance(t, Table)]
    (signature,) = [t for t in tables if t.cell(0, 0).text.startswith("Nơi nhận")]
    return list(signature.cell(0, 1).text.split("\n"))


def _build(tmp_path: Path, text: str | None = None, org: str | None = None) -> Any:
    folder = tmp_path / "plans" / "tinh"
    shutil.copytree(KINDS / "tinh", folder)
    if org is not None:
        (folder / "org.yaml").write_text(org, encoding="utf-8")
    plan = folder / f"{PLAN}.yaml"
    if text is not None:
        plan.write_text(text, encoding="utf-8")
    code, _, err = build([plan], tmp_path / "out", quiet=True)
    assert code == 0, err
    return open_docx(tmp_path / "out" / "tinh" / f"{PLAN}.docx")


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _build(tmp_path_factory.mktemp("tinh"))


def test_provincial_plan_is_signed_tm_kt(doc: Any) -> None:
    assert _signer_lines(doc) == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Minh Đức",
    ]


def test_plan_header_symbol_and_caption(doc: Any) -> None:
    header = body(doc)[0]
    assert isinstance(header, Table)
    assert header.cell(1, 0).text == "Số: 52/KH-UBND"
    texts = [p.text for p in body(doc) if isinstance(p, Paragraph)]
    assert texts[0] == "KẾ HOẠCH"
    assert "(Kèm theo Kế hoạch số 52/KH-UBND ngày 05/03/2025 của Ủy ban nhân dân tỉnh)" in texts


def test_bases_written_as_bullets_print_as_bullets(doc: Any) -> None:
    paragraphs = [p for p in body(doc) if isinstance(p, Paragraph) and p.text]
    texts = [p.text for p in paragraphs]
    start = texts.index("Chuyển đổi số tỉnh Quảng Ngãi năm 2025") + 1
    assert texts[start : start + 4] == [
        "- Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015;",
        "- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương "
        "trình Chuyển đổi số quốc gia;",
        "Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2025 như sau:",
    ]
    bullet = paragraphs[start]
    assert run_format(doc, bullet, bullet.runs[0])["italic"]


def test_a_basis_line_the_clerk_starts_with_a_dash_is_kept_a_bullet(tmp_path: Path) -> None:
    source = (KINDS / "tinh" / f"{PLAN}.yaml").read_text(encoding="utf-8")
    start, end = source.index("legal_bases:"), source.index("proposed_by:")
    bases = (
        "legal_bases:\n"
        "  - Nghị định số 73/2019/NĐ-CP ngày 05/9/2019 của Chính phủ\n"
        '  - "- Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015"\n'
    )
    texts = [
        p.text
        for p in body(_build(tmp_path, source[:start] + bases + source[end:]))
        if isinstance(p, Paragraph)
    ]
    assert "Căn cứ Nghị định số 73/2019/NĐ-CP ngày 05/9/2019 của Chính phủ;" in texts
    assert "- Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19/6/2015;" in texts


def test_single_level_forms_still_print_two_lines(tmp_path: Path) -> None:
    source = (KINDS / "tinh" / f"{PLAN}.yaml").read_text(encoding="utf-8")
    doc = _build(tmp_path, source.replace("signer: pho-chu-tich", "signer: chu-tich"))
    assert _signer_lines(doc) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Thị Lan"]


def test_inline_signer_with_two_levels(tmp_path: Path) -> None:
    source = (KINDS / "tinh" / f"{PLAN}.yaml").read_text(encoding="utf-8")
    inline = (
        "signer:\n  name: Võ Văn Tâm\n  title: Phó Chủ tịch\n"
        "  authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]\n"
    )
    doc = _build(tmp_path, source.replace("signer: pho-chu-tich\n", inline))
    assert _signer_lines(doc) == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Võ Văn Tâm",
    ]


def test_levels_written_as_mappings(tmp_path: Path) -> None:
    org = (KINDS / "tinh" / "org.yaml").read_text(encoding="utf-8")
    org = org.replace(
        "      - TM. Ủy ban nhân dân\n      - KT. Chủ tịch\n",
        "      - {authority: TM, on_behalf_of: Ủy ban nhân dân}\n"
        "      - {authority: KT, on_behalf_of: Chủ tịch}\n",
    )
    assert _signer_lines(_build(tmp_path, org=org))[:3] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]


def test_the_seed_decision_keeps_its_single_level_signature(seed_docx: Any) -> None:
    assert SEED_PLANS["000"][0].startswith("btttt/") and PLANS.is_dir()
    assert _signer_lines(open_docx(seed_docx("000"))) == [
        "KT. BỘ TRƯỞNG",
        "THỨ TRƯỞNG",
        "Bùi Hoàng Phương",
    ]


def test_core_properties_follow_the_plan(doc: Any) -> None:
    props = doc.core_properties
    assert props.title == "Chuyển đổi số tỉnh Quảng Ngãi năm 2025"
    assert props.subject == "52/KH-UBND"
    assert props.author == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert props.category == "KẾ HOẠCH"
