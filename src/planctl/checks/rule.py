"""Rules: a finding code, its severity, its words in both languages and its explanation,
declared beside the code that reports it.

A check declares its rules in its decorator::

    U004 = Rule("U004", "no-lead-unit", ERROR, message=Text(...), hint=Text(...),
                what=Text(...), why=Text(...), example=Text(...), fix=Text(...))

    @check(U004)
    def task_units(ctx: CheckContext) -> Iterator[Finding]: ...

The loader and the model declare theirs with `declare(...)`. `all_rules()` imports every
module listed in `RULE_MODULES` and returns the rules by code; explain, the reporters and
the configuration see every code through it.

Families (ruff style, a letter and three digits): S schema and loading, U units,
D deadlines, R references (căn cứ), T text, N numbering and ids, K status of an issued
plan (kết quả thực hiện).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from planctl.findings import Finding, Severity

if TYPE_CHECKING:
    from planctl.checks.context import CheckContext

ERROR, WARNING = Severity.ERROR, Severity.WARNING

# The modules that declare rules; importing them declares the rules.
RULE_MODULES = (
    "planctl.load.rules",
    "planctl.model.from_data",
    "planctl.workspace",
    "planctl.checks.units",
    "planctl.checks.deadlines",
    "planctl.checks.references",
    "planctl.checks.text",
    "planctl.checks.ids",
    "planctl.checks.status",
    "planctl.render.wording_check",
    "planctl.suppress",
)
FAMILY_ORDER = "SUDRTNK"


class Text(NamedTuple):
    """One sentence (or YAML example) in Vietnamese and in English."""

    vi: str
    en: str

    def of(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


def example(yaml: str, vi: str, en: str) -> Text:
    """A YAML example, the same in both languages, with a comment in each language on its
    last line (the line the rule reports)."""
    body = yaml.rstrip("\n")
    return Text(f"{body}  # {vi}" if body else f"# {vi}", f"{body}  # {en}" if body else f"# {en}")


@dataclass(frozen=True)
class Rule:
    """One finding code. `message` and `hint` are templates filled with a finding's
    arguments; `what`, `why`, `example` (YAML) and `fix` are what `planctl explain` prints."""

    code: str
    name: str
    severity: Severity
    message: Text
    hint: Text
    what: Text
    why: Text
    example: Text
    fix: Text

    def render_message(self, lang: str, args: dict[str, Any]) -> str:
        return _fill(self.message.of(lang), args)

    def render_hint(self, lang: str, args: dict[str, Any]) -> str:
        return _fill(self.hint.of(lang), args)

    @property
    def family(self) -> str:
        return self.code[0]


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"


def _fill(template: str, args: dict[str, Any]) -> str:
    return template.format_map(_Defaulting(args))


CheckFunction = Callable[["CheckContext"], Iterator[Finding]]


@dataclass(frozen=True)
class Check:
    rules: tuple[Rule, ...]
    function: CheckFunction

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(rule.code for rule in self.rules)


_DECLARED: list[Rule] = []
CHECKS: list[Check] = []


def declare(*rules: Rule) -> None:
    """Declare rules reported outside the checks (by the loader, the model, the workspace)."""
    _DECLARED.extend(rules)


def check(*rules: Rule) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check and declare the rules it may report."""
    declare(*rules)

    def register(function: CheckFunction) -> CheckFunction:
        CHECKS.append(Check(rules, function))
        return function

    return register


def declared_rules() -> list[Rule]:
    """Every declaration, in order (a code declared twice appears twice)."""
    for module in RULE_MODULES:
        importlib.import_module(module)
    return list(_DECLARED)


@cache
def all_rules() -> dict[str, Rule]:
    """Every rule by code, in family order."""
    rules = sorted(declared_rules(), key=lambda r: (FAMILY_ORDER.find(r.family), r.code))
    by_code = {rule.code: rule for rule in rules}
    if len(by_code) != len(rules):
        codes = [r.code for r in rules]
        twice = sorted({code for code in codes if codes.count(code) > 1})
        raise RuntimeError(f"rule codes declared more than once: {', '.join(twice)}")
    return by_code


def rule(code: str) -> Rule:
    return all_rules()[code]
