"""The rules as declared beside their checks: complete, each code once, each one tested."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planctl.checks.rule import CHECKS, Rule, all_rules, declared_rules

RULES_TESTS = Path(__file__).parent
PARTS = ("what", "why", "example", "fix")
# A Vietnamese sentence has at least one letter with a diacritic.
_VIETNAMESE = re.compile(r"[à-ỹđĐÀ-Ỹ]")


def _rules() -> list[Rule]:
    return list(all_rules().values())


def test_each_code_is_declared_exactly_once() -> None:
    codes = [rule.code for rule in declared_rules()]
    twice = sorted({code for code in codes if codes.count(code) > 1})
    assert twice == []
    names = [rule.name for rule in declared_rules()]
    assert len(names) == len(set(names)), "rule names are unique too"


@pytest.mark.parametrize("rule", _rules(), ids=lambda rule: rule.code)
def test_code_and_name_are_well_formed(rule: Rule) -> None:
    assert re.fullmatch(r"[SUDRTNK]\d{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)


@pytest.mark.parametrize("rule", _rules(), ids=lambda rule: rule.code)
def test_every_part_is_written_in_both_languages(rule: Rule) -> None:
    for part in ("message", "hint", *PARTS):
        text = getattr(rule, part)
        assert text.vi.strip() and text.en.strip(), f"{rule.code}: {part} is empty"
    for part in ("what", "why", "fix"):
        text = getattr(rule, part)
        assert text.vi != text.en, f"{rule.code}: {part} is not translated"
        assert _VIETNAMESE.search(text.vi), f"{rule.code}: {part} (vi) has no diacritics"
    assert rule.example.vi != rule.example.en, f"{rule.code}: the example's comment is one language"


@pytest.mark.parametrize("rule", _rules(), ids=lambda rule: rule.code)
def test_explanations_hold_no_placeholders(rule: Rule) -> None:
    """The explanation is printed as written: a `{name}` in it would be shown raw."""
    for part in PARTS:
        for text in getattr(rule, part):
            assert re.search(r"\{[a-z_]+\}", text) is None, f"{rule.code}: {part}"


def test_every_declared_code_has_its_test_file() -> None:
    tested = {p.stem.removeprefix("test_").upper() for p in RULES_TESTS.glob("test_[a-z][0-9]*.py")}
    declared = set(all_rules())
    assert sorted(declared - tested) == [], "add tests/rules/test_<code>.py"
    assert sorted(tested - declared) == [], "a test file for a rule no one declares"


def test_every_check_declares_its_rules() -> None:
    all_rules()
    assert CHECKS
    declared = set(all_rules())
    for check in CHECKS:
        assert check.rules, f"{check.function.__name__} declares no rule"
        assert set(check.codes) <= declared
