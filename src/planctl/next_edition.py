"""`planctl new --from OLD --year YYYY`: carry a plan over to another year.

The YAML is edited in place with ruamel.yaml's round trip, so comments, key order and quoting
stay as the clerk wrote them. What changes:

- every deadline that names a year moves by the difference ("Quý III/2023" → "Quý III/2024",
  "Trước ngày 15/12/2023" → "Trước ngày 15/12/2024"), keeping its spelling when the moved
  phrase still parses to the moved value, otherwise written canonically (29/02 → 28/02);
  deadlines that name no year ("Thường xuyên", "6 tháng đầu năm") move with the plan as they
  are;
- "năm 2023" in the title, the prose and the tasks becomes "năm 2024" (never inside a long date
  such as "ngày 05 tháng 02 năm 2023", nor in legal bases and cited directives);
- `period` moves; `number` and `date` are cleared, to be filled in when the plan is issued;
- task ids are kept, so that next year's `planctl diff` pairs the tasks exactly.

Units no longer valid at the start of the new year are reported, not replaced: the clerk
decides who takes the work over (the registry's `successor` is suggested).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planctl.diff.deadlines import value_key
from planctl.facts import PlanFacts, work_out
from planctl.findings import Finding
from planctl.model.deadline import DeadlineKind, parse_deadline
from planctl.model.fields import TEXT_FIELDS
from planctl.model.kinds import kind_named
from planctl.workspace import Workspace, display_path, find_registry
from planctl.yaml_roundtrip import round_trip_yaml

_YEAR = re.compile(r"(?<!\d)(19\d{2}|2[01]\d{2}|2200)(?!\d)")


class CarryError(Exception):
    """The plan cannot be carried over; a message key, its arguments, maybe findings."""

    def __init__(self, key: str, findings: list[Finding] | None = None, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.findings = findings or []
        self.args_ = args


@dataclass(frozen=True)
class UnitGone:
    number: str
    unit: str
    date: dt.date
    valid: str
    successor: str | None


@dataclass
class CarryResult:
    source: Path
    output: Path
    old_year: int
    year: int
    deadlines_shifted: int = 0
    deadlines_kept: int = 0
    text_shifted: int = 0
    cleared: bool = False
    missing_ids: int = 0
    units_gone: list[UnitGone] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    """Excerpts of paragraphs that cite other documents and had their year moved: the cited
    documents are probably last year's, to be replaced by this year's."""
    text: str = ""
    """The new plan's YAML."""


def default_output(source: Path, old_year: int, year: int) -> Path | None:
    """The source's name with its year replaced: 2023-kh-25-x.yaml → 2024-kh-25-x.yaml."""
    name = source.name
    if str(old_year) not in name:
        return None
    return source.with_name(name.replace(str(old_year), str(year)))


def carry(
    source: Path, year: int, output: Path | None = None, *, force: bool = False, write: bool = True
) -> CarryResult:
    if not 1900 <= year <= 2200:
        raise CarryError("new.bad_year", year=year)
    workspace = Workspace()
    loaded = workspace.load_plan(source)
    if loaded.document is None:
        raise CarryError("new.invalid", loaded.findings, file=display_path(source))
    document = loaded.document
    # The workspace worked the facts out when the plan has a registry.
    old_year = (loaded.facts or work_out(document, loaded.registry)).year
    if old_year is None:
        raise CarryError("new.no_year", file=display_path(source))
    delta = year - old_year
    if delta == 0:
        raise CarryError("new.same_year", file=display_path(source), year=year)
    target = output or default_output(source, old_year, year)
    if target is None:
        raise CarryError("new.need_output", file=display_path(source), year=old_year)
    if target.exists() and not force:
        raise CarryError("new.exists", file=display_path(target))

    result = CarryResult(source, target, old_year, year)
    text = source.read_bytes().decode("utf-8-sig")
    yaml = round_trip_yaml(text)
    data = yaml.load(text)
    _Carrier(result, delta).carry(data)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    result.text = buffer.getvalue()

    from planctl.load import LoadError, load_yaml_text
    from planctl.model.from_data import parse_document

    try:
        new_document, findings = parse_document(load_yaml_text(result.text, str(target)))
    except LoadError as exc:  # pragma: no cover - the round trip keeps valid YAML
        raise CarryError("new.invalid", [exc.finding], file=display_path(target)) from None
    if new_document is None:  # pragma: no cover
        raise CarryError("new.invalid", findings, file=display_path(target))
    registry_path = find_registry(target, new_document.org) or loaded.registry_path
    registry = workspace.registry(registry_path).registry if registry_path else None
    new_facts = work_out(new_document, registry)
    result.missing_ids = sum(1 for t in new_facts.tasks if not t.task.id)
    if registry is not None:
        result.units_gone = units_not_valid(new_facts)
    if write:
        from planctl.atomic import atomic_write_text

        atomic_write_text(target, result.text)
    return result


