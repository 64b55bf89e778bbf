"""`planctl explain --all` and the rule pages generated from it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from ci_support import REPO

from planctl.checks.rule import all_rules
from planctl.commands.explain import rules_markdown


@pytest.mark.parametrize(("lang", "page"), [("en", "rules.md"), ("vi", "rules.vi.md")])
def test_rule_pages_are_current(lang: str, page: str) -> None:
    current = (REPO / "docs" / page).read_text(encoding="utf-8")
    assert current == rules_markdown(lang), (
        f"docs/{page} is stale: run `planctl explain --all --lang {lang} > docs/{page}`"
    )


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_rule_has_a_section(lang: str, run_cli: Any) -> None:
    code, out, _ = run_cli(["explain", "--all", "--lang", lang])
    assert code == 0
    headings = [line[4:].split()[0] for line in out.splitlines() if line.startswith("### ")]
    assert sorted(headings) == sorted(all_rules())
    assert re.search(r"\{[a-z_]+\}", out) is None, "placeholders are shown as …"


def test_explain_needs_a_code_or_all(run_cli: Any) -> None:
    code, out, err = run_cli(["explain", "--lang", "en"])
    assert code == 2 and out == ""
    assert "name a rule code, or use --all" in err


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("en", ["What it checks: ", "Why: ", "Example:", "How to fix: "]),
        ("vi", ["Kiểm tra gì: ", "Vì sao: ", "Ví dụ:", "Cách sửa: "]),
    ],
)
def test_explain_prints_the_four_parts(lang: str, labels: list[str], run_cli: Any) -> None:
    code, out, _ = run_cli(["explain", "d004", "--lang", lang])
    assert code == 0
    assert out.startswith("D004 (subtask-after-parent) — error\n")
    positions = [out.index(label) for label in labels]
    assert positions == sorted(positions), "what, why, example, fix, in that order"
    assert "      deadline: Quý III/2024  # " in out, "the YAML example, indented"
