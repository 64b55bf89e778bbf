"""The `deadline:` forms `planctl validate` reads, as one JSON Schema pattern, so that the
editor underlines "Quy 2 nam 2024" as validate reports it (D001).

The pattern is made from the grammar itself (planctl.model.deadline_forms), matched there
against a normalised key (planctl.model.deadline_value.phrase_key); here each of the key's
normalisations is undone in the pattern instead: a letter matches in either case, a space any
run of spaces (or none), "/" and "," spaces around them, "-" every dash, "hằng" also "hàng",
"quý" also "qúy", and a trailing "." is allowed. The pattern accepts a little more than
validate (a missing space), never less: only validate says why a phrase is wrong.

Patterns are ECMAScript (the editor compiles them with the `u` flag) and Python (jsonschema):
only the escapes both know (`\\d`, `\\s`, `\\.`) are written.
"""

from __future__ import annotations

import re
from functools import cache

from planctl.model import deadline_forms as forms

_DASH_CLASS = "[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]"


def _cased(char: str) -> str:
    options = sorted({char, char.lower(), char.upper()}, key=ord)
    return "".join(c for c in options if len(c) == 1)


def ecma(source: str) -> str:
    """A pattern of the grammar (matched against a key) as one matched against raw text."""
    source = source.replace("\\2", "(?:[/.]|-)")  # the one back-reference: any separator
    source = source.replace("hằng", "h[ằà]ng").replace("quý", "q(?:uý|úy)")
    out: list[str] = []
    index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
                out.append(char)
            else:
                out.append(_cased(char) if char.isalpha() else char)
            index += 1
            continue
        if char == "{":  # a quantifier, {1,2}: as it is
            end = source.index("}", index)
            out.append(source[index : end + 1])
            index = end + 1
            continue
        if char == "[":
            # A class holding "/" gets the spaces the key drops around it.
            end = source.index("]", index)
            if "/" in source[index:end]:
                out.append(r"(?:\s*")
                out.append(_class(source[index : end + 1]))
                out.append(r"\s*)")
                index = end + 1
                continue
            in_class = True
            out.append(char)
        elif char == " ":
            out.append(r"(?:\s*)")
        elif char == "/":
            out.append(r"(?:\s*/\s*)")
        elif char == ",":
            out.append(r"(?:\s*,)")
        elif char == ";":
            out.append(r"(?:\s*;)")
        elif char == "-":
            out.append(rf"(?:\s*{_DASH_CLASS}\s*)")
        elif char.isalpha():
            cased = _cased(char)
            out.append(f"[{cased}]" if len(cased) > 1 else cased)
        else:
            out.append(char)
        index += 1
    return "".join(out)


def _class(text: str) -> str:
    return "[" + "".join(_cased(c) if c.isalpha() else c for c in text[1:-1]) + "]"


@cache
def deadline_pattern() -> str:
    """Every deadline form, alone or joined to “thường xuyên”, or a blank deadline."""
    sources = [p.pattern for p, _ in forms._RECURRING] + [p.pattern for p, _ in forms._GRAMMAR]
    one = "(?:" + "|".join(f"(?:{ecma(s)})" for s in sources) + ")"
    ongoing = f"(?:{ecma(forms._ONGOING_PLAIN.pattern)})"
    join = f"(?:{ecma(forms._JOIN.pattern)})"
    body = f"(?:{one}|{ongoing}{join}{one}|{one}{join}{ongoing})"
    return rf"^\s*(?:{body}(?:\s*\.)*)?\s*$"


def accepts(text: str) -> bool:
    """Whether the pattern accepts `text` (for tests and for a quick check)."""
    return re.search(deadline_pattern(), text) is not None
