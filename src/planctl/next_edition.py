"""`planctl new --from OLD --year YYYY`: carry a plan over to another year.

The YAML is edited in place with ruamel.yaml's round trip, so comments, key order and quoting
stay as the clerk wrote them. What changes, and only that:

- every deadline that names a year moves by the difference ("Quý III/2023" → "Quý III/2024",
  "Trước ngày 15/12/2023" → "Trước ngày 15/12/2024"), keeping its spelling when the moved
  phrase still parses to the moved value, otherwise written canonically (29/02 → 28/02);
  deadlines that name no year ("Thường xuyên", "6 tháng đầu năm") move with the plan as they
  are;
- the plan's own year words in its title, prose and tasks ("năm 2023" → "năm 2024", "quý
  I/2023", "tháng 6/2023"), never inside a date ("ngày 05 tháng 02 năm 2023") nor inside a
  citation: a cited document keeps every word it has, its year included ("Quyết định số
  1306/QĐ-UBND ngày 29/12/2023 … ban hành Kế hoạch cải cách hành chính năm 2024" is still that
  decision next year; see planctl.facts.citations). Legal bases and implemented directives
  are never edited;
- `period` moves; `number` and `date` are cleared, to be filled in when the plan is issued;
- task ids are kept, so that next year's `planctl diff` pairs the tasks exactly.

A programme over several years (period 2025 - 2030) keeps its horizon, its schedule and its
year words: the new edition only clears number and date. `shift_period` moves the whole
horizon instead: the period, the range in the title ("giai đoạn 2025 - 2030"), the deadlines
and every year of the period named in the plan's own words.

Every change is listed with the place it has in the new file, and every mention of a moved
year that stays as written (a citation, a date) too, for the clerk to review. Units no longer
valid at the start of the new year are reported, not replaced: the clerk decides who takes the
work over (the registry's `successor` is suggested).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from planctl.diff.deadlines import value_key
from planctl.facts import PlanFacts, work_out
from planctl.facts.citations import Citation, citations
from planctl.findings import Finding
from planctl.model.deadline import DeadlineKind, parse_deadline
from planctl.model.fields import TEXT_FIELDS
from planctl.model.kinds import kind_named
from planctl.newlines import plain
from planctl.workspace import Workspace, display_path, find_registry
from planctl.yaml_roundtrip import round_trip_yaml

_YEAR = re.compile(r"(?<!\d)(19\d{2}|2[01]\d{2}|2200)(?!\d)")
# The plan's own year in prose: "năm 2023", "NĂM 2023", "quý I/2023", "tháng 6/2023".
_MENTION = re.compile(
    r"(?P<lead>\b(?:năm|quý\s+[IVX\d]+\s*/|tháng\s+\d{1,2}\s*/)\s*)(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)
# A range of years: "2025 - 2030", "2021-2025".
_RANGE = re.compile(r"(?<!\d)(?P<first>\d{4})(?P<dash>\s*[-–—]\s*)(?P<last>\d{4})(?!\d)")
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*\d{4}(?!\d)")
_RANGE_BEFORE = re.compile(r"(?<!\d)\d{4}\s*[-–—]\s*$")
# Dates cite a day of some document or event; their year is not the plan's.
_DATE = re.compile(
    r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}(?!\d)"
    r"|\bngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?!\d)"
    r"|(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?!\d)",
    re.IGNORECASE,
)
_LONG_DATE_BEFORE = re.compile(r"ngày\s+\d{1,2}\s+(?:tháng\s+\d{1,2}\s+)?$", re.IGNORECASE)
_SHORT_DATE_BEFORE = re.compile(r"ngày\s+\d{1,2}\s*/?\s*$", re.IGNORECASE)
_LEAD_BEFORE = re.compile(r"(?:năm|quý\s+[IVX\d]+\s*/|tháng\s+\d{1,2}\s*/)\s*$", re.IGNORECASE)


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


@dataclass(frozen=True)
class Change:
    """One value, or one year mention inside a text, that the new plan changes."""

    path: tuple[Any, ...]  # data path of the value in the plan
    field: str  # "number", "date", "title", "period", "deadline" or "text"
    old: str
    new: str
    at: int = -1  # where the change starts in the text; -1: the whole value
    line: int = 0  # in the new file (filled in once it is written out)
    col: int = 0


@dataclass(frozen=True)
class Kept:
    """A mention of a moved year left as written: a cited document, or a date."""

    path: tuple[Any, ...]
    excerpt: str
    cited: bool
    at: int
    line: int = 0
    col: int = 0


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
    changes: list[Change] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    period_years: tuple[int, int] = (0, 0)
    """The first and last year of the old plan's period."""
    horizon_kept: tuple[int, int] | None = None
    """The years of a programme's period, when they stay as they are."""
    written: bool = False
    text: str = ""
    """The new plan's YAML."""


