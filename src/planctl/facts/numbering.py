"""Numbering of tasks as the documents print it (1, 4.1, II, 01 …)."""

from __future__ import annotations

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


def task_numbers(items: list[Any], style: str = "1", *, qualified: bool = False) -> dict[int, str]:
    """Number shown for each task and group, keyed by id() of the object.

    Groups take Roman numerals; tasks restart at 1 inside each group; subtasks are "4.1".
    `qualified` prefixes a grouped task with its group ("II.02"), for messages.
    """
    numbers: dict[int, str] = {}

    def walk(task: Task, label: str) -> None:
        numbers[id(task)] = label
        for i, sub in enumerate(task.subtasks, start=1):
            walk(sub, f"{label}.{i}")

    group_index = 0
    task_index = 0
    for item in items:
        if isinstance(item, TaskGroup):
            group_index += 1
            numbers[id(item)] = roman(group_index)
            for j, task in enumerate(item.tasks, start=1):
                prefix = f"{roman(group_index)}." if qualified else ""
                walk(task, prefix + _fmt(j, style))
        else:
            task_index += 1
            walk(item, _fmt(task_index, style))
    return numbers
