"""What a YAML syntax error means for a clerk: the common mistake behind PyYAML's message,
the line and column where the mistake is (not where the parser tripped), and its fix.

PyYAML's messages ("while parsing a block collection expected <block end>, but found '?'")
speak of tokens; each mistake below is recognised from the message and the source lines
and worded in Vietnamese and English. The Python parser's marks are used throughout, so
positions are the same whichever parser read the file first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

# `key: value` at the start of a line (after the indent and an optional list dash).
_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[^\s:#\"'\[\]{}][^:#]*?):(?:\s|$)")
_PLAIN_WORDS = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<words>[^\s:#\"'\[\]{}-][^:#]*)$")


@dataclass(frozen=True)
class Mistake:
    """One mistake: its kind, where (0-based line and column), what and how to fix it."""

    kind: str
    line: int
    col: int
    problem_vi: str
    problem_en: str
    fix_vi: str
    fix_en: str


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def diagnose(text: str, exc: yaml.MarkedYAMLError) -> Mistake | None:
    """The common mistake behind `exc`, or None when it is none of them."""
    lines = text.split("\n")
    problem = exc.problem or ""
    mark = exc.problem_mark
    context = exc.context_mark
    if mark is None:
        return None
    for find in (_tab, _unclosed_bracket, _unclosed_quote):
        found = find(lines, problem, mark, context, exc.context or "")
        if found is not None:
            return found
    for find in (_key_under_text, _colon_in_text, _missing_colon, _mixed_list, _bad_indent):
        found = find(lines, problem, mark, context, exc.context or "")
        if found is not None:
            return found
    return None


def _tab(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    # A tab anywhere in an indent, at or above the error: PyYAML trips on the first one.
    for number, line in enumerate(lines[: mark.line + 1]):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead:
            return Mistake(
                "tab",
                number,
                lead.index("\t"),
                "thụt lề bằng ký tự tab; YAML chỉ nhận dấu cách",
                "indented with a tab; YAML takes spaces only",
                "thay ký tự tab bằng dấu cách (2 dấu cách mỗi cấp), thẳng cột với các khóa "
                "cùng cấp",
                "replace the tab with spaces (2 per level), in line with the keys of the same "
                "level",
            )
    return None


def _unclosed_bracket(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    if context is None or "flow" not in ctx:
        return None
    opening = "[" if "sequence" in ctx else "{"
    closing = "]" if opening == "[" else "}"
    if context.line == mark.line and "end of stream" not in problem:
        return None
    line = lines[context.line].strip()
    return Mistake(
        "bracket",
        context.line,
        context.column,
        f"dấu “{opening}” mở ở đây chưa được đóng",
        f"the “{opening}” opened here is never closed",
        f"thêm “{closing}” ở cuối dòng: {line}{closing}",
        f"add “{closing}” at the end of the line: {line}{closing}",
    )


def _unclosed_quote(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    if context is None or "quoted scalar" not in ctx:
        return None
    line = lines[context.line]
    quote = line[context.column] if context.column < len(line) else '"'
    return quote_mistake(lines, context.line, context.column, quote)


def quote_mistake(lines: list[str], line: int, col: int, quote: str) -> Mistake:
    fixed = lines[line].strip() + quote
    name = "dấu ngoặc kép" if quote == '"' else "dấu ngoặc đơn"
    return Mistake(
        "quote",
        line,
        col,
        f"{name} mở ở đây chưa được đóng trên cùng dòng",
        "the quote opened here is not closed on its line",
        f"thêm {name} đóng ({quote}) ở cuối đoạn văn: {fixed}",
        f"add the closing {quote} at the end of the text: {fixed}",
    )


def _key_under_text(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    """`title: a` then `  signer: x` indented under it: a key cannot sit inside a text."""
    if "mapping values are not allowed" not in problem:
        return None
    here = lines[mark.line]
    key = _KEY_LINE.match(here)
    if key is None or key.end() <= mark.column:
        return None
    above = next(
        (
            line
            for line in reversed(lines[: mark.line])
            if line.strip() and not line.lstrip().startswith("#")
        ),
        "",
    )
    parent = _KEY_LINE.match(above)
    col = _indent(here)
    expected = _indent(above) + (len(parent["dash"]) if parent and parent["dash"] else 0)
    return Mistake(
        "indent",
        mark.line,
        col,
        f"thụt lề sai: khóa “{key['key']}” thụt vào dưới một giá trị văn bản ở dòng trên",
        f"wrong indent: the key “{key['key']}” is indented under a text value on the line above",
        f"thụt lề {expected} dấu cách cho thẳng cột với khóa ở dòng trên",
        f"indent it {expected} spaces, in line with the key on the line above",
    )


def _colon_in_text(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    if "mapping values are not allowed" not in problem:
        return None
    line = lines[mark.line]
    key = _KEY_LINE.match(line)
    if key is None or key.end() > mark.column:
        return None
    value_start = key.end()
    while value_start < len(line) and line[value_start] == " ":
        value_start += 1
    value = line[value_start:].rstrip()
    comment = ""
    if " #" in value:
        value, _, rest = value.partition(" #")
        comment = "  #" + rest
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    fixed = f'{line[:value_start]}"{escaped}"{comment}'.strip()
    return Mistake(
        "colon",
        mark.line,
        mark.column,
        "dấu hai chấm và dấu cách (“: ”) trong một đoạn văn không có dấu ngoặc kép: YAML "
        "đọc nó như một khóa mới",
        "a colon and a space (“: ”) inside an unquoted text: YAML reads it as a new key",
        f"đặt cả đoạn văn trong dấu ngoặc kép: {fixed}",
        f"put the whole text in double quotes: {fixed}",
    )


def _missing_colon(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    if "could not find expected ':'" not in problem or context is None:
        return None
    line = lines[context.line]
    return _missing_colon_at(line, context.line)


def _missing_colon_at(line: str, number: int) -> Mistake | None:
    words = _PLAIN_WORDS.match(line.rstrip())
    if words is None:
        return None
    text = words["words"]
    key, _, rest = text.partition(" ")
    col = words.start("words") + len(key)
    fixed = f"{line[: words.start('words')]}{key}: {rest}".rstrip()
    return Mistake(
        "colon-missing",
        number,
        col,
        f"thiếu dấu hai chấm sau khóa “{key}”",
        f"the colon after the key “{key}” is missing",
        f"viết dấu hai chấm và một dấu cách sau khóa: {fixed.strip()}",
        f"write a colon and a space after the key: {fixed.strip()}",
    )


def _mixed_list(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    if "block collection" not in ctx or context is None:
        return None
    dash = lines[context.line]
    here = lines[mark.line]
    if not dash[context.column :].startswith("-") or here[mark.column : mark.column + 1] == "-":
        return None
    if _indent(here) != context.column or _KEY_LINE.match(here) is None:
        return None
    key = _KEY_LINE.match(here)
    assert key is not None
    return Mistake(
        "mixed",
        mark.line,
        mark.column,
        "khóa “{}” đứng thẳng cột với các mục “- ” của danh sách ở dòng {}: một danh sách "
        "không chứa khóa".format(key["key"], context.line + 1),
        "the key “{}” is in line with the “- ” items of the list on line {}: a list holds no "
        "keys".format(key["key"], context.line + 1),
        "nếu là một mục mới, viết “- ” trước nó; nếu thuộc mục bên trên, thụt vào thẳng cột "
        "với chữ đầu của mục đó; nếu là khóa của cấp trên, lùi ra thẳng cột với khóa chứa "
        "danh sách",
        "if it is a new item, write “- ” before it; if it belongs to the item above, indent it "
        "in line with that item's first word; if it is a key of the level above, move it out "
        "in line with the key holding the list",
    )


def _bad_indent(
    lines: list[str], problem: str, mark: yaml.Mark, context: yaml.Mark | None, ctx: str
) -> Mistake | None:
    if not re.search(r"expected <block end>|did not find expected key", problem):
        return None
    here = lines[mark.line] if mark.line < len(lines) else ""
    # A plain line with no colon above the error is a key whose colon is missing.
    for number in range(mark.line - 1, -1, -1):
        above = lines[number]
        if not above.strip() or above.lstrip().startswith("#"):
            continue
        plain = _KEY_LINE.match(above) is None and _PLAIN_WORDS.match(above.rstrip())
        # A list item with the error line out at or left of its dash is a whole item (a
        # unit written one per line), not a key short of its colon.
        whole_item = plain and plain["dash"] is not None and _indent(here) <= _indent(above)
        if plain and not whole_item and context is not None and number > context.line:
            return _missing_colon_at(above, number)
        break
    siblings = sorted(
        {
            _indent(line) + (len(m["dash"]) if m["dash"] else 0)
            for line in lines[: mark.line]
            if (m := _KEY_LINE.match(line)) is not None
        }
    )
    col = _indent(here)
    near = [s for s in siblings if s != col]
    # Between two levels, the deeper one: the line most likely belongs to the item above.
    expected = min(near, key=lambda s: (abs(s - col), -s)) if near else 0
    return Mistake(
        "indent",
        mark.line,
        col,
        f"thụt lề sai: dòng này lùi {col} dấu cách, không thẳng cột với khóa nào ở trên",
        f"wrong indent: this line is indented {col} spaces, in line with no key above",
        f"thụt lề {expected} dấu cách cho thẳng cột với các khóa cùng cấp (dòng trên)",
        f"indent it {expected} spaces, in line with the keys of the same level (above)",
    )