@dataclass(frozen=True)
class _Moves:
    """What a carry moves: the years of the period named in the plan's own words, by
    `delta`, and the period's range ("2025 - 2030") when it has several years."""

    delta: int
    years: frozenset[int]
    horizon: tuple[int, int] | None = None


def default_output(source: Path, years: Iterable[int], delta: int) -> Path | None:
    """The source's name with its years moved: 2023-kh-25-x.yaml → 2024-kh-25-x.yaml."""
    wanted = set(years)
    name = source.name
    moved = _YEAR.sub(
        lambda m: str(int(m.group(1)) + delta) if int(m.group(1)) in wanted else m.group(1), name
    )
    return None if moved == name else source.with_name(moved)


def carry(
    source: Path,
    year: int,
    output: Path | None = None,
    *,
    force: bool = False,
    write: bool = True,
    shift_period: bool = False,
) -> CarryResult:
    if not 1900 <= year <= 2200:
        raise CarryError("new.bad_year", year=year)
    workspace = Workspace()
    loaded = workspace.load_plan(source)
    if loaded.document is None:
        raise CarryError("new.invalid", loaded.findings, file=display_path(source))
    document = loaded.document
    # The workspace worked the facts out when the plan has a registry.
    facts = loaded.facts or work_out(document, loaded.registry)
    if facts.period is None:
        raise CarryError("new.no_year", file=display_path(source))
    first, last = facts.period[0].year, facts.period[1].year
    old_year = first
    delta = year - old_year
    if delta == 0:
        raise CarryError("new.same_year", file=display_path(source), year=year)
    moving = first == last or shift_period
    moves = _Moves(
        delta if moving else 0,
        frozenset(range(first, last + 1)) if moving else frozenset(),
        (first, last) if moving and last > first else None,
    )
    target = output or (default_output(source, moves.years, delta) if moving else None)
    if target is None:
        key = "new.need_output" if moving else "new.need_output_horizon"
        raise CarryError(key, file=display_path(source), year=old_year, first=first, last=last)
    if target.resolve() == source.resolve():
        raise CarryError("new.same_file", file=display_path(source))
    if target.exists() and not force and write:
        raise CarryError("new.exists", file=display_path(target))

    result = CarryResult(source, target, old_year, year, period_years=(first, last))
    if not moving:
        result.horizon_kept = (first, last)
    # Read and written back in the file's own line breaks and BOM (a Windows editor's CRLF stays).
    text, form = plain(source.read_bytes().decode("utf-8"))
    yaml = round_trip_yaml(text)
    data = yaml.load(text)
    _Carrier(result, moves).carry(data)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    result.text = buffer.getvalue()

    from planctl.load import LoadError, load_yaml_text
    from planctl.model.from_data import parse_document

    try:
        new_loaded = load_yaml_text(result.text, str(target))
        new_document, findings = parse_document(new_loaded)
    except LoadError as exc:  # pragma: no cover - the round trip keeps valid YAML
        raise CarryError("new.invalid", [exc.finding], file=display_path(target)) from None
    if new_document is None:  # pragma: no cover
        raise CarryError("new.invalid", findings, file=display_path(target))
    _place(result, new_loaded.positions, result.text.splitlines())
    registry_path = find_registry(target, new_document.org) or loaded.registry_path
    registry = workspace.registry(registry_path).registry if registry_path else None
    new_facts = work_out(new_document, registry)
    result.missing_ids = sum(1 for t in new_facts.tasks if not t.task.id)
    if registry is not None:
        # A programme's new edition is issued in `year`, whatever its period.
        day = None if moving else dt.date(year, 1, 1)
        result.units_gone = units_not_valid(new_facts, day)
    if write:
        from planctl.atomic import atomic_write_text

        atomic_write_text(target, form.apply(result.text))
        result.written = True
    return result


