"""`planctl import` on documents made by other producers (LibreOffice, pandoc, python-docx,
TCVN3 and VNI typing): every task, unit and deadline comes in, and the report lists exactly
what was not mapped.

Each fixture in tests/fixtures/import is imported through the command line, as a clerk runs
it, into a folder holding the fixture's registry (org.yaml); the plan YAML written there is
compared task by task with the fixture's expected.yaml, and the JSON report entry by entry.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from typer.testing import CliRunner

from planctl.cli import app

from .foreign_support import (
    FIXTURES,
    FOREIGN,
    as_expected,
    expected,
    expected_tasks,
    imported_tasks,
    registry_index,
)

# Report entries and the expected.yaml lists that say which of them a fixture must give.
REPORTED = {
    "signer_authority",
    "footnote",
    "unmapped",
    "unit",
    "unit_near",
    "deadline",
    "event",
    "emphasis",
    "encoding",
}


def run_import(name: str, tmp_path: Path, *extra: str) -> tuple[int, str, dict[str, Any], Path]:
    """Import a fixture into a copy of its registry; (exit code, output, plan data, folder)."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(FIXTURES / name / "org.yaml", folder / "org.yaml")
    result = CliRunner().invoke(
        app, ["import", str(FIXTURES / name / "plan.docx"), "-o", str(folder), *extra]
    )
    written = sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("org."))
    assert len(written) == 1, (result.output, written)
    plan = yaml.safe_load(written[0].read_text("utf-8"))
    return result.exit_code, result.output, plan, folder


@pytest.mark.parametrize("name", FOREIGN)
def test_every_task_unit_and_deadline_comes_in(name: str, tmp_path: Path) -> None:
    data = expected(name)
    code, output, plan, _ = run_import(name, tmp_path)
    assert code == 0, output
    with_result = "result" in data["tasks"][0]
    index = registry_index(name)
    got = [as_expected(task, with_result, index) for _, task in imported_tasks(plan)]
    want = expected_tasks(data)
    assert len(got) == len(want)
    for index, (imported, task) in enumerate(zip(got, want, strict=True), start=1):
        assert imported == task, f"task {index}"
    groups = [group for group, _ in imported_tasks(plan)]
    titles = {g["number"]: g["title"] for g in data["groups"]}
    assert groups == [titles[task["group"]] for task in data["tasks"]]
    assert plan["title"] == data["title"]


@pytest.mark.parametrize("name", FOREIGN)
def test_the_report_lists_exactly_what_was_not_mapped(name: str, tmp_path: Path) -> None:
    data = expected(name)
    code, output, _, folder = run_import(name, tmp_path, "--format", "json")
    assert code == 0, output
    report = json.loads(output)
    entries = report["entries"]

    def texts(*kinds: str) -> list[str]:
        return sorted(entry["text"] for entry in entries if entry["kind"] in kinds)

    not_mapped = data["not_mapped"]
    assert {entry["kind"] for entry in entries} <= REPORTED
    assert texts("footnote") == sorted(i["text"] for i in not_mapped if i["what"] == "footnote")
    assert texts("unmapped") == sorted(
        i["text"] for i in not_mapped if i["what"] in ("group row cell", "signature mark")
    )
    # Emphasis inside prose comes in as markup (test_emphasis_comes_in_as_markup): not lost.
    assert texts("emphasis") == []
    unparsed = sorted(item["text"] for item in data.get("unparsed_deadlines", []))
    assert texts("deadline", "event") == unparsed
    encodings = [entry["detail"] for entry in entries if entry["kind"] == "encoding"]
    assert encodings == ([data["encoding"]] if "encoding" in data else [])
    # Each unknown unit is reported at every cell that names it, and nothing else is:
    # the case variants are the registry's units, matched without a word.
    unknown = [entry for entry in entries if entry["kind"] in ("unit", "unit_near")]
    naming = [
        t for t in data["tasks"] for u in t["lead"] + t["support"] if u in data["unknown_units"]
    ]
    assert sorted({entry["text"] for entry in unknown}) == sorted(data["unknown_units"])
    assert len(unknown) == len(naming)
    assert all({"table", "row", "column"} <= set(entry["place"]) for entry in unknown)
    assert report["tasks"] == len(data["tasks"])
    # A registry signer who signs otherwise than org.yaml says is kept as printed, and said.
    signing = [entry["detail"] for entry in entries if entry["kind"] == "signer_authority"]
    assert signing == ([" / ".join(data["signer_authority"])] if "signer_authority" in data else [])
    # The registry is never edited: the unknown units are proposed beside it.
    assert (folder / "org.yaml").read_bytes() == (FIXTURES / name / "org.yaml").read_bytes()
    proposals = (folder / "org.import.yaml").read_text("utf-8")
    assert all(unit in proposals for unit in data["unknown_units"])


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_a_legacy_document_is_converted_and_says_so(name: str, tmp_path: Path) -> None:
    data = expected(name)
    code, output, plan, _ = run_import(name, tmp_path)
    assert code == 0
    assert "đã chuyển sang Unicode" in output and data["encoding"] in output.lower()
    # Its capitals (the .VnTimeH lines) come back as capitals, its text as Unicode.
    headings = [section.get("heading") for section in plan["sections"]]
    assert headings == [h.split(". ", 1)[1] for h in data["sections"]]
    assert plan["title"] == data["title"]


