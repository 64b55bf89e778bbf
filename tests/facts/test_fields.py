"""The task fields table drives the wording of every output and the walks over task prose."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from planctl.cli import app
from planctl.model.fields import COLUMN_FIELDS, FIELDS, TASK_FIELDS, TEXT_FIELDS
from planctl.model.plan import Column, Task

DATA = Path(__file__).resolve().parents[1] / "outputs" / "data"


def test_every_column_and_task_attribute_is_in_the_table() -> None:
    assert {c.value for c in Column} == set(COLUMN_FIELDS)
    for field in TASK_FIELDS:
        assert field.name == "number" or field.name in Task.model_fields, field.name
    assert TEXT_FIELDS == ("title", "content", "form", "output", "budget", "notes")


def _org_with_tasks_template(tmp_path: Path, template: str) -> Path:
    folder = tmp_path / "org"
    folder.mkdir()
    shutil.copy(DATA / "org.yaml", folder / "org.yaml")
    shutil.copy(DATA / "plan-groups.yaml", folder / "plan.yaml")
    (folder / "templates").mkdir()
    (folder / "templates" / "tasks.j2").write_text(template, encoding="utf-8")
    return folder / "plan.yaml"


def test_an_override_of_the_headers_reaches_the_docx_and_the_xlsx(tmp_path: Path) -> None:
    from docx import Document

    plan = _org_with_tasks_template(
        tmp_path,
        '{% set headers = dict(field_headers, lead="Cơ quan chủ trì") %}\n'
        "{% set labels = field_labels %}\n{% set prose_fields = field_order %}\n"
        '{% set workbook = {"tasks_sheet": "Việc", "units_sheet": "Theo đơn vị",'
        ' "id": "Mã", "due": "Hạn", "unit": "Đơn vị", "no_lead": "(không)"} %}\n',
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(plan), "-o", str(out), "--xlsx"])
    assert result.exit_code == 0, result.output
    (docx_file,) = out.rglob("*.docx")
    tables = Document(str(docx_file)).tables
    header_cells = [c.text for t in tables for c in t.rows[0].cells]
    assert "Cơ quan chủ trì" in header_cells and "Đơn vị chủ trì" not in header_cells
    (xlsx_file,) = out.rglob("*.xlsx")
    book = load_workbook(io.BytesIO(xlsx_file.read_bytes()))
    assert book.sheetnames == ["Việc", "Theo đơn vị"]
    first_row = [c.value for c in next(book["Việc"].iter_rows())]
    assert "Cơ quan chủ trì" in first_row and "Mã" in first_row and "Hạn" in first_row


def test_a_field_missing_from_an_override_names_the_template_line(tmp_path: Path) -> None:
    plan = _org_with_tasks_template(
        tmp_path,
        "{#- our own headers -#}\n"
        '{% set headers = {"number": "STT", "content": "Nội dung", "lead": "Chủ trì"} %}\n'
        "{% set labels = field_labels %}\n{% set prose_fields = field_order %}\n",
    )
    result = CliRunner().invoke(app, ["build", str(plan), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "templates/tasks.j2:2" in result.output, result.output
    assert "support" in result.output and "deadline" in result.output
    assert FIELDS["support"].header_vi == "Đơn vị phối hợp"
