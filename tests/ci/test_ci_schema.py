"""`planctl schema`: the JSON Schema an editor uses agrees with what `planctl validate` accepts.

Plans are read as the YAML language server reads them (YAML 1.2: a date stays a string) and
checked with the `jsonschema` library's draft-07 validator, the draft the editor supports.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from ci_support import ORG_YAML, REPO, VALID_PLAN, edit, editor_yaml
from jsonschema import Draft7Validator
from jsonschema.exceptions import ValidationError

from planctl import schema
from planctl.facts.cells import split_cell
from planctl.load import load_yaml_text
from planctl.model.from_data import parse_document
from planctl.model.registry import Registry, UnitIndex
from planctl.workspace import REGISTRY_NAME, load_registry

CHECKED_IN = REPO / "schema" / "plan.schema.json"
SEED_PLANS = sorted(p for p in (REPO / "plans").glob("*/*.y*ml") if p.name != REGISTRY_NAME)
SAMPLE_PLANS = [*SEED_PLANS, VALID_PLAN]


def registry_of(plan: Path) -> Registry:
    loaded = load_registry(plan.parent / REGISTRY_NAME)
    assert loaded.registry is not None, loaded.findings
    return loaded.registry


def _closest(error: ValidationError) -> ValidationError:
    """Inside `oneOf`/`anyOf`, the error of the branch that fits best (fewest errors), as the
    editor reports it: a plan with one bad unit is a plan with an error, not a bad decision."""
    if not error.context:
        return error
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    best = min(branches.values(), key=len)
    return _closest(best[0])


def errors(schema_doc: dict[str, Any], text: str) -> list[str]:
    """Each error as "path: message"."""
    validator = Draft7Validator(schema_doc)
    found = [_closest(e) for e in validator.iter_errors(editor_yaml(text))]
    return sorted(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in found)


@pytest.fixture(scope="module")
def generic() -> dict[str, Any]:
    return schema.plan_schema()


@pytest.fixture(scope="module")
def fixture_registry() -> Registry:
    return registry_of(VALID_PLAN)


@pytest.fixture(scope="module")
def with_units(fixture_registry: Registry) -> dict[str, Any]:
    return schema.plan_schema(fixture_registry)


# --- the files -------------------------------------------------------------------------------


def test_checked_in_schema_is_current() -> None:
    expected = schema.dumps(schema.plan_schema())
    assert CHECKED_IN.read_text(encoding="utf-8") == expected, (
        "schema/plan.schema.json is stale: run `planctl schema -o schema/plan.schema.json`"
    )


def test_generation_is_deterministic(fixture_registry: Registry) -> None:
    first = schema.dumps(schema.plan_schema(fixture_registry))
    assert first == schema.dumps(schema.plan_schema(fixture_registry))
    assert first.endswith("}\n") and not first.endswith("\n\n")
    assert list(json.loads(first)) == sorted(json.loads(first))


@pytest.mark.parametrize("kind", ["generic", "registry", "org"])
def test_schemas_are_valid_draft7(kind: str, fixture_registry: Registry) -> None:
    document = {
        "generic": schema.plan_schema,
        "registry": lambda: schema.plan_schema(fixture_registry),
        "org": schema.registry_schema,
    }[kind]()
    assert document["$schema"] == "http://json-schema.org/draft-07/schema#"
    Draft7Validator.check_schema(document)
    text = json.dumps(document)
    assert "$defs" not in text, "draft-07 names them `definitions`"


def _refs_with_siblings(node: Any) -> list[Any]:
    if isinstance(node, list):
        return [x for item in node for x in _refs_with_siblings(item)]
    if isinstance(node, dict):
        own = [node] if "$ref" in node and len(node) > 1 else []
        return own + [x for v in node.values() for x in _refs_with_siblings(v)]
    return []


def test_no_ref_has_siblings_draft7_would_ignore(with_units: dict[str, Any]) -> None:
    assert _refs_with_siblings(with_units) == []


# --- the sample plans ------------------------------------------------------------------------


@pytest.mark.parametrize("plan", SAMPLE_PLANS, ids=lambda p: p.parent.name + "/" + p.name)
def test_sample_plans_pass_the_generic_schema(plan: Path, generic: dict[str, Any]) -> None:
    assert errors(generic, plan.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("plan", SAMPLE_PLANS, ids=lambda p: p.parent.name + "/" + p.name)
def test_sample_plans_pass_their_registry_schema(plan: Path) -> None:
    with_registry = schema.plan_schema(registry_of(plan))
    assert errors(with_registry, plan.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("plan", SEED_PLANS, ids=lambda p: p.parent.name + "/" + p.name)
def test_seed_plans_name_the_schema_on_line_one(plan: Path) -> None:
    first = plan.read_text(encoding="utf-8").splitlines()[0]
    assert first == schema.modeline(plan, CHECKED_IN)


def test_seed_plans_were_found() -> None:
    assert len(SEED_PLANS) >= 2


# --- misspellings fail the schema as they fail validate ---------------------------------------


def test_misspelled_unit_fails_the_registry_schema(with_units: dict[str, Any]) -> None:
    text = edit(
        VALID_PLAN.read_text(encoding="utf-8"),
        ("lead: [Vụ Pháp chế]\n    support", "lead: [Vụ Pháp chê]\n    support"),
    )
    found = errors(with_units, text)
    assert len(found) == 1, found
    assert found[0].startswith("tasks/2/lead/0: 'Vụ Pháp chê'"), found


def test_misspelled_unit_as_a_single_string_fails_too(with_units: dict[str, Any]) -> None:
    text = edit(
        VALID_PLAN.read_text(encoding="utf-8"),
        ("lead: [Vụ Pháp chế]\n    support", "lead: Vụ Pháp chê\n    support"),
    )
    assert [e.split(":")[0] for e in errors(with_units, text)] == ["tasks/2/lead"]
    fixed = text.replace("Vụ Pháp chê", "Vụ Pháp chế")
    assert errors(with_units, fixed) == []


def test_the_generic_schema_accepts_any_unit(generic: dict[str, Any]) -> None:
    text = edit(
        VALID_PLAN.read_text(encoding="utf-8"),
        ("lead: [Vụ Pháp chế]\n    support", "lead: [Vụ Pháp chê]\n    support"),
    )
    assert errors(generic, text) == []


def test_unknown_signer_fails_the_registry_schema(with_units: dict[str, Any]) -> None:
    text = edit(VALID_PLAN.read_text(encoding="utf-8"), ("signer: thu-truong", "signer: thu-truon"))
    assert [e.split(":")[0] for e in errors(with_units, text)] == ["signer"]


def test_misspelled_key_fails_the_generic_schema(generic: dict[str, Any]) -> None:
    text = edit(
        VALID_PLAN.read_text(encoding="utf-8"), ("    deadline: Năm 2024", "    dealine: Năm 2024")
    )
    found = errors(generic, text)
    assert any("dealine" in e for e in found), found


def test_a_decision_must_say_what_it_issues(generic: dict[str, Any]) -> None:
    decision = "kind: decision\ntitle: Quyết định\nsigner: x\narticles: [Điều 1]\n"
    found = errors(generic, decision)
    assert found and "plan" in " ".join(found)
    assert errors(generic, decision + "plan:\n  title: Kế hoạch\n") == []


# --- parity with the model: shorthands the validators accept --------------------------------

SHORTHANDS = [
    ("lead: [Vụ Pháp chế]\n    support: [Văn phòng Bộ]", "lead: Vụ Pháp chế\n    support:"),
    ("deadline: Năm 2024", "deadline: 2024"),
    ("number: 136", 'number: "136"'),
    ("date: 2024-01-16", "date: 2024-01-16\nperiod: 2024"),
    ("date: 2024-01-16", 'date: 2024-01-16\nperiod: "2024 - 2025"'),
    ("date: 2024-01-16", "date: 2024-01-16\nperiod: {start: 2024-01-01, end: 2024-12-31}"),
    (
        "recipients:\n",
        "task_layout:\n  columns: [number, content, {field: lead, width: 2}]\nrecipients:\n",
    ),
    ("role: content\n    tasks: true", "role: content\n    tasks: true\n    text: Một đoạn."),
]


@pytest.mark.parametrize(
    ("old", "new"), SHORTHANDS, ids=[n.split(":")[0].strip() for _, n in SHORTHANDS]
)
def test_shorthands_the_model_accepts_pass_the_schema(
    old: str, new: str, with_units: dict[str, Any]
) -> None:
    text = edit(VALID_PLAN.read_text(encoding="utf-8"), (old, new))
    document, findings = parse_document(load_yaml_text(text, "plan.yaml"))
    assert document is not None and findings == [], findings
    assert errors(with_units, text) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("number: 136", "number: số 136"),
        ("date: 2024-01-16", "date: 2024-01-16\nperiod: năm nay"),
        ("recipients:\n", "task_layout:\n  columns: [number, contents]\nrecipients:\n"),
        ("recipients:\n", "task_layout:\n  presentation: bảng\nrecipients:\n"),
    ],
)
def test_values_the_model_rejects_fail_the_schema(
    old: str, new: str, generic: dict[str, Any]
) -> None:
    text = edit(VALID_PLAN.read_text(encoding="utf-8"), (old, new))
    document, _ = parse_document(load_yaml_text(text, "plan.yaml"))
    assert document is None
    assert errors(generic, text) != []


# --- unit names: the schema accepts what validate resolves -----------------------------------


def _variants(name: str) -> list[str]:
    return [
        name,
        name.upper(),
        name.lower(),
        name[0].swapcase() + name[1:],
        "  " + name.replace(" ", "   ") + " ",
        name + ";",
        name + ".",
    ]


def test_every_registry_name_and_variant_matches(fixture_registry: Registry) -> None:
    index = UnitIndex(fixture_registry)
    unit = schema.plan_schema(fixture_registry)["definitions"]["Unit"]
    validator = Draft7Validator(unit)
    for name in index.all_names():
        for variant in _variants(name):
            assert index.resolve(variant) is not None, variant
            assert validator.is_valid(variant), variant


@pytest.mark.parametrize(
    "written",
    ["Vụ Pháp chê", "Văn phòng", "Văn phòng Bộ Bộ", "Trung tâm", "Cục Báo chí; Vụ Pháp chê", ""],
)
def test_names_validate_rejects_fail_the_schema(written: str, fixture_registry: Registry) -> None:
    unit = schema.plan_schema(fixture_registry)["definitions"]["Unit"]
    index = UnitIndex(fixture_registry)
    assert any(part.resolved is None for part in split_cell(written, index)) or not written
    assert not Draft7Validator(unit).is_valid(written)


@pytest.mark.parametrize(
    "written",
    ["Cục Báo chí; Vụ Pháp chế", "Văn phòng Bộ, Cục Báo chí", "cục báo chí , VỤ PHÁP CHẾ"],
)
def test_cells_of_several_names_validate_accepts_pass_the_schema(
    written: str, fixture_registry: Registry
) -> None:
    """A cell written as one string of several known names is what validate splits (README)."""
    unit = schema.plan_schema(fixture_registry)["definitions"]["Unit"]
    index = UnitIndex(fixture_registry)
    assert len(split_cell(written, index)) > 1
    assert all(part.resolved is not None for part in split_cell(written, index))
    assert Draft7Validator(unit).is_valid(written)


def test_completion_offers_canonical_names_only(fixture_registry: Registry) -> None:
    unit = schema.plan_schema(fixture_registry)["definitions"]["Unit"]
    offered = unit["anyOf"][0]["enum"]
    assert offered == UnitIndex(fixture_registry).canonical_names()
    assert "Trung tâm TT" not in offered  # an alias: validate would warn (U005)


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_pattern_compiles_as_ecmascript(fixture_registry: Registry) -> None:
    """The editor runs the pattern as `new RegExp(pattern, "u")`, stricter than Python's re."""
    pattern = schema.unit_name_pattern(UnitIndex(fixture_registry).all_names())
    script = (
        "const p = new RegExp(process.argv[1], 'u');"
        "const names = ['Văn phòng Bộ', 'VĂN PHÒNG BỘ;', 'Vụ Kế hoạch - Tài chính'];"
        "const ok = names.every(s => p.test(s));"
        "process.exit(ok && !p.test('Vụ Pháp chê') ? 0 : 1);"
    )
    result = subprocess.run(["node", "-e", script, pattern], capture_output=True, timeout=30)
    assert result.returncode == 0, result.stderr.decode()


