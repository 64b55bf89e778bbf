"""Numbering of tasks as the documents print it (1, 4.1, II, 01 …), and the numbers a clerk
typed at the head of a heading ("1.1.", "a)", "II.")."""

from __future__ import annotations

import re
from typing import Any

from planctl.model.plan import Task, TaskGroup

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


_LETTERS = "abcdđeghiklmnopqrstuvxy"


def letter(index: int) -> str:
    """Vietnamese point letters: a), b), c), d), đ), e), g) …"""
    return _LETTERS[index] if index < len(_LETTERS) else f"{_LETTERS[-1]}{index}"


def _fmt(n: int, style: str) -> str:
    return f"{n:02d}" if style == "01" else str(n)


SCHEMES = ("per-group", "continuous", "hierarchical", "as-written")


def task_numbers(
    items: list[Any], style: str = "1", *, qualified: bool = False, scheme: str = "per-group"
) -> dict[int, str]:
    """Number shown for each task and group, keyed by id() of the object.

    Groups take Roman numerals (Arabic in the hierarchical scheme); subtasks are "4.1". Tasks
    are numbered by `scheme`, as real plans do:
    - per-group: from 1 again inside each group (II → 1, 2 …);
    - continuous: 1 … N across the groups, as national programmes number them;
    - hierarchical: the group's number first (2.1, 2.2 …);
    - as-written: the `number:` the clerk wrote, else as per-group.
    `qualified` prefixes a grouped task with its group ("II.02") where its own number does not
    tell the groups apart, for messages.
    """
    numbers: dict[int, str] = {}
    written = scheme == "as-written"

    def own(item: Task | TaskGroup, computed: str) -> str:
        return item.number if written and item.number else computed

    def walk(task: Task, label: str) -> None:
        numbers[id(task)] = label
        for i, sub in enumerate(task.subtasks, start=1):
            walk(sub, own(sub, f"{label}.{i}"))

    unique = scheme in ("continuous", "hierarchical")
    group_index = 0
    task_index = 0
    for item in items:
        if isinstance(item, TaskGroup):
            group_index += 1
            computed = str(group_index) if scheme == "hierarchical" else roman(group_index)
            group_label = own(item, computed)
            numbers[id(item)] = group_label
            for j, task in enumerate(item.tasks, start=1):
                if scheme == "continuous":
                    task_index += 1
                    label = _fmt(task_index, style)
                elif scheme == "hierarchical":
                    label = f"{group_label}.{j}"
                else:
                    label = _fmt(j, style)
                label = own(task, label)
                prefix = f"{group_label}." if qualified and not unique else ""
                walk(task, prefix + label)
        else:
            task_index += 1
            walk(item, own(item, _fmt(task_index, style)))
    return numbers


# A number or letter a clerk typed before a heading, as Vietnamese documents write them.
# Digits run to two per level, so that a heading opening on "2024." or "5.000 người" is not
# mistaken for one; the mark is followed by a space, or straight by a letter ("1.1.Mục").
_WRITTEN_LABEL = re.compile(
    r"""
    (?:
        (?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})[.)]   # II.  IV)
      | \d{1,2}(?:\.\d{1,2})*[.)]                                   # 2.  1.1.  1.2.1.  3)
      | \d{1,2}(?:\.\d{1,2})+                                       # 1.1 (no final stop)
      | [a-zđ]\)                                                    # a)  đ)
    )
    (?=\s|[^\W\d_])
    | (?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(?:[IVXLC]+|\d{1,2})\b\.?   # Phần I  MỤC 2.
    """,
    re.VERBOSE,
)


def written_label(text: str) -> str | None:
    """The number or letter the clerk typed at the head of `text` ("1.1.", "a)", "II.",
    "Phần I"), or None: a heading that has one is printed as written, without planctl's."""
    found = _WRITTEN_LABEL.match(text.strip())
    return found.group(0) if found else None
