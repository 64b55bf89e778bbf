"""`validate --format text|json|github|sarif` on a plan with known findings.

Every format must tell the same story as the text report: the same findings, at the same
lines and columns, with the same words.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from ci_support import KNOWN_FINDINGS, KNOWN_FOLDER, ORG_YAML, REPO
from jsonschema import Draft7Validator

from planctl.checks.rule import all_rules
from planctl.cli import OutputFormat
from planctl.config import FORMATS
from planctl.report import REPORTERS
from planctl.report.github import MAX_ANNOTATIONS, escape_data, escape_property

PLAN = f"{KNOWN_FOLDER}/plan.yaml"
JSON_SHAPE = json.loads((REPO / "docs" / "json-output.schema.json").read_text(encoding="utf-8"))
# No CI variables leak in from the machine running the tests.
CLEAN_ENV: dict[str, str | None] = {"GITHUB_ACTIONS": None, "GITHUB_WORKSPACE": None}


def validate(run_cli: Any, cwd: Path, *args: str, env: dict[str, str | None] | None = None) -> Any:
    return run_cli(["validate", *args], cwd=cwd, env={**CLEAN_ENV, **(env or {})})


def test_every_format_has_a_reporter() -> None:
    assert set(FORMATS) == set(REPORTERS) == {f.value for f in OutputFormat}


# --- text, the reference ---------------------------------------------------------------------


def test_text_reports_the_known_findings(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--lang", "en")
    assert result.exit_code == 1
    got = [(f.line, f.col, f.code, f.severity) for f in result.findings]
    assert got == list(KNOWN_FINDINGS)
    assert {f.file for f in result.findings} == {PLAN}


# --- json --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_json_validates_against_its_documented_shape(known: Path, run_cli: Any, lang: str) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--format", "json", "--lang", lang)
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    Draft7Validator.check_schema(JSON_SHAPE)
    Draft7Validator(JSON_SHAPE).validate(document)
    assert document["lang"] == lang
    assert document["summary"] == {"files": 1, "errors": 1, "warnings": 2}
    got = [(f["line"], f["column"], f["code"], f["severity"]) for f in document["findings"]]
    assert got == list(KNOWN_FINDINGS)
    text = validate(run_cli, known, KNOWN_FOLDER, "--lang", lang).findings
    for finding, reported in zip(document["findings"], text, strict=True):
        assert finding["file"] == reported.file == PLAN
        assert finding["message"] == reported.message
        assert finding["hint"] == reported.hint
        assert finding["rule"] == all_rules()[finding["code"]].name


def test_json_of_a_clean_plan(tmp_path: Path, run_cli: Any) -> None:
    shutil.copyfile(ORG_YAML, tmp_path / "org.yaml")
    shutil.copyfile(REPO / "tests" / "fixtures" / "org" / "valid-plan.yaml", tmp_path / "p.yaml")
    result = validate(run_cli, tmp_path, ".", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    Draft7Validator(JSON_SHAPE).validate(document)
    assert document["findings"] == []
    assert document["summary"] == {"files": 1, "errors": 0, "warnings": 0}


def test_the_documented_example_has_the_documented_shape() -> None:
    page = (REPO / "docs" / "json-output.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", page, re.DOTALL)
    assert example is not None
    Draft7Validator(JSON_SHAPE).validate(json.loads(example.group(1)))


# --- github ------------------------------------------------------------------------------------

_COMMAND = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<data>.*)$")


def _unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_annotations(output: str) -> list[dict[str, str]]:
    found = []
    for line in output.splitlines():
        m = _COMMAND.match(line)
        if not m:
            continue
        props = dict(p.split("=", 1) for p in m["props"].split(","))
        found.append(
            {
                "level": m["level"],
                **{k: _unescape(v) for k, v in props.items()},
                "data": _unescape(m["data"]),
            }
        )
    return found


def test_github_annotations_parse(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--format", "github", "--lang", "en")
    assert result.exit_code == 1
    annotations = parse_annotations(result.stdout)
    got = [(int(a["line"]), int(a["col"]), a["title"].split()[0], a["level"]) for a in annotations]
    assert got == list(KNOWN_FINDINGS)
    text = validate(run_cli, known, KNOWN_FOLDER, "--lang", "en").findings
    for annotation, reported in zip(annotations, text, strict=True):
        assert annotation["file"] == PLAN
        assert annotation["title"] == f"{reported.code} {all_rules()[reported.code].name}"
        assert annotation["data"] == f"{reported.message}\nfix: {reported.hint}"
    # Nothing but the annotations and the summary line.
    assert result.stdout.splitlines()[-1] == "1 error(s), 2 warning(s) in 1 file(s)."
    assert len(result.stdout.splitlines()) == len(KNOWN_FINDINGS) + 1


def test_github_is_the_default_under_github_actions(known: Path, run_cli: Any) -> None:
    auto = validate(run_cli, known, KNOWN_FOLDER, env={"GITHUB_ACTIONS": "true"})
    assert len(parse_annotations(auto.stdout)) == len(KNOWN_FINDINGS)
    chosen = validate(
        run_cli, known, KNOWN_FOLDER, "--format", "text", env={"GITHUB_ACTIONS": "true"}
    )
    assert parse_annotations(chosen.stdout) == [] and len(chosen.findings) == 3
    (known / "planctl.toml").write_text('format = "json"\n', encoding="utf-8")
    configured = validate(run_cli, known, KNOWN_FOLDER, env={"GITHUB_ACTIONS": "true"})
    assert json.loads(configured.stdout)["summary"]["errors"] == 1


def test_github_paths_are_relative_to_the_workspace(known: Path, run_cli: Any) -> None:
    result = validate(
        run_cli,
        known / KNOWN_FOLDER,
        "plan.yaml",
        "--format",
        "github",
        env={"GITHUB_WORKSPACE": str(known)},
    )
    assert {a["file"] for a in parse_annotations(result.stdout)} == {PLAN}


def _many_findings_plan(count: int) -> str:
    tasks = "".join(
        f"  - id: t{i}\n    content: Việc {i}\n    lead: [Vụ Pháp chê]\n"
        f"    support: [Trung tâm TT]\n    deadline: Thường xuyên\n"
        for i in range(count)
    )
    return (
        "kind: plan\nnumber: 1\ndate: 2024-01-16\ntitle: Kế hoạch năm 2024\n"
        f"signer: thu-truong\nrecipients: ['Lưu: VT, VP.']\ntasks:\n{tasks}"
    )


def test_github_keeps_within_the_annotation_limit(tmp_path: Path, run_cli: Any) -> None:
    shutil.copyfile(ORG_YAML, tmp_path / "org.yaml")
    (tmp_path / "many.yaml").write_text(_many_findings_plan(25), encoding="utf-8")
    result = validate(run_cli, tmp_path, "many.yaml", "--format", "github", "--lang", "en")
    assert result.exit_code == 1
    annotations = parse_annotations(result.stdout)
    levels = [a["level"] for a in annotations]
    assert levels.count("error") == MAX_ANNOTATIONS == 10
    assert levels.count("warning") == MAX_ANNOTATIONS
    assert levels.count("notice") == 1
    notice = next(a for a in annotations if a["level"] == "notice")
    assert notice["data"].startswith("15 more error(s) and 15 more warning(s) not annotated")
    # The rest are plain report lines in the log, one per finding.
    plain = [
        line for line in result.stdout.splitlines() if re.match(r"^many\.yaml:\d+:\d+: ", line)
    ]
    assert len(plain) == 30
    assert result.stdout.splitlines()[-1] == "25 error(s), 25 warning(s) in 1 file(s)."


def test_github_escaping() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_data("a:b,c") == "a:b,c"
    assert escape_property("plans/a,b:c%.yaml\n") == "plans/a%2Cb%3Ac%25.yaml%0A"
    assert _unescape(escape_property("x%3A:,%\r\n")) == "x%3A:,%\r\n"


# --- sarif -------------------------------------------------------------------------------------


def _sarif(run_cli: Any, known: Path, *args: str) -> dict[str, Any]:
    result = validate(run_cli, known, KNOWN_FOLDER, "--format", "sarif", *args)
    assert result.exit_code == 1
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def test_sarif_has_the_right_locations(known: Path, run_cli: Any) -> None:
    document = _sarif(run_cli, known, "--lang", "en")
    assert document["version"] == "2.1.0"
    assert document["$schema"].endswith("sarif-2.1.0.json")
    (run,) = document["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    got = []
    for result in results:
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        uri = physical["artifactLocation"]["uri"]
        assert uri.isascii() and not uri.startswith("/")
        assert unquote(uri) == PLAN
        region = physical["region"]
        got.append((region["startLine"], region["startColumn"], result["ruleId"], result["level"]))
    assert got == list(KNOWN_FINDINGS)
    text = validate(run_cli, known, KNOWN_FOLDER, "--lang", "en").findings
    for result, reported in zip(results, text, strict=True):
        assert result["message"]["text"] == f"{reported.message}\n{reported.hint}"


def test_sarif_rules_match_the_catalogue(known: Path, run_cli: Any) -> None:
    (run,) = _sarif(run_cli, known)["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "planctl"
    rules = driver["rules"]
    assert [r["id"] for r in rules] == sorted(all_rules())
    for rule in rules:
        assert rule["name"] == all_rules()[rule["id"]].name
        assert rule["defaultConfiguration"]["level"] == all_rules()[rule["id"]].severity.value
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert "{" not in rule["shortDescription"]["text"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_report_to_a_file(known: Path, run_cli: Any) -> None:
    result = validate(run_cli, known, KNOWN_FOLDER, "--format", "sarif", "-o", "out/planctl.sarif")
    assert result.exit_code == 1
    assert result.stdout == ""
    document = json.loads((known / "out" / "planctl.sarif").read_text(encoding="utf-8"))
    assert len(document["runs"][0]["results"]) == len(KNOWN_FINDINGS)
