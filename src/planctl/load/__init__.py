"""Read a YAML file into plain data plus the source position of every value.

Only PyYAML's composer is used (it builds nodes and never runs constructors), and the
nodes are turned into Python values here, so no tag can make the loader execute code.
The composer is libyaml's (C) where PyYAML was built with it; a file it cannot take is read
again by the pure-Python parser, whose positions and messages the findings have always given.
Aliases are expanded under a budget, duplicate keys are errors, strings are NFC-normalised,
CR LF and lone CR in a string are read as one line break (LF), and control characters pasted
from Word are stripped and reported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from planctl.findings import Finding, Position
from planctl.load.files import SpecialFile, TooLarge, read_regular
from planctl.load.syntax import Mistake, diagnose, quote_mistake

Key = str | int
KeyPath = tuple[Key, ...]

# A national programme of 20,000 tasks is some 10 MB; the limit is there against a file that
# is not a plan at all (a log, a dump), read before any parsing.
MAX_FILE_BYTES = 64 * 1024 * 1024
# The values reached through aliases: a real plan reuses a few lists a few times; this leaves
# room for anchors reused many times while stopping an alias bomb long before it costs memory.
# Values written out in the file are bounded by its size alone.
MAX_VALUES = 200_000
MAX_DEPTH = 64

# C0 controls except tab/newline/CR, DEL, C1 controls, and the separators Word pastes.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_CONTROL_NAMES = {"\x0b": "vertical tab (VT)", "\x0c": "form feed (FF)", "\x07": "bell"}
_LINE_BREAK = re.compile("\r\n?")
# The controls among them that PyYAML's reader refuses anywhere in the stream.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
# What XML 1.0 cannot hold and only a "\\u…" escape lets through the reader: U+FFFE,
# U+FFFF and UTF-16 surrogates (S112); a whole pair, as JSON writes an emoji, is joined.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")

_STR = "tag:yaml.org,2002:str"
_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


# PyYAML reads YAML 1.1, where `0155` is octal (109), `1:30` sexagesimal (90), `1_000` a
# thousand, `1.10` the float 1.1 and `on` true. A plain scalar whose value would print
# otherwise than the clerk typed it is kept as the text, for the model to read or report.
_PLAIN_BOOL = {"true", "false", "True", "False", "TRUE", "FALSE"}


def _misread(node: yaml.ScalarNode, value: Any) -> bool:
    """Whether PyYAML's reading of a plain scalar would print otherwise than it is written."""
    # A plain scalar's style is None from the Python parser, "" from libyaml's.
    if node.style or isinstance(value, str) or value is None:
        return False
    text = str(node.value)
    if isinstance(value, bool):
        return text not in _PLAIN_BOOL
    if isinstance(value, int | float):
        return str(value) != text
    return False


