""" "Trong N ngày làm việc" deadlines: parsed, then counted on the working-day calendar
(holidays' Vietnam calendar plus src/planctl/data/workdays/<year>.yaml) from the plan's date,
a day the phrase names, or the day a status file says the event happened."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from planctl.cli import app
from planctl.model.deadline import DeadlineKind, parse_deadline
from planctl.workdays import resolve_working_days

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "plans" / "quang-ngai" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"


def _count(start: dt.date, n: int, days_off: set[dt.date], make_up: set[dt.date]) -> dt.date:
    """The n-th working day after `start`, counted here by hand."""
    day = start
    while n:
        day += dt.timedelta(days=1)
        if day in make_up or (day.weekday() < 5 and day not in days_off):
            n -= 1
    return day


# 30/4 and 1/5 are holidays, 29/4/2024 a swapped day off, 04/5/2024 the make-up Saturday.
OFF_2024 = {dt.date(2024, 4, 29), dt.date(2024, 4, 30), dt.date(2024, 5, 1)}
MAKE_UP_2024 = {dt.date(2024, 5, 4)}


@pytest.mark.parametrize(
    ("phrase", "count", "counted_from"),
    [
        ("Trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch", 10, "ban hành Kế hoạch"),
        ("trong 03 ngày làm việc kể từ ngày Kế hoạch được ban hành", 3, "Kế hoạch được ban hành"),
        ("Chậm nhất 15 ngày làm việc sau khi nhận được văn bản", 15, "nhận được văn bản"),
        ("10 ngày làm việc", 10, None),
    ],
)
def test_the_phrase_is_read(phrase: str, count: int, counted_from: str | None) -> None:
    deadline = parse_deadline(phrase)
    assert deadline is not None
    assert deadline.kind is DeadlineKind.WORKING_DAYS
    assert (deadline.working_days, deadline.counted_from) == (count, counted_from)
    assert deadline.end is None  # dated only on the calendar
    assert deadline.canonical() == phrase  # printed as the clerk wrote it


def test_counted_from_the_plan_over_the_holidays_and_the_make_up_saturday() -> None:
    deadline = parse_deadline("Trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch")
    assert deadline is not None
    plan_date = dt.date(2024, 4, 25)
    dated = resolve_working_days(deadline, plan_date)
    assert dated.end == _count(plan_date, 10, OFF_2024, MAKE_UP_2024) == dt.date(2024, 5, 13)
    assert dated.start == plan_date
    assert dated.text == deadline.text


def test_a_day_the_phrase_names_wins_over_the_plan_date() -> None:
    deadline = parse_deadline("Trong 05 ngày làm việc kể từ ngày 26/4/2024")
    assert deadline is not None
    dated = resolve_working_days(deadline, dt.date(2024, 1, 2))
    start = dt.date(2024, 4, 26)
    assert dated.end == _count(start, 5, OFF_2024, MAKE_UP_2024) == dt.date(2024, 5, 7)


def test_an_event_waits_for_its_day() -> None:
    deadline = parse_deadline("Chậm nhất 15 ngày làm việc sau khi nhận được văn bản")
    assert deadline is not None
    assert resolve_working_days(deadline, dt.date(2024, 4, 25)).end is None
    dated = resolve_working_days(deadline, dt.date(2024, 4, 25), dt.date(2024, 9, 1))
    # 02/9 and 03/9/2024 are the National Day holidays.
    assert dated.end == _count(
        dt.date(2024, 9, 1), 15, {dt.date(2024, 9, 2), dt.date(2024, 9, 3)}, set()
    )


def test_shifting_a_plan_to_next_year_keeps_the_phrase() -> None:
    deadline = parse_deadline("Trong 05 ngày làm việc kể từ ngày 26/4/2024")
    assert deadline is not None
    assert deadline.shift_years(1) == deadline


def _plan_with(tmp: Path, deadlines: dict[str, str]) -> Path:
    data = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    for group in data["tasks"]:
        for task in group["tasks"]:
            if task["id"] in deadlines:
                task["deadline"] = deadlines[task["id"]]
    shutil.copy(PLAN.parent / "org.yaml", tmp / "org.yaml")
    target = tmp / PLAN.name
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


def test_the_tally_counts_working_days_from_the_plan_and_from_the_event(tmp_path: Path) -> None:
    plan = _plan_with(
        tmp_path,
        {
            # The plan is dated 27/02/2024: the 10th working day after is 12/3/2024.
            "niem-yet-cong-khai-tthc": "Trong 10 ngày làm việc kể từ ngày ban hành Kế hoạch",
            "huong-dan-vneid-dvc": "Trong 05 ngày làm việc kể từ ngày nhận được tài liệu",
        },
    )
    folder = tmp_path / "status" / plan.stem
    folder.mkdir(parents=True)
    status = folder / "2024-h1.yaml"
    status.write_text(
        f"plan: ../../{plan.name}\nperiod: 2024-h1\nas_of: 2024-06-20\ntasks:\n"
        "  niem-yet-cong-khai-tthc:\n    status: đã hoàn thành\n    completed: 2024-03-13\n"
        "    product: Công văn số 412/VP-KSTT\n"
        "  huong-dan-vneid-dvc:\n    status: đang thực hiện\n    counted_from: 2024-04-26\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["status", str(status), "--format", "json"])
    data = json.JSONDecoder().raw_decode(result.output[result.output.index("{") :])[0]
    tasks = {t["id"]: t for t in data["tasks"]}
    plan_due = _count(dt.date(2024, 2, 27), 10, set(), set())
    assert tasks["niem-yet-cong-khai-tthc"]["due"] == plan_due.isoformat() == "2024-03-12"
    assert tasks["niem-yet-cong-khai-tthc"]["bucket"] == "late"  # completed 13/3
    event_due = _count(dt.date(2024, 4, 26), 5, OFF_2024, MAKE_UP_2024)
    assert tasks["huong-dan-vneid-dvc"]["due"] == event_due.isoformat() == "2024-05-07"
    assert tasks["huong-dan-vneid-dvc"]["bucket"] == "overdue"
