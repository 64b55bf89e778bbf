"""JSON Schema for plan files, generated from the pydantic models, for editors and CI.

The YAML language server (VS Code's YAML extension, and the editors built on it) completes
and checks a plan as the clerk types when the plan's first line names a schema::

    # yaml-language-server: $schema=../../schema/plan.schema.json

Two kinds of schema come from here:

* the generic one (`planctl schema -o schema/plan.schema.json`): the shape of a plan or a
  decision, every key with its description, the closed lists (`role`, `presentation`, …);
* a registry's own (`planctl schema --registry plans/btttt/org.yaml -o …`): the same, plus the
  organisation's unit names in `lead`/`support` and its signer ids in `signer`, so that the
  editor offers them as completions and underlines a misspelt unit.

The schema is draft-07, the newest draft the YAML language server fully supports. It accepts
what the models accept, including the shorthands their "before" validators allow (a single
string for a one-item list, `period: 2024`, a bare year as a deadline); each such validator
is listed in `_WIDEN`, and a new one that is not fails generation loudly rather than making the
schema reject plans that `planctl validate` accepts.

A unit name is accepted the way `planctl validate` accepts it (any case, any spacing, a
trailing "." ";" or ","), except text in decomposed Unicode (NFD), which only validate folds.
Completion offers the canonical names only, so that the editor never suggests an alias that
validate would then warn about (U005).

Output is deterministic: sorted keys, two-space indent, UTF-8, a final newline.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Union

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from planctl.model.authority import LEVEL_PATTERN, Authority
from planctl.model.kinds import KINDS
from planctl.model.plan import Column
from planctl.model.registry import Registry, SignerEntry, UnitIndex
from planctl.schema_deadline import deadline_pattern
from planctl.schema_text import describe

__all__ = [
    "DRAFT",
    "SchemaError",
    "dumps",
    "modeline",
    "plan_schema",
    "registry_schema",
    "unit_name_pattern",
]

DRAFT = "http://json-schema.org/draft-07/schema#"
_REF = "#/definitions/{model}"
_STRING: JsonSchemaValue = {"type": "string"}
_NULL: JsonSchemaValue = {"type": "null"}


class SchemaError(Exception):
    """The models hold something the schema generator does not know how to describe."""


# --- what the "before" validators accept beyond the field's type ---------------------------


def _one_of_more(inner: JsonSchemaValue, *extra: JsonSchemaValue) -> JsonSchemaValue:
    """`inner`, or any of `extra` (flattening an `anyOf` already there)."""
    branches = list(inner["anyOf"]) if set(inner) == {"anyOf"} else [inner]
    return {"anyOf": [*branches, *[e for e in extra if e not in branches]]}


def _single_item(inner: JsonSchemaValue) -> JsonSchemaValue:
    # `lead: Văn phòng Bộ` for `lead: [Văn phòng Bộ]`; an empty `lead:` for `[]`.
    return _one_of_more(inner, dict(_STRING), dict(_NULL))


def _number_as_text(inner: JsonSchemaValue) -> JsonSchemaValue:
    # `deadline: 2025` or `deadline: 6/2025` typed unquoted.
    return _one_of_more(inner, {"type": "number"})


def _digits(inner: JsonSchemaValue) -> JsonSchemaValue:
    # `number: "0155"` kept as written, or `number: 136` typed unquoted.
    digits = {"type": "string", "pattern": r"^\s*[0-9]+\s*$"}
    return {"anyOf": [digits, {"type": "integer"}, dict(_NULL)]}


def _year_or_years(inner: JsonSchemaValue) -> JsonSchemaValue:
    # `period: 2024` or `period: "2025-2026"`.
    years = {"type": "string", "pattern": r"^\s*[0-9]{4}\s*(?:[-–]\s*[0-9]{4})?\s*$"}
    return _one_of_more(inner, {"type": "integer"}, years)


def _bases(inner: JsonSchemaValue) -> JsonSchemaValue:
    # `legal_bases: {bullets: [...]}`: the lines printed as "- " bullets.
    bullets = {
        "type": "object",
        "properties": {"bullets": _single_item({"type": "array", "items": dict(_STRING)})},
        "required": ["bullets"],
        "additionalProperties": False,
    }
    return _one_of_more(_single_item(inner), bullets)


def _authority_lines(inner: JsonSchemaValue) -> JsonSchemaValue:
    # `authority: [TM. Chính phủ, KT. Thủ tướng]`: each level as the line the document prints.
    line = {"type": "string", "pattern": LEVEL_PATTERN}
    widened = dict(inner)
    widened["anyOf"] = [
        dict(branch, items=_one_of_more(branch["items"], line))
        if branch.get("type") == "array"
        else branch
        for branch in inner["anyOf"]
    ]
    return widened


def _column_names(inner: JsonSchemaValue) -> JsonSchemaValue:
    # `columns: [number, content, lead]` for `[{field: number}, …]`.
    names = {"type": "string", "enum": [c.value for c in Column]}
    widened = dict(inner)
    widened["items"] = _one_of_more(inner["items"], names)
    return widened


_WIDEN: dict[str, Callable[[JsonSchemaValue], JsonSchemaValue]] = {
    "Section._text_list": _single_item,
    "Task._lists": _single_item,
    "PlanContent._content_lists": _single_item,
    "PlanContent._content_bases": _bases,
    "DocumentHeader._header_lists": _single_item,
    "IssuingDocument._issuing_lists": _single_item,
    "IssuingDocument._issuing_bases": _bases,
    "SignerInline._authority": _authority_lines,
    "SignerEntry._authority": _authority_lines,
    "Task._deadline_text": _number_as_text,
    "Task._number_text": _number_as_text,
    "TaskGroup._number_text": _number_as_text,
    "DocumentHeader._number": _digits,
    "PlanContent._period_value": _year_or_years,
    "TaskLayout._columns": _column_names,
}


def _validator_name(schema: core_schema.BeforeValidatorFunctionSchema) -> str:
    function: Any = schema["function"]["function"]
    target = getattr(function, "__func__", function)
    return str(getattr(target, "__qualname__", repr(target)))


class _Generator(GenerateJsonSchema):
    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        inner = super().function_before_schema(schema)
        name = _validator_name(schema)
        widen = _WIDEN.get(name)
        if widen is None:
            raise SchemaError(
                f"the 'before' validator {name} may accept input its field's type does not "
                "describe; say what it accepts in planctl.schema._WIDEN"
            )
        return widen(inner)


# --- post-processing -------------------------------------------------------------------------


def _draft7(node: Any) -> Any:
    """`$defs` → `definitions`; a `$ref` with siblings (ignored by draft-07) goes in `allOf`."""
    if isinstance(node, list):
        return [_draft7(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {("definitions" if k == "$defs" else k): _draft7(v) for k, v in node.items()}
    if "$ref" in out and len(out) > 1:
        ref = out.pop("$ref")
        out["allOf"] = [{"$ref": ref}, *out.get("allOf", [])]
    return out


def _replace_strings(node: Any, replacement: JsonSchemaValue) -> Any:
    """Every plain `{"type": "string"}` under `node` replaced by `replacement`."""
    if node == _STRING:
        return dict(replacement)
    if isinstance(node, list):
        return [_replace_strings(item, replacement) for item in node]
    if isinstance(node, dict):
        return {k: _replace_strings(v, replacement) for k, v in node.items()}
    return node


def _generate(model: Any) -> JsonSchemaValue:
    adapter: TypeAdapter[Any] = TypeAdapter(model)
    schema = adapter.json_schema(ref_template=_REF, schema_generator=_Generator)
    return dict(_draft7(schema))


def _signers(definitions: dict[str, Any]) -> None:
    """What the signer models check beyond their fields' types: a level names one of the five
    prefixes (not the empty "in person" one), and `on_behalf_of` goes with a single prefix."""
    level = definitions.get("AuthorityLevel")
    if level is not None:
        level["properties"]["authority"] = {
            "description": level["properties"]["authority"].get("description", ""),
            "enum": [a.value for a in Authority if a.value],
            "type": "string",
        }
    for name in ("SignerInline", "SignerEntry"):
        if name in definitions:
            definitions[name]["if"] = {
                "properties": {"authority": {"type": "array"}},
                "required": ["authority"],
            }
            definitions[name]["then"] = {"not": {"required": ["on_behalf_of"]}}


# --- unit names ------------------------------------------------------------------------------

# The characters ECMAScript (the editor) lets one escape in a pattern with the `u` flag; any
# other escape is a syntax error there, so "-" and " " must stay bare.
_SYNTAX = set("^$\\.*+?()[]{}|/")


def _char_pattern(char: str) -> str:
    forms = sorted({char, char.lower(), char.upper(), char.casefold()}, key=ord)
    forms = [f for f in forms if len(f) == 1]
    if len(forms) > 1:
        return "[" + "".join(forms) + "]"
    return "\\" + char if char in _SYNTAX else char


def _name_pattern(name: str) -> str:
    words = name.split()
    return r"\s+".join("".join(_char_pattern(c) for c in word) for word in words)


def unit_name_pattern(names: Iterable[str]) -> str:
    """A pattern matching each name as `planctl validate` matches it (see `normalize_name`):
    in any case, with any run of spaces, and with a trailing ".", ";" or ","."""
    alternatives = sorted({_name_pattern(n) for n in names if n.strip()})
    return r"^\s*(?:" + "|".join(alternatives) + r")\s*[.;,]*\s*$"


def unit_cell_pattern(names: Iterable[str]) -> str:
    """A pattern matching a cell written as one string of several names, as `validate` splits
    it (facts/cells.py): known names separated by "," or ";" ("VTV, VOV, các địa phương")."""
    one = "(?:" + "|".join(sorted({_name_pattern(n) for n in names if n.strip()})) + ")"
    return rf"^\s*{one}(?:\s*[,;]\s*{one})*\s*[.;,]*\s*$"


def _unit_schema(registry: Registry) -> JsonSchemaValue:
    index = UnitIndex(registry)
    return {
        "title": "Unit",
        "description": (
            f"A unit or group in the registry of {registry.issuer.name}: its name, an alias "
            "or its short name (completion offers the canonical names)."
        ),
        "anyOf": [
            {"type": "string", "enum": index.canonical_names()},
            {"type": "string", "pattern": unit_name_pattern(index.all_names())},
            {"type": "string", "pattern": unit_cell_pattern(index.all_names())},
        ],
    }


def _signer_line(signer: SignerEntry) -> str:
    """“Bùi Hoàng Phương — KT. Bộ trưởng, Thứ trưởng”."""
    role = signer.title
    if isinstance(signer.authority, list):
        role = ", ".join([*(level.line for level in signer.authority), signer.title])
    elif signer.authority.value:
        role = f"{signer.authority.value}. {signer.on_behalf_of or ''}, {signer.title}"
    return f"{signer.name} — {role}"


def _signer_schema(registry: Registry) -> JsonSchemaValue:
    signers = sorted(registry.signers, key=lambda s: s.id)
    return {
        "title": "Signer id",
        "description": f"A signer from the registry of {registry.issuer.name}.",
        "type": "string",
        "enum": [s.id for s in signers],
        "enumDescriptions": [_signer_line(s) for s in signers],
    }


# --- public ----------------------------------------------------------------------------------


def _describe(node: Any, model: str, lang: str) -> None:
    """Every property under `node` (of the definition `model`) gets its description in
    `lang` (planctl.schema_text); one with none in either language fails generation."""
    if isinstance(node, list):
        for item in node:
            _describe(item, model, lang)
        return
    if not isinstance(node, dict):
        return
    for field, prop in (node.get("properties") or {}).items():
        words = describe(model, field, lang, prop.get("description"))
        if not words:
            raise SchemaError(f"{model}.{field} has no description: add it to planctl.schema_text")
        if "$ref" in prop:  # draft-07 ignores what sits beside a $ref
            prop = {"allOf": [{"$ref": prop.pop("$ref")}, *prop.pop("allOf", [])], **prop}
            node["properties"][field] = prop
        prop["description"] = words
    for key, value in node.items():
        if key != "definitions":
            _describe(value, model, lang)


def _described(schema: dict[str, Any], root: str, lang: str) -> None:
    for name, definition in schema.get("definitions", {}).items():
        _describe(definition, name, lang)
    _describe({k: v for k, v in schema.items() if k != "definitions"}, root, lang)


def _deadline_forms(definitions: dict[str, Any]) -> None:
    """A task's `deadline:` text must be one of the forms validate reads (D001)."""
    deadline = definitions["Task"]["properties"]["deadline"]
    pattern = {"type": "string", "pattern": deadline_pattern()}
    deadline["anyOf"] = [pattern if b == _STRING else b for b in deadline["anyOf"]]


