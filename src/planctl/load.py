"""Read a YAML file into plain data plus the source position of every value.

Only PyYAML's composer is used (it builds nodes and never runs constructors), and the
nodes are turned into Python values here, so no tag can make the loader execute code.
Aliases are expanded under a budget, duplicate keys are errors, strings are NFC-normalised
and control characters pasted from Word are stripped and reported.
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

from planctl.checks.rule import ERROR, WARNING, Rule, Text, declare, example
from planctl.findings import Finding, Position

Key = str | int
KeyPath = tuple[Key, ...]

MAX_FILE_BYTES = 2_000_000
# A real plan has a few thousand values; this leaves room for anchors reused many times
# while stopping an alias bomb long before it costs memory.
MAX_VALUES = 200_000
MAX_DEPTH = 64

# C0 controls except tab/newline/CR, DEL, C1 controls, and the separators Word pastes.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_CONTROL_NAMES = {"\x0b": "vertical tab (VT)", "\x0c": "form feed (FF)", "\x07": "bell"}
# The controls among them that PyYAML's reader refuses anywhere in the stream.
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


class LoadError(Exception):
    """The file cannot be read as YAML at all; carries one finding."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding


# The rules the loader reports: the file cannot be read as YAML (S1xx), or holds characters
# pasted from Word (T003).
declare(
    Rule(
        "S101",
        "yaml-syntax",
        ERROR,
        message=Text("lỗi cú pháp YAML: {problem}", "YAML syntax error: {problem}"),
        hint=Text(
            "kiểm tra dấu ngoặc kép chưa đóng và thụt lề ở dòng này hoặc dòng trước",
            "check for an unclosed quote or a wrong indent on this line or the one before",
        ),
        what=Text(
            "Tệp phải là YAML hợp lệ.",
            "The file must be valid YAML.",
        ),
        why=Text(
            "Một lỗi cú pháp khiến không đọc được gì từ tệp, nên planctl dừng ở đó.",
            "A syntax error leaves nothing readable in the file, so planctl stops there.",
        ),
        example=example(
            'title: "Kế hoạch chuyển đổi số năm 2024',
            "thiếu dấu ngoặc kép đóng",
            "the closing quote is missing",
        ),
        fix=Text(
            "Đóng dấu ngoặc kép, sửa thụt lề ở dòng báo lỗi hoặc dòng trước nó.",
            "Close the quote, or fix the indent on the reported line or the one before.",
        ),
    ),
    Rule(
        "S102",
        "binary-file",
        ERROR,
        message=Text(
            "tệp chứa byte NUL: đây là tệp nhị phân, không phải văn bản YAML",
            "the file contains NUL bytes: it is binary, not YAML text",
        ),
        hint=Text(
            "mở đúng tệp kế hoạch (.yaml) dạng văn bản UTF-8",
            "point planctl at the plan's .yaml text file, saved as UTF-8",
        ),
        what=Text(
            "Tệp không được chứa byte NUL.",
            "The file may not contain NUL bytes.",
        ),
        why=Text(
            "Byte NUL nghĩa là tệp nhị phân (ví dụ tệp .docx đổi đuôi thành .yaml), không "
            "phải văn bản.",
            "A NUL byte means a binary file (a .docx renamed to .yaml, say), not text.",
        ),
        example=example(
            "",
            "kehoach.yaml thực ra là tệp .docx đổi đuôi",
            "kehoach.yaml is really a renamed .docx",
        ),
        fix=Text(
            "Mở đúng tệp kế hoạch .yaml, lưu dạng văn bản UTF-8.",
            "Point planctl at the plan's .yaml file, saved as UTF-8 text.",
        ),
    ),
    Rule(
        "S103",
        "not-utf8",
        ERROR,
        message=Text(
            "tệp không phải UTF-8 (có thể là bảng mã cũ Windows-1258 hoặc TCVN3)",
            "the file is not UTF-8 (perhaps the legacy Windows-1258 or TCVN3 code page)",
        ),
        hint=Text(
            "lưu lại tệp với bảng mã UTF-8, ví dụ: iconv -f CP1258 -t UTF-8 tệp.yaml > mới.yaml",
            "re-save the file as UTF-8, e.g. iconv -f CP1258 -t UTF-8 file.yaml > new.yaml",
        ),
        what=Text(
            "Tệp phải được mã hóa UTF-8.",
            "The file must be encoded as UTF-8.",
        ),
        why=Text(
            "Tệp lưu bằng bảng mã cũ (Windows-1258, TCVN3) làm hỏng dấu tiếng Việt trong văn bản.",
            "A file saved in a legacy code page (Windows-1258, TCVN3) garbles the Vietnamese "
            "diacritics.",
        ),
        example=example(
            "title: K\\xea ho\\xb9ch",
            "byte của bảng mã TCVN3, không phải UTF-8",
            "TCVN3 bytes, not UTF-8",
        ),
        fix=Text(
            "Lưu lại tệp bằng UTF-8, ví dụ `iconv -f CP1258 -t UTF-8 tệp.yaml > mới.yaml`.",
            "Re-save the file as UTF-8, e.g. `iconv -f CP1258 -t UTF-8 file.yaml > new.yaml`.",
        ),
    ),
    Rule(
        "S104",
        "file-too-large",
        ERROR,
        message=Text(
            "tệp quá lớn ({size} byte) để là một kế hoạch",
            "the file is too large ({size} bytes) to be a plan",
        ),
        hint=Text(
            "tách kế hoạch thành nhiều tệp hoặc kiểm tra đúng tệp",
            "split the plan or check that this is the right file",
        ),
        what=Text(
            "Tệp không được lớn hơn 2 MB.",
            "The file may not be larger than 2 MB.",
        ),
        why=Text(
            "Một kế hoạch chỉ vài chục KB; tệp lớn hơn nhiều là nhầm tệp hoặc dữ liệu sinh "
            "tự động, và đọc nó tốn bộ nhớ vô ích.",
            "A plan is a few dozen KB; a much larger file is the wrong file or generated data, "
            "and reading it wastes memory.",
        ),
        example=example("", "kehoach.yaml nặng 50 MB", "kehoach.yaml weighs 50 MB"),
        fix=Text(
            "Tách kế hoạch thành nhiều tệp, hoặc kiểm tra lại đúng tệp.",
            "Split the plan into several files, or check that this is the right file.",
        ),
    ),
    Rule(
        "S105",
        "unreadable",
        ERROR,
        message=Text("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
        hint=Text("kiểm tra đường dẫn và quyền đọc", "check the path and read permission"),
        what=Text(
            "planctl phải mở và đọc được tệp.",
            "planctl must be able to open and read the file.",
        ),
        why=Text(
            "Tệp không đọc được thì không kiểm tra được; planctl báo thay vì bỏ qua nó.",
            "A file that cannot be read cannot be checked; planctl says so rather than skip it.",
        ),
        example=example(
            "", "kehoach.yaml không có quyền đọc", "kehoach.yaml has no read permission"
        ),
        fix=Text(
            "Kiểm tra đường dẫn và quyền đọc của tệp.",
            "Check the path and the file's read permission.",
        ),
    ),
    Rule(
        "S106",
        "empty-file",
        ERROR,
        message=Text(
            "tệp rỗng: không có nội dung kế hoạch",
            "the file is empty: there is no plan in it",
        ),
        hint=Text(
            "thêm ít nhất `kind`, `title` và `signer`",
            "add at least `kind`, `title` and `signer`",
        ),
        what=Text(
            "Tệp không được rỗng hay chỉ có chú thích.",
            "The file may not be empty or hold comments only.",
        ),
        why=Text(
            "Tệp rỗng không có kế hoạch nào để kiểm tra hay in ra.",
            "An empty file has no plan to check or print.",
        ),
        example=example("", "tệp chỉ có dòng chú thích này", "the file holds only this comment"),
        fix=Text(
            "Thêm ít nhất `kind`, `title` và `signer`.",
            "Add at least `kind`, `title` and `signer`.",
        ),
    ),
    Rule(
        "S107",
        "too-deep",
        ERROR,
        message=Text(
            "cấu trúc lồng nhau quá sâu (quá {limit} cấp)",
            "the structure is nested too deeply (more than {limit} levels)",
        ),
        hint=Text(
            "một kế hoạch chỉ cần vài cấp lồng nhau; kiểm tra dấu ngoặc [ ] {{ }}",
            "a plan needs only a few levels; check the [ ] and {{ }} brackets",
        ),
        what=Text(
            "Cấu trúc lồng nhau không được sâu quá 64 cấp.",
            "The structure may not nest more than 64 levels deep.",
        ),
        why=Text(
            "Một kế hoạch chỉ cần vài cấp; lồng sâu như vậy là do ngoặc mở không đóng, hoặc "
            "tệp được tạo để làm treo chương trình.",
            "A plan needs a few levels; nesting that deep comes from brackets opened and never "
            "closed, or from a file made to hang the program.",
        ),
        example=example(
            "content: [[[[[[[[[[[[[[[[[[[[",
            "và tiếp tục hơn 64 cấp",
            "and on for more than 64 levels",
        ),
        fix=Text(
            "Kiểm tra các dấu ngoặc [ ] và { }.",
            "Check the [ ] and { } brackets.",
        ),
    ),
    Rule(
        "S108",
        "alias-expansion",
        ERROR,
        message=Text(
            "các bí danh YAML (&/*) triển khai ra quá {limit} giá trị",
            "YAML aliases (&/*) expand to more than {limit} values",
        ),
        hint=Text(
            "bỏ các bí danh lồng nhau; viết trực tiếp nội dung",
            "remove the nested aliases; write the content out",
        ),
        what=Text(
            "Các bí danh YAML (&tên, *tên) không được triển khai ra quá 200 000 giá trị.",
            "YAML aliases (&name, *name) may not expand to more than 200,000 values.",
        ),
        why=Text(
            "Bí danh lồng nhau nhân dữ liệu lên theo cấp số nhân (“bom bí danh”) và làm cạn "
            "bộ nhớ.",
            "Nested aliases multiply the data exponentially (an “alias bomb”) and exhaust memory.",
        ),
        example=example(
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
            "mỗi cấp nhân 9 lần",
            "each level multiplies by 9",
        ),
        fix=Text(
            "Bỏ các bí danh lồng nhau; viết trực tiếp nội dung.",
            "Remove the nested aliases; write the content out.",
        ),
    ),
    Rule(
        "S109",
        "unsafe-tag",
        ERROR,
        message=Text(
            "thẻ YAML `{tag}` không được phép (planctl chỉ đọc YAML an toàn)",
            "YAML tag `{tag}` is not allowed (planctl reads safe YAML only)",
        ),
        hint=Text(
            "xóa thẻ `!!…`; ghi giá trị dạng văn bản thuần",
            "remove the `!!…` tag; write the value as plain text",
        ),
        what=Text(
            "Tệp không được dùng thẻ YAML (`!!python/object`, `!tên`, khóa gộp `<<`) ngoài "
            "các kiểu cơ bản.",
            "The file may use no YAML tags (`!!python/object`, `!name`, the merge key `<<`) "
            "beyond the basic types.",
        ),
        why=Text(
            "Với trình đọc không an toàn, thẻ YAML có thể chạy mã; planctl chỉ đọc YAML an "
            "toàn và báo thẻ thay vì lặng lẽ bỏ qua.",
            "With an unsafe reader a YAML tag can run code; planctl reads safe YAML only and "
            "reports the tag rather than silently drop it.",
        ),
        example=example(
            'title: !!python/object/apply:os.system ["echo"]',
            "thẻ không được phép",
            "a tag that is not allowed",
        ),
        fix=Text(
            "Xóa thẻ; ghi giá trị dạng văn bản thuần.",
            "Remove the tag; write the value as plain text.",
        ),
    ),
    Rule(
        "S110",
        "complex-key",
        ERROR,
        message=Text("khóa phải là một chuỗi đơn giản", "a key must be a plain string"),
        hint=Text("dùng `tên_khóa: giá trị`", "use `key: value`"),
        what=Text(
            "Khóa phải là một chuỗi đơn giản, không phải danh sách, ánh xạ hay khóa phức `? `.",
            "A key must be a plain string, not a list, a mapping or a `? ` complex key.",
        ),
        why=Text(
            "planctl tìm các phần của kế hoạch theo tên khóa.",
            "planctl finds the parts of a plan by their key names.",
        ),
        example=example(
            "[title, subtitle]: Kế hoạch chuyển đổi số",
            "khóa là một danh sách",
            "the key is a list",
        ),
        fix=Text("Dùng `tên_khóa: giá trị`.", "Use `key: value`."),
    ),
    Rule(
        "S111",
        "duplicate-key",
        ERROR,
        message=Text(
            "khóa `{key}` bị lặp (đã có ở dòng {first_line})",
            "duplicate key `{key}` (first at line {first_line})",
        ),
        hint=Text(
            "xóa một trong hai, hoặc gộp nội dung lại",
            "remove one of them or merge their content",
        ),
        what=Text(
            "Một khóa không được lặp lại trong cùng một ánh xạ.",
            "A key may not appear twice in one mapping.",
        ),
        why=Text(
            "Trình đọc YAML thông thường giữ giá trị sau và lặng lẽ bỏ giá trị trước, làm mất "
            "nội dung.",
            "Ordinary YAML readers keep the last value and silently drop the first, losing "
            "content.",
        ),
        example=example(
            "title: Kế hoạch năm 2024\ntitle: Kế hoạch năm 2025",
            "khóa bị lặp",
            "duplicate key",
        ),
        fix=Text(
            "Xóa một trong hai, hoặc gộp nội dung lại.",
            "Remove one of them, or merge their content.",
        ),
    ),
    Rule(
        "T003",
        "control-character",
        WARNING,
        message=Text(
            "ký tự điều khiển {char} (thường do dán từ Word) đã bị loại bỏ",
            "control character {char} (usually pasted from Word) was removed",
        ),
        hint=Text("xóa ký tự này khỏi tệp YAML", "delete the character from the YAML file"),
        what=Text(
            "Tệp chứa ký tự điều khiển (tab dọc, ngắt trang, BOM, dấu phân cách dòng của Word…); "
            "planctl loại bỏ chúng khi đọc.",
            "The file holds control characters (vertical tab, form feed, BOM, Word's line "
            "separator…); planctl strips them as it reads.",
        ),
        why=Text(
            "Các ký tự vô hình này thường do dán từ Word; chúng làm hỏng dàn trang và tìm kiếm.",
            "These invisible characters usually come pasted from Word; they break the layout "
            "and searches.",
        ),
        example=example(
            'content: "Tổ chức\\vhội nghị"',
            "\\v là tab dọc",
            "\\v is a vertical tab",
        ),
        fix=Text(
            "Xóa ký tự đó trong trình soạn thảo (bật hiển thị ký tự ẩn), hoặc dán dạng văn bản "
            "thuần.",
            "Delete the character in the editor (show invisible characters), or paste as plain "
            "text.",
        ),
    ),
)


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


def _decode(raw: bytes, file: str) -> str:
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
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(Finding.error("S104", Position(file, 1, 1), size=size))
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(
            Finding.error("S105", Position(file, 1, 1), reason=exc.strerror or str(exc))
        ) from None
    return load_yaml_text(_decode(raw, file), file)


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


def load_yaml_text(text: str, file: str) -> Loaded:
    findings: list[Finding] = []
    text = _strip_unreadable(text, file, findings)
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
        if opened is not None and mark is not None:
            problem += f" (the quoted text opened here only closes on line {mark.line + 1})"
            mark = opened
        pos = _mark_pos(file, mark)
        raise LoadError(Finding.error("S101", pos, problem=problem)) from None
    except yaml.reader.ReaderError as exc:
        pos = _offset_pos(file, text, exc.position)
        char = exc.character
        problem = f"U+{char:04X}: {exc.reason}" if isinstance(char, int) else exc.reason
        raise LoadError(Finding.error("S101", pos, problem=problem)) from None
    except yaml.YAMLError as exc:
        raise LoadError(Finding.error("S101", Position(file, 1, 1), problem=str(exc))) from None
    except RecursionError:
        raise LoadError(Finding.error("S107", Position(file, 1, 1), limit=MAX_DEPTH)) from None
    if node is None:
        raise LoadError(Finding.error("S106", Position(file, 1, 1)))
    builder = _Builder(file, findings)
    data = builder.build(node, ())
    return Loaded(data=data, positions=builder.positions, findings=findings, text=text)


class _Builder:
    def __init__(self, file: str, findings: list[Finding]) -> None:
        self.file = file
        self.findings = findings
        self.positions = SourceMap(file)
        self.count = 0
        self._scalar = yaml.SafeLoader("")

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        self.count += 1
        if self.count > MAX_VALUES:
            raise LoadError(
                Finding.error("S108", _mark_pos(self.file, node.start_mark), limit=MAX_VALUES)
            )
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
            key = unicodedata.normalize("NFC", str(key_node.value)).strip()
            key_pos = _mark_pos(self.file, key_node.start_mark)
            if key in result:
                first = self.positions.keys[(*path, key)]
                raise LoadError(Finding.error("S111", key_pos, key=key, first_line=first.line))
            self.positions.keys[(*path, key)] = key_pos
            result[key] = self.build(value_node, (*path, key))
        return result

    def _clean(self, value: str, node: yaml.ScalarNode) -> str:
        value = unicodedata.normalize("NFC", value)
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
