"""The sample BÁO CÁO built from plans/, and a count of its figures made here, by hand, from
the status file and the plan read as plain YAML (no planctl code counts)."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from planctl.commands.report import ReportArgs, run

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "plans"
PLAN = PLANS / "quang-ngai" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"
STATUS = PLANS / "quang-ngai" / "status" / PLAN.stem
BUCKETS = ("on_time", "late", "in_time", "overdue", "ahead", "not_yet_due", "stopped")


def build_reports(out: Path, *paths: Path, xlsx: bool = True) -> tuple[int, str, str]:
    """`planctl report PATHS -o OUT --xlsx`, in-process: (exit code, stdout, stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(ReportArgs(list(paths or [PLANS]), None, out, "vi", xlsx), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def report_path(out: Path, period: str, suffix: str = ".docx") -> Path:
    return out / "quang-ngai" / f"{PLAN.stem}.bao-cao-{period}{suffix}"


def _quarter_end(q: int, year: int) -> dt.date:
    return dt.date(year, 3 * q, 30 if q in (2, 3) else 31)


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def due_and_start(text: str | None, year: int) -> tuple[dt.date | None, dt.date | None]:
    """The due date and first day of the deadline forms this plan uses, read by hand."""
    if not text:
        return None, None
    text = text.strip()
    if text.startswith("Thường xuyên"):
        return dt.date(year, 12, 31), None
    if m := re.fullmatch(r"Trước ngày (\d+)/(\d+)/(\d{4})", text):
        return dt.date(int(m[3]), int(m[2]), int(m[1])), None
    if m := re.fullmatch(r"Quý ([IV]+)/(\d{4})", text):
        q = ROMAN[m[1]]
        return _quarter_end(q, int(m[2])), dt.date(int(m[2]), 3 * q - 2, 1)
    if text == "6 tháng cuối năm":
        return dt.date(year, 12, 31), dt.date(year, 7, 1)
    raise AssertionError(f"a deadline form this count does not know: {text}")


def fold(name: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip().casefold()


def canonical_units() -> dict[str, str]:
    """Every name and alias of org.yaml, folded → the canonical name."""
    org = yaml.safe_load((PLAN.parent / "org.yaml").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for entry in [*org["units"], *org["groups"]]:
        for name in [entry["name"], *(entry.get("aliases") or [])]:
            names[fold(name)] = entry["name"]
    return names


@dataclass
class Count:
    buckets: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BUCKETS, 0))
    early: int = 0

    @property
    def total(self) -> int:
        return sum(self.buckets.values())

    @property
    def due(self) -> int:
        return sum(self.buckets[b] for b in ("on_time", "late", "in_time", "overdue"))

    @property
    def done_due(self) -> int:
        return self.buckets["on_time"] + self.buckets["late"]

    @property
    def done(self) -> int:
        return self.done_due + self.buckets["ahead"]

    def row(self) -> list[int]:
        """The summary table's order: total, on time, late, in time, overdue, not yet due,
        stopped."""
        b = self.buckets
        return [
            self.total,
            b["on_time"],
            b["late"],
            b["in_time"],
            b["overdue"],
            b["ahead"] + b["not_yet_due"],
            b["stopped"],
        ]


@dataclass
class HandCount:
    as_of: dt.date
    period: str
    overall: Count
    groups: list[tuple[str, Count]]  # (group title, count) in the plan's order
    units: dict[str, Count]
    bucket_of: dict[str, str]  # task id → bucket


def count_by_hand(status_file: Path) -> HandCount:
    record: dict[str, Any] = yaml.safe_load(status_file.read_text(encoding="utf-8"))
    plan: dict[str, Any] = yaml.safe_load(PLAN.read_text(encoding="utf-8"))
    year = int(plan["period"])
    end = dt.date(year, 6, 30) if record["period"] == "2024-h1" else dt.date(year, 12, 31)
    as_of = record["as_of"]
    units = canonical_units()
    overall = Count()
    groups: list[tuple[str, Count]] = []
    by_unit: dict[str, Count] = {}
    bucket_of: dict[str, str] = {}
    for group in plan["tasks"]:
        group_count = Count()
        groups.append((group["group"], group_count))
        for task in group["tasks"]:
            entry = record["tasks"].get(task["id"]) or {}
            deadline = task.get("deadline")
            if isinstance(deadline, dict):  # event-driven
                deadline = None
            if entry.get("extension"):
                deadline = entry["extension"]["deadline"]
            due, start = due_and_start(deadline, year)
            state = entry.get("status", "chưa thực hiện")
            early = False
            if state == "dừng thực hiện":
                bucket = "stopped"
            elif state == "đã hoàn thành":
                completed = entry["completed"]
                late = due is not None and completed > due
                early = start is not None and completed < start
                if due is None or due > end:
                    bucket = "late" if late else "ahead"
                else:
                    bucket = "late" if late else "on_time"
            elif due is None or due > end:
                bucket = "not_yet_due"
            else:
                bucket = "overdue" if due < as_of else "in_time"
            bucket_of[task["id"]] = bucket
            leads = dict.fromkeys(units.get(fold(name), name) for name in task.get("lead") or [])
            for count in (overall, group_count, *(by_unit.setdefault(u, Count()) for u in leads)):
                count.buckets[bucket] += 1
                count.early += early
    return HandCount(as_of, record["period"], overall, groups, by_unit, bucket_of)


def share(part: int, whole: int) -> str:
    """A percentage as the report writes it, worked out here: "93,33", "100"."""
    if not whole:
        return "0"
    text = f"{100 * part / whole:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
