"""Round-trip YAML editing (ruamel.yaml) that keeps a file's comments, order and indentation.

Used by the commands that edit a clerk's file in place: `planctl ids` and `planctl new`.
"""

from __future__ import annotations

import itertools
import re
from typing import Any


def round_trip_yaml(text: str) -> Any:
    """A ruamel round-trip YAML that writes back in the file's own indentation."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    mapping, sequence, offset = detect_indent(text)
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def detect_indent(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) as ruamel.yaml takes them, guessed from the file.

    The default, when nothing tells, is the style of the sample plans: lists indented under
    their key ("key:\\n  - item"), i.e. (2, 4, 2).
    """
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    mapping = None
    offset = None
    for previous, line in itertools.pairwise(lines):
        key = re.match(r"^( *)[^\s#-][^:]*:\s*$", previous)
        if not key:
            continue
        indent = len(key.group(1))
        dash = re.match(r"^( *)- ", line)
        if dash and offset is None:
            offset = len(dash.group(1)) - indent
        elif not dash and mapping is None:
            step = len(line) - len(line.lstrip(" ")) - indent
            if step > 0:
                mapping = step
        if mapping is not None and offset is not None:
            break
    mapping = mapping or 2
    offset = 2 if offset is None else max(offset, 0)
    return mapping, offset + 2, offset