def units_not_valid(facts: PlanFacts, day: dt.date | None = None) -> list[UnitGone]:
    """Units named by the plan's tasks that are not valid on `day` (by default the first day
    of its period)."""
    day = day or facts.reference_day
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


# --- year words in text -------------------------------------------------------------------


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    new: str


def _in_date(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start]
    return bool(_LONG_DATE_BEFORE.search(before) or _SHORT_DATE_BEFORE.search(before))


def _year_edits(text: str, moves: _Moves) -> tuple[list[_Edit], list[tuple[int, str, bool]]]:
    """The year words of `text` to move, and the mentions of a moved year kept as written:
    (offset, excerpt, cited)."""
    spans = citations(text)
    edits: list[_Edit] = []

    def cited(start: int, end: int) -> bool:
        return any(c.covers(start, end) for c in spans)

    for m in _MENTION.finditer(text):
        year = int(m.group("year"))
        start, end = m.start("year"), m.end("year")
        if year not in moves.years or cited(m.start(), end) or _in_date(text, m.start()):
            continue
        if _RANGE_AFTER.match(text, end) or _RANGE_BEFORE.search(text, 0, m.start()):
            continue  # one end of a range: moved with the range, or not at all
        edits.append(_Edit(start, end, str(year + moves.delta)))
    if moves.horizon is not None:
        for m in _RANGE.finditer(text):
            pair = (int(m.group("first")), int(m.group("last")))
            if pair != moves.horizon or cited(m.start(), m.end()):
                continue
            moved = f"{pair[0] + moves.delta}{m.group('dash')}{pair[1] + moves.delta}"
            edits.append(_Edit(m.start(), m.end(), moved))
    edits.sort(key=lambda e: e.start)
    return edits, _kept_mentions(text, moves, spans, edits)


def _kept_mentions(
    text: str, moves: _Moves, spans: list[Citation], edits: list[_Edit]
) -> list[tuple[int, str, bool]]:
    kept: list[tuple[int, str, bool]] = []
    listed: set[int] = set()
    for m in _YEAR.finditer(text):
        if int(m.group(1)) not in moves.years:
            continue
        if any(e.start <= m.start() < e.end for e in edits):
            continue
        span = next((c for c in spans if c.start <= m.start() < c.end), None)
        if span is not None:
            if span.start not in listed:
                listed.add(span.start)
                kept.append((span.start, _citation_excerpt(text, span, moves.years), True))
            continue
        date = next((d for d in _DATE.finditer(text) if d.start() <= m.start() < d.end()), None)
        if date is not None:
            kept.append((date.start(), date.group(0), False))
        else:
            kept.append((m.start(), _around(text, m.start(), m.end()), False))
    return kept


def _citation_excerpt(text: str, span: Citation, years: frozenset[int]) -> str:
    """The head of a citation and its words up to the last year of `years` they name:
    "Quyết định số 1306/QĐ-UBND ngày 29/12/2023 … ban hành Kế hoạch … năm 2024"."""
    words = text[span.start : span.end]
    last = max(
        (m.end() for m in _YEAR.finditer(words) if int(m.group(1)) in years), default=len(words)
    )
    head = span.head_end - span.start
    if last <= 90 or last <= head:
        return words[:last].rstrip()
    tail = words[max(head, last - 45) : last]
    if " " in tail:
        tail = tail[tail.find(" ") + 1 :]
    return f"{words[:head].rstrip()} … {tail}"


def _around(text: str, start: int, end: int, width: int = 30) -> str:
    left = text[max(0, start - width) : start]
    if start - width > 0 and " " in left:
        left = "…" + left[left.find(" ") + 1 :]
    right = text[end : end + 12]
    if end + 12 < len(text) and " " in right:
        right = right[: right.rfind(" ")] + "…"
    return left + text[start:end] + right


def _apply(text: str, edits: list[_Edit]) -> str:
    out: list[str] = []
    cursor = 0
    for e in edits:
        out.append(text[cursor : e.start])
        out.append(e.new)
        cursor = e.end
    out.append(text[cursor:])
    return "".join(out)


def _mention(text: str, edit: _Edit) -> tuple[int, str]:
    """The words of a moved year as the list shows them: "năm 2024", "quý I/2024", "2025"."""
    lead = _LEAD_BEFORE.search(text, 0, edit.start)
    start = lead.start() if lead else edit.start
    return start, text[start : edit.end]


