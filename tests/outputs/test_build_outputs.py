"""`planctl build` with --xlsx, --csv, --pdf and --jobs; incremental builds; hand edits kept.

Each test builds the plans in data/ (copied to a scratch folder) through the command line,
in-process, from inside that folder, as a clerk would run it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from planctl.build.manifest import MANIFEST_LOCK, MANIFEST_NAME

from .conftest import load_view

STEMS = ("plan-groups", "plan-zero")
INSTALL_HINT = "sudo apt-get install libreoffice-writer fonts-liberation2"
has_soffice = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


class Run:
    """`planctl build plans -o out …` from the scratch folder; (exit code, stdout, stderr)."""

    def __init__(self, root: Path, run_cli: Callable[..., Any]) -> None:
        self.root = root
        self.run_cli = run_cli

    def __call__(self, *args: str, out: str = "out") -> tuple[int, str, str]:
        result = self.run_cli(["build", "plans", "-o", out, *args], cwd=self.root)
        return int(result.exit_code), str(result.stdout), str(result.stderr)


@pytest.fixture
def build(project: Path, run_cli: Callable[..., Any]) -> Run:
    return Run(project.parent, run_cli)


def _out(build: Run, stem: str = "plan-groups", suffix: str = ".docx", out: str = "out") -> Path:
    # plans/ is the organisation folder (it holds org.yaml): its outputs go to OUT/plans/.
    return build.root / out / "plans" / f"{stem}{suffix}"


def _manifest(build: Run, out: str = "out") -> dict[str, object]:
    data = json.loads((build.root / out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_xlsx_and_csv_hold_the_plan(build: Run) -> None:
    code, stdout, stderr = build("--xlsx", "--csv")
    assert code == 0, stdout + stderr
    for stem in STEMS:
        view = load_view(build.root / "plans" / f"{stem}.yaml")
        book = load_workbook(_out(build, stem, ".xlsx"))
        rows = list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
        assert [r[0] for r in rows] == [r.number for r in view.rows]
        assert [r[1] for r in rows] == [r.id for r in view.rows]
        assert [r[2] for r in rows] == [r.content for r in view.rows]
        due = [r[6].date() if r[6] else None for r in rows]
        assert due == [None if r.is_group else r.due for r in view.rows]
        assert book.worksheets[1].title == "Theo đơn vị chủ trì"
        data = _out(build, stem, ".csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        tasks = [r for r in view.rows if not r.is_group]
        assert [(r["id"], r["number"]) for r in records] == [(r.id, r.number) for r in tasks]
        assert [r["lead"] for r in records] == ["; ".join(r.lead_canonical) for r in tasks]
        assert [r["deadline"] for r in records] == [r.deadline_text for r in tasks]
    assert "plan-groups.docx (+ .xlsx, .csv)" in stdout
    outputs = _manifest(build)["outputs"]
    assert isinstance(outputs, dict)
    assert sorted(outputs) == sorted(
        f"plans/{s}.{x}" for s in STEMS for x in ("docx", "xlsx", "csv")
    )
    inputs = outputs["plans/plan-groups.xlsx"]["inputs"]
    assert inputs["plan:../plans/plan-groups.yaml"]
    assert inputs["registry:../plans/org.yaml"]
    assert "templates:../plans/templates/" in inputs
    assert inputs["planctl"].startswith("0.")


def test_only_the_docx_without_flags(build: Run) -> None:
    code, _, _ = build()
    assert code == 0
    files = (p for p in (build.root / "out").rglob("*") if p.is_file())
    assert sorted(p.relative_to(build.root / "out").as_posix() for p in files) == [
        MANIFEST_NAME,
        MANIFEST_LOCK,
        "plans/plan-groups.docx",
        "plans/plan-zero.docx",
    ]


def test_unchanged_rebuild_is_skipped(build: Run) -> None:
    assert build("--xlsx")[0] == 0
    docx = _out(build)
    before = {p: p.stat().st_mtime_ns for p in (build.root / "out").rglob("*")}
    code, stdout, _ = build("--xlsx")
    assert code == 0
    assert stdout.count("bỏ qua (không đổi)") == 2
    assert "0 đã tạo, 2 không đổi, 0 bỏ qua, 0 thất bại" in stdout
    assert {p: p.stat().st_mtime_ns for p in (build.root / "out").rglob("*")} == before
    code, stdout, _ = build("--xlsx", "--lang", "en")
    assert stdout.count("skipped (unchanged)") == 2
    # A new output asked for: only that plan's missing file is made; the others stay as they are.
    code, stdout, _ = build("--xlsx", "--csv", "--lang", "en")
    assert code == 0 and "2 built" in stdout
    assert docx.stat().st_mtime_ns == before[docx]
    assert _out(build, suffix=".csv").is_file()


def test_a_changed_input_rebuilds(build: Run) -> None:
    assert build("--lang", "en")[0] == 0
    plan = build.root / "plans" / "plan-zero.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("Tập huấn nghiệp vụ", "Tập huấn"),
        encoding="utf-8",
    )
    _, stdout, _ = build("--lang", "en")
    assert "1 built, 1 unchanged" in stdout
    # The registry: both plans share it.
    registry = build.root / "plans" / "org.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    _, stdout, _ = build("--lang", "en")
    assert "2 built, 0 unchanged" in stdout or "2 built, 0 skipped" in stdout
    # A template folder appearing beside the plans overrides the package's: a new input.
    assert "2 unchanged" in build("--lang", "en")[1]
    from planctl.render.templates import TEMPLATES_DIR, package_templates

    package = package_templates()
    (build.root / "plans" / TEMPLATES_DIR).mkdir()
    shutil.copy(package / "common.j2", build.root / "plans" / TEMPLATES_DIR / "common.j2")
    _, stdout, _ = build("--lang", "en")
    assert "2 built" in stdout
    assert "2 unchanged" in build("--lang", "en")[1]
    # A configuration file appearing: its default period or rule settings change the build.
    (build.root / "plans" / "planctl.toml").write_text('ignore = ["U005"]\n', encoding="utf-8")
    assert "2 built" in build("--lang", "en")[1]
    assert "2 unchanged" in build("--lang", "en")[1]
    # Deleting an output makes it again.
    _out(build, "plan-zero").unlink()
    assert "1 built, 1 unchanged" in build("--lang", "en")[1]


def test_hand_edited_output_is_not_overwritten_without_force(build: Run) -> None:
    from docx import Document

    assert build("--xlsx")[0] == 0
    docx = _out(build)
    pristine = docx.read_bytes()
    document = Document(str(docx))
    document.add_paragraph("Ghi chú của văn thư: đã trình lãnh đạo ký.")
    document.save(str(docx))
    edited = docx.read_bytes()
    xlsx_before = _out(build, suffix=".xlsx").read_bytes()

    # Unchanged plan, edited file: refused, exit 1, the file named; nothing else of that plan
    # is written.
    code, stdout, stderr = build("--xlsx")
    assert code == 1
    assert "out/plans/plan-groups.docx" in stderr
    assert "đã bị sửa" in stderr and "--overwrite" in stderr
    assert docx.read_bytes() == edited
    # Also when the plan has changed since.
    plan = build.root / "plans" / "plan-groups.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("Rà soát đợt 2", "Rà soát lại"), "utf-8"
    )
    code, stdout, stderr = build("--xlsx", "--lang", "en")
    assert code == 1
    assert "out/plans/plan-groups.docx: changed since planctl wrote it" in stderr
    assert "0 built, 1 unchanged, 0 skipped, 1 failed" in stdout
    assert docx.read_bytes() == edited
    assert _out(build, suffix=".xlsx").read_bytes() == xlsx_before

    # --force overwrites it, and says so.
    code, stdout, stderr = build("--xlsx", "--force", "--lang", "en")
    assert code == 0, stderr
    assert "overwriting a file edited by hand" in stderr
    assert docx.read_bytes() not in (edited, pristine)
    assert _out(build, suffix=".xlsx").read_bytes() != xlsx_before
    assert "2 unchanged" in build("--xlsx", "--lang", "en")[1]


def test_a_file_planctl_did_not_write_is_kept(build: Run) -> None:
    assert build(out="fresh")[0] == 0
    target = build.root / "out" / "plans"
    target.mkdir(parents=True)
    (target / "plan-groups.docx").write_bytes(b"the clerk's own file")
    shutil.copy(_out(build, "plan-zero", out="fresh"), target / "plan-zero.docx")
    code, _, stderr = build("--lang", "en")
    assert code == 1
    assert "out/plans/plan-groups.docx: already exists, was not written by planctl" in stderr
    assert (target / "plan-groups.docx").read_bytes() == b"the clerk's own file"
    # The identical file is taken over as planctl's own.
    assert "plans/plan-zero.docx" in _manifest(build)["outputs"]  # type: ignore[operator]
    assert build("--force")[0] == 0
    assert (target / "plan-groups.docx").read_bytes() == _out(build, out="fresh").read_bytes()


def test_plan_built_with_errors_is_checked_again(build: Run) -> None:
    plan = build.root / "plans" / "plan-zero.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("lead: [Văn phòng Bộ]", "lead: [Văn phòng Bô]"),
        encoding="utf-8",
    )
    code, _, _ = build("--force")
    assert code == 0
    code, stdout, stderr = build("--lang", "en")
    assert code == 1
    assert "U001" in stderr
    # plan-groups is unchanged; plan-zero, built with errors, is checked again and skipped.
    assert "0 built, 1 unchanged, 1 skipped, 0 failed" in stdout


def test_jobs_build_the_same_bytes_in_the_same_order(build: Run) -> None:
    for i in range(4):
        shutil.copy(
            build.root / "plans" / "plan-groups.yaml", build.root / "plans" / f"copy-{i}.yaml"
        )
    code1, stdout1, _ = build("--xlsx", "--csv", out="one")
    code2, stdout2, _ = build("--xlsx", "--csv", "--jobs", "2", out="two")
    assert code1 == code2 == 0
    assert stdout1.replace("one", "two") == stdout2
    one = sorted(p.relative_to(build.root / "one") for p in (build.root / "one").rglob("*"))
    assert one == sorted(p.relative_to(build.root / "two") for p in (build.root / "two").rglob("*"))
    for name in one:
        if name.name != MANIFEST_NAME and (build.root / "one" / name).is_file():
            assert (build.root / "one" / name).read_bytes() == (
                build.root / "two" / name
            ).read_bytes()
    assert "6 unchanged" in build("--xlsx", "--csv", "--jobs", "2", "--lang", "en", out="two")[1]


def test_pdf_without_libreoffice_says_how_to_install_it(
    build: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("PLANCTL_SOFFICE", raising=False)
    code, _, stderr = build("--pdf", "--xlsx")
    assert code == 0, stderr
    assert INSTALL_HINT in stderr
    assert stderr.count("LibreOffice") == 1  # said once, not per plan
    assert _out(build).is_file() and _out(build, suffix=".xlsx").is_file()
    assert not _out(build, suffix=".pdf").exists()
    code, _, stderr = build("--pdf", "--lang", "en")
    assert "the other outputs are still written" in stderr


FAKE_SOFFICE = """#!/bin/sh
while [ "$#" -gt 0 ]; do
  case "$1" in --outdir) shift; out="$1";; *) last="$1";; esac
  shift
