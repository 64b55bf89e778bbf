"""The status, due, report, status sheet and status import commands of the README and of the
guide (docs/huong-dan.md), run exactly as written, in order, on a copy of plans/: each exits
0 and does what the text beside it says."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import icalendar
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from planctl.cli import app

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
GUIDE = (REPO / "docs" / "huong-dan.md").read_text(encoding="utf-8")
COMMANDS = ("status", "due", "report")


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end >= 0 else len(text)]


def _commands(text: str) -> list[list[str]]:
    """Every `planctl status|due|report …` line of the text's sh blocks, continuation lines
    joined and comments dropped, in the order written."""
    out = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            words = shlex.split(line, comments=True)
            if words[:1] == ["planctl"] and words[1] in COMMANDS:
                out.append(words[1:])
    return out


DOCS = {
    "README": _section(README, "## After issuing") + _section(README, "## The BÁO CÁO"),
    "guide": _section(GUIDE, "## 7. Báo cáo, theo dõi"),
}


@pytest.fixture
def repo_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(REPO / "plans", tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_every_command_runs_as_written(doc: str, repo_copy: Path) -> None:
    commands = _commands(DOCS[doc])
    assert {c[0] for c in commands} == set(COMMANDS)
    assert {"sheet", "import"} <= {c[1] for c in commands if c[0] == "status"}
    for words in commands:
        target = None
        if ">" in words:
            words, target = words[: words.index(">")], words[words.index(">") + 1]
        result = CliRunner().invoke(app, words)
        assert result.exit_code == 0, (words, result.output)
        assert "Traceback" not in result.output
        if target:
            Path(target).write_bytes(result.stdout_bytes)
        if "--summary" in words:
            assert result.stdout.startswith("Tính đến 20/06/2024, 1/2 nhiệm vụ đến hạn")
            assert "\n\n" not in result.stdout  # the sentences, no tables
        if words[:2] == ["status", "sheet"]:
            sheet = (
                repo_copy / "build" / "2024-kh-truyen-thong-kiem-soat-tthc.2024-h1.theo-doi.xlsx"
            )
            assert len(load_workbook(sheet)["Nhiệm vụ"].tables) == 5
        if words[:2] == ["status", "import"]:
            assert "cập nhật 0 nhiệm vụ" in result.output  # the sheet as it was made
    calendar = icalendar.Calendar.from_ical((repo_copy / "han.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) == 16
    reports = sorted(p.name for p in (repo_copy / "build" / "quang-ngai").glob("*.bao-cao-*"))
    assert reports == [
        "2024-kh-truyen-thong-kiem-soat-tthc.bao-cao-2024-h1.docx",
        "2024-kh-truyen-thong-kiem-soat-tthc.bao-cao-2024-h1.xlsx",
        "2024-kh-truyen-thong-kiem-soat-tthc.bao-cao-2024.docx",
        "2024-kh-truyen-thong-kiem-soat-tthc.bao-cao-2024.xlsx",
    ]


def test_the_quoted_summary_is_what_planctl_prints(repo_copy: Path) -> None:
    status = "plans/quang-ngai/status/2024-kh-truyen-thong-kiem-soat-tthc/2024.yaml"
    printed = CliRunner().invoke(app, ["status", status, "--summary"]).stdout
    for doc in DOCS.values():
        flat = re.sub(r"\s+", " ", doc)
        share, timeliness = printed.splitlines()[0], printed.splitlines()[3]
        assert share[: share.index("%") + 1] in flat  # quoted up to its percentage
        assert timeliness in flat
