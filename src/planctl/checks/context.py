"""What every check sees: the plan, its registry, where each value came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from planctl.facts import PlanFacts, work_out
from planctl.findings import Position
from planctl.load import Loaded
from planctl.model.fields import TEXT_FIELDS
from planctl.model.plan import (
    Bullets,
    Document,
    Paragraph,
    PlanContent,
    Section,
    Task,
    TaskGroup,
)
from planctl.model.registry import Registry, UnitIndex

# (path, text, strict): strict where a reference must have its full form (căn cứ, thực hiện).
TextAt = tuple[tuple[Any, ...], str, bool]


class CheckContext:
    """The plan as checks see it: its facts (worked out once, shared with build and diff) and
    where each value came from."""

    def __init__(
        self,
        document: Document,
        registry: Registry,
        loaded: Loaded,
        facts: PlanFacts | None = None,
    ) -> None:
        self.document = document
        self.registry = registry
        self.loaded = loaded
        self.facts = facts or work_out(document, registry)
        self.positions = loaded.positions
        self.file = loaded.positions.file
        self.lines = loaded.text.splitlines()
        """The plan's lines, split once: checks that look at a column read them here."""
        self._tasks: list[tuple[tuple[Any, ...], Task, Task | None]] | None = None

    @property
    def units(self) -> UnitIndex:
        assert self.facts.units is not None  # checks always run with a registry
        return self.facts.units

    @property
    def content(self) -> PlanContent:
        return self.facts.content

    @property
    def content_path(self) -> tuple[Any, ...]:
        return self.facts.content_path

    @property
    def plan_date(self) -> dt.date | None:
        return self.facts.issue_date

    @property
    def period(self) -> tuple[dt.date, dt.date] | None:
        return self.facts.period

    @property
    def reference_day(self) -> dt.date | None:
        return self.facts.reference_day

    def tasks(self) -> list[tuple[tuple[Any, ...], Task, Task | None]]:
        """Every task with its path and parent, listed once: several checks walk them (the
        same list each time; callers only read it)."""
        if self._tasks is None:
            self._tasks = [(t.path, t.task, t.parent) for t in self.facts.tasks]
        return self._tasks

    def number(self, item: Task | TaskGroup) -> str:
        """Number of a task or group for messages, e.g. "4.1" or "II.02"."""
        return self.facts.number(item)

    def texts(self) -> Iterator[TextAt]:
        """Every piece of prose in the document with its data path."""
        doc, base, content = self.document, self.content_path, self.content
        if self.facts.kind.issues_attachment:
            yield ("title",), doc.title, False
            yield from self._preamble_texts(doc, ())
            for i, line in enumerate(getattr(doc, "articles", [])):
                yield ("articles", i), line, False
        yield (*base, "title"), content.title, False
        yield from self._preamble_texts(content, base)
        for key in ("preamble", "closing"):
            for i, line in enumerate(getattr(content, key)):
                yield (*base, key, i), line, False
        yield from _section_texts(content.sections, (*base, "sections"))
        for i, item in enumerate(content.tasks):
            if isinstance(item, TaskGroup):
                yield (*base, "tasks", i, "group"), item.group, False
        for path, task, _ in self.tasks():
            for key in TEXT_FIELDS:
                value = getattr(task, key)
                if value:
                    yield (*path, key), value, False
            yield from _paragraph_texts(task.details, (*path, "details"))

    def _preamble_texts(self, holder: Any, base: tuple[Any, ...]) -> Iterator[TextAt]:
        """Căn cứ and thực hiện (strict: cited in full), the proposal and further lines
        ("Theo đề nghị của … tại Tờ trình số …", "Trên cơ sở …")."""
        for key in ("legal_bases", "implements"):
            # `legal_bases: {bullets: […]}` holds its lines one level down.
            raw = self._raw((*base, key))
            inner = (key, "bullets") if isinstance(raw, dict) and "bullets" in raw else (key,)
            for i, line in enumerate(getattr(holder, key)):
                yield (*base, *inner, i), line, True
        if holder.proposed_by:
            yield (*base, "proposed_by"), holder.proposed_by, False
        for i, line in enumerate(holder.recitals):
            yield (*base, "recitals", i), line, False

    def _raw(self, path: tuple[Any, ...]) -> Any:
        node: Any = self.loaded.data
        for part in path:
            node = node.get(part) if isinstance(node, dict) else None
        return node

    def at(self, path: tuple[Any, ...], *, key: bool = False) -> Position:
        return self.positions.lookup(path, key=key)

    def locate(self, path: tuple[Any, ...], needle: str) -> Position:
        """Position of `needle` inside the scalar at `path`, searching the source lines."""
        start = self.at(path)
        for offset in range(0, 60):
            index = start.line - 1 + offset
            if index >= len(self.lines):
                break
            line = self.lines[index]
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