# --- the command -----------------------------------------------------------------------------


def test_cli_writes_and_checks(tmp_path: Path, run_cli: Any) -> None:
    target = tmp_path / "out" / "plan.schema.json"
    code, _, _ = run_cli(["schema", "-o", str(target), "--registry", str(ORG_YAML)])
    assert code == 0
    assert target.read_text(encoding="utf-8") == schema.dumps(
        schema.plan_schema(registry_of(VALID_PLAN))
    )
    code, _, err = run_cli(["schema", "-o", str(target), "--registry", str(ORG_YAML), "--check"])
    assert code == 0, err
    code, _, err = run_cli(["schema", "-o", str(target), "--check", "--lang", "en"])
    assert code == 1
    assert "out of date" in err and "planctl schema -o" in err


def test_cli_prints_to_stdout(run_cli: Any) -> None:
    code, out, _ = run_cli(["schema"])
    assert code == 0
    assert out == schema.dumps(schema.plan_schema())


def test_cli_org_schema_checks_registries(tmp_path: Path, run_cli: Any) -> None:
    code, out, _ = run_cli(["schema", "--org"])
    assert code == 0
    org = json.loads(out)
    registries = [ORG_YAML, *sorted((REPO / "plans").glob(f"*/{REGISTRY_NAME}"))]
    for path in registries:
        assert errors(org, path.read_text(encoding="utf-8")) == [], path
    broken = ORG_YAML.read_text(encoding="utf-8").replace("head_title:", "head_titel:")
    assert errors(org, broken) != []


def test_cli_refuses_a_broken_registry(tmp_path: Path, run_cli: Any) -> None:
    org = tmp_path / "org.yaml"
    org.write_text("issuer:\n  id: x\n", encoding="utf-8")
    code, out, err = run_cli(["schema", "--registry", str(org), "--lang", "en"])
    assert code == 1 and out == ""
    assert "S002" in err and "has errors" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--check"], "--check needs -o"),
        (["--org", "--registry", "org.yaml"], "not both"),
        (["--registry", "missing/org.yaml"], "path not found"),
    ],
)
def test_cli_usage_errors(args: list[str], message: str, run_cli: Any) -> None:
    code, _, err = run_cli(["schema", *args, "--lang", "en"])
    assert code == 2
    assert message in err


def test_modeline_is_relative_and_posix(tmp_path: Path) -> None:
    plan = tmp_path / "plans" / "btttt" / "x.yaml"
    line = schema.modeline(plan, tmp_path / "schema" / "plan.schema.json")
    assert line == "# yaml-language-server: $schema=../../schema/plan.schema.json"
