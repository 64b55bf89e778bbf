"""`status init` of a later period takes over what stays true: tasks done or stopped, and
extensions granted, copied from the latest earlier status file as the clerk wrote them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from planctl.cli import app

ROOT = Path(__file__).resolve().parents[2]
NAME = "2024-kh-truyen-thong-kiem-soat-tthc"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "plans" / "quang-ngai", tmp_path / "quang-ngai")
    (tmp_path / "quang-ngai" / "status" / NAME / "2024.yaml").unlink()
    return tmp_path / "quang-ngai"


def _init(office: Path, *extra: str) -> tuple[int, str, str, dict[str, Any]]:
    plan = office / f"{NAME}.yaml"
    args = ["status", "init", str(plan), "--period", "2024", "--as-of", "2025-01-15", *extra]
    result = CliRunner().invoke(app, args)
    target = office / "status" / NAME / "2024.yaml"
    written = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else {}
    return result.exit_code, result.stdout, result.stderr, written


def _stays_true(record: dict[str, Any]) -> bool:
    return record.get("status") in ("đã hoàn thành", "dừng thực hiện") or "extension" in record


def test_done_stopped_and_extended_tasks_are_carried_as_written(office: Path) -> None:
    half = yaml.safe_load((office / "status" / NAME / "2024-h1.yaml").read_text(encoding="utf-8"))
    expected = {key: value for key, value in half["tasks"].items() if _stays_true(value)}
    assert expected  # the sample's half-year has done and extended tasks

    code, _out, err, written = _init(office)

    assert code == 0
    assert {k: v for k, v in written["tasks"].items() if k in expected} == expected
    others = {k: v for k, v in written["tasks"].items() if k not in expected}
    assert others and all(v == {"status": "chưa thực hiện"} for v in others.values())
    assert f"planctl: {len(expected)} nhiệm vụ đã hoàn thành" in err
    assert "2024-h1.yaml" in err


def test_the_clerks_text_and_comments_inside_a_record_are_kept(office: Path) -> None:
    half = office / "status" / NAME / "2024-h1.yaml"
    text = half.read_text(encoding="utf-8")
    marked = text.replace(
        "    completed: 2024-03-27\n",
        "    completed: 2024-03-27  # theo sổ văn bản đi\n",
        1,
    ).replace(
        "summary: về việc niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa các cấp",
        "summary: 'về việc niêm yết: mục #3, “Bộ phận Một cửa”'",
        1,
    )
    assert marked != text
    half.write_text(marked, encoding="utf-8")

    code, _out, _err, _written = _init(office)

    year = (office / "status" / NAME / "2024.yaml").read_text(encoding="utf-8")
    assert code == 0
    # ruamel keeps the comment, re-aligned to the deeper indentation
    assert re.search(r"(?m)^    completed: 2024-03-27 +# theo sổ văn bản đi$", year)
    record = yaml.safe_load(year)["tasks"]["niem-yet-cong-khai-tthc"]
    assert record["product"]["summary"] == "về việc niêm yết: mục #3, “Bộ phận Một cửa”"
    # the key line is written anew with the task's number and deadline, once
    assert year.count("niem-yet-cong-khai-tthc:") == 1


def test_english_message_and_nothing_to_carry_without_an_earlier_file(office: Path) -> None:
    code, _out, err, _ = _init(office, "--lang", "en")
    assert code == 0 and "carried over from" in err

    for path in (office / "status" / NAME).glob("*.yaml"):
        path.unlink()
    code, _out, err, written = _init(office)
    assert code == 0 and err == ""
    assert {v["status"] for v in written["tasks"].values()} == {"chưa thực hiện"}


def test_an_existing_file_is_refused_in_the_runs_language(office: Path) -> None:
    assert _init(office)[0] == 0
    code, _out, err, _ = _init(office, "--lang", "en")
    assert code == 2
    assert "the file exists; use --update" in err and "tệp đã có" not in err


def test_an_unreadable_earlier_file_is_named_not_skipped_silently(office: Path) -> None:
    half = office / "status" / NAME / "2024-h1.yaml"
    half.write_text(half.read_text(encoding="utf-8") + "  bad: [unclosed\n", encoding="utf-8")
    code, _out, err, written = _init(office)
    assert code == 0
    assert "2024-h1.yaml: không đọc được" in err
    assert {v["status"] for v in written["tasks"].values()} == {"chưa thực hiện"}
