"""Status files for the K rules: the Quảng Ngãi 2024 plan copied beside a status file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from planctl.cli import app

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "plans" / "quang-ngai" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"
_FINDING = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) [^:]+: (?P<msg>.*)$"
)


def status_findings(tmp: Path, body: str, lang: str = "vi") -> list[tuple[int, str, str]]:
    """(line, code, message) of each finding `planctl status` reports for `body`."""
    shutil.copy(PLAN, tmp / PLAN.name)
    shutil.copy(PLAN.parent / "org.yaml", tmp / "org.yaml")
    folder = tmp / "status" / PLAN.stem
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "2024-h1.yaml"
    head = f"plan: ../../{PLAN.name}\nperiod: 2024-h1\n"
    path.write_text(head + body, encoding="utf-8")
    result = CliRunner().invoke(app, ["--lang", lang, "status", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    found = []
    for line in result.output.splitlines():
        match = _FINDING.match(line)
        if match:
            found.append((int(match["line"]) - 2, match["code"], match["msg"]))
    return found
