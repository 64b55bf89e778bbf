"""A national programme of 20,000 tasks is a real plan (issue #12, item 4): it validates and
builds, while a hostile file (an alias bomb, a 70 MB file) is still refused with a clear
message before it costs the machine anything."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
TASKS = 20_000
BAD_INPUTS = Path("/work/shared/bad-inputs")


def _planctl(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.run(
        [sys.executable, "-m", "planctl", *args, "--lang", "en"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Government's sample programme grown to 20,000 tasks, beside its registry."""
    sys.path.insert(0, str(ROOT / "tests"))
    from outputs.large_plans import PROGRAMME, write_scaled

    folder = tmp_path_factory.mktemp("large") / "chinh-phu"
    return write_scaled(PROGRAMME, TASKS, folder, "programme.yaml")


@pytest.mark.large
def test_a_plan_of_twenty_thousand_tasks_validates(programme: Path) -> None:
    result = _planctl(programme.parent.parent, "validate", "chinh-phu/programme.yaml")

    assert "S104" not in result.stdout + result.stderr
    assert "S108" not in result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.large
def test_a_plan_of_twenty_thousand_tasks_builds(programme: Path) -> None:
    result = _planctl(programme.parent.parent, "build", "chinh-phu", "-o", "out", "-q")

    assert result.returncode == 0, result.stderr
    docx = programme.parent.parent / "out" / "chinh-phu" / "programme.docx"
    with zipfile.ZipFile(docx) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert body.count("<w:tr") >= TASKS  # one row per task, headers and groups besides


def test_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    bomb = "\n".join(
        [
            'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
            *(f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)),
            "title: *a9",
        ]
    )
    (tmp_path / "bomb.yaml").write_text(bomb + "\n", encoding="utf-8")
    result = _planctl(tmp_path, "validate", "bomb.yaml")

    assert result.returncode == 1
    assert "bomb.yaml:" in result.stdout + result.stderr
    assert "S108" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_a_seventy_megabyte_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as file:
        file.write(b"kind: ke-hoach\n")
        file.truncate(70 * 1024 * 1024)  # sparse: the size is what is checked
    result = _planctl(tmp_path, "validate", "huge.yaml")

    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert "huge.yaml:1:1: S104 error" in output
    assert f"({70 * 1024 * 1024} bytes)" in output
    assert "Traceback" not in result.stderr
