"""Item 7: special files among the plans — a symlink to /dev/zero, a FIFO, a symlink to itself,
`templates/reference.docx -> /dev/zero`. planctl reads regular files only, with a size limit,
and reports the rest with file:line; it never hangs, fills memory or prints a traceback.

Each command runs as a real process under the conftest's limits (10 s, 1 GiB of address
space), so a hang or a runaway read fails the test instead of the machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .conftest import no_traceback

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")


def _zero(org: Path) -> Path:
    link = org / "zero.yaml"
    link.symlink_to("/dev/zero")
    return link


def _fifo(org: Path) -> Path:
    fifo = org / "pipe.yaml"
    os.mkfifo(fifo)
    return fifo


def _loop(org: Path) -> Path:
    link = org / "loop.yaml"
    link.symlink_to("loop.yaml")
    return link


SPECIAL = {"dev-zero": _zero, "fifo": _fifo, "self-symlink": _loop}
CODES = {"dev-zero": "S113", "fifo": "S113", "self-symlink": "S105"}


@pytest.mark.parametrize("kind", SPECIAL)
def test_validate_reports_a_special_file(kind: str, org: Path, run_planctl) -> None:
    SPECIAL[kind](org)
    result = run_planctl(["validate", "--lang", "en", "btttt"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1, result.output
    name = {"dev-zero": "zero.yaml", "fifo": "pipe.yaml", "self-symlink": "loop.yaml"}[kind]
    finding = result.only(CODES[kind])
    assert (finding.file, finding.line, finding.col) == (f"btttt/{name}", 1, 1)
    if kind == "dev-zero":
        assert finding.message == (
            "not a regular file but a character device → /dev/zero: planctl does not read it"
        )
    if kind == "fifo":
        assert "a named pipe (FIFO)" in finding.message
    # The plans beside it are still checked.
    assert "Traceback" not in result.stderr
    assert result.stdout.endswith("in 3 file(s).\n")


@pytest.mark.parametrize("kind", SPECIAL)
def test_build_skips_a_special_file_and_builds_the_others(
    kind: str, org: Path, run_planctl
) -> None:
    SPECIAL[kind](org)
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1, result.output
    assert CODES[kind] in result.stderr
    assert (org.parent / "out" / org.name / "2024-kh-136-tuyen-truyen-cchc.docx").is_file()


@pytest.mark.parametrize("command", ["fmt", "ids"])
@pytest.mark.parametrize("kind", SPECIAL)
def test_fmt_and_ids_report_a_special_file(kind: str, command: str, org: Path, run_planctl) -> None:
    SPECIAL[kind](org)
    result = run_planctl([command, "btttt", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code != 0
    name = {"dev-zero": "zero.yaml", "fifo": "pipe.yaml", "self-symlink": "loop.yaml"}[kind]
    assert f"btttt/{name}" in result.stderr


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_special_file_named_on_the_command_line(kind: str, org: Path, run_planctl) -> None:
    path = SPECIAL[kind](org)
    named = str(path.relative_to(org.parent))
    result = run_planctl(["validate", "--lang", "en", named], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1
    assert CODES[kind] in result.stdout


def test_diff_reports_a_special_file(org: Path, run_planctl) -> None:
    fifo = _fifo(org)
    plan = org / "2024-kh-136-tuyen-truyen-cchc.yaml"
    result = run_planctl(["diff", "--lang", "en", str(plan), str(fifo)], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 2
    assert "pipe.yaml:1:1: S113" in result.stderr


def test_an_org_yaml_that_is_a_fifo_is_reported(org: Path, run_planctl) -> None:
    (org / "org.yaml").unlink()
    os.mkfifo(org / "org.yaml")
    result = run_planctl(["validate", "--lang", "en", "btttt"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1
    assert result.only("S113").file == "btttt/org.yaml"


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda path: path.symlink_to("/dev/zero"), "a symlink leading out of the templates"),
        (os.mkfifo, "not a regular file but a named pipe (FIFO)"),
    ],
    ids=["dev-zero", "fifo"],
)
def test_reference_docx_that_is_a_special_file(org: Path, run_planctl, make, said) -> None:
    (org / "templates").mkdir()
    make(org / "templates" / "reference.docx")
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1
    assert f"btttt/templates/reference.docx: {said}" in result.stderr
    assert not (org.parent / "out" / org.name / "2024-kh-136-tuyen-truyen-cchc.docx").exists()
    checked = run_planctl(["validate", "--lang", "en", "btttt"], cwd=org.parent)
    no_traceback(checked.output)
    assert checked.exit_code == 1
    assert any(f.file == "btttt/templates/reference.docx" for f in checked.findings)


def test_a_template_folder_with_a_fifo_builds(org: Path, run_planctl) -> None:
    """A stray FIFO in templates/ is neither read (the manifest's digest of the folder) nor
    used; the build goes on."""
    (org / "templates").mkdir()
    os.mkfifo(org / "templates" / "notes")
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 0, result.output
    again = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert again.exit_code == 0, again.output
    assert "0 built" in again.stdout