def shift_year_mentions(text: str, old_year: int, delta: int) -> tuple[str, int]:
    """Move the year of a one-year plan in prose: "năm 2023" → "năm 2024".

    Also "NĂM 2023", "quý I/2023", "tháng 6/2023"; never inside a long date ("ngày 05 tháng 02
    năm 2023") nor a short one ("ngày 15/3/2023"), nor inside a citation.
    """
    edits, _ = _year_edits(text, _Moves(delta, frozenset({old_year})))
    return _apply(text, edits), len(edits)


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


def _scalar(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


# --- where each change lands in the new file -----------------------------------------------


def _place(result: CarryResult, positions: Any, lines: list[str]) -> None:
    """Line and column, in the new text, of every change and kept mention."""
    texts = _texts_at(result.text)
    changes: list[Change] = []
    for change in result.changes:
        whole = change.at < 0
        pos = positions.lookup(change.path, key=whole and change.new == "")
        line, col = pos.line, pos.col
        if not whole:
            value = texts.get(change.path, "")
            line, col = _find(lines, (line, col), value, change.at, change.new)
        changes.append(replace(change, line=line, col=col))
    kept: list[Kept] = []
    for item in result.kept:
        pos = positions.lookup(item.path)
        value = texts.get(item.path, "")
        needle = value[item.at : item.at + 16]
        line, col = _find(lines, (pos.line, pos.col), value, item.at, needle)
        kept.append(replace(item, line=line, col=col))
    result.changes = sorted(changes, key=lambda c: (c.line, c.col))
    result.kept = sorted(kept, key=lambda k: (k.line, k.col))


def _texts_at(text: str) -> dict[tuple[Any, ...], str]:
    import yaml

    found: dict[tuple[Any, ...], str] = {}

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        if isinstance(value, str):
            found[path] = value
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*path, i))

    walk(yaml.safe_load(text), ())
    return found


def _find(
    lines: list[str], start: tuple[int, int], value: str, at: int, needle: str
) -> tuple[int, int]:
    """Where the `needle` found at offset `at` of the scalar `value` (which starts at `start`)
    is in the source lines; the scalar's start when it cannot be told (a folded block)."""
    if not needle:
        return start
    nth = value.count(needle, 0, at)
    seen = 0
    first_line, first_col = start
    for index in range(first_line - 1, min(len(lines), first_line + 400)):
        line = lines[index]
        col = line.find(needle, first_col - 1 if index == first_line - 1 else 0)
        while col >= 0:
            if seen == nth:
                return index + 1, col + 1
            seen += 1
            col = line.find(needle, col + 1)
    return start


# --- the walk over the plan ----------------------------------------------------------------