def plan_schema(registry: Registry | None = None, lang: str = "vi") -> JsonSchemaValue:
    """The schema of a plan file; with `registry`, its unit names and signer ids too;
    descriptions in `lang`."""
    models = tuple(kind.model for kind in KINDS.values())
    generated = _generate(Union[models])  # noqa: UP007  a union built from the kinds registry
    definitions: dict[str, Any] = generated.pop("definitions")
    _signers(definitions)
    _deadline_forms(definitions)
    _described({"definitions": definitions}, "Plan", lang)
    branches = generated.pop("anyOf")
    kinds = ", ".join(f"{kind.heading} (kind: {kind.name})" for kind in KINDS.values())
    schema: dict[str, Any] = {
        "$schema": DRAFT,
        "$comment": "Generated by `planctl schema`; do not edit.",
        "title": "planctl plan",
        "description": f"A document as planctl reads it: {kinds}.",
        "oneOf": branches,
        "definitions": definitions,
    }
    if registry is not None:
        issuer = registry.issuer
        schema["title"] = f"planctl plan — {issuer.name} ({issuer.id})"
        definitions["Unit"] = _unit_schema(registry)
        definitions["SignerId"] = _signer_schema(registry)
        unit_ref = {"$ref": _REF.format(model="Unit")}
        task = definitions["Task"]["properties"]
        for role in ("lead", "support"):
            task[role] = _replace_strings(task[role], unit_ref)
        signer_ref = {"$ref": _REF.format(model="SignerId")}
        for model in (m.__name__ for m in models):
            props = definitions[model]["properties"]
            props["signer"] = _replace_strings(props["signer"], signer_ref)
    return schema


def registry_schema(lang: str = "vi") -> JsonSchemaValue:
    """The schema of an organisation registry (org.yaml), descriptions in `lang`."""
    generated = _generate(Registry)
    _signers(generated.get("definitions", {}))
    _described(generated, "Registry", lang)
    return {
        "$schema": DRAFT,
        "$comment": "Generated by `planctl schema --org`; do not edit.",
        **{k: v for k, v in generated.items() if k != "title"},
        "title": "planctl organisation registry (org.yaml)",
    }


def dumps(schema: JsonSchemaValue) -> str:
    """The schema as committed: sorted keys, UTF-8 text, a final newline."""
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def modeline(plan: Path, schema: Path) -> str:
    """The first line that points the YAML language server at `schema` from `plan`."""
    relative = os.path.relpath(schema.resolve(), plan.resolve().parent)
    return f"# yaml-language-server: $schema={Path(relative).as_posix()}"