class LoadError(Exception):
    """The file cannot be read as YAML at all; carries one finding."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding


@dataclass
class SourceMap:
    """Positions of values (and of mapping keys) by their path in the data."""

    file: str
    values: dict[KeyPath, Position] = field(default_factory=dict)
    keys: dict[KeyPath, Position] = field(default_factory=dict)

    def lookup(self, path: tuple[Any, ...], *, key: bool = False) -> Position:
        """Exact position of ``path``, else that of its nearest ancestor."""
        p = tuple(path)
        while True:
            if key and p in self.keys:
                return self.keys[p]
            if p in self.values:
                return self.values[p]
            if not p:
                return Position(self.file, 1, 1)
            p = p[:-1]

    def subtree(self, prefix: KeyPath) -> Iterator[tuple[KeyPath, Position]]:
        n = len(prefix)
        for p, pos in self.values.items():
            if p[:n] == prefix:
                yield p, pos


@dataclass
class Loaded:
    data: Any
    positions: SourceMap
    findings: list[Finding]
    text: str


def _mark_pos(file: str, mark: yaml.Mark | None) -> Position:
    if mark is None:
        return Position(file, 1, 1)
    return Position(file, mark.line + 1, mark.column + 1)


def decode(raw: bytes, file: str) -> str:
    """UTF-8 text (a BOM dropped); LoadError (S102, S103) for binary or legacy-encoded bytes."""
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        line = raw.count(b"\n", 0, offset) + 1
        raise LoadError(Finding.error("S102", Position(file, line, 1)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LoadError(Finding.error("S103", Position(file, line, col))) from None
    return text


def load_yaml(path: Path, *, display: str | None = None) -> Loaded:
    """Load one YAML file; raise LoadError when it is not a usable YAML document."""
    file = display or str(path)
    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise LoadError(unreadable(exc, file)) from None
    return load_yaml_bytes(raw, file)


def load_yaml_bytes(raw: bytes, file: str) -> Loaded:
    """Load YAML already read (a file, or standard input) and shown as `file`."""
    return load_yaml_text(decode(raw, file), file)


def unreadable(exc: OSError, file: str) -> Finding:
    """The finding for a file `read_regular` refused or could not read."""
    where = Position(file, 1, 1)
    if isinstance(exc, TooLarge):
        return Finding.error("S104", where, size=exc.size)
    if isinstance(exc, SpecialFile):
        target = f" → {exc.target}" if exc.target else ""
        return Finding.error("S113", where, kind_vi=exc.kind_vi, kind_en=exc.kind_en, target=target)
    return Finding.error("S105", where, reason=exc.strerror or str(exc))


def _offset_pos(file: str, text: str, offset: int) -> Position:
    line = text.count("\n", 0, offset) + 1
    return Position(file, line, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def _strip_unreadable(text: str, file: str, findings: list[Finding]) -> str:
    """Report and blank out the control characters Word pastes (a vertical tab for a line
    break, …): PyYAML would refuse the whole file. A space keeps every column in place."""
    for match in _UNREADABLE.finditer(text):
        char = match.group()
        name = _CONTROL_NAMES.get(char, f"U+{ord(char):04X}")
        findings.append(Finding.warning("T003", _offset_pos(file, text, match.start()), char=name))
    return _UNREADABLE.sub(" ", text)


def _runaway_quote(text: str, mark: yaml.Mark) -> yaml.Mark | None:
    """Where a quote was left open, when the error comes right after a quoted scalar that
    runs over several lines and closes on the error's line: `title: "Kế hoạch` on line 6
    runs on to the next `"` far below, and the parser only trips there."""
    last: yaml.Token | None = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= mark.index:
                break
            last = token
    except yaml.YAMLError:
        pass
    if (
        isinstance(last, yaml.ScalarToken)
        and last.style in ('"', "'")
        and last.start_mark.line < last.end_mark.line == mark.line
    ):
        start: yaml.Mark = last.start_mark
        return start
    return None


def _syntax_finding(
    file: str, text: str, mark: yaml.Mark | None, original: str, mistake: Mistake | None
) -> Finding:
    """S101 worded for the clerk: the mistake where it is, its fix, and the line itself;
    PyYAML's own (English) words are kept for the English message only."""
    lines = text.split("\n")
    if mistake is not None:
        line, col = mistake.line, mistake.col
        problem_vi, problem_en = mistake.problem_vi, mistake.problem_en
        fix_vi, fix_en = mistake.fix_vi, mistake.fix_en
    else:
        line, col = (mark.line, mark.column) if mark is not None else (0, 0)
        problem_vi, problem_en = (
            "tệp không đọc được theo cú pháp YAML",
            "the file is not valid YAML",
        )
        fix_vi = "kiểm tra dấu ngoặc kép chưa đóng và thụt lề ở dòng này hoặc dòng trước"
        fix_en = "check for an unclosed quote or a wrong indent on this line or the one before"
    return Finding.error(
        "S101",
        Position(file, line + 1, col + 1),
        kind=mistake.kind if mistake is not None else "other",
        problem=original,
        problem_vi=problem_vi,
        problem_en=problem_en,
        fix_vi=fix_vi,
        fix_en=fix_en,
        source=lines[line] if line < len(lines) else "",
    )


