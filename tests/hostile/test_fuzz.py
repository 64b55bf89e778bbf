"""The fuzz test of issue #11: the sample plans, mutated structurally (keys dropped, values
of the wrong kind, items duplicated or moved, unknown keys) and textually (hostile text in
the clerk's fields, raw edits of the YAML), through validate, build, fmt, ids and diff.

For every mutated plan:

- no command raises (a traceback); each exits with one of its documented codes;
- every non-zero exit names a file and a line (`file:line:…`);
- every character of the text put into a task's content or a paragraph is in the built
  .docx, or reported: the build only runs when validate has no error, and then each word of
  the text, as the loader reads it (NFC, CR LF as LF, control characters reported as T003
  and dropped), is in the document's text.

Bounded and deterministic for `make test`: a fixed number of examples, derandomized (the same
plans on every run), no example database. PLANCTL_FUZZ_EXAMPLES=500 explores further, and
PLANCTL_FUZZ_SEED=1 (any value) draws new plans at random instead.
"""

from __future__ import annotations

import copy
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from .conftest import PLANS

EXAMPLES = int(os.environ.get("PLANCTL_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=os.environ.get("PLANCTL_FUZZ_SEED") is None,
    database=None,
    deadline=timedelta(seconds=30),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,  # run_cli holds no state
    ],
    print_blob=True,
)

SAMPLES = sorted(
    p.relative_to(PLANS)
    for p in PLANS.rglob("*.yaml")
    if p.name != "org.yaml" and "status" not in p.relative_to(PLANS).parts
)

# Text a clerk (or an attacker) could put in a field: template syntax, formulas, workflow
# commands, XML, line breaks of every kind, Word's control characters, decomposed Vietnamese,
# right-to-left overrides, astral characters.
SNIPPETS = [
    "{{ 7 * 7 }}",
    "{% raw %}",
    '=HYPERLINK("http://x","y")',
    "+1",
    "@SUM(A1)",
    "- gạch đầu dòng",
    "::error file=README.md::x",
    "##[error]x",
    "<w:t>&amp;]]>",
    "\r\n",
    "\r",
    "\n",
    "\t",
    "  ",
    "\x0b",
    "\x0c",
    "\u2028",
    "\x85",
    "Tie\u0302\u0301ng Vie\u0323t",
    "\u202eabc",
    "😀𝔘",
    "Số 01/KH-UBND; 15/12/2024.",
    "./.",
    "%0A%25",
]

# Every character, U+FFFE/U+FFFF and lone surrogates included (S112 reports those).
_CHARS = st.characters()
TEXT = st.lists(
    st.one_of(st.sampled_from(SNIPPETS), st.text(_CHARS, min_size=1, max_size=12)),
    min_size=1,
    max_size=6,
).map("".join)

# The loader's reading of a text (planctl.load): what reaches the document.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
# Separators the decree prescribes, which the composer puts in place of the clerk's.
_SEPARATOR = re.compile(r"^[-;.,/:]+$")


def expected_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    text = re.sub("\r\n?", "\n", text)
    text = _CONTROL.sub(" ", text)
    words = []
    for word in text.split():
        word = word.rstrip(";.,")
        if word and not _SEPARATOR.match(word):
            words.append(word)
    return words


# --- mutations --------------------------------------------------------------------------------

Path_ = tuple[Any, ...]


def _places(data: Any, path: Path_ = ()) -> list[Path_]:
    """Every path in the data, the root included."""
    out = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _places(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _places(value, (*path, i))
    return out


def _get(data: Any, path: Path_) -> Any:
    for key in path:
        data = data[key]
    return data


def _text_places(data: Any) -> list[Path_]:
    """Where the clerk's text prints as written: a task's content, a paragraph."""
    found = []
    for path in _places(data):
        value = _get(data, path)
        if not isinstance(value, str) or not path:
            continue
        task_content = path[-1] == "content" and "tasks" in path
        paragraph = len(path) >= 2 and path[-2] == "text" and "sections" in path
        if task_content or paragraph:
            found.append(path)
    return found


VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=3000),
    st.integers(),  # `period: 99999999999999999999` is a finding (S003), never a traceback
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    TEXT,
    st.lists(TEXT, max_size=3),
    st.dictionaries(st.sampled_from(["x", "id", "content", "group", "tasks"]), TEXT, max_size=2),
    st.dates().map(str),
)


@dataclass
class Mutated:
    data: Any
    probes: list[Path_] = field(default_factory=list)
    """Where texts were put that print, to be found in the document (or reported)."""
    notes: list[str] = field(default_factory=list)


@st.composite
def structural(draw: st.DrawFn, data: Any) -> Mutated:
    data = copy.deepcopy(data)
    notes = []
    for _ in range(draw(st.integers(1, 3))):
        places = [p for p in _places(data) if p]
        if not places:
            break
        path = draw(st.sampled_from(places))
        parent = _get(data, path[:-1])
        kind = draw(st.sampled_from(["drop", "replace", "duplicate", "move", "unknown"]))
        notes.append(f"{kind} {path}")
        if kind == "drop":
            del parent[path[-1]]
        elif kind == "replace":
            parent[path[-1]] = draw(VALUES)
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
        elif kind == "move" and isinstance(parent, list) and len(parent) > 1:
            item = parent.pop(path[-1])
            parent.insert(draw(st.integers(0, len(parent))), item)
        elif kind == "unknown" and isinstance(parent, dict):
            parent[draw(st.sampled_from(["contnet", "lead_unit", "x", "Tiêu đề"]))] = draw(VALUES)
    return Mutated(data, notes=notes)


