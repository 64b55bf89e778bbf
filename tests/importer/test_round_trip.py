"""Round trip: every sample plan built, its .docx imported, the import built again.

The second document has the same text as the first (textconv), and the imported YAML, after
`fmt`, holds the same data as the sample apart from what the document does not print:

- DIFFERENCES below, each named and normalised away in `_comparable`, and nothing else.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from .helpers import PLANS, build, cli, docx_text

SAMPLES = sorted(p for p in PLANS.glob("*/*.yaml") if p.name != "org.yaml")

# What a built document does not print, so an import cannot give it back:
DIFFERENCES = {
    "id": "task and group ids: made from the content (slugs), not the sample's hand-chosen ids",
    "role": "a section's role (purpose, content, budget, responsibilities): not printed",
    "series": "the key linking a plan across years: not printed",
    "closing": "closing paragraphs come back as the last paragraphs of the last section "
    "(same text, same place in the document)",
    "authority_line": "printed from the registry when the sample leaves it out; "
    "imported as printed",
    "prose_field_stop": "the final “.” of a prose task's field "
    "(the renderer prints one either way)",
    "final_stop": "the “.” before the closing “./.” of the body's last paragraph (the renderer "
    "prints “./.” whether the sample's text ends with “.” or not)",
    "one_unit_cell": "a cell of one unit written as a string or as a one-item list: the same "
    "data to the model (a list), printed the same",
    "comments": "YAML comments (# planctl: ignore[…] among them): not in the document",
}


def _load(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: [v] if k in ("lead", "support") and isinstance(v, str) else _strip(v)
            for k, v in node.items()
            if k not in ("id", "role", "series")
        }
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def _closing_into_sections(content: dict[str, Any]) -> None:
    closing = content.pop("closing", [])
    if not closing:
        return
    last = content["sections"][-1]
    while last.get("sections"):
        last = last["sections"][-1]
    last.setdefault("text", []).extend(closing)


def _prose_stops(content: dict[str, Any]) -> None:
    if content.get("task_layout", {}).get("presentation") != "prose":
        return
    for task in content.get("tasks", []):
        for key in ("form", "output", "budget", "notes"):
            if isinstance(task.get(key), str):
                task[key] = task[key].rstrip(".") if not task[key].endswith("..") else task[key]


def _without_final_stop(data: dict[str, Any]) -> None:
    """The last paragraph of the signed body: the last article, or the plan's last text."""
    if data.get("articles"):
        data["articles"][-1] = data["articles"][-1].rstrip(".")
        return
    node: Any = data
    while isinstance(node, dict) and node.get("sections"):
        node = node["sections"][-1]
    if isinstance(node, dict) and node.get("text"):
        items = node["text"]
        if isinstance(items[-1], dict):
            items = items[-1]["bullets"]
        if isinstance(items[-1], str):
            items[-1] = items[-1].rstrip(".")


def _comparable(data: dict[str, Any], imported: dict[str, Any]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    content = data.get("plan") or data.get("programme") or data
    _closing_into_sections(content)
    _prose_stops(content)
    _without_final_stop(data)
    if "authority_line" in imported and "authority_line" not in data:
        data["authority_line"] = imported["authority_line"]
    return _strip(data)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_import_of_a_built_plan_builds_the_same_document(sample: Path, tmp_path: Path) -> None:
    first = build(sample, tmp_path / "first")
    org = tmp_path / "org"
    org.mkdir()
    shutil.copy(sample.parent / "org.yaml", org / "org.yaml")
    if (sample.parent / "planctl.toml").exists():
        shutil.copy(sample.parent / "planctl.toml", org / "planctl.toml")

    code, stdout, stderr = cli("import", str(first), "-o", str(org), "--lang", "en")
    assert code == 0, stdout + stderr
    imported = [p for p in org.glob("*.yaml") if p.name not in ("org.yaml",)]
    assert len(imported) == 1, stdout
    assert not (org / "org.import.yaml").exists(), "every unit of a sample is in its registry"

    # The YAML is already in fmt's canonical form.
    code, stdout, stderr = cli("fmt", "--check", str(imported[0]))
    assert code == 0, stdout + stderr

    second = build(imported[0], tmp_path / "second")
    assert docx_text(second) == docx_text(first)

    original, again = _load(sample), _load(imported[0])
    _without_final_stop(again)
    assert _strip(again) == _comparable(original, again)