# libyaml's composer, where PyYAML has it: several times faster than the Python parser.
_FAST_LOADER: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def load_yaml_text(text: str, file: str, *, fast: bool = True) -> Loaded:
    """`text` as data and positions; LoadError when it is not a usable YAML document.

    With `fast`, libyaml's parser is tried first; whenever it fails, or what it read fails
    a check, the file is read again by the Python parser, so that a finding is always the
    one the Python parser's positions and messages give."""
    findings: list[Finding] = []
    text = _strip_unreadable(text, file, findings)
    if fast and _FAST_LOADER is not None:
        loaded = _load_fast(text, file, list(findings), _FAST_LOADER)
        if loaded is not None:
            return loaded
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # "found unexpected end of stream" points past the end; the cause is where the
        # unclosed construct began.
        if exc.context_mark is not None and re.search(
            r"end of stream|<stream end>", exc.problem or ""
        ):
            mark = exc.context_mark
        problem = " ".join(filter(None, [exc.context, exc.problem]))
        opened = _runaway_quote(text, mark) if mark is not None else None
        mistake = diagnose(text, exc)
        if opened is not None and mark is not None:
            problem += f" (the quoted text opened here only closes on line {mark.line + 1})"
            quote = text.split("\n")[opened.line][opened.column]
            mistake = quote_mistake(text.split("\n"), opened.line, opened.column, quote)
            mark = opened
        raise LoadError(_syntax_finding(file, text, mark, problem, mistake)) from None
    except yaml.reader.ReaderError as exc:
        pos = _offset_pos(file, text, exc.position)
        char = exc.character
        problem = f"U+{char:04X}: {exc.reason}" if isinstance(char, int) else exc.reason
        label = f"U+{char:04X}" if isinstance(char, int) else "?"
        raise LoadError(
            Finding.error(
                "S101",
                pos,
                kind="character",
                problem=problem,
                problem_vi=f"ký tự {label} không được có trong tệp YAML",
                problem_en=f"the character {label} may not appear in a YAML file",
                fix_vi="xóa ký tự này (thường do dán từ Word hay PDF) rồi gõ lại chữ ở đó",
                fix_en="delete the character (usually pasted from Word or a PDF) and retype there",
                source=text.split("\n")[pos.line - 1] if pos.line <= text.count("\n") + 1 else "",
            )
        ) from None
    except yaml.YAMLError as exc:
        raise LoadError(_syntax_finding(file, text, None, str(exc), None)) from None
    except RecursionError:
        raise LoadError(Finding.error("S107", Position(file, 1, 1), limit=MAX_DEPTH)) from None
    if node is None:
        raise LoadError(Finding.error("S106", Position(file, 1, 1)))
    builder = _Builder(file, findings, text)
    data = builder.build(node, ())
    return Loaded(data=data, positions=builder.positions, findings=findings, text=text)


def _load_fast(
    text: str, file: str, findings: list[Finding], loader: type[yaml.CSafeLoader]
) -> Loaded | None:
    """`text` read with libyaml's composer, or None when the Python parser must read it:
    libyaml refused it (its messages and positions differ), it is empty, or a check failed
    (the Python parser gives the finding, e.g. nesting too deep for it)."""
    try:
        node = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None
    if node is None:
        return None
    builder = _Builder(file, findings, text)
    try:
        data = builder.build(node, ())
    except (LoadError, RecursionError):
        return None
    return Loaded(data=data, positions=builder.positions, findings=findings, text=text)


