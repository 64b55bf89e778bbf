"""`planctl due --format ics`: the deadlines as an iCalendar file, read back with the
`icalendar` library as a calendar program reads it (RFC 5545): one all-day VEVENT per task
with a due date, each date and summary as the plan and the status file say (worked out here
from the YAML), stable UIDs, no clock in the output."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import yaml
from typer.testing import CliRunner

from document.report_support import PLAN, STATUS, due_and_start
from planctl.cli import app

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def _ics(status_file: Path) -> str:
    result = CliRunner().invoke(app, ["due", str(status_file), "--format", "ics"])
    assert result.exit_code == 0, result.output
    # The bytes as written (click's `output` turns CRLF into LF); the findings (K003
    # warnings) go to standard error.
    return result.stdout_bytes.decode("utf-8")


def _expected(status_file: Path) -> dict[str, tuple[dt.date, str]]:
    """Task id → (due date, summary) for every task with a due date, read off the YAML."""
    plan = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    record = yaml.safe_load(status_file.read_text(encoding="utf-8"))
    year = int(plan["period"])
    out: dict[str, tuple[dt.date, str]] = {}
    for g, group in enumerate(plan["tasks"]):
        for n, task in enumerate(group["tasks"], start=1):
            deadline = task.get("deadline")
            extension = (record["tasks"].get(task["id"]) or {}).get("extension")
            if extension:
                deadline = extension["deadline"]
            if not isinstance(deadline, str):
                continue  # event-driven, or none
            due, _start = due_and_start(deadline, year)
            assert due is not None
            content = task["content"].strip().split("\n")[0]
            out[task["id"]] = (due, f"{ROMAN[g]}.{n:02d} {content}")
    return out


def test_one_valid_event_per_dated_task() -> None:
    for period in ("2024-h1", "2024"):
        status_file = STATUS / f"{period}.yaml"
        text = _ics(status_file)
        calendar = icalendar.Calendar.from_ical(text)
        assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
        events = calendar.walk("VEVENT")
        expected = _expected(status_file)
        assert len(events) == len(expected) == 16  # 18 tasks: one event-driven, one undated
        seen = {}
        for event in events:
            uid = str(event["UID"])
            task_id = uid.removesuffix("@quang-ngai.planctl")
            assert task_id in expected, uid
            due, summary = expected[task_id]
            start, end = event.decoded("DTSTART"), event.decoded("DTEND")
            assert type(start) is dt.date and start == due  # an all-day event on the due day
            assert end == due + dt.timedelta(days=1)
            assert str(event["SUMMARY"]) == summary  # escaped and folded, read back whole
            assert event.decoded("DTSTAMP") == dt.datetime(2024, 2, 27, tzinfo=dt.UTC)
            assert str(event["DESCRIPTION"]).startswith("Thời hạn: ")
            seen[task_id] = uid
        assert len(seen) == len(events)  # UIDs unique
        # The extension of so-hoa-ho-so-mot-cua (to 31/10/2024) is the date in the calendar.
        (so_hoa,) = [e for e in events if str(e["UID"]).startswith("so-hoa-ho-so-mot-cua@")]
        assert so_hoa.decoded("DTSTART") == dt.date(2024, 10, 31)


def test_lines_are_crlf_and_folded_at_75_octets() -> None:
    text = _ics(STATUS / "2024.yaml")
    assert text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)  # the long summaries are folded
    # Folding never cuts a UTF-8 character: each line decodes on its own.
    for line in lines:
        line.encode("utf-8").decode("utf-8")


def test_same_input_same_bytes_and_no_clock() -> None:
    first, second = _ics(STATUS / "2024.yaml"), _ics(STATUS / "2024.yaml")
    assert first == second
    stamps = set(re.findall(r"(?m)^DTSTAMP:(\S+)\r$", first))
    assert stamps == {"20240227T000000Z"}  # the plan's date, not today
