"""Helpers for the CI and editor tests: a plan with known findings, YAML as an editor reads it.

Imported by the tests as `ci_support` (conftest.py only holds the fixtures)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "org"
ORG_YAML = FIXTURES / "org.yaml"
VALID_PLAN = FIXTURES / "valid-plan.yaml"

# Edits of the fixture plan that give exactly these findings (line, column, code, severity).
KNOWN_EDITS = (
    ("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [Trung tâm TT, Cục Báo chí]"),
    (
        "lead: [Vụ Pháp chế]\n    support: [Văn phòng Bộ]",
        "lead: [Vụ Pháp chê]\n    support: [Văn phòng Bộ]",
    ),
    (
        "    lead: [Văn phòng Bộ]\n    deadline:\n      event: Theo kế hoạch kiểm tra\n",
        "    lead: [Văn phòng Bộ]\n",
    ),
)
KNOWN_FINDINGS = (
    (27, 15, "U005", "warning"),
    (48, 12, "U001", "error"),
    (62, 5, "D006", "warning"),
)
# A folder name with Vietnamese letters: paths must survive every format.
KNOWN_FOLDER = "kế-hoạch"


def edit(text: str, *replacements: tuple[str, str]) -> str:
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times, not once"
        text = text.replace(old, new)
    return text


def known_plan_text() -> str:
    return edit(VALID_PLAN.read_text(encoding="utf-8"), *KNOWN_EDITS)


def write_known(root: Path) -> Path:
    """`root/kế-hoạch/plan.yaml` (with KNOWN_FINDINGS) beside the fixture org.yaml; `root`."""
    folder = root / KNOWN_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ORG_YAML, folder / "org.yaml")
    (folder / "plan.yaml").write_text(known_plan_text(), encoding="utf-8")
    return root


class EditorLoader(yaml.SafeLoader):
    """YAML as the YAML language server reads it (YAML 1.2): a date stays a string."""


EditorLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def editor_yaml(text: str) -> Any:
    return yaml.load(text, Loader=EditorLoader)