@st.composite
def textual(draw: st.DrawFn, data: Any) -> Mutated:
    data = copy.deepcopy(data)
    places = _text_places(data)
    chosen = draw(st.lists(st.sampled_from(places), min_size=1, max_size=4, unique=True))
    for path in chosen:
        _get(data, path[:-1])[path[-1]] = draw(TEXT)
    return Mutated(data, probes=chosen, notes=[f"text {p}" for p in chosen])


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**6)


@st.composite
def raw_edit(draw: st.DrawFn, text: str) -> str:
    """The YAML text with a few characters inserted or removed at random places."""
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = (
                text[:at]
                + draw(
                    st.sampled_from([":", "- ", '"', "'", "\n", "  ", "{", "[", "&a", "*a", "!!"])
                )
                + text[at:]
            )
        else:
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
    return text


@dataclass
class Case:
    sample: Path
    text: str
    probes: list[Path_]
    notes: list[str]

    def probe_texts(self) -> list[str]:
        """The texts at the probes as the YAML file says them: the input to look for (YAML
        itself folds some characters, a NEL in a quoted scalar, say)."""
        data = yaml.safe_load(self.text)
        return [_get(data, path) for path in self.probes]


@st.composite
def cases(draw: st.DrawFn) -> Case:
    sample = draw(st.sampled_from(SAMPLES))
    original = (PLANS / sample).read_text(encoding="utf-8")
    data = yaml.safe_load(original)
    how = draw(st.sampled_from(["textual", "both", "textual", "structural", "raw", "textual"]))
    event(f"mutation: {how}")
    if how == "raw":
        return Case(sample, draw(raw_edit(original)), [], ["raw"])
    mutated = Mutated(data)
    if how in ("structural", "both"):
        mutated = draw(structural(mutated.data))
    if how in ("textual", "both") and _text_places(mutated.data):
        text_part = draw(textual(mutated.data))
        mutated = Mutated(text_part.data, text_part.probes, mutated.notes + text_part.notes)
    if how == "both":
        mutated.probes = []  # a later structural change may have moved a probe anywhere
    return Case(sample, _dump(mutated.data), mutated.probes, mutated.notes)


# --- the commands -----------------------------------------------------------------------------

_NAMES_A_LINE = re.compile(r"(?m)^\S[^\n]*?:\d+(?::\d+)?: ")


def _names_file_line(output: str) -> bool:
    return bool(_NAMES_A_LINE.search(output))


def _docx_text(path: Path) -> str:
    """The document's text: each paragraph's runs joined, paragraphs on their own lines."""
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("word/document.xml"))
    lines = []
    for paragraph in root.iter(f"{ns}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{ns}t":
                parts.append(node.text or "")
            elif node.tag in (f"{ns}br", f"{ns}tab"):
                parts.append(" ")
        lines.append("".join(parts))
    return "\n".join(lines)


def _check(case: Case, run_cli: Callable[..., Any]) -> None:
    with tempfile.TemporaryDirectory(prefix="planctl-fuzz-") as tmp:
        root = Path(tmp)
        org = case.sample.parts[0]
        shutil.copytree(PLANS / org, root / org)
        plan = root / case.sample
        plan.write_text(case.text, encoding="utf-8")
        name = case.sample.as_posix()
        context = f"{name} ({'; '.join(case.notes)})"

        checked = run_cli(["validate", name, "--lang", "en"], cwd=root)
        assert checked.exit_code in (0, 1), (context, checked.output)
        if checked.exit_code:
            assert checked.findings, (context, checked.output)
        for finding in checked.findings:
            assert finding.file and finding.line >= 1 and finding.col >= 1, (context, finding)

        built = run_cli(["build", name, "-o", "out", "--lang", "en", "-q"], cwd=root)
        assert built.exit_code in (0, 1), (context, built.output)
        assert built.exit_code == checked.exit_code, (context, checked.output, built.output)
        event(f"validate and build exit {built.exit_code}")
        if built.exit_code:
            assert _names_file_line(built.stderr), (context, built.stderr)
        else:
            document = _docx_text(root / "out" / case.sample.with_suffix(".docx"))
            reported = {f.code for f in checked.findings}
            if case.probes:
                event("built: the texts put in are looked for in the document")
            for probe in case.probe_texts():
                if _CONTROL.search(unicodedata.normalize("NFC", probe)):
                    assert "T003" in reported, (context, probe)
                for word in expected_words(probe):
                    assert word in document, (context, repr(probe), word)

        formatted = run_cli(["fmt", "--check", name, "--lang", "en"], cwd=root)
        assert formatted.exit_code in (0, 1, 2), (context, formatted.output)
        if formatted.exit_code == 2:
            assert _names_file_line(formatted.stderr.removeprefix("planctl: ")), (
                context,
                formatted.stderr,
            )

        original = root / "original.yaml"
        shutil.copyfile(PLANS / case.sample, root / org / "original.yaml")
        original = root / org / "original.yaml"
        diffed = run_cli(["diff", str(original), name, "--lang", "en"], cwd=root)
        assert diffed.exit_code in (0, 2), (context, diffed.output)
        if diffed.exit_code:
            assert _names_file_line(diffed.stderr), (context, diffed.stderr)

        ids = run_cli(["ids", name, "--lang", "en"], cwd=root)
        assert ids.exit_code in (0, 1), (context, ids.output)
        if ids.exit_code:
            assert _names_file_line(ids.stderr), (context, ids.stderr)


@FUZZ
@given(case=cases())
def test_mutated_sample_plans(case: Case, run_cli) -> None:
    _check(case, run_cli)
