"""Every figure of the built BÁO CÁO (text, Phụ lục I, Phụ lục II, the .xlsx) against a count
made in the test from the status file and the plan, read as plain YAML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx.table import Table

from .docx_probe import all_text, body, open_docx, paragraphs
from .report_support import STATUS, HandCount, build_reports, count_by_hand, report_path, share

PERIODS = {"2024-h1": "6 tháng đầu năm 2024", "2024": "năm 2024"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    code, _, err = build_reports(out)
    assert code == 0, err
    return out


@pytest.fixture(params=sorted(PERIODS))
def period(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def mine(period: str) -> HandCount:
    return count_by_hand(STATUS / f"{period}.yaml")


@pytest.fixture
def doc(built: Path, period: str) -> Any:
    return open_docx(report_path(built, period))


def _tables(doc: Any) -> list[Table]:
    return [t for t in body(doc) if isinstance(t, Table) and len(t.columns) > 2]


def test_the_figures_sentences_say_the_count(doc: Any, mine: HandCount, period: str) -> None:
    c = mine.overall
    text = all_text(doc)
    b = c.buckets
    assert (
        f"Tính đến {mine.as_of:%d/%m/%Y}, {c.done_due}/{c.due} nhiệm vụ đến hạn trong "
        f"{PERIODS[period]} đã hoàn thành, đạt {share(c.done_due, c.due)}%; trong đó hoàn "
        f"thành đúng hạn {b['on_time']}, hoàn thành quá hạn {b['late']}." in text
    )
    assert (
        f"Chưa hoàn thành {b['in_time'] + b['overdue']} nhiệm vụ (trong hạn {b['in_time']}, "
        f"quá hạn {b['overdue']})." in text
    )
    assert (
        f"Chưa đến hạn {b['ahead'] + b['not_yet_due']} nhiệm vụ (đã hoàn thành trước hạn "
        f"{b['ahead']})." in text
    )
    # The seed news report's statement: x/y on time; early, on time, late.
    in_time = c.done - b["late"]
    assert (
        f"{in_time}/{c.done} nhiệm vụ đã hoàn thành đúng hạn; {c.early} sớm hạn, "
        f"{in_time - c.early} đúng hạn, {b['late']} trễ hạn." in text
    )
    if b["stopped"]:
        assert f"Dừng thực hiện {b['stopped']} nhiệm vụ." in text
    still = b["in_time"] + b["overdue"] + b["not_yet_due"]
    assert f"Tiếp tục triển khai {still} nhiệm vụ chưa hoàn thành" in text


def test_each_group_and_unit_sentence(doc: Any, mine: HandCount) -> None:
    bullets = [p.text for p in paragraphs(doc) if p.text.startswith("- ")]
    labelled = [
        (f"{n}. {title}", count)
        for n, (title, count) in zip(["I", "II", "III", "IV", "V"], mine.groups, strict=True)
    ]
    labelled += list(mine.units.items())
    for label, count in labelled:
        (line,) = [b for b in bullets if b.startswith(f"- {label}:")]
        b = count.buckets
        assert f": {count.total} nhiệm vụ;" in line
        if count.due:
            assert f"{count.done_due}/{count.due} nhiệm vụ đến hạn đã hoàn thành" in line
            assert f"đạt {share(count.done_due, count.due)}%" in line
            assert f"(đúng hạn {b['on_time']}, quá hạn {b['late']})" in line
            assert (
                f"chưa hoàn thành {b['in_time'] + b['overdue']} (trong hạn {b['in_time']}" in line
            )
        else:
            assert "chưa có nhiệm vụ đến hạn" in line
        if b["ahead"] + b["not_yet_due"]:
            assert f"chưa đến hạn {b['ahead'] + b['not_yet_due']}" in line
        if b["stopped"]:
            assert f"dừng thực hiện {b['stopped']}" in line


def test_the_summary_appendix_is_the_count(doc: Any, mine: HandCount) -> None:
    summary, _details = _tables(doc)
    rows = [[c.text for c in row.cells] for row in summary.rows[1:]]
    figures = {r[1]: [int(v) for v in r[2:]] for r in rows if r[2].isdigit()}
    for title, count in mine.groups:
        assert figures[title] == count.row(), title
    assert figures["Tổng cộng"] == mine.overall.row()
    for unit, count in mine.units.items():
        assert figures[unit] == count.row(), unit
    # The groups add up to the total, column by column.
    group_rows = [count.row() for _, count in mine.groups]
    assert [sum(col) for col in zip(*group_rows, strict=True)] == figures["Tổng cộng"]


def test_each_task_row_of_the_details_appendix(doc: Any, mine: HandCount) -> None:
    import yaml

    from .report_support import PLAN

    words = {
        "on_time": "Hoàn thành đúng hạn",
        "late": "Hoàn thành quá hạn",
        "in_time": "Chưa hoàn thành, trong hạn",
        "overdue": "Chưa hoàn thành, quá hạn",
        "ahead": "Chưa đến hạn, đã hoàn thành",
        "not_yet_due": "Chưa đến hạn (",
        "stopped": "Dừng thực hiện",
    }
    plan = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    record = yaml.safe_load((STATUS / f"{mine.period}.yaml").read_text(encoding="utf-8"))
    contents = {t["content"].strip(): t["id"] for g in plan["tasks"] for t in g["tasks"]}
    _summary, details = _tables(doc)
    seen = 0
    for row in details.rows[1:]:
        cells = [c.text for c in row.cells]
        task_id = contents.get(cells[1].strip())
        if task_id is None:
            continue  # a group row
        seen += 1
        assert cells[4].startswith(words[mine.bucket_of[task_id]]), (task_id, cells[4])
        entry = record["tasks"].get(task_id) or {}
        if entry.get("completed"):
            assert f"Ngày hoàn thành: {entry['completed']:%d/%m/%Y}" in cells[4], task_id
        product = entry.get("product")
        if isinstance(product, dict):
            assert product["number"] in cells[5] and product["summary"] in cells[5], task_id
        elif product:
            assert product in cells[5], task_id
    assert seen == mine.overall.total


def test_the_workbook_says_the_same(built: Path, period: str, mine: HandCount) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(report_path(built, period, ".xlsx"))
    summary = workbook["Tổng hợp"]
    figures = {
        row[1]: list(row[2:])
        for row in summary.iter_rows(min_row=2, values_only=True)
        if isinstance(row[2], int)
    }
    assert figures["Tổng cộng"] == mine.overall.row()
    for title, count in mine.groups:
        assert figures[title] == count.row()
    for unit, count in mine.units.items():
        assert figures[unit] == count.row(), unit
    assert len(figures) == len(mine.groups) + 1 + len(mine.units)
    details = workbook["Tình hình thực hiện"]
    buckets = {row[0]: row[6] for row in details.iter_rows(min_row=2, values_only=True)}
    assert len(buckets) == mine.overall.total
    words = {
        "on_time": "hoàn thành đúng hạn",
        "late": "hoàn thành quá hạn",
        "in_time": "chưa hoàn thành, trong hạn",
        "overdue": "chưa hoàn thành, quá hạn",
        "ahead": "chưa đến hạn, đã hoàn thành",
        "not_yet_due": "chưa đến hạn",
        "stopped": "dừng thực hiện",
    }
    for task_id, bucket in mine.bucket_of.items():
        assert buckets[task_id] == words[bucket], task_id


def test_a_second_build_gives_the_same_bytes(built: Path, tmp_path: Path) -> None:
    code, _, err = build_reports(tmp_path)
    assert code == 0, err
    for period in PERIODS:
        for suffix in (".docx", ".xlsx"):
            first = report_path(built, period, suffix).read_bytes()
            assert report_path(tmp_path, period, suffix).read_bytes() == first
