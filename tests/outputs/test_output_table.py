"""One table of outputs (planctl.build.outputs) drives the CLI's flags, the formats the
configuration accepts (`[build] outputs`) and the writers the build runs.

A fake format registered before planctl's CLI is imported — in a fresh interpreter, as a
plug-in would be — gets a flag, is accepted in planctl.toml and is written by the build,
with nothing else changed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import typer

from planctl.build import outputs
from planctl.cli import app

SRC = Path(__file__).resolve().parents[2] / "src"

# Registers a `txt` output made from the .docx, then runs planctl's CLI with sys.argv.
PLUGIN = textwrap.dedent(
    """
    import sys
    from planctl.build import outputs

    def produce(context, made):
        return f"{context.stem}: {len(context.view.document.title)} {made['docx'][:2]!r}".encode()

    outputs.register(
        outputs.Output("txt", ".txt", produce, "Cũng xuất .txt.", needs=("docx",))
    )
    from planctl.cli import main
    sys.argv = ["planctl", *sys.argv[1:]]
    main()
    """
)


def _planctl_with_txt(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "PLANCTL_LANG": "en", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-c", PLUGIN, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )


def test_the_table_is_the_list_of_formats() -> None:
    assert outputs.OUTPUT_NAMES == tuple(outputs.OUTPUTS) == ("docx", "xlsx", "csv", "pdf")
    build = typer.main.get_command(app).commands["build"]  # type: ignore[attr-defined]
    flags = {opt for param in build.params for opt in getattr(param, "opts", [])}
    optional = {f"--{entry.name}" for entry in outputs.optional()}
    assert optional == {"--xlsx", "--csv", "--pdf"} and optional <= flags
    assert outputs.selected(["pdf"]) == ("docx", "pdf")
    assert outputs.without(("docx", "xlsx", "pdf"), ["docx"]) == ("xlsx",)


def test_a_registered_format_gets_a_flag_and_is_built(project: Path) -> None:
    done = _planctl_with_txt("build", "--help", cwd=project.parent)
    assert done.returncode == 0, done.stderr
    assert "--txt" in done.stdout and "Cũng xuất .txt." in done.stdout
    done = _planctl_with_txt("build", "plans", "-o", "out", "--txt", cwd=project.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "plan-zero.docx (+ .txt)" in done.stdout
    txt = (project.parent / "out" / "plans" / "plan-zero.txt").read_text(encoding="utf-8")
    assert txt.startswith("plan-zero: ") and txt.endswith("b'PK'")
    # Made from the .docx: the same .docx makes nothing again.
    done = _planctl_with_txt("build", "plans", "-o", "out", "--txt", cwd=project.parent)
    assert "2 unchanged" in done.stdout, done.stdout + done.stderr


def test_a_registered_format_is_accepted_in_the_configuration(project: Path) -> None:
    (project / "planctl.toml").write_text('[build]\noutputs = ["txt"]\n', encoding="utf-8")
    done = _planctl_with_txt("build", "plans", "-o", "out", cwd=project.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (project.parent / "out" / "plans" / "plan-groups.txt").is_file()
    (project / "planctl.toml").write_text('[build]\noutputs = ["text"]\n', encoding="utf-8")
    done = _planctl_with_txt("build", "plans", "-o", "out", cwd=project.parent)
    assert done.returncode == 2
    assert "must be one of: docx, xlsx, csv, pdf, txt (got 'text')" in done.stderr