class _Carrier:
    def __init__(self, result: CarryResult, moves: _Moves) -> None:
        self.result = result
        self.moves = moves
        self.old_year = result.old_year

    def carry(self, data: Any) -> None:
        if not hasattr(data, "get"):
            return
        kind = kind_named(data.get("kind"))
        key = kind.attachment_key
        content = data.get(key) if key else data
        base: tuple[Any, ...] = (key,) if key else ()
        for name in ("number", "date"):
            if name in data and data[name] is not None:
                old = _scalar(data[name])
                data[name] = None
                self.result.cleared = True
                self.result.changes.append(Change((name,), name, old, ""))
        self._text_field(data, "title", ("title",), "title")
        if kind.has_articles:
            self._text_list(data, "articles", ())
        self._cited_only(data, ())
        if not hasattr(content, "get"):
            return
        if kind.issues_attachment:
            self._text_field(content, "title", (*base, "title"), "title")
            self._cited_only(content, base)
        self._period(content, base)
        self._text_list(content, "preamble", base)
        self._text_list(content, "closing", base)
        self._sections(content.get("sections"), (*base, "sections"))
        appendix = content.get("appendix")
        if hasattr(appendix, "get"):
            self._text_field(appendix, "title", (*base, "appendix", "title"), "title")
        self._tasks(content.get("tasks"), (*base, "tasks"))

    # --- text ------------------------------------------------------------------------------

    def _shift(self, value: Any, path: tuple[Any, ...], label: str) -> Any:
        if not isinstance(value, str):
            return value
        edits, kept = _year_edits(value, self.moves)
        for at, excerpt, cited in kept:
            self.result.kept.append(Kept(path, excerpt, cited, at))
        if not edits:
            return value
        for edit in edits:
            start, old = _mention(value, edit)
            new = old[: len(old) - (edit.end - edit.start)] + edit.new
            self.result.changes.append(Change(path, label, old, new, at=start))
        self.result.text_shifted += len(edits)
        return _same_type(value, _apply(value, edits))

    def _cited_only(self, mapping: Any, base: tuple[Any, ...]) -> None:
        """Legal bases and implemented directives are never edited; those naming a moved
        year are listed, since next year's plan usually rests on next year's documents."""
        for key in ("legal_bases", "implements", "proposed_by"):
            items = mapping.get(key)
            values = [items] if isinstance(items, str) else items
            if not isinstance(values, list):
                continue
            for i, item in enumerate(values):
                if not isinstance(item, str):
                    continue
                path = (*base, key) if isinstance(items, str) else (*base, key, i)
                _, kept = _year_edits(item, replace(self.moves, horizon=None))
                for at, excerpt, _cited in kept:
                    self.result.kept.append(Kept(path, excerpt, True, at))

    def _text_field(self, mapping: Any, key: str, path: tuple[Any, ...], label: str) -> None:
        if hasattr(mapping, "get") and isinstance(mapping.get(key), str):
            mapping[key] = self._shift(mapping[key], path, label)

    def _text_list(self, mapping: Any, key: str, base: tuple[Any, ...]) -> None:
        items = mapping.get(key) if hasattr(mapping, "get") else None
        if isinstance(items, str):
            mapping[key] = self._shift(items, (*base, key), "text")
        elif isinstance(items, list):
            self._paragraphs(items, (*base, key))

    def _paragraphs(self, items: list[Any], path: tuple[Any, ...]) -> None:
        for i, item in enumerate(items):
            if isinstance(item, str):
                items[i] = self._shift(item, (*path, i), "text")
            elif hasattr(item, "get") and isinstance(item.get("bullets"), list):
                self._paragraphs(item["bullets"], (*path, i, "bullets"))

    def _sections(self, sections: Any, path: tuple[Any, ...]) -> None:
        if not isinstance(sections, list):
            return
        for i, section in enumerate(sections):
            if not hasattr(section, "get"):
                continue
            here = (*path, i)
            self._text_field(section, "heading", (*here, "heading"), "text")
            self._text_list(section, "text", here)
            self._sections(section.get("sections"), (*here, "sections"))

    # --- period and tasks ------------------------------------------------------------------

    def _period(self, content: Any, base: tuple[Any, ...]) -> None:
        period = content.get("period")
        delta = self.moves.delta
        if period is None or not delta:
            return
        path = (*base, "period")
        if isinstance(period, int) and not isinstance(period, bool):
            content["period"] = period + delta
        elif isinstance(period, str):
            moved = _YEAR.sub(lambda m: str(int(m.group(1)) + delta), period)
            content["period"] = _same_type(period, moved)
        elif hasattr(period, "get"):
            for key in ("start", "end"):
                if isinstance(period.get(key), dt.date):
                    old = period[key]
                    period[key] = _shift_date(old, delta)
                    self.result.changes.append(
                        Change((*path, key), "period", old.isoformat(), period[key].isoformat())
                    )
            return
        else:
            return
        self.result.changes.append(Change(path, "period", str(period), str(content["period"])))

    def _tasks(self, items: Any, path: tuple[Any, ...]) -> None:
        if not isinstance(items, list):
            return
        for i, item in enumerate(items):
            if not hasattr(item, "get"):
                continue
            here = (*path, i)
            if "group" in item:
                self._text_field(item, "group", (*here, "group"), "text")
                self._tasks(item.get("tasks"), (*here, "tasks"))
                continue
            # The clerk's prose moves with the year; ids, units and deadlines are handled apart.
            for key in TEXT_FIELDS:
                self._text_field(item, key, (*here, key), "text")
            if isinstance(item.get("details"), list):
                self._paragraphs(item["details"], (*here, "details"))
            self._deadline(item, (*here, "deadline"))
            self._tasks(item.get("subtasks"), (*here, "subtasks"))

    def _deadline(self, task: Any, path: tuple[Any, ...]) -> None:
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
        moved = shift_deadline(text, self.old_year, self.moves.delta) if self.moves.delta else None
        if moved is None:
            self.result.deadlines_kept += 1
            return
        task["deadline"] = convert(moved)
        self.result.deadlines_shifted += 1
        self.result.changes.append(Change(path, "deadline", text, moved))