def units_not_valid(facts: PlanFacts) -> list[UnitGone]:
    """Units named by the plan's tasks that are not valid on the first day of its period."""
    day = facts.reference_day
    if day is None:
        return []
    gone: list[UnitGone] = []
    for task in facts.tasks:
        for unit in [*task.lead, *task.support]:
            if unit.resolved is None or unit.resolved.entry.valid_on(day):
                continue
            entry = unit.resolved.entry
            valid = f"{entry.valid_from or '…'} → {entry.valid_to or '…'}"
            successor = getattr(entry, "successor", None)
            gone.append(UnitGone(task.qualified_number, unit.written, day, valid, successor))
    return gone


def shift_year_mentions(text: str, old_year: int, delta: int) -> tuple[str, int]:
    """Move the year of the plan in prose: "năm 2023" → "năm 2024".

    Also "NĂM 2023", "quý I/2023", "tháng 6/2023"; never inside a long date ("ngày 05 tháng 02
    năm 2023") nor a short one ("ngày 15/3/2023"), which cite other documents.
    """
    pattern = re.compile(
        rf"(?P<lead>\b(?:năm|quý\s+[IVX\d]+\s*/|tháng\s+\d{{1,2}}\s*/)\s*)(?P<year>{old_year})(?!\d)",
        re.IGNORECASE,
    )
    count = 0

    def replace(m: re.Match[str]) -> str:
        nonlocal count
        before = text[max(0, m.start() - 24) : m.start()]
        if re.search(r"ngày\s+\d{1,2}\s+(?:tháng\s+\d{1,2}\s+)?$", before, re.IGNORECASE):
            return m.group(0)
        if re.search(r"ngày\s+\d{1,2}\s*/?\s*$", before, re.IGNORECASE):
            return m.group(0)
        count += 1
        return m.group("lead") + str(old_year + delta)

    return pattern.sub(replace, text), count


def shift_deadline(text: str, old_year: int, delta: int) -> str | None:
    """The deadline phrase moved by `delta` years, or None when it names no year (or is
    event-driven, or does not parse) and so stays as written."""
    if not _YEAR.search(text):
        return None
    parsed = parse_deadline(text, default_year=old_year)
    if parsed is None or parsed.kind is DeadlineKind.EVENT:
        return None
    try:
        target = parsed.shift_years(delta)
    except ValueError:
        return None
    candidate = _YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)
    again = parse_deadline(candidate, default_year=old_year + delta)
    if again is not None and value_key(again) == value_key(target):
        return candidate
    return target.text


_CITATION = re.compile(r"\bsố\s+\d+\s*/", re.IGNORECASE)


def _year_pattern(year: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d){year}(?!\d)")


def _excerpt(text: str, year: str, width: int = 70, *, cited: bool = True) -> str:
    """The words up to `year`: its first mention after a citation (`cited`), else its first.
    "…của Chủ tịch UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2024…"."""
    found = _CITATION.search(text) if cited else None
    after = text.find(year, found.end()) if found else -1
    end = (after if after >= 0 else text.find(year)) + len(year)
    start = max(0, end - width)
    cut = text[start:end]
    if start:
        cut = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    return cut + ("…" if end < len(text) else "")


def _same_type(original: Any, text: str) -> Any:
    """The new text as the same kind of scalar (quoted, literal block …) as the old."""
    if type(original) is str:
        return text
    try:
        return type(original)(text)
    except TypeError:
        return text


def _shift_date(day: dt.date, delta: int) -> dt.date:
    try:
        return day.replace(year=day.year + delta)
    except ValueError:  # 29 February
        return day.replace(year=day.year + delta, day=28)


