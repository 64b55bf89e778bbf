"""The parsed pieces put together as plan data, in the model's keys.

Task tables become `tasks` and `task_layout`; prose tasks ("- Cơ quan chủ trì: …") become
tasks of the section holding them; the signature becomes `signer` (a registry id when the
name is known) and `recipients`; every unit is matched and every deadline parsed.
"""

from __future__ import annotations

import re
from typing import Any

from planctl.ids import slugify, unique_id
from planctl.importer.docx_reader import Table
from planctl.importer.report import Place, Report
from planctl.importer.signature import Signature, sentence_case
from planctl.importer.structure import ATTACHED_KEY, Parsed
from planctl.importer.tasks import (
    Row,
    TaskTable,
    is_number,
    prose_field,
    read_task_table,
    split_units,
)
from planctl.importer.units import Matcher
from planctl.model.registry import Registry

FIELD_ORDER = ("content", "lead", "support", "deadline", "form", "output", "budget", "notes")


class Assembler:
    def __init__(self, parsed: Parsed, registry: Registry | None, report: Report) -> None:
        self.parsed = parsed
        self.registry = registry
        self.report = report
        self.units = Matcher(registry)
        self.ids: set[str] = set()
        self.deadlines: list[str] = []
        self.year = parsed.header.year if parsed.header else None

    def data(self) -> dict[str, Any]:
        parsed = self.parsed
        data = dict(parsed.data)
        header = parsed.header
        out: dict[str, Any] = {"kind": data.pop("kind")}
        if header is not None:
            for cell in header.extra:
                place = Place(table=header.table, row=cell.row, column=cell.column)
                self.report.add("unmapped", place, cell.text, "dropped")
            if header.number:
                # Unquoted as a clerk types it; a leading zero keeps it text ("0155").
                number = header.number
                out["number"] = int(number) if str(int(number)) == number else number
            if header.date:
                out["date"] = header.date
            if header.place and (
                self.registry is None or header.place != self.registry.issuer.place
            ):
                out["place"] = header.place
        out.update(data)
        content = out.get(ATTACHED_KEY.get(out["kind"], ""), out)
        self._tasks(content)
        if self.year is not None and "period" not in content:
            content["period"] = self._period(content)
        if parsed.signature is not None:
            self._signature(out, parsed.signature)
        return out

    def _period(self, content: dict[str, Any]) -> int | str:
        """The document does not print its period: the year of its date, to the last year a
        deadline names ("2025 – 2030" makes a programme 2025-2030)."""
        assert self.year is not None
        # "… năm 2024" in the title of a plan a decision dated 29/12/2023 issues.
        named = re.search(r"\bnăm\s+(20\d\d)\b", str(content.get("title", "")), re.IGNORECASE)
        first = self.year
        if named and self.year <= int(named.group(1)) <= self.year + 1:
            first = int(named.group(1))
        last = first
        for year in re.findall(r"\b(20\d\d)\b", " ".join(self.deadlines)):
            if first < int(year) <= first + 10:
                last = max(last, int(year))
        return first if last == first else f"{first}-{last}"

    # -- signature ------------------------------------------------------------------------

    def _signature(self, out: dict[str, Any], sig: Signature) -> None:
        for note in sig.notes:
            self.report.add("unmapped", Place(table=sig.table, row=1, column=2), note, "dropped")
        if sig.recipients:
            out["recipients"] = sig.recipients
        known = None
        if self.registry is not None and sig.name:
            known = next((s for s in self.registry.signers if s.name == sig.name), None)
        if known is not None and self.registry is not None:
            # The registry's signer only if the document signs as the registry says: else the
            # authority lines printed ("TM. … / KT. …") would be lost (h/importfx).
            head = self.registry.issuer.head_title or ""
            theirs = [" ".join(level.line.split()).casefold() for level in known.levels(head)]
            ours = [" ".join(f"{a}. {n}".split()).casefold() for a, n in sig.authority]
            if theirs == ours:
                out["signer"] = known.id
                return
            lines = " / ".join(f"{a}. {n}" for a, n in sig.authority) or "—"
            self.report.add("signer_authority", Place(table=sig.table, row=1, column=2),
                            sig.name or "", lines)  # fmt: skip
        inline: dict[str, Any] = {"name": sig.name or "", "title": sentence_case(sig.title or "")}
        if len(sig.authority) == 1:
            inline["authority"] = sig.authority[0][0]
            inline["on_behalf_of"] = sentence_case(sig.authority[0][1])
        elif sig.authority:
            inline["authority"] = [f"{a}. {sentence_case(n)}" for a, n in sig.authority]
        out["signer"] = inline
        if known is None:
            self.report.add("signer", Place(table=sig.table, row=1, column=2), sig.name or "")

    # -- tasks ----------------------------------------------------------------------------

    def _tasks(self, content: dict[str, Any]) -> None:
        layout: dict[str, Any] = {}
        tasks: list[dict[str, Any]] = []
        for table, where in self.parsed.task_tables:
            read = read_task_table(table)
            if read is None:
                self._unmapped_table(table)
                continue
            layout = self._layout(read, where["appendix"])
            tasks += self._rows(read, layout)
        prose = self._prose_tasks(content.get("sections", []))
        if prose:
            tasks += prose
            layout = {"presentation": "prose", "placement": "body"}
        if tasks:
            content["tasks"] = tasks
            content["task_layout"] = layout
            self.report.tasks += _count(tasks)

    def _unmapped_table(self, table: Table) -> None:
        for row in table.rows:
            for cell in row:
                if cell.text.strip() and not cell.continued:
                    place = Place(table=table.index, row=cell.row, column=cell.column)
                    self.report.add("unmapped", place, cell.text, "dropped")

    def _layout(self, read: TaskTable, appendix: bool) -> dict[str, Any]:
        layout: dict[str, Any] = {
            "presentation": "table",
            "placement": "appendix" if appendix else "body",
        }
        columns = [
            {"field": name, "header": read.headers.get(name, "")}
            for _, name in sorted(read.columns.items())
        ]
        layout["columns"] = columns
        for cell in read.unmapped_headers:
            place = Place(table=read.table.index, row=cell.row, column=cell.column)
            self.report.add("unmapped", place, cell.text, "dropped")
        return layout

    def _rows(self, read: TaskTable, layout: dict[str, Any]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        group: dict[str, Any] | None = None
        last: dict[str, Any] | None = None
        numbers: list[str] = []
        lines_used = False
        firsts: list[str] = []  # the first task number under each group
        for row in read.rows:
            if row.group is not None:
                for cell in row.unmapped:
                    place = Place(table=read.table.index, row=cell.row, column=cell.column)
                    self.report.add("unmapped", place, cell.text, "dropped")
                firsts.append("")
                group = {"group": row.group, "tasks": []}
                items.append(group)
                last = None
                continue
            task, lines = self._task(read, row)
            lines_used = lines_used or lines
            number = row.values.get("number", "").strip().rstrip(".")
            numbers.append(number)
            if firsts and not firsts[-1]:
                firsts[-1] = number
            if last is not None and "." in number and is_number(number):
                last.setdefault("subtasks", []).append(task)
                continue
            (group["tasks"] if group is not None else items).append(task)
            last = task
        if any(n.startswith("0") and len(n) > 1 for n in numbers):
            layout["numbering"] = "01"
        if lines_used:
            layout["unit_lines"] = True
        if _continuous(firsts):
            layout["number_scheme"] = "continuous"
        return items

    def _task(self, read: TaskTable, row: Row) -> tuple[dict[str, Any], bool]:
        task: dict[str, Any] = {}
        lines_used = False
        for name in FIELD_ORDER:
            if name not in row.values:
                continue
            text = row.values[name].strip()
            cell = row.cells[name]
            place = Place(table=read.table.index, row=cell.row, column=cell.column)
            if name in ("lead", "support"):
                units, lines = split_units(text)
                lines_used = lines_used or lines
                if units:
                    # One cell without ";" keeps its commas as typed: a string, as in the
                    # model, whose checks split it ("VTV, VOV, TTXVN, các địa phương").
                    task[name] = (
                        units[0] if len(units) == 1 and not lines and "," in units[0] else units
                    )
                    self._match(self._split_commas(units), place)
            elif name == "deadline":
                if text:
                    task[name] = self._deadline(text, place)
            elif text or name == "content":
                task[name] = text
        task = {"id": unique_id(slugify(task.get("content", "nhiem-vu")), self.ids), **task}
        self.ids.add(task["id"])
        for cell in row.unmapped:
            place = Place(table=read.table.index, row=cell.row, column=cell.column)
            self.report.add("unmapped", place, cell.text, "dropped")
        # A footnote in a task's cell, like one in the body, is reported and kept as a
        # comment in the YAML (h/importfx: LibreOffice's fixture has one).
        for cell in [*row.cells.values(), *row.unmapped]:
            place = Place(table=read.table.index, row=cell.row, column=cell.column)
            for note in (note for p in cell.paragraphs for note in p.footnotes):
                self.parsed.footnotes.append((place, note))
                self.report.add("footnote", place, note)
        return task, lines_used

    def _split_commas(self, units: list[str]) -> list[str]:
        """The units a cell names, split as the checks split them (facts.cells)."""
        from planctl.facts.cells import split_cell

        return [u.written for unit in units for u in split_cell(unit, self.units.index)]

    def _match(self, entries: list[str], place: Place) -> None:
        from planctl.facts.cells import split_cell

        # Each unit of an entry as planctl's checks will see it: "Công an tỉnh, Viettel Bình
        # Định" cut by the registry, so that the report names the one unit it lacks.
        units = [u.written for e in entries for u in split_cell(e, self.units.index)]
        for unit in units:
            status, near = self.units.match(unit)
            if status == "near":
                self.report.add("unit_near", place, unit, near or "")
            elif status == "new":
                self.report.add("unit", place, unit)

    def _deadline(self, text: str, place: Place) -> Any:
        from planctl.model.deadline import parse_deadline

        self.deadlines.append(text)
        if parse_deadline(text, default_year=self.year) is not None:
            return text
        if re.match(r"^(Theo|Khi|Sau khi|Ngay sau)\b", text):
            self.report.add("event", place, text)
            return {"event": text}
        self.report.add("deadline", place, text)
        return text

    def _prose_tasks(self, sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Sections whose bullets are "Cơ quan chủ trì: …" lines are tasks of their parent."""
        for section in sections:
            children = section.get("sections", [])
            if children and all(_prose_task(c) for c in children):
                section.pop("sections")
                section["tasks"] = True
                return [self._prose_task(c) for c in children]
            found = self._prose_tasks(children)
            if found:
                return found
        return []

    def _prose_task(self, section: dict[str, Any]) -> dict[str, Any]:
        task: dict[str, Any] = {}
        text = list(section.get("text", []))
        if "heading" in section:
            task["title"] = section["heading"]
        task["content"] = text.pop(0) if text and isinstance(text[0], str) else ""
        details: list[Any] = []
        for item in text:
            if not isinstance(item, dict):
                details.append(item)
                continue
            rest: list[str] = []
            for line in item["bullets"]:
                place = Place(paragraph=self.parsed.where.get(line))
                found = prose_field(line)
                if found is None or found[0] in task:
                    rest.append(line)
                    continue
                name, value = found
                if name in ("lead", "support"):
                    task[name] = [u.strip() for u in value.split(";") if u.strip()]
                    self._match(task[name], place)
                elif name == "deadline":
                    task[name] = self._deadline(value, place)
                else:
                    task[name] = value
            if rest:
                details.append({"bullets": rest})
        if details:
            task["details"] = details
        task = {"id": unique_id(slugify(task.get("title") or task["content"]), self.ids), **task}
        self.ids.add(task["id"])
        return task


def _prose_task(section: dict[str, Any]) -> bool:
    return any(
        isinstance(item, dict) and any(prose_field(line) for line in item.get("bullets", []))
        for item in section.get("text", [])
    )


def _count(items: list[dict[str, Any]]) -> int:
    total = 0
    for item in items:
        if "group" in item:
            total += _count(item["tasks"])
        else:
            total += 1 + _count(item.get("subtasks", []))
    return total


def _continuous(firsts: list[str]) -> bool:
    """Tasks numbered 1 … N across the groups rather than from 1 in each."""
    return len(firsts) > 1 and firsts[1].isdigit() and int(firsts[1]) > 1