class _Builder:
    def __init__(self, file: str, findings: list[Finding], text: str = "") -> None:
        self.file = file
        self.findings = findings
        self.text = text
        self.positions = SourceMap(file)
        self.count = 0
        self._scalar = yaml.SafeLoader("")
        # Nodes already built: one met again is reached through an alias, and counts.
        self._built: set[int] = set()
        self._aliased = 0

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        again = id(node) in self._built
        self._built.add(id(node))
        if not (again or self._aliased):
            return self._build(node, path)
        self.count += 1
        if self.count > MAX_VALUES:
            raise LoadError(
                Finding.error("S108", _mark_pos(self.file, node.start_mark), limit=MAX_VALUES)
            )
        self._aliased += 1
        try:
            return self._build(node, path)
        finally:
            self._aliased -= 1

    def _build(self, node: yaml.Node, path: KeyPath) -> Any:
        if len(path) > MAX_DEPTH:
            raise LoadError(
                Finding.error("S107", _mark_pos(self.file, node.start_mark), limit=MAX_DEPTH)
            )
        pos = _mark_pos(self.file, node.start_mark)
        self.positions.values[path] = pos
        if isinstance(node, yaml.MappingNode):
            self._check_tag(node, "tag:yaml.org,2002:map")
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, "tag:yaml.org,2002:seq")
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        if node.tag not in _SCALAR_TAGS:
            self._bad_tag(node)
        if node.tag == _STR:  # most values: what PyYAML's constructor would return
            return self._clean(node.value, node)
        try:
            value = self._scalar.construct_object(node, deep=False)
        except (ValueError, KeyError, AttributeError, TypeError, OverflowError):
            # "2024-13-45", `!!int abc`, `!!bool maybe`: keep the text, so that the schema
            # reports the bad value at its position instead of the loader crashing.
            value = str(node.value)
        if isinstance(value, datetime):
            return value
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            return self._clean(value, node)
        if _misread(node, value):
            return self._clean(str(node.value), node)
        return value

    def _check_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            self._bad_tag(node)

    def _bad_tag(self, node: yaml.Node) -> None:
        raise LoadError(
            Finding.error(
                "S109",
                _mark_pos(self.file, node.start_mark),
                tag=str(node.tag).replace("tag:yaml.org,2002:", "!!"),
            )
        )

    def _mapping(self, node: yaml.MappingNode, path: KeyPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise LoadError(
                    Finding.error("S109", _mark_pos(self.file, key_node.start_mark), tag="<<")
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise LoadError(Finding.error("S110", _mark_pos(self.file, key_node.start_mark)))
            key = unicodedata.normalize("NFC", self._xml(str(key_node.value), key_node)).strip()
            key_pos = _mark_pos(self.file, key_node.start_mark)
            if key in result:
                first = self.positions.keys[(*path, key)]
                raise LoadError(Finding.error("S111", key_pos, key=key, first_line=first.line))
            self.positions.keys[(*path, key)] = key_pos
            result[key] = self.build(value_node, (*path, key))
        return result

    def _xml(self, value: str, node: yaml.Node) -> str:
        """`value` with the characters XML cannot hold reported and made U+FFFD, so that a
        forced build prints the rest."""
        if not _NOT_XML.search(value):
            return value
        value = _SURROGATE_PAIR.sub(
            lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), value
        )
        seen: dict[str, int] = {}
        for match in _NOT_XML.finditer(value):
            char = match.group()
            seen[char] = seen.get(char, 0) + 1
            position = self._escape_at(node, char, seen[char])
            self.findings.append(Finding.error("S112", position, char=f"U+{ord(char):04X}"))
        return _NOT_XML.sub("\ufffd", value)

    def _escape_at(self, node: yaml.Node, char: str, nth: int) -> Position:
        """Where the `nth` escape spelling `char` sits in the node's source, else the node."""
        source = self.text[node.start_mark.index : node.end_mark.index]
        code = ord(char)
        escapes = re.finditer(rf"\\(?:u(?i:{code:04x})|U(?i:{code:08x}))", source)
        for count, escape in enumerate(escapes, 1):
            if count == nth:
                return _offset_pos(self.file, self.text, node.start_mark.index + escape.start())
        return _mark_pos(self.file, node.start_mark)

    def _clean(self, value: str, node: yaml.ScalarNode) -> str:
        value = unicodedata.normalize("NFC", self._xml(value, node))
        # One rule for line breaks in a text, whatever wrote them: CR LF and a lone CR are
        # one line break each, as LF is, in every output (python-docx made CR LF two).
        if "\r" in value:
            value = _LINE_BREAK.sub("\n", value)
        match = _CONTROL.search(value)
        if match:
            char = match.group()
            # Report where in the file the character sits when the scalar is on one line.
            pos = _mark_pos(self.file, node.start_mark)
            before = value[: match.start()]
            if "\n" not in before and node.style in (None, "", '"', "'"):
                pos = Position(
                    pos.file, pos.line, pos.col + match.start() + (1 if node.style else 0)
                )
            name = _CONTROL_NAMES.get(char, f"U+{ord(char):04X}")
            self.findings.append(Finding.warning("T003", pos, char=name))
            value = _CONTROL.sub(" ", value)
            value = re.sub(r"[ \t]{2,}", " ", value)
        return value
