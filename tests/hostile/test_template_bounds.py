"""Item 10: templates cannot hang or exhaust memory, and what goes wrong in one is named by
the template's file and line — by build, and by validate before it.

The runaway templates run in a real process under the conftest's limits (10 s, 1 GiB): before
the sandbox had bounds, each of them hung or died of MemoryError there."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from planctl.render.make_reference import build_reference

from .conftest import SAMPLE_PLAN, no_traceback, org_template, package_template

COMMON = package_template("common.j2")
MOTTO = '{% set motto = "Độc lập - Tự do - Hạnh phúc" %}'
MOTTO_LINE = COMMON.splitlines().index(MOTTO) + 1


def _common_with(motto: str) -> str:
    """common.j2 with the motto's line replaced by `motto` (on the same line)."""
    assert "\n" not in motto
    return COMMON.replace(MOTTO, motto)


RUNAWAY = {
    "nested-loops": (
        "{% set motto %}{% for i in range(100000) %}{% for j in range(100000) %}"
        "{% endfor %}{% endfor %}{% endset %}",
        "more than 200000 steps",
    ),
    "nested-loops-output": (
        "{% set motto %}{% for i in range(100000) %}{% for j in range(100000) %}A"
        "{% endfor %}{% endfor %}{% endset %}",
        "more than 200000 steps",
    ),
    "repeat": ('{% set motto = "A" * 300000000 %}', "a value of 300000000 characters"),
    "center": ('{% set motto = "A" | center(300000000) %}', "an argument of 3e+08"),
    "format": ('{% set motto = "%0300000000d" % 1 %}', "a format width of 0300000000"),
    "doubling": (
        '{% set ns = namespace(s="AAAAAAAA") %}{% for i in range(40) %}'
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{% set motto = ns.s %}",
        "a value of 4194304 characters",
    ),
    "power": ("{% set motto = 10 ** 100000000 %}", "a number of more than 65536 bits"),
}


@pytest.mark.parametrize("case", RUNAWAY)
def test_a_runaway_template_stops_with_its_file_and_line(case: str, org: Path, run_planctl) -> None:
    motto, said = RUNAWAY[case]
    org_template(org, "common.j2", _common_with(motto))
    result = run_planctl(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert "MemoryError" not in result.output
    assert result.exit_code == 1
    assert f"btttt/templates/common.j2:{MOTTO_LINE}: {said}" in result.stderr
    assert not list((org.parent / "out").rglob("*.docx"))


def test_validate_stops_a_runaway_template_too(org: Path, run_planctl) -> None:
    org_template(org, "common.j2", _common_with(RUNAWAY["repeat"][0]))
    result = run_planctl(["validate", "btttt", "--lang", "en"], cwd=org.parent)
    no_traceback(result.output)
    assert result.exit_code == 1
    finding = result.only("S201")
    assert (finding.file, finding.line) == ("btttt/templates/common.j2", MOTTO_LINE)
    assert "a value of 300000000 characters" in finding.message


ERRORS = {
    "zero-division": ("{% set motto = 1 / 0 %}", "ZeroDivisionError: division by zero"),
    "type-error": (
        '{% set motto = 1 + "a" %}',
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    ),
    "undefined": ("{% set motto = no_such_name %}", "'no_such_name' is undefined"),
    "filter-error": (
        '{% set motto = [1, "a"] | sort | join %}',
        "TypeError: '<' not supported between instances of 'str' and 'int'",
    ),
    "not-text": ("{% set motto = 1 + 1 %}", "`motto` must be text, not int (2)"),
}


@pytest.mark.parametrize("case", ERRORS)
def test_a_runtime_error_names_the_template_line(case: str, org: Path, run_cli) -> None:
    motto, said = ERRORS[case]
    org_template(org, "common.j2", _common_with(motto))
    where = f"btttt/templates/common.j2:{MOTTO_LINE}: "
    built = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(built.output)
    assert built.exit_code == 1
    assert where in built.stderr and said in built.stderr, built.stderr
    checked = run_cli(["validate", "btttt", "--lang", "en"], cwd=org.parent)
    assert checked.exit_code == 1
    finding = checked.only("S201")
    assert (finding.file, finding.line, finding.col) == (where.split(":")[0], MOTTO_LINE, 1)
    assert said in finding.message


def test_an_error_in_a_macro_names_the_macro_line(org: Path, run_cli) -> None:
    text = COMMON.replace(
        "{% macro issuer(name) %}{{ name | upper }}{% endmacro %}",
        "{% macro issuer(name) %}{{ name | upper }}{{ 1 // 0 }}{% endmacro %}",
    )
    assert text != COMMON
    line = text.splitlines().index(next(x for x in text.splitlines() if "1 // 0" in x)) + 1
    org_template(org, "common.j2", text)
    built = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert built.exit_code == 1
    assert f"btttt/templates/common.j2:{line}: ZeroDivisionError" in built.stderr


def test_a_syntax_error_in_an_included_file_names_that_file(org: Path, run_cli) -> None:
    org_template(
        org, "common.j2", _common_with('{% set motto %}{% include "motto.j2" %}{% endset %}')
    )
    org_template(org, "motto.j2", "Độc lập\n{% if %}\n")
    built = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(built.output)
    assert built.exit_code == 1
    assert "btttt/templates/motto.j2:2: " in built.stderr, built.stderr
    checked = run_cli(["validate", "btttt", "--lang", "en"], cwd=org.parent)
    finding = checked.only("S201")
    assert (finding.file, finding.line) == ("btttt/templates/motto.j2", 2)


@pytest.mark.parametrize(
    "content",
    [b"this is not a zip", b"PK\x03\x04 a truncated zip"],
    ids=["not-a-zip", "truncated"],
)
def test_a_broken_reference_docx_is_named(org: Path, run_cli, content: bytes) -> None:
    (org / "templates").mkdir()
    (org / "templates" / "reference.docx").write_bytes(content)
    built = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    no_traceback(built.output)
    assert built.exit_code == 1
    assert "btttt/templates/reference.docx: not a Word document planctl can read" in built.stderr
    checked = run_cli(["validate", "btttt", "--lang", "en"], cwd=org.parent)
    assert checked.exit_code == 1
    assert checked.only("S201").file == "btttt/templates/reference.docx"


def test_a_zip_without_word_parts_is_a_broken_reference(org: Path, run_cli) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not word")
    (org / "templates").mkdir()
    (org / "templates" / "reference.docx").write_bytes(buffer.getvalue())
    built = run_cli(["build", "btttt", "-o", "out", "--lang", "en"], cwd=org.parent)
    assert built.exit_code == 1
    assert "btttt/templates/reference.docx: not a Word document" in built.stderr


def test_sound_org_templates_pass_validate_and_build(org: Path, run_cli) -> None:
    """The bounds leave real templates alone: a full copy of the package's templates, and
    a restyled reference.docx, validate and build as before."""
    for name in ("common.j2", "plan.j2", "decision.j2", "tasks.j2", "appendix.j2"):
        org_template(org, name, package_template(name))
    (org / "templates" / "reference.docx").write_bytes(build_reference())
    checked = run_cli(["validate", "btttt", "--lang", "en"], cwd=org.parent)
    assert checked.exit_code == 0, checked.output
    built = run_cli(["build", "btttt", "-o", "out", "--xlsx", "--lang", "en"], cwd=org.parent)
    assert built.exit_code == 0, built.output
    assert (org.parent / "out" / org.name / SAMPLE_PLAN.replace(".yaml", ".docx")).is_file()
