"""What every check sees: the plan, its registry, where each value came from."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from planctl.findings import Finding, Position
from planctl.load import Loaded
from planctl.model.plan import (
    Bullets,
    Decision,
    Document,
    Paragraph,
    PlanContent,
    Section,
    Task,
    TaskGroup,
    iter_tasks,
)
from planctl.model.registry import Registry, UnitIndex
from planctl.view_numbers import task_numbers

CheckFunction = Callable[["CheckContext"], Iterator[Finding]]
# (path, text, strict): strict where a reference must have its full form (căn cứ, thực hiện).
TextAt = tuple[tuple[Any, ...], str, bool]


@dataclass(frozen=True)
class Check:
    codes: tuple[str, ...]
    function: CheckFunction


CHECKS: list[Check] = []


def check(*codes: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under the rule codes it may report."""

    def register(function: CheckFunction) -> CheckFunction:
        CHECKS.append(Check(codes, function))
        return function

    return register


_YEAR_IN_TITLE = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)


class CheckContext:
    def __init__(self, document: Document, registry: Registry, loaded: Loaded) -> None:
        self.document = document
        self.registry = registry
        self.loaded = loaded
        self.positions = loaded.positions
        self.file = loaded.positions.file
        self.units = UnitIndex(registry)
        self._lines = loaded.text.splitlines()

    @property
    def content(self) -> PlanContent:
        return self.document.plan if isinstance(self.document, Decision) else self.document

    @property
    def content_path(self) -> tuple[Any, ...]:
        return ("plan",) if isinstance(self.document, Decision) else ()

    @property
    def plan_date(self) -> dt.date | None:
        return self.document.date

    @cached_property
    def period(self) -> tuple[dt.date, dt.date] | None:
        """The plan's period: declared, else the year in its title, else its date's year."""
        content = self.content
        if content.period:
            return content.period.start, content.period.end
        m = _YEAR_IN_TITLE.search(content.title)
        if m:
            year = int(m.group(1))
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if self.document.date:
            year = self.document.date.year
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        return None

    @property
    def reference_day(self) -> dt.date | None:
        """The day units must exist on: the plan's date, else its period's start."""
        if self.document.date:
            return self.document.date
        return self.period[0] if self.period else None

    def tasks(self) -> list[tuple[tuple[Any, ...], Task, Task | None]]:
        base = (*self.content_path, "tasks")
        return [
            ((*base, *path), task, parent) for path, task, parent in iter_tasks(self.content.tasks)
        ]

    @cached_property
    def numbers(self) -> dict[int, str]:
        """Displayed number of each task (by object id), e.g. "4.1" or "II.02"."""
        return task_numbers(self.content.tasks, self.content.task_layout.numbering, qualified=True)

    def number(self, task: Task) -> str:
        return self.numbers.get(id(task), "?")

    def texts(self) -> Iterator[TextAt]:
        """Every piece of prose in the document with its data path."""
        doc, base, content = self.document, self.content_path, self.content
        if isinstance(doc, Decision):
            yield ("title",), doc.title, False
            for key in ("legal_bases", "implements"):
                for i, line in enumerate(getattr(doc, key)):
                    yield (key, i), line, True
            for i, line in enumerate(doc.articles):
                yield ("articles", i), line, False
        yield (*base, "title"), content.title, False
        for key in ("legal_bases", "implements"):
            for i, line in enumerate(getattr(content, key)):
                yield (*base, key, i), line, True
        for key in ("preamble", "closing"):
            for i, line in enumerate(getattr(content, key)):
                yield (*base, key, i), line, False
        yield from _section_texts(content.sections, (*base, "sections"))
        for i, item in enumerate(content.tasks):
            if isinstance(item, TaskGroup):
                yield (*base, "tasks", i, "group"), item.group, False
        for path, task, _ in self.tasks():
            for key in ("title", "content", "form", "output", "budget", "notes"):
                value = getattr(task, key)
                if value:
                    yield (*path, key), value, False
            yield from _paragraph_texts(task.details, (*path, "details"))

    def at(self, path: tuple[Any, ...], *, key: bool = False) -> Position:
        return self.positions.lookup(path, key=key)

    def locate(self, path: tuple[Any, ...], needle: str) -> Position:
        """Position of `needle` inside the scalar at `path`, searching the source lines."""
        start = self.at(path)
        for offset in range(0, 60):
            index = start.line - 1 + offset
            if index >= len(self._lines):
                break
            line = self._lines[index]
            from_col = start.col - 1 if offset == 0 else 0
            col = line.find(needle, from_col)
            if col >= 0:
                return Position(self.file, index + 1, col + 1)
        return start


def _paragraph_texts(paragraphs: list[Paragraph], path: tuple[Any, ...]) -> Iterator[TextAt]:
    for j, para in enumerate(paragraphs):
        if isinstance(para, Bullets):
            for k, bullet in enumerate(para.bullets):
                yield (*path, j, "bullets", k), bullet, False
        else:
            yield (*path, j), para, False


def _section_texts(sections: list[Section], path: tuple[Any, ...]) -> Iterator[TextAt]:
    for i, section in enumerate(sections):
        here = (*path, i)
        if section.heading:
            yield (*here, "heading"), section.heading, False
        yield from _paragraph_texts(section.text, (*here, "text"))
        yield from _section_texts(section.sections, (*here, "sections"))
