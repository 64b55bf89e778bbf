"""Next year's plan against last year's: deadlines read relative to each plan's year, and the
Markdown for a pull request leaves unchanged plans out (issue #15, item 6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from diff_support import ORG, Workdir, kinds, only, planctl

from planctl.diff.changes import DeadlineDetail, TaskChangeKind
from planctl.diff.deadlines import describe

K = TaskChangeKind

NEXT_YEAR = ("period: 2024", "period: 2025")


def _deadline(work: Workdir, *replacements: tuple[str, str]) -> DeadlineDetail:
    detail = only(work.diff(*replacements), K.DEADLINE).detail
    assert isinstance(detail, DeadlineDetail)
    return detail


def test_same_text_without_a_year_is_no_change(work: Workdir) -> None:
    # "6 tháng đầu năm" in the 2024 plan and in the 2025 plan: the same half of each year.
    diff = work.diff(NEXT_YEAR, ("Quý II/2024", "Quý II/2025"), ("Tháng 6/2024", "Tháng 6/2025"))
    texts = [
        (c.detail.old_text, c.detail.new_text)
        for c in diff.of_kind(K.DEADLINE)
        if isinstance(c.detail, DeadlineDetail)
    ]
    assert ("6 tháng đầu năm", "6 tháng đầu năm") not in texts
    assert ("Quý II/2024", "Quý II/2025") in texts


def test_deadline_moved_with_the_year_is_the_same_as_last_year(work: Workdir) -> None:
    detail = _deadline(work, NEXT_YEAR, ("Quý IV/2024", "Quý IV/2025"))
    assert (detail.old_text, detail.new_text) == ("Quý IV/2024", "Quý IV/2025")
    assert describe(detail, "vi") == "cùng quý như năm trước"
    assert describe(detail, "en") == "same quarter as last year"


@pytest.mark.parametrize(
    ("old", "new", "vi", "en"),
    [
        (
            "Quý IV/2024",
            "Quý III/2025",
            "sớm hơn một quý so với năm trước",
            "one quarter earlier than last year",
        ),
        (
            "Quý IV/2024",
            "Quý II/2025",
            "sớm hơn hai quý so với năm trước",
            "two quarters earlier than last year",
        ),
        (
            "Quý IV/2024",
            "Quý I/2026",
            "muộn hơn một quý so với năm trước",
            "one quarter later than last year",
        ),
        (
            "Quý IV/2024",
            "Tháng 9/2025",
            "hạn cuối sớm hơn 3 tháng so với năm trước",
            "due date 3 months earlier than last year",
        ),
        (
            "Quý IV/2024",
            "Trước ngày 31/12/2025",
            "cùng hạn cuối như năm trước",
            "same due date as last year",
        ),
    ],
)
def test_deadline_moved_within_the_year_is_said_against_last_year(
    work: Workdir, old: str, new: str, vi: str, en: str
) -> None:
    detail = _deadline(work, NEXT_YEAR, (old, new))
    assert describe(detail, "vi") == vi
    assert describe(detail, "en") == en


def test_by_date_and_month_relative_to_last_year(work: Workdir) -> None:
    detail = _deadline(work, NEXT_YEAR, ("Trước ngày 15/3/2024", "Trước ngày 10/3/2025"))
    assert describe(detail, "vi") == "sớm hơn 5 ngày so với năm trước"
    assert describe(detail, "en") == "5 days earlier than last year"
    detail = _deadline(work, NEXT_YEAR, ("Tháng 6/2024", "Tháng 9/2025"))
    assert describe(detail, "vi") == "muộn hơn 3 tháng so với năm trước"
    assert describe(detail, "en") == "3 months later than last year"


def test_plans_years_apart_name_the_old_year(work: Workdir) -> None:
    detail = _deadline(
        work, ("period: 2024", "period: 2026"), ("Quý IV/2024", "Quý III/2026"),
    )  # fmt: skip
    assert describe(detail, "vi") == "sớm hơn một quý so với năm 2024"
    assert describe(detail, "en") == "one quarter earlier than in 2024"


def test_same_year_is_described_as_before(work: Workdir) -> None:
    detail = _deadline(work, ("Quý IV/2024", "Quý III/2024"))
    assert describe(detail, "vi") == "sớm hơn 3 tháng"
    assert detail.relative is None


def test_year_pair_text_report(work: Workdir) -> None:
    old = work.base()
    new = work.variant(NEXT_YEAR, ("Quý IV/2024", "Quý III/2025"), ("Quý II/2024", "Quý II/2025"))
    result = planctl("diff", str(old), str(new))
    assert result.code == 0, result.err
    assert "6 tháng đầu năm → 6 tháng đầu năm" not in result.out
    assert "Quý IV/2024 → Quý III/2025 (sớm hơn một quý so với năm trước)" in result.out
    assert "Quý II/2024 → Quý II/2025 (cùng quý như năm trước)" in result.out
    assert "muộn hơn 9 tháng" not in result.out


def test_json_carries_the_shift_relative_to_the_year(work: Workdir) -> None:
    old = work.base()
    new = work.variant(NEXT_YEAR, ("Quý IV/2024", "Quý III/2025"))
    result = planctl("diff", "--format", "json", "--lang", "en", str(old), str(new))
    data = json.loads(result.out)
    jsonschema = pytest.importorskip("jsonschema")
    schema = Path(__file__).resolve().parents[2] / "docs" / "diff-json.schema.json"
    jsonschema.validate(data, json.loads(schema.read_text(encoding="utf-8")))
    (change,) = [t for t in data["files"][0]["tasks"] if t["kind"] == "deadline"]
    assert change["shift"] == {"unit": "month", "amount": 9, "same": None}
    assert change["relative"] == {
        "years": [2024, 2025],
        "shift": {"unit": "quarter", "amount": -1, "same": None},
        "due_shift": None,
    }
    assert change["description"] == "one quarter earlier than last year"


def _folders(tmp_path: Path, base: str, changed: str) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    for folder in (old, new):
        folder.mkdir()
        shutil.copy(ORG, folder / "org.yaml")
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        (old / name).write_text(base, encoding="utf-8")
        (new / name).write_text(changed if name == "b.yaml" else base, encoding="utf-8")
    return old, new


def test_markdown_leaves_unchanged_plans_out(work: Workdir, tmp_path: Path) -> None:
    base = work.base_text
    old, new = _folders(tmp_path, base, base.replace("Quý IV/2024", "Quý III/2024"))
    result = planctl("diff", "--format", "markdown", str(old), str(new))
    assert result.code == 0, result.err
    out = result.out
    assert "Không có khác biệt" not in out
    assert out.count("\n### ") + out.startswith("### ") == 1
    assert "b.yaml" in out and "a.yaml" not in out
    assert out.rstrip().endswith("2 kế hoạch không đổi.")
    result = planctl("diff", "--format", "markdown", "--lang", "en", str(old), str(new))
    assert result.out.rstrip().endswith("2 plan(s) unchanged.")


def test_markdown_with_nothing_changed_says_so_once(work: Workdir, tmp_path: Path) -> None:
    old, new = _folders(tmp_path, work.base_text, work.base_text)
    out = planctl("diff", "--format", "markdown", str(old), str(new)).out
    assert out == "Không có khác biệt: 3 kế hoạch không đổi.\n"
    assert kinds(work.diff()) == []
