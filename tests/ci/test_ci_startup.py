"""A fast start: commands that do not render load neither python-docx, openpyxl nor jinja2.

Each command runs in a fresh interpreter (the test process has long imported everything);
after it finishes, the interpreter writes the names of the modules it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from ci_support import ORG_YAML, REPO, VALID_PLAN

from planctl import __version__

HEAVY = ("docx", "openpyxl", "jinja2")

_PROBE = """
import json, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["planctl", *args]
from planctl.cli import main
try:
    main()
except SystemExit:
    pass
finally:
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(sorted(sys.modules), handle)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PLANCTL_LANG", "GITHUB_ACTIONS")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def modules_loaded_by(args: list[str], tmp_path: Path) -> list[str]:
    out = tmp_path / "modules.json"
    subprocess.run(
        [sys.executable, "-c", _PROBE, str(out), *args],
        capture_output=True,
        env=_env(),
        cwd=REPO,
        timeout=60,
        check=False,
    )
    loaded: list[str] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


COMMANDS = [
    ["--version"],
    ["--help"],
    ["validate", str(VALID_PLAN)],
    ["validate", "plans"],
    *(["validate", str(VALID_PLAN), "--format", f] for f in ("json", "github", "sarif")),
    ["explain", "U001"],
    ["explain", "--all"],
    ["schema"],
    ["schema", "--registry", str(ORG_YAML)],
    ["schema", "--org"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_no_heavy_imports(args: list[str], tmp_path: Path) -> None:
    loaded = modules_loaded_by(args, tmp_path)
    assert "planctl.cli" in loaded, "the probe did not run the command"
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY]
    assert heavy == []


def test_the_probe_would_see_a_heavy_import(tmp_path: Path) -> None:
    """The check above is not vacuous: importing jinja2 in the same way is seen."""
    out = tmp_path / "modules.json"
    probe = _PROBE.replace("from planctl.cli import main", "import jinja2\nmain = lambda: None")
    subprocess.run(
        [sys.executable, "-c", probe, str(out)], env=_env(), timeout=60, check=True, cwd=REPO
    )
    assert "jinja2" in json.loads(out.read_text(encoding="utf-8"))


def test_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planctl", "--version"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout == f"planctl {__version__}\n"


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_script(shell: str) -> None:
    """typer's completion: `planctl --show-completion SHELL` prints the script to install."""
    result = subprocess.run(
        [sys.executable, "-m", "planctl", "--show-completion", shell],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "_PLANCTL_COMPLETE" in result.stdout or "planctl" in result.stdout


def test_completion_offers_the_formats() -> None:
    """What the shell gets back when the user presses Tab after `--format `."""
    env = _env()
    env.update(
        {
            "_PLANCTL_COMPLETE": "complete_bash",
            "COMP_WORDS": "planctl validate --format ",
            "COMP_CWORD": "3",
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "planctl"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    offered = set(result.stdout.split())
    assert {"text", "json", "github", "sarif"} <= offered, result.stdout + result.stderr
