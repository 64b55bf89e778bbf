"""`planctl schema`: every property described in Vietnamese and in English (`--lang en`),
and a task's `deadline:` text checked against the forms validate reads, so that the editor
flags "Quy 2 nam 2024" as validate does (D001)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from ci_support import REPO, VALID_PLAN, EditorLoader
from jsonschema import Draft7Validator

from planctl import schema
from planctl.model.deadline import parse_deadline
from planctl.schema_deadline import accepts, deadline_pattern

SCHEMAS = {
    "plan": schema.plan_schema,
    "org": schema.registry_schema,
}


def properties(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every (path, property schema) under `node`."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for name, prop in (node.get("properties") or {}).items():
            found.append((f"{where}.{name}", prop))
        for key, value in node.items():
            found += properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found += properties(item, f"{where}[{index}]")
    return found


@pytest.mark.parametrize("kind", SCHEMAS)
def test_every_property_is_described_in_both_languages(kind: str) -> None:
    vi = dict(properties(SCHEMAS[kind](lang="vi")))
    en = dict(properties(SCHEMAS[kind](lang="en")))
    assert vi.keys() == en.keys() and len(vi) > 30
    missing = [p for p in vi if not vi[p].get("description") or not en[p].get("description")]
    assert missing == []
    differing = [p for p in vi if vi[p]["description"] != en[p]["description"]]
    assert len(differing) > len(vi) * 0.8, "the two languages are two texts"


def test_vietnamese_is_the_default_and_en_is_english(run_cli: Any) -> None:
    default = json.loads(run_cli(["schema"]).stdout)
    english = json.loads(run_cli(["schema", "--lang", "en"]).stdout)
    lead_vi = default["definitions"]["Task"]["properties"]["lead"]["description"]
    lead_en = english["definitions"]["Task"]["properties"]["lead"]["description"]
    assert lead_vi == "Đơn vị chủ trì (một hoặc nhiều)"
    assert lead_en == "Đơn vị chủ trì (lead units)"
    org_en = json.loads(run_cli(["schema", "--org", "--lang", "en"]).stdout)
    assert org_en["properties"]["units"]["description"] == "The units of the body"


def test_a_described_ref_keeps_its_ref_draft7_would_ignore() -> None:
    layout = schema.plan_schema()["definitions"]["Plan"]["properties"]["task_layout"]
    assert "$ref" not in layout and layout["allOf"][0]["$ref"].endswith("/TaskLayout")


# --- deadlines ---------------------------------------------------------------------------------


def editor_errors(validator: Draft7Validator, text: str) -> list[Any]:
    return list(validator.iter_errors(yaml.load(text, Loader=EditorLoader)))


def every_error(errors: list[Any]) -> list[Any]:
    """The errors and those under them (a oneOf's branches)."""
    found = []
    for error in errors:
        found += [error, *every_error(list(error.context or []))]
    return found


def plan_with_deadline(deadline: str) -> str:
    text = VALID_PLAN.read_text(encoding="utf-8")
    old = "deadline: Quý II/2024"
    assert old in text
    return text.replace(old, f"deadline: {deadline}", 1)


def test_quy_2_nam_2024_fails_on_the_deadline_field(run_cli: Any, tmp_path: Path) -> None:
    validator = Draft7Validator(schema.plan_schema())
    assert editor_errors(validator, VALID_PLAN.read_text(encoding="utf-8")) == []
    errors = editor_errors(validator, plan_with_deadline("Quy 2 nam 2024"))
    assert errors, "the editor flags it"
    paths = [list(e.absolute_path) for e in every_error(errors)]
    assert ["tasks", 1, "tasks", 0, "deadline"] in paths, "at the field that holds it"
    # … as validate does
    shutil.copyfile(VALID_PLAN.parent / "org.yaml", tmp_path / "org.yaml")
    (tmp_path / "plan.yaml").write_text(plan_with_deadline("Quy 2 nam 2024"), encoding="utf-8")
    assert "D001" in run_cli(["validate", str(tmp_path / "plan.yaml")]).codes


@pytest.mark.parametrize(
    "deadline", ["Quý II/2024", "quý 2 năm 2024", "Trước ngày 15/12/2024", "Thường xuyên"]
)
def test_accepted_forms_pass_in_the_editor(deadline: str) -> None:
    validator = Draft7Validator(schema.plan_schema())
    assert editor_errors(validator, plan_with_deadline(f'"{deadline}"')) == []


def corpus() -> list[str]:
    import test_deadline

    phrases = [case[0] for case in test_deadline.CASES]
    phrases += [case[0] for case in test_deadline.RECURRING_CASES]
    return phrases


def test_every_phrase_validate_reads_is_accepted() -> None:
    missed = [p for p in corpus() if parse_deadline(p, default_year=2024) and not accepts(p)]
    assert missed == []


def test_phrases_validate_rejects_for_their_form_are_rejected() -> None:
    for phrase in ("Quy 2 nam 2024", "abc", "Theo kế hoạch kiểm tra", "Sớm", "Quý II/2024 xyz"):
        assert parse_deadline(phrase, default_year=2024) is None
        assert not accepts(phrase), phrase


def test_every_sample_deadline_is_accepted() -> None:
    deadlines: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("deadline"), str):
                deadlines.append(node["deadline"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for plan in sorted((REPO / "plans").glob("*/*.yaml")):
        walk(yaml.load(plan.read_text(encoding="utf-8"), Loader=EditorLoader))
    assert len(deadlines) > 20
    assert [d for d in deadlines if not accepts(d)] == []


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node for ECMAScript")
def test_the_pattern_is_ecmascript(tmp_path: Path) -> None:
    """The editor compiles patterns as JavaScript with the `u` flag."""
    (tmp_path / "p.txt").write_text(deadline_pattern(), encoding="utf-8")
    script = (
        "const p = require('fs').readFileSync(process.argv[1], 'utf8');"
        "const r = new RegExp(p, 'u');"
        "console.log(JSON.stringify(['Quý II/2024', 'THƯỜNG XUYÊN', 'Quy 2 nam 2024']"
        ".map(s => r.test(s))));"
    )
    out = subprocess.run(
        ["node", "-e", script, str(tmp_path / "p.txt")],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    assert json.loads(out) == [True, True, False]