@pytest.mark.parametrize("name", FOREIGN)
def test_the_imported_plan_builds_the_signature_and_recipients_as_printed(
    name: str, tmp_path: Path
) -> None:
    data = expected(name)
    _, _, _, folder = run_import(name, tmp_path)
    (plan_file,) = [p for p in folder.glob("*.yaml") if not p.name.startswith("org.")]
    out = tmp_path / "out"
    # The unknown units are errors until the clerk adds them: build all the same.
    result = CliRunner().invoke(app, ["build", str(plan_file), "-o", str(out), "--allow-errors"])
    (built,) = out.rglob("*.docx")
    assert result.exit_code == 0, result.output
    document = Document(str(built))
    signature = document.tables[-1].rows[0].cells
    lines = [p.text for p in signature[1].paragraphs if p.text.strip()]
    assert [line.upper() for line in lines[: len(data["signature"]["authority"])]] == [
        line.upper() for line in data["signature"]["authority"]
    ]
    assert data["signature"]["signer"] in lines
    recipients = [p.text for p in signature[0].paragraphs if p.text.startswith("-")]
    assert [r.removeprefix("- ").rstrip(";.") for r in recipients] == [
        r.rstrip(";.") for r in data["recipients"]
    ]


@pytest.mark.parametrize("name", FOREIGN)
def test_the_header_and_the_legal_bases_come_in(name: str, tmp_path: Path) -> None:
    data = expected(name)
    _, _, plan, _ = run_import(name, tmp_path)
    number = data["number"].split("/", 1)[0]
    assert str(plan["number"]) == number
    place, _, when = data["place_date"].partition(", ngày ")
    day, _, rest = when.partition(" tháng ")
    month, _, year = rest.partition(" năm ")
    assert str(plan["date"]) == f"{year}-{int(month):02d}-{int(day):02d}"
    # The place is the registry's (left out) or the one printed.
    assert plan.get("place", place) == place
    bases = [base.removeprefix("- ").removeprefix("Căn cứ ").rstrip(";.") for base in data["bases"]]
    assert plan["legal_bases"] == bases


@pytest.mark.parametrize("name", [n for n in FOREIGN if expected(n).get("emphasis")])
def test_emphasis_comes_in_as_markup(name: str, tmp_path: Path) -> None:
    """Each bold or italic phrase of the fixture's prose is in the YAML as `**…**` / `*…*`."""
    _, _, _, folder = run_import(name, tmp_path)
    (written,) = [p for p in folder.glob("*.yaml") if not p.name.startswith("org.")]
    text = written.read_text("utf-8")
    for item in expected(name)["emphasis"]:
        ((style, words),) = item.items()
        stars = {"bold": "**", "italic": "*"}[style]
        assert re.search(rf"(?<!\*){re.escape(stars + words + stars)}(?!\*)", text), item
