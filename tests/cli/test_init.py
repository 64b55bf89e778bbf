"""`planctl init`: a new organisation from nothing, whose files validate and build untouched
(issue #15, item 3)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from planctl.commands import init as init_command
from planctl.fmt import format_text
from planctl.model.kinds import KINDS
from planctl.starter import default_abbreviation, default_place

Run = Callable[..., Any]
REPO = Path(__file__).resolve().parents[2]
FLAGS = [
    "--issuer", "Sở Nội vụ",
    "--parent", "UBND tỉnh Quảng Ngãi",
    "--signer-name", "Nguyễn Văn An",
    "--signer-title", "Giám đốc",
    "--unit", "Văn phòng Sở",
    "--unit", "Phòng Tổ chức, biên chế",
    "--unit", "Thanh tra Sở",
    "--year", "2025",
]  # fmt: skip
FOLDER = Path("plans/so-noi-vu")
REGISTRY = FOLDER / "org.yaml"
PLAN = FOLDER / "2025-kh-trien-khai-nhiem-vu.yaml"


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    # A blank number and day are runs of spaces, for the office to write in.
    return re.sub(r" {2,}", " ", "\n".join(parts))


def test_init_then_build_beside_the_sample_plans(tmp_path: Path, run_planctl: Run) -> None:
    """A clean clone: plans/ holds the samples; init adds an organisation; validate and build
    pass with no file edited by hand."""
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    result = run_planctl(["init", *FLAGS, "--yes"], cwd=tmp_path, timeout=60)
    assert result.exit_code == 0, result.output
    assert f"{REGISTRY}" in result.stdout and f"{PLAN}" in result.stdout
    assert f"planctl build {FOLDER}" in result.stdout
    result = run_planctl(["validate", str(FOLDER), "--strict"], cwd=tmp_path, timeout=60)
    assert result.exit_code == 0, result.output
    assert "Không có lỗi: 1 tệp đã kiểm tra." in result.stdout
    assert run_planctl(["validate"], cwd=tmp_path, timeout=60).exit_code == 0
    result = run_planctl(["build", str(FOLDER), "-q"], cwd=tmp_path, timeout=60)
    assert result.exit_code == 0, result.output
    # Outputs keep the organisation folder (README, "Where outputs go").
    text = _docx_text(tmp_path / "build" / FOLDER.name / "2025-kh-trien-khai-nhiem-vu.docx")
    for expected in (
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ NỘI VỤ",
        "Số: /KH-SNV",
        "Quảng Ngãi, ngày tháng năm 2025",
        "KẾ HOẠCH",
        "Triển khai nhiệm vụ năm 2025",
        "MỤC ĐÍCH, YÊU CẦU",
        "Phòng Tổ chức, biên chế",
        "Quý II/2025",
        "GIÁM ĐỐC",
        "Nguyễn Văn An",
    ):
        assert expected in text, expected


def test_init_then_build_from_nothing(tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(["init", *FLAGS], cwd=tmp_path)  # not a terminal: takes the flags
    assert result.exit_code == 0, result.output
    assert run_cli(["validate", "--strict"], cwd=tmp_path).exit_code == 0
    result = run_cli(["build"], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "build" / "so-noi-vu" / "2025-kh-trien-khai-nhiem-vu.docx").is_file()


def test_files_are_canonical_with_one_item_per_line(tmp_path: Path, run_cli: Run) -> None:
    assert run_cli(["init", *FLAGS], cwd=tmp_path).exit_code == 0
    for path in (tmp_path / REGISTRY, tmp_path / PLAN):
        text = path.read_text(encoding="utf-8")
        assert not format_text(text, path.name).changed, path
        assert "[" not in text, "lists are written one item per line"
    plan = (tmp_path / PLAN).read_text(encoding="utf-8")
    assert "    support:\n      - Phòng Tổ chức, biên chế\n      - Thanh tra Sở\n" in plan
    registry = (tmp_path / REGISTRY).read_text(encoding="utf-8")
    assert "  - name: Phòng Tổ chức, biên chế\n" in registry


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_of_the_registry_validates_and_builds(
    tmp_path: Path, run_cli: Run, kind: str
) -> None:
    result = run_cli(["init", *FLAGS, "--kind", kind], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert run_cli(["validate", "--strict"], cwd=tmp_path).exit_code == 0
    assert run_cli(["build", "-q"], cwd=tmp_path).exit_code == 0
    (built,) = (tmp_path / "build" / "so-noi-vu").glob("*.docx")
    text = _docx_text(built)
    assert KINDS[kind].heading in text
    if KINDS[kind].has_articles:
        assert "Điều 1." in text and "Điều 3." in text


def test_an_unknown_kind_lists_the_kinds_planctl_knows(tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(["init", *FLAGS, "--kind", "nghi-quyet"], cwd=tmp_path)
    assert result.exit_code == 2
    for name, kind in KINDS.items():
        assert f"{name} ({kind.heading})" in result.stderr
    assert not (tmp_path / "plans").exists()


def test_nothing_is_overwritten(tmp_path: Path, run_cli: Run) -> None:
    assert run_cli(["init", *FLAGS], cwd=tmp_path).exit_code == 0
    (tmp_path / PLAN).write_text("# sửa tay\n", encoding="utf-8")
    before = (tmp_path / REGISTRY).read_bytes()
    result = run_cli(["init", *FLAGS, "--signer-name", "Trần Thị Bình"], cwd=tmp_path)
    assert result.exit_code == 1
    assert "plans/so-noi-vu/org.yaml đã có; planctl init không ghi đè" in result.stderr
    assert (tmp_path / REGISTRY).read_bytes() == before
    assert (tmp_path / PLAN).read_text(encoding="utf-8") == "# sửa tay\n"


def test_a_script_without_answers_names_the_flags(tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(["init", "--year", "2025"], cwd=tmp_path)
    assert result.exit_code == 2
    assert "thiếu --issuer, --signer-name, --signer-title" in result.stderr
    result = run_cli(["init", "--lang", "en"], cwd=tmp_path)
    assert "missing --issuer, --signer-name, --signer-title" in result.stderr
    assert not (tmp_path / "plans").exists()


def test_questions_on_a_terminal(
    tmp_path: Path, run_cli: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(init_command, "is_terminal", lambda: True)
    answers = [
        "Sở Tư pháp",  # issuer
        "UBND tỉnh Quảng Ngãi",  # parent
        "",  # abbreviation: the default, STP
        "",  # place: the default, Quảng Ngãi
        "Lê Văn Cường",  # signer
        "Giám đốc",  # title
        "Văn phòng Sở",  # first unit
        "Phòng Hành chính tư pháp",
        "",  # no more units
        "xyz",  # not a kind: asked again
        "decision",
        "2026",
        "",  # title: the default
    ]
    from typer.testing import CliRunner

    from planctl.cli import app

    with monkeypatch.context() as patch:
        patch.chdir(tmp_path)
        result = CliRunner().invoke(app, ["init"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    for question in ("Cơ quan ban hành", "Cơ quan chủ quản", "Họ và tên người ký"):
        assert question in result.output
    choices = ", ".join(f"{name} ({kind.heading})" for name, kind in KINDS.items())
    assert f"Loại văn bản đầu tiên: {choices}" in result.output
    assert result.output.count("Loại văn bản đầu tiên") == 2
    registry = (tmp_path / "plans" / "so-tu-phap" / "org.yaml").read_text(encoding="utf-8")
    assert "abbreviation: STP" in registry and "place: Quảng Ngãi" in registry
    assert "  - name: Phòng Hành chính tư pháp\n" in registry
    plan = tmp_path / "plans" / "so-tu-phap" / "2026-qd-trien-khai-nhiem-vu.yaml"
    assert "kind: decision" in plan.read_text(encoding="utf-8")
    assert run_cli(["validate", "--strict"], cwd=tmp_path).exit_code == 0


def test_english_messages(tmp_path: Path, run_cli: Run) -> None:
    result = run_cli(["init", *FLAGS, "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 0
    assert "Created the new organisation “Sở Nội vụ” in plans/so-noi-vu:" in result.stdout
    assert "the first plan (no number or date" in result.stdout


def test_defaults_worked_out_from_the_names() -> None:
    assert default_abbreviation("Sở Nội vụ") == "SNV"
    assert default_abbreviation("Bộ Thông tin và Truyền thông") == "BTTTT"
    assert default_abbreviation("Sở Tài chính") == "STC"
    assert default_abbreviation("Sở Nội vụ tỉnh Quảng Ngãi") == "SNV"
    assert default_abbreviation("UBND tỉnh Quảng Ngãi") == "UBND"
    assert default_abbreviation("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu") == "UBND"
    assert default_abbreviation("Sở GD&ĐT") == "SGDĐT"
    assert default_place("UBND tỉnh Quảng Ngãi", "Sở Nội vụ") == "Quảng Ngãi"
    assert default_place("", "Ủy ban nhân dân thành phố Hải Phòng") == "Hải Phòng"
    assert default_place("", "Bộ Nội vụ") == "Hà Nội"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_help_lists_the_kinds_of_the_registry(run_cli: Run, lang: str) -> None:
    out = " ".join(run_cli(["init", "--help", "--lang", lang]).stdout.split())
    for name, kind in KINDS.items():
        assert f"{name} ({kind.heading})" in out


def test_a_decision_names_its_plan_once() -> None:
    from planctl.starter import Answers, starter_files

    answers = Answers("Sở Nội vụ", "Nguyễn Văn An", "Giám đốc", 2025)
    files = starter_files(replace(answers, kind="decision", title="Kế hoạch truyền thông năm 2025"))
    assert "title: Ban hành Kế hoạch truyền thông năm 2025\n" in files.document
    assert "  title: Kế hoạch truyền thông năm 2025\n" in files.document
