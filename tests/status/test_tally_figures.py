"""The tally of the sample status files, checked against counts made here from the YAML."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from planctl.cli import app

ROOT = Path(__file__).resolve().parents[2]
PLAN = ROOT / "plans" / "quang-ngai" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"
STATUS = ROOT / "plans" / "quang-ngai" / "status" / PLAN.stem


def _status(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["status", *args])
    return result.exit_code, result.output


def _independent_count(status_file: Path) -> dict[str, int]:
    """Done tasks by hand: completion date against the task's due date read off the plan."""
    record = yaml.safe_load(status_file.read_text(encoding="utf-8"))
    end = dt.date(2024, 6, 30) if record["period"] == "2024-h1" else dt.date(2024, 12, 31)
    due = {  # the dated deadlines of the plan; every other task is "Thường xuyên" (31/12)
        "niem-yet-cong-khai-tthc": dt.date(2024, 3, 29),
        "huong-dan-vneid-dvc": dt.date(2024, 6, 30),
        "ket-qua-danh-gia-mot-cua": dt.date(2024, 12, 31),
        "mo-hinh-mot-cua-kieu-mau": dt.date(2024, 12, 31),
        "tap-huan-mot-cua": dt.date(2024, 9, 30),
        "so-hoa-ho-so-mot-cua": dt.date(2024, 10, 31),  # extended from 30/9
        "long-ghep-kiem-tra-dinh-ky": None,  # event-driven
        "bo-nhan-dien-mot-cua": None,  # no deadline
    }
    counts = dict.fromkeys(("on_time", "late", "in_time", "overdue", "not_yet", "stopped"), 0)
    plan_ids = [t for t in yaml.safe_load(PLAN.read_text(encoding="utf-8"))["tasks"]]
    ids = [task["id"] for group in plan_ids for task in group["tasks"]]
    for task_id in ids:
        entry = record["tasks"].get(task_id) or {}
        when = due.get(task_id, dt.date(2024, 12, 31))
        state = entry.get("status")
        if state == "dừng thực hiện":
            counts["stopped"] += 1
        elif state == "đã hoàn thành" and when is not None and when <= end:
            counts["late" if entry["completed"] > when else "on_time"] += 1
        elif when is None or when > end:
            counts["not_yet"] += 1
        else:
            counts["overdue" if when < record["as_of"] else "in_time"] += 1
    return counts


def test_every_figure_of_the_year_agrees_with_an_independent_count() -> None:
    code, out = _status(str(STATUS / "2024.yaml"), "--format", "json")
    assert code == 0
    overall = json.JSONDecoder().raw_decode(out[out.index("{") :])[0]["overall"]
    mine = _independent_count(STATUS / "2024.yaml")
    assert overall["on_time"] == mine["on_time"] == 12
    assert overall["late"] == mine["late"] == 2
    assert overall["in_time"] == mine["in_time"] == 0
    assert overall["overdue"] == mine["overdue"] == 1
    assert overall["ahead"] + overall["not_yet_due"] == mine["not_yet"] == 2
    assert overall["stopped"] == mine["stopped"] == 1
    assert overall["total"] == 18


def test_the_figures_sentence_of_the_half_year() -> None:
    code, out = _status(str(PLAN), "--at", "2024-06-20")
    mine = _independent_count(STATUS / "2024-h1.yaml")
    done, due = (
        mine["on_time"] + mine["late"],
        sum(mine[k] for k in ("on_time", "late", "in_time", "overdue")),
    )
    assert code == 0
    assert (
        f"Tính đến 20/06/2024, {done}/{due} nhiệm vụ đến hạn trong 6 tháng đầu năm 2024 đã hoàn "
        "thành, đạt 50%; trong đó hoàn thành đúng hạn 1, hoàn thành quá hạn 0." in out
    )
    # The seed's kind of statement: counts of early, on time and late.
    assert "2/2 nhiệm vụ đã hoàn thành đúng hạn; 1 sớm hạn, 1 đúng hạn, 0 trễ hạn." in out


def test_groups_and_units_add_up_to_the_total() -> None:
    _, out = _status(str(STATUS / "2024.yaml"), "--format", "json")
    data = json.JSONDecoder().raw_decode(out[out.index("{") :])[0]
    for key in ("on_time", "late", "in_time", "overdue", "ahead", "not_yet_due", "stopped"):
        assert sum(g[key] for g in data["groups"]) == data["overall"][key]


def test_due_lists_what_to_chase_and_ics_is_deterministic() -> None:
    runner = CliRunner()
    args = ["due", str(PLAN), "--at", "2024-06-20", "--within", "14d", "--format", "json"]
    rows = json.loads(runner.invoke(app, args).output)["tasks"]
    assert [r["id"] for r in rows] == ["huong-dan-vneid-dvc"]
    ics = ["due", str(PLAN), "--at", "2024-06-20", "--format", "ics"]
    first, second = runner.invoke(app, ics).output, runner.invoke(app, ics).output
    assert first == second
    assert first.count("BEGIN:VEVENT") == 16  # 18 tasks, less one event-driven and one undated
    assert "UID:niem-yet-cong-khai-tthc@quang-ngai.planctl" in first
    assert "DTSTAMP:20240227T000000Z" in first


def test_init_writes_every_task_and_the_fingerprint(tmp_path: Path) -> None:
    target = tmp_path / "s.yaml"
    code, _ = _status(
        "init", str(PLAN), "--period", "2024-h2", "--as-of", "2024-12-01", "-o", str(target)
    )
    assert code == 0
    record = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert len(record["tasks"]) == 18
    assert len(record["plan_fingerprint"]) == 16
