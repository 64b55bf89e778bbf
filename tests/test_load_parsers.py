"""libyaml's parser and the Python parser read every file alike.

planctl.load composes with libyaml where PyYAML has it, and reads a file again with the
Python parser whenever libyaml refuses it or what it read fails a check. Whichever parser
read a file, the data, the positions of every value and key, and the findings (their codes,
messages and positions) must be the same: here on every YAML file of the repository, the
shared bad inputs, and texts chosen where the two parsers could differ.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import planctl.load
from planctl.load import LoadError, load_yaml_text
from planctl.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
BAD_INPUTS = ROOT.parent / "shared" / "bad-inputs"

pytestmark = pytest.mark.skipif(
    not hasattr(yaml, "CSafeLoader"), reason="PyYAML was built without libyaml"
)


def _repository_yaml() -> list[Path]:
    found = [*ROOT.glob("plans/**/*.yaml"), *ROOT.glob("tests/**/*.yaml")]
    found += ROOT.glob("src/planctl/data/**/*.yaml")
    return sorted(found)


def _bad_inputs() -> list[Path]:
    return sorted(p for p in BAD_INPUTS.iterdir() if p.is_file()) if BAD_INPUTS.is_dir() else []


def _read(text: str, *, fast: bool) -> tuple[str, Any]:
    """What loading gives, comparable: ("ok", data, positions, findings) or the error."""
    try:
        loaded = load_yaml_text(text, "p.yaml", fast=fast)
    except LoadError as exc:
        return "error", exc.finding
    positions = (loaded.positions.values, loaded.positions.keys)
    return "ok", (loaded.data, positions, loaded.findings)


def _same(text: str) -> tuple[str, Any]:
    fast, slow = _read(text, fast=True), _read(text, fast=False)
    assert fast == slow
    return fast


@pytest.mark.parametrize("path", _repository_yaml(), ids=lambda p: str(p.relative_to(ROOT)))
def test_repository_files_read_alike(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", _bad_inputs(), ids=lambda p: p.name)
def test_bad_inputs_read_alike(path: Path) -> None:
    raw = path.read_bytes()
    try:
        text = planctl.load.decode(raw, "p.yaml")
    except LoadError:
        return  # refused before any parser sees it (binary, not UTF-8)
    _same(text)


TEXTS = {
    "crlf": 'title: Kế hoạch\r\ntasks:\r\n  - name: "một\r\n    hai"\r\n',
    "lone-cr": "title: a\rb: c\r",
    "tab-indent": "a:\n\tb: 1\n",
    "block-scalars": "a: |\n  dòng một\n  dòng hai\nb: >-\n  gấp\n  lại\nc: |+\n  x\n\n",
    "emoji-and-escapes": 'a: "🎉 \\u00e9 \\U0001F600 \\ud83d\\ude00"\nb: 😀 đ\n',
    "emoji": "a: 🎉 đ\nb: '😀 \\U0001F600'\n",
    "fffe-after-emoji": 'a: "🎉 đ \\uFFFE"\nb: "x \\uffff"\n',
    "bad-escape": 'a: "\\ud800 và \\uFFFE"\n',
    "controls": 'a: "x\\x0by"\nb: x\x0cy\n',
    "nel-and-separators": "a: x\x85y\nb: x\u2028y\nc: p\u2029q\n",
    "bom-inside": "a: 1\n\ufeffb: 2\n",
    "two-documents": "a: 1\n---\nb: 2\n",
    "duplicate-key": "a: 1\nb: 2\na: 3\n",
    "merge-key": "base: &b {x: 1}\nc:\n  <<: *b\n",
    "python-tag": "a: !!python/object/apply:os.system [echo]\n",
    "local-tag": "a: !mine x\n",
    "complex-key": "? [a, b]\n: c\n",
    "yaml11-numbers": "a: 0155\nb: 1:30\nc: 1_000\nd: 1.10\ne: on\nf: 0x1F\ng: .inf\n",
    "dates": "a: 2024-02-30\nb: 2024-12-31\nc: 2024-12-31T10:00:00+07:00\nd: 2024-13-45\n",
    "anchors": "u: &u [Văn phòng, Vụ Pháp chế]\nt:\n  - s: *u\n  - s: *u\n",
    "recursive-anchor": "a: &a [*a]\n",
    "undefined-alias": "a: *nowhere\n",
    "unclosed-quote": 'title: "Kế hoạch\nb: c\nd: "e"\n',
    "unclosed-bracket": "a: [1, 2\nb: 3\n",
    "bad-indent": "a:\n  b: 1\n c: 2\n",
    "deep-200": "a: " + "[" * 200 + "]" * 200 + "\n",
    "deep-2000": "a: " + "[" * 2000 + "]" * 2000 + "\n",
    "deep-block": "".join(" " * i + f"k{i}:\n" for i in range(80)) + " " * 80 + "v\n",
    "only-comment": "# nothing\n",
    "null-document": "~\n",
    "scalar-document": "just text\n",
    "multiline-plain": "a: một\n  hai\n\n  ba\n",
    "quoted-folding": "a: 'một\n\n  hai '' ba'\n",
    "trailing-spaces-key": "'a ': 1\nb : 2\n",
    "unicode-key-nfc": "Kế hoạch: 1\n",
    "empty-values": "a:\nb: []\nc: {}\nd: ''\n",
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_chosen_texts_read_alike(name: str) -> None:
    _same(TEXTS[name])


def test_libyaml_reads_what_it_can(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path is taken: libyaml's nodes, not a second reading, give a plan's data."""
    calls: list[str] = []
    real = planctl.load._load_fast

    def spy(*args: Any) -> Any:
        loaded = real(*args)
        calls.append("fast" if loaded is not None else "fell back")
        return loaded

    monkeypatch.setattr(planctl.load, "_load_fast", spy)
    load_yaml_text("title: Kế hoạch\ntasks: [a, b]\n", "p.yaml")
    with pytest.raises(LoadError):
        load_yaml_text('title: "Kế hoạch\n', "p.yaml")
    assert calls == ["fast", "fell back"]


@pytest.mark.parametrize(
    "path",
    [p for p in _repository_yaml() if p.parent.name != "status" and p.name != "org.yaml"]
    + _bad_inputs(),
    ids=lambda p: p.name,
)
def test_validation_is_the_same_with_either_parser(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def check() -> tuple[list[Any], Any]:
        result = Workspace().check_plan(path)
        model = result.document.model_dump() if result.document is not None else None
        return sorted(result.findings), model

    fast = check()
    monkeypatch.setattr(planctl.load, "_FAST_LOADER", None)
    assert check() == fast
