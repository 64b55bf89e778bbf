"""Item 9: a template is read only from inside its templates folder. A symlink in an
organisation's templates/ (`env.j2 -> /proc/self/environ`, included from common.j2) printed
the CI's secrets into every .docx; now it is refused, by build and by validate, by name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from .conftest import SAMPLE_PLAN, no_traceback, org_template, package_template

SECRET = "GHP_SECRET_TOKEN_123"
INCLUDING = package_template("common.j2").replace(
    '{% set motto = "Độc lập - Tự do - Hạnh phúc" %}',
    '{% set motto %}{% include "env.j2" %}{% endset %}',
)


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def _secret_outside(tmp_path: Path) -> Path:
    secret = tmp_path / "secrets.env"
    secret.write_text(f"TOKEN={SECRET}\n", encoding="utf-8")
    return secret


def test_symlink_out_of_the_templates_folder_is_not_read(
    org: Path, tmp_path: Path, run_planctl
) -> None:
    assert "env.j2" in INCLUDING
    org_template(org, "common.j2", INCLUDING)
    (org / "templates" / "env.j2").symlink_to(_secret_outside(tmp_path))
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1
    assert SECRET not in result.output
    assert "btttt/templates/env.j2: a symlink leading out of the templates folder" in result.stderr
    out = org.parent / "out"
    for docx in out.rglob("*.docx"):
        assert SECRET not in _docx_text(docx)
    assert not (out / SAMPLE_PLAN.replace(".yaml", ".docx")).exists()

    checked = run_planctl(["validate", "btttt", "--lang", "en"], cwd=org.parent)
    assert checked.exit_code == 1
    finding = checked.only("S201")
    assert (finding.file, finding.line) == ("btttt/templates/env.j2", 1)
    assert SECRET not in checked.output


def test_proc_self_environ_is_refused(org: Path, run_planctl) -> None:
    org_template(org, "common.j2", INCLUDING)
    (org / "templates" / "env.j2").symlink_to("/proc/self/environ")
    result = run_planctl(
        ["build", "btttt", "-o", "out", "--lang", "en"],
        cwd=org.parent,
        env={"PLANCTL_TEST_SECRET": SECRET},
    )
    assert result.exit_code == 1
    assert "(→ /proc/self/environ): not read" in result.stderr
    assert SECRET not in result.output


def test_an_overriding_template_that_is_a_symlink_out(
    org: Path, tmp_path: Path, run_planctl
) -> None:
    outside = tmp_path / "elsewhere.j2"
    outside.write_text(INCLUDING.replace('{% include "env.j2" %}', SECRET), encoding="utf-8")
    (org / "templates").mkdir()
    (org / "templates" / "common.j2").symlink_to(outside)
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert result.exit_code == 1
    assert "btttt/templates/common.j2: a symlink leading out" in result.stderr
    assert not list((org.parent / "out").rglob("*.docx"))


def test_a_templates_folder_linked_out_of_the_organisation(
    org: Path, tmp_path: Path, run_planctl
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "common.j2").write_text(INCLUDING, encoding="utf-8")
    (elsewhere / "env.j2").write_text(SECRET, encoding="utf-8")
    (org / "templates").symlink_to(elsewhere)
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert result.exit_code == 1
    assert "btttt/templates: a symlink leading out of the organisation's folder" in result.stderr
    assert not list((org.parent / "out").rglob("*.docx"))


def test_a_symlink_inside_the_templates_folder_is_followed(org: Path, run_planctl) -> None:
    """Sharing one file between two names inside the folder is fine."""
    org_template(org, "common.j2", INCLUDING)
    org_template(org, "env.j2", "Độc lập - Tự do - Hạnh phúc")
    (org / "templates" / "motto.j2").symlink_to("env.j2")
    (org / "templates" / "common.j2").write_text(
        INCLUDING.replace('"env.j2"', '"motto.j2"'), encoding="utf-8"
    )
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert result.exit_code == 0, result.output
    docx = org.parent / "out" / org.name / SAMPLE_PLAN.replace(".yaml", ".docx")
    assert "Độc lập - Tự do - Hạnh phúc" in _docx_text(docx)


@pytest.mark.parametrize(
    ("include", "said"),
    [
        ('"../org.yaml"', "templates/common.j2:9: ../org.yaml"),
        ('"notes.txt"', "templates/notes.txt: only .j2 files are templates"),
    ],
    ids=["parent-folder", "not-j2"],
)
def test_includes_stay_among_the_templates(org: Path, run_planctl, include: str, said: str) -> None:
    org_template(org, "common.j2", INCLUDING.replace('"env.j2"', include))
    org_template(org, "notes.txt", SECRET)
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1
    assert said in result.stderr
    assert SECRET not in result.output
