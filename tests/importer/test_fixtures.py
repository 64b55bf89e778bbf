"""The foreign documents in tests/fixtures/import hold what they are there to test.

Each fixture claims something about how its producer wrote it (real automatic numbering,
merged cells, a footnote, legacy fonts, NFD text): these tests open the committed .docx and
check each claim in its XML, so that a regenerated fixture that lost one fails here rather
than making an import test pass for the wrong reason. The legacy ones are also read back
through `planctl.importer.legacy` run by run, and must give every text expected.yaml lists.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from planctl.importer.legacy import detect_legacy, run_to_unicode
from planctl.model.deadline import parse_deadline
from planctl.workspace import load_registry

from .foreign_support import FIXTURES, FOREIGN, expected

NAMES = FOREIGN


def part(name: str, member: str) -> str:
    with zipfile.ZipFile(FIXTURES / name / "plan.docx") as docx:
        return docx.read(member).decode("utf-8")


def runs(name: str) -> Iterator[tuple[str, str]]:
    """(effective font, text) of every text run of the body, tables included.

    A run without a font of its own is in the Normal style's font, as Word draws it.
    """
    document = Document(str(FIXTURES / name / "plan.docx"))
    normal = document.styles["Normal"].font.name or ""
    for run in document.element.body.iter(qn("w:r")):
        fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        font = fonts.get(qn("w:ascii")) if fonts is not None else None
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if text:
            yield font or normal, text


def num_id(paragraph: Any) -> str | None:
    """The numbering list (numId) a paragraph belongs to, if any."""
    ids: list[str] = paragraph._p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    return ids[0] if ids else None


@pytest.mark.parametrize("name", NAMES)
def test_each_fixture_is_a_whole_plan_with_its_registry(name: str) -> None:
    data = expected(name)
    assert data["kind"] == "KẾ HOẠCH" and data["title"] and data["number"]
    assert data["signature"]["signer"] and data["recipients"]
    tasks = data["tasks"]
    assert tasks and all(task["lead"] for task in tasks)
    # Numbers as a reader sees them: continuous across the groups.
    assert [task["number"] for task in tasks] == [str(n) for n in range(1, len(tasks) + 1)]
    assert {task["group"] for task in tasks} == {group["number"] for group in data["groups"]}
    registry = load_registry(FIXTURES / name / "org.yaml")
    assert registry.findings == [] and registry.registry is not None
    known = {unit.name for unit in registry.registry.units}
    named = {unit for task in tasks for unit in task["lead"] + task["support"]}
    variants = data.get("case_variants", {})
    assert all(registry.registry.units and name in known for name in variants.values())
    # Exactly the units listed as unknown (and the case variants) are missing from it.
    assert named - known - set(variants) == set(data["unknown_units"])
    # Every deadline is one the deadline parser reads, but those listed as unparsed.
    unparsed = {item["task"] for item in data.get("unparsed_deadlines", [])}
    for task in tasks:
        if task["deadline"] is not None:
            parsed = parse_deadline(task["deadline"], default_year=2025)
            assert (parsed is None) == (task["number"] in unparsed), task


@pytest.mark.parametrize("name", ["libreoffice", "pandoc"])
def test_section_numbers_are_automatic_numbering(name: str) -> None:
    document = part(name, "word/document.xml")
    numbering = part(name, "word/numbering.xml")
    assert 'w:numFmt w:val="upperRoman"' in numbering
    assert 'w:numFmt w:val="decimal"' in numbering
    # The section headings carry no typed number: it comes from numbering.xml.
    text = Document(str(FIXTURES / name / "plan.docx")).paragraphs
    headings = [p for p in text if p.text.strip() in ("MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN")]
    assert len(headings) == 2
    assert all(num_id(p) is not None for p in headings)
    assert document.count("<w:numPr>") >= 8


def test_libreoffice_fixture_numbers_the_task_column_and_continues_a_list() -> None:
    document = Document(str(FIXTURES / "libreoffice" / "plan.docx"))
    tasks = document.tables[1]
    numbered = [
        num_id(row.cells[0].paragraphs[0])
        for row in tasks.rows[1:]
        if row.cells[0].text == "" and num_id(row.cells[0].paragraphs[0]) is not None
    ]
    # Seven task rows whose TT cell is empty text with a number from one list.
    assert len(numbered) == 7 and len(set(numbered)) == 1
    # The interruption between "1. Nhiệm vụ chung" and "2. Nhiệm vụ cụ thể" is a plain
    # paragraph; the item after it stays on the same list (one numId) as the one before.
    paragraphs = document.paragraphs
    texts = [p.text for p in paragraphs]
    first = num_id(paragraphs[texts.index("Nhiệm vụ chung")])
    second = num_id(paragraphs[texts.index("Nhiệm vụ cụ thể")])
    between = paragraphs[texts.index(expected("libreoffice")["kept_as_prose"][0])]
    assert first is not None and first == second
    assert num_id(between) is None


@pytest.mark.parametrize(("name", "columns"), [("libreoffice", 5), ("pandoc", 5)])
def test_group_rows_and_lead_cells_are_merged(name: str, columns: int) -> None:
    document = part(name, "word/document.xml")
    assert re.search(rf'<w:gridSpan w:val="{columns}" ?/>', document)
    assert re.search(r'<w:vMerge w:val="restart" ?/>', document)
    assert re.search(r'<w:vMerge( w:val="continue")? ?/>', document.replace("restart", ""))


def test_libreoffice_fixture_has_real_footnotes_and_inline_emphasis() -> None:
    data = expected("libreoffice")
    footnotes = [item["text"] for item in data["not_mapped"] if item["what"] == "footnote"]
    assert len(footnotes) == 2  # one in a căn cứ line, one in a task's cell
    assert all(text in part("libreoffice", "word/footnotes.xml") for text in footnotes)
    assert part("libreoffice", "word/document.xml").count("<w:footnoteReference") == 2
    cell = Document(str(FIXTURES / "libreoffice" / "plan.docx")).tables[1].rows[5].cells[1]
    assert cell._tc.xpath(".//w:footnoteReference") and cell.text.startswith("Rà soát, đơn")
    body = Document(str(FIXTURES / "libreoffice" / "plan.docx")).element.body
    for item in data["emphasis"]:
        ((style, text),) = item.items()
        tag = {"bold": "w:b", "italic": "w:i"}[style]
        assert body.xpath(f'.//w:r[w:rPr/{tag}][w:t="{text}"]'), item


@pytest.mark.parametrize(
    ("name", "where"), [("pandoc", "Đẩy mạnh"), ("programme", "Tuyên truyền, phổ biến kỹ năng")]
)
def test_nfd_text_is_in_the_document(name: str, where: str) -> None:
    decomposed = [
        text
        for _, text in runs(name)
        if not unicodedata.is_normalized("NFC", text)
        and unicodedata.normalize("NFC", text).startswith(where)
    ]
    assert len(decomposed) == 1


@pytest.mark.parametrize(
    ("name", "fonts"), [("tcvn3", {".VnTime", ".VnTimeH"}), ("vni", {"VNI-Times"})]
)
def test_legacy_fixture_reads_back_as_expected(name: str, fonts: set[str]) -> None:
    data = expected(name)
    typed = list(runs(name))
    assert {font for font, _ in typed} == fonts
    raw = " ".join(text for _, text in typed)
    assert detect_legacy([font for font, _ in typed], raw) == data["encoding"]
    assert detect_legacy([], raw) == data["encoding"]  # the text alone gives it away too
    assert data["title"] not in raw  # nothing in it is Unicode Vietnamese as it stands
    converted = " ".join(run_to_unicode(text, font) for font, text in typed)
    wanted = [data["title"], data["number"], data["place_date"], data["signature"]["signer"]]
    wanted += data["signature"]["authority"] + data["recipients"] + data["sections"]
    for task in data["tasks"]:
        wanted += [task["content"], task["deadline"], *task["lead"], *task["support"]]
    missing = [text for text in wanted if text not in converted]
    assert missing == []


def test_programme_has_the_shape_of_a_real_one() -> None:
    data = expected("programme")
    tasks = data["tasks"]
    assert len(tasks) >= 100 and len(data["groups"]) == 6
    assert sum(1 for task in tasks if not task["support"]) >= len(tasks) // 4
    assert sum(1 for task in tasks if not task["result"]) > 0
    assert [task["number"] for task in tasks if task["deadline"] is None] == ["77"]
    assert any(len(task["lead"]) > 1 for task in tasks)
    table = Document(str(FIXTURES / "programme" / "plan.docx")).tables[1]
    first_column = [row.cells[0].text for row in table.rows[1:]]
    assert [n for n in first_column if n.isdigit()] == [task["number"] for task in tasks]
    # Tasks 37 to 39 share one lead cell, merged down as Word merges it (vMerge).
    merged = [row for row in table.rows if row.cells[0].text in ("37", "38", "39")]
    assert [row._tr.tc_lst[2].vMerge for row in merged] == ["restart", "continue", "continue"]
    assert {task["lead"][0] for task in tasks if task["number"] in ("37", "38", "39")} == {
        merged[0].cells[2].text
    }
    stray = data["not_mapped"][0]["text"]
    assert sum(1 for row in table.rows for cell in row.cells if cell.text == stray) == 1
