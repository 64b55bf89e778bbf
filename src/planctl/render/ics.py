"""The deadlines as an iCalendar file (RFC 5545): one all-day VEVENT per task with a due
date, for the units' calendars.

Written by hand rather than with the `icalendar` package: an all-day event is six
properties, and the output must be byte-for-byte deterministic (UID from the task id,
DTSTAMP from the plan's date, never the clock), which is easiest to guarantee here.
"""

from __future__ import annotations

import datetime as dt

from planctl.facts import PlanFacts
from planctl.tally import Tally


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continued with a space (RFC 5545 3.1), never inside a
    UTF-8 character."""
    out: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode()) > limit:
            out.append(current)
            current = " "
            limit = 75
        current += char
    out.append(current)
    return out


def calendar(facts: PlanFacts, tally: Tally) -> str:
    stamp = facts.document.date or tally.period_bounds[0]
    org = facts.registry.issuer.id if facts.registry else "planctl"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//planctl//deadlines//VI",
        "CALSCALE:GREGORIAN",
    ]
    for state in tally.states:
        if state.due is None:
            continue
        content = (state.facts.task.content or state.facts.task.title or "").split("\n")[0]
        lead = "; ".join(ref.canonical for ref in state.facts.lead)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{state.id}@{org}.planctl",
            f"DTSTAMP:{stamp:%Y%m%d}T000000Z",
            f"DTSTART;VALUE=DATE:{state.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{state.due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(f'{state.facts.qualified_number} {content}')}",
            f"DESCRIPTION:{_escape(f'Thời hạn: {state.facts.deadline_text}. Chủ trì: {lead}')}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