done
mkdir -p "$out"
printf '%%PDF-1.7 fake of %s\\n' "$(basename "$last")" > "$out/$(basename "$last" .docx).pdf"
echo converted >> "{log}"
"""


@pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")
def test_pdf_is_made_from_the_docx_and_kept_current(
    build: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log = tmp_path / "conversions.log"
    script = tmp_path / "soffice"
    script.write_text(FAKE_SOFFICE.format(log=log), encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PLANCTL_SOFFICE", str(script))
    code, stdout, stderr = build("--pdf", "--lang", "en")
    assert code == 0, stderr
    assert _out(build, suffix=".pdf").read_bytes() == b"%PDF-1.7 fake of plan-groups.docx\n"
    assert "plan-groups.docx (+ .pdf)" in stdout
    assert log.read_text().count("converted") == 2
    assert "2 unchanged" in build("--pdf", "--lang", "en")[1]
    assert log.read_text().count("converted") == 2
    # An edited PDF is kept like an edited .docx.
    _out(build, suffix=".pdf").write_bytes(b"%PDF signed copy")
    code, _, stderr = build("--pdf", "--lang", "en")
    assert code == 1 and "out/plans/plan-groups.pdf: changed since planctl wrote it" in stderr
    assert _out(build, suffix=".pdf").read_bytes() == b"%PDF signed copy"
    # A failing conversion fails the plan, and keeps the .docx it made.
    script.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n")
    _out(build, "plan-zero", ".pdf").unlink()
    code, stdout, stderr = build("--pdf", "--lang", "en")
    assert code == 1
    assert (
        "out/plans/plan-zero.pdf: cannot make the PDF: Error: source file could not be loaded"
        in stderr
    )


@pytest.mark.skipif(not has_soffice, reason="LibreOffice (soffice) is not installed")
def test_pdf_with_libreoffice(build: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLANCTL_SOFFICE", raising=False)
    code, _, stderr = build("--pdf", "--jobs", "2", "--lang", "en")
    assert code == 0, stderr
    for stem in STEMS:
        pdf = _out(build, stem, ".pdf")
        assert pdf.read_bytes().startswith(b"%PDF")
        assert pdf.stat().st_size > 5000
    assert "2 unchanged" in build("--pdf", "--lang", "en")[1]


def test_configuration_asks_for_outputs(build: Run) -> None:
    config = build.root / "plans" / "planctl.toml"
    config.write_text('[build]\noutputs = ["xlsx", "csv"]\njobs = 2\n', encoding="utf-8")
    code, stdout, stderr = build("--lang", "en")
    assert code == 0, stderr
    assert "plan-zero.docx (+ .xlsx, .csv)" in stdout
    assert _out(build, "plan-zero", ".csv").is_file()
    # Flags add to what the configuration asks for.
    config.write_text('[build]\noutputs = ["csv"]\n', encoding="utf-8")
    code, stdout, _ = build("--xlsx", "--lang", "en")
    assert "plan-zero.docx (+ .xlsx, .csv)" in stdout


def test_bad_build_configuration_is_a_usage_error(build: Run) -> None:
    config = build.root / "plans" / "planctl.toml"
    config.write_text('[build]\noutputs = ["pdff"]\njobs = -1\nformat = 1\n', encoding="utf-8")
    code, _, stderr = build("--lang", "en")
    assert code == 2
    assert "`build.outputs` must be one of: docx, xlsx, csv, pdf (got 'pdff')" in stderr
    assert "`build.jobs` must be one of" in stderr
    assert "unknown configuration key `build.format`" in stderr
    assert not (build.root / "out").exists()