class _Carrier:
    def __init__(self, result: CarryResult, delta: int) -> None:
        self.result = result
        self.delta = delta
        self.old_year = result.old_year

    def carry(self, data: Any) -> None:
        if not hasattr(data, "get"):
            return
        kind = kind_named(data.get("kind"))
        content = data.get(kind.attachment_key) if kind.attachment_key else data
        for key in ("number", "date"):
            if key in data and data[key] is not None:
                data[key] = None
                self.result.cleared = True
        self._text_field(data, "title")
        if kind.has_articles:
            self._text_list(data, "articles")
        if not hasattr(content, "get"):
            return
        if kind.issues_attachment:
            self._text_field(content, "title")
        self._period(content)
        self._text_list(content, "preamble")
        self._text_list(content, "closing")
        self._sections(content.get("sections"))
        appendix = content.get("appendix")
        if hasattr(appendix, "get"):
            self._text_field(appendix, "title")
        self._tasks(content.get("tasks"))

    # --- text ------------------------------------------------------------------------------

    def _shift(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        new, count = shift_year_mentions(value, self.old_year, self.delta)
        old_year = str(self.old_year)
        if _year_pattern(old_year).search(new):
            # A date or a cited document of last year that stays as written: worth a look.
            self.result.review.append(_excerpt(new, old_year, cited=False))
        elif count and _CITATION.search(value):
            self.result.review.append(_excerpt(new, str(self.old_year + self.delta)))
        if not count:
            return value
        self.result.text_shifted += count
        return _same_type(value, new)

    def _text_field(self, mapping: Any, key: str) -> None:
        if hasattr(mapping, "get") and isinstance(mapping.get(key), str):
            mapping[key] = self._shift(mapping[key])

    def _text_list(self, mapping: Any, key: str) -> None:
        items = mapping.get(key) if hasattr(mapping, "get") else None
        if isinstance(items, str):
            mapping[key] = self._shift(items)
        elif isinstance(items, list):
            self._paragraphs(items)

    def _paragraphs(self, items: list[Any]) -> None:
        for i, item in enumerate(items):
            if isinstance(item, str):
                items[i] = self._shift(item)
            elif hasattr(item, "get") and isinstance(item.get("bullets"), list):
                self._paragraphs(item["bullets"])

    def _sections(self, sections: Any) -> None:
        if not isinstance(sections, list):
            return
        for section in sections:
            if not hasattr(section, "get"):
                continue
            self._text_field(section, "heading")
            self._text_list(section, "text")
            self._sections(section.get("sections"))

    # --- period and tasks ------------------------------------------------------------------

    def _period(self, content: Any) -> None:
        period = content.get("period")
        if period is None:
            return
        if isinstance(period, int) and not isinstance(period, bool):
            content["period"] = period + self.delta
        elif isinstance(period, str):
            moved = _YEAR.sub(lambda m: str(int(m.group(1)) + self.delta), period)
            content["period"] = _same_type(period, moved)
        elif hasattr(period, "get"):
            for key in ("start", "end"):
                if isinstance(period.get(key), dt.date):
                    period[key] = _shift_date(period[key], self.delta)

    def _tasks(self, items: Any) -> None:
        if not isinstance(items, list):
            return
        for item in items:
            if not hasattr(item, "get"):
                continue
            if "group" in item:
                self._text_field(item, "group")
                self._tasks(item.get("tasks"))
                continue
            # The clerk's prose moves with the year; ids, units and deadlines are handled apart.
            for key in TEXT_FIELDS:
                self._text_field(item, key)
            if isinstance(item.get("details"), list):
                self._paragraphs(item["details"])
            self._deadline(item)
            self._tasks(item.get("subtasks"))

    def _deadline(self, task: Any) -> None:
        value = task.get("deadline")
        if value is None or hasattr(value, "get"):  # none, or event-driven
            return
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = str(value)
            convert: Callable[[str], Any] = lambda s: int(s) if s.isdigit() else s  # noqa: E731
        elif isinstance(value, str):
            text = value
            convert = lambda s: _same_type(value, s)  # noqa: E731
        else:
            return
        moved = shift_deadline(text, self.old_year, self.delta)
        if moved is None:
            self.result.deadlines_kept += 1
            return
        task["deadline"] = convert(moved)
        self.result.deadlines_shifted += 1
