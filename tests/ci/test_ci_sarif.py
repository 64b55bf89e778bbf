"""SARIF for code scanning: valid against the official SARIF 2.1.0 schema, URIs relative to
the repository root, stable partialFingerprints, each rule documented (helpUri, help)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from ci_support import KNOWN_FINDINGS, KNOWN_FOLDER, REPO, VALID_PLAN
from jsonschema import Draft4Validator

from planctl.checks.rule import all_rules
from planctl.report import rule_docs

SCHEMA_FILE = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
PLAN = f"{KNOWN_FOLDER}/plan.yaml"
CLEAN_ENV: dict[str, str | None] = {"GITHUB_ACTIONS": None, "GITHUB_WORKSPACE": None}


def sarif(run_cli: Any, cwd: Path, *args: str) -> dict[str, Any]:
    result = run_cli(["validate", *args, "--format", "sarif"], cwd=cwd, env=CLEAN_ENV)
    assert result.exit_code in (0, 1), result.output
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def schema_errors(document: dict[str, Any]) -> list[str]:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    validator = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_the_committed_schema_is_the_official_one() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    Draft4Validator.check_schema(schema)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_report_is_valid_sarif(known: Path, run_cli: Any, lang: str) -> None:
    document = sarif(run_cli, known, KNOWN_FOLDER, "--lang", lang)
    assert len(document["runs"][0]["results"]) == len(KNOWN_FINDINGS)
    assert schema_errors(document) == []


def test_clean_report_is_valid_sarif(known: Path, run_cli: Any) -> None:
    shutil.copyfile(VALID_PLAN, known / PLAN)
    document = sarif(run_cli, known, KNOWN_FOLDER)
    assert document["runs"][0]["results"] == []
    assert schema_errors(document) == []


def test_schema_catches_a_broken_report(known: Path, run_cli: Any) -> None:
    document = sarif(run_cli, known, KNOWN_FOLDER)
    document["runs"][0]["results"][0]["level"] = "fatal"
    assert schema_errors(document), "the schema test would catch a wrong level"


# --- URIs --------------------------------------------------------------------------------------


def uris(document: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {
        (
            unquote(loc["physicalLocation"]["artifactLocation"]["uri"]),
            loc["physicalLocation"]["artifactLocation"].get("uriBaseId"),
        )
        for result in document["runs"][0]["results"]
        for loc in result["locations"]
    }


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_uris_are_relative_to_the_git_repository(known: Path, run_cli: Any) -> None:
    subprocess.run(["git", "init", "-q"], cwd=known, check=True)
    nested = known / "plans"
    nested.mkdir()
    shutil.move(known / KNOWN_FOLDER, nested / KNOWN_FOLDER)
    from_plans = sarif(run_cli, nested, KNOWN_FOLDER)
    from_org = sarif(run_cli, nested / KNOWN_FOLDER, ".")
    expected = {(f"plans/{PLAN}", "%SRCROOT%")}
    assert uris(from_plans) == uris(from_org) == expected
    uri = from_plans["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert uri["artifactLocation"]["uri"].isascii(), "non-ASCII is percent-encoded"


def test_uris_are_relative_to_the_configuration_without_git(known: Path, run_cli: Any) -> None:
    (known / "planctl.toml").write_text("strict = false\n", encoding="utf-8")
    document = sarif(run_cli, known / KNOWN_FOLDER, ".")
    assert uris(document) == {(PLAN, "%SRCROOT%")}


# --- fingerprints ------------------------------------------------------------------------------


def fingerprints(document: dict[str, Any]) -> dict[tuple[str, int], str]:
    return {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]): r[
            "partialFingerprints"
        ]["planctl/v1"]
        for r in document["runs"][0]["results"]
    }


def test_fingerprints_survive_lines_moving(known: Path, run_cli: Any) -> None:
    before = fingerprints(sarif(run_cli, known, KNOWN_FOLDER))
    assert len(set(before.values())) == len(KNOWN_FINDINGS)
    plan = known / PLAN
    text = plan.read_text(encoding="utf-8")
    plan.write_text("# a new comment on top\n\n" + text.replace("  ", "  ", 1), encoding="utf-8")
    after = fingerprints(sarif(run_cli, known, KNOWN_FOLDER))
    assert {(code, line + 2): fp for (code, line), fp in before.items()} == after


def test_fingerprint_changes_with_the_line(known: Path, run_cli: Any) -> None:
    before = fingerprints(sarif(run_cli, known, KNOWN_FOLDER))
    plan = known / PLAN
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("[Vụ Pháp chê]", "[Vụ Pháp chế, Vụ Phap]"),
        encoding="utf-8",
    )
    after = fingerprints(sarif(run_cli, known, KNOWN_FOLDER))
    assert after[("U001", 48)] != before[("U001", 48)]
    assert after[("U005", 27)] == before[("U005", 27)]


def test_fingerprint_is_stable_across_runs_and_formats(known: Path, run_cli: Any) -> None:
    assert fingerprints(sarif(run_cli, known, KNOWN_FOLDER)) == fingerprints(
        sarif(run_cli, known, KNOWN_FOLDER, "--lang", "en")
    ), "the language of the messages is no part of a result's identity"


# --- rules -------------------------------------------------------------------------------------


def github_anchors(page: Path) -> set[str]:
    headings = re.findall(r"^#+ (.+)$", page.read_text(encoding="utf-8"), re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize(("lang", "page"), [("en", "docs/rules.md"), ("vi", "docs/rules.vi.md")])
def test_every_rule_links_to_its_section(known: Path, run_cli: Any, lang: str, page: str) -> None:
    rules = sarif(run_cli, known, KNOWN_FOLDER, "--lang", lang)["runs"][0]["tool"]["driver"]
    anchors = github_anchors(REPO / page)
    assert [r["id"] for r in rules["rules"]] == sorted(all_rules())
    for rule in rules["rules"]:
        where, _, anchor = rule["helpUri"].partition("#")
        assert where == page
        assert anchor in anchors, f"{rule['id']}: no section #{anchor} in {page}"
        declared = all_rules()[rule["id"]]
        assert rule["fullDescription"]["text"] == (
            f"{declared.what.of(lang)} {declared.why.of(lang)}"
        )
        assert declared.fix.of(lang) in rule["help"]["text"]
        assert declared.example.of(lang) in rule["help"]["markdown"]


def test_help_uri_uses_the_project_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        rule_docs,
        "project_urls",
        lambda: {"repository": "https://github.com/so-noi-vu/planctl/"},
    )
    rule_docs.repository_url.cache_clear()
    try:
        from planctl.report.sarif import sarif_document

        document = sarif_document([], "en")
        driver = document["runs"][0]["tool"]["driver"]
        u001 = next(r for r in driver["rules"] if r["id"] == "U001")
        assert re.fullmatch(
            r"https://github\.com/so-noi-vu/planctl/blob/v[0-9.]+/docs/rules\.md#u001-unknown-unit",
            u001["helpUri"],
        )
        assert driver["informationUri"] == "https://github.com/so-noi-vu/planctl"
        assert schema_errors(document) == []
    finally:
        rule_docs.repository_url.cache_clear()
