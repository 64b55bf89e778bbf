"""`planctl new --from OLD --year YYYY`: next year's plan, and what its diff shows."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from diff_support import Workdir, planctl, sample_plans

from planctl.diff.changes import DeadlineDetail, PlanDiff, TaskChangeKind, WordingDetail
from planctl.diff.compare import compare_plans
from planctl.diff.sources import read_disk_plan
from planctl.findings import Severity
from planctl.next_edition import shift_deadline, shift_year_mentions
from planctl.workspace import Workspace
from planctl.yaml_roundtrip import detect_indent

EXPECTED_HEADER = {"number", "date", "title", "plan.title", "period", "appendix"}


def errors(path: Path) -> list[str]:
    result = Workspace().check_plan(path)
    return [f"{f.position} {f.code}" for f in result.findings if f.severity is Severity.ERROR]


def assert_only_year_shifts(diff: PlanDiff, old_year: int, year: int) -> None:
    """The diff of a carried plan: its header's number, date, title and period, the year in
    the prose and the tasks' text, and deadlines moved by whole years; nothing else."""
    delta = year - old_year
    years = re.compile(r"\d{4}")
    for header in diff.header:
        assert header.field in EXPECTED_HEADER, header
        if header.field in ("number", "date"):
            assert header.change == "removed"
        else:
            changed = [o.text for o in header.words if o.op != "equal"]
            assert all(years.fullmatch(t.strip(" ,.")) for t in changed), header
    for text in diff.text:
        assert text.change == "changed", text
        changed = [o for o in text.words if o.op != "equal"]
        assert changed, text
        assert all(years.fullmatch(o.text.strip(" ,.:;")) for o in changed), text
    for change in diff.tasks:
        assert change.match == "id"
        detail = change.detail
        if isinstance(detail, WordingDetail):  # "năm 2023" in a task's own text
            changed = [o for o in detail.words if o.op != "equal"]
            assert all(years.fullmatch(o.text.strip(" ,.:;")) for o in changed), detail
            continue
        assert change.kind is TaskChangeKind.DEADLINE, change
        assert isinstance(detail, DeadlineDetail)
        assert detail.shift is not None and detail.shift.unit == "year", detail
        assert detail.shift.amount == delta
        # Against each plan's year, the deadline did not move.
        assert detail.relative is not None and detail.relative.shift is not None, detail
        assert detail.relative.shift.amount == 0


def test_carry_fixture_to_next_year(work: Workdir) -> None:
    source = work.write("kh-2024.yaml", work.base_text)
    result = planctl("new", "--from", str(source), "--year", "2025", "--lang", "en")
    assert result.code == 0, result.err
    target = work.root / "kh-2025.yaml"
    assert "Created" in result.out and "kh-2025.yaml" in result.out
    assert "5 deadline(s) moved to the new year; 2 without a year kept as written" in result.out
    assert "number and date cleared" in result.out
    # The unit dissolved at the end of 2024 is reported, with its successor.
    assert "1 unit reference(s) not valid in 2025" in result.err
    assert "“Cục Tin học hóa” is not valid on 01/01/2025" in result.err
    assert "successor: “Cục Chuyển đổi số quốc gia”" in result.err

    text = target.read_text(encoding="utf-8")
    assert text.startswith("# The plan the diff tests start from")
    assert "number:\n" in text and "date:\n" in text
    assert "title: Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025" in text
    assert "period: 2025\n" in text
    for deadline in ("Quý II/2025", "Tháng 6/2025", "Năm 2025", "Trước ngày 15/3/2025",
                     "Quý IV/2025", "6 tháng đầu năm", "Thường xuyên"):  # fmt: skip
        assert f"deadline: {deadline}\n" in text
    # Legal bases cite other documents: their years stay.
    assert "ngày 26/7/2022" in text and "ngày 08/6/2010" in text
    # Same keys in the same order, same ids, same layout apart from the changed values.
    old_lines = work.base_text.splitlines()
    new_lines = text.splitlines()
    assert len(old_lines) == len(new_lines)
    changed = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
    assert len(changed) == 10
    cleared = [("number: 136", "number:"), ("date: 2024-01-16", "date:")]
    rest = [pair for pair in changed if pair not in cleared]
    assert len(rest) == 8
    assert all(a.replace("2024", "2025") == b for a, b in rest)

    assert [e for e in errors(target) if not e.endswith("U002")] == []
    assert len([e for e in errors(target) if e.endswith("U002")]) == 1
    diff = compare_plans(read_disk_plan(source), read_disk_plan(target))
    assert_only_year_shifts(diff, 2024, 2025)
    assert len(diff.tasks) == 5  # "6 tháng đầu năm", in both, is no change


def test_existing_output_needs_force(work: Workdir) -> None:
    source = work.write("kh-2024.yaml", work.base_text)
    target = work.write("kh-2025.yaml", "kept\n")
    result = planctl("new", "--from", str(source), "--year", "2025")
    assert result.code == 2
    assert "--force" in result.err
    assert target.read_text(encoding="utf-8") == "kept\n"
    assert planctl("new", "--from", str(source), "--year", "2025", "--force").code == 0
    assert target.read_text(encoding="utf-8") != "kept\n"


def test_output_option_and_errors(work: Workdir) -> None:
    source = work.write("ke-hoach.yaml", work.base_text)
    result = planctl("new", "--from", str(source), "--year", "2026")
    assert result.code == 2 and "--output" in result.err
    out = work.root / "next" / "kh.yaml"
    shutil.copy(work.root / "org.yaml", work.root / "next.yaml")  # an unrelated file
    result = planctl("new", "--from", str(source), "--year", "2026", "-o", str(out))
    assert result.code == 0, result.err
    assert "Quý II/2026" in out.read_text(encoding="utf-8")
    assert planctl("new", "--from", str(source), "--year", "2024", "-o", str(out)).code == 2
    assert planctl("new", "--year", "2025").code == 2
    undated = work.write("x.yaml", "kind: plan\ntitle: Kế hoạch\nsigner: bo-truong\n")
    result = planctl("new", "--from", str(undated), "--year", "2025", "-o", str(out), "--force")
    assert result.code == 2 and "period" in result.err


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quý III/2023", "Quý III/2024"),
        ("Quý 3/2023", "Quý 3/2024"),
        ("Trước ngày 15/12/2023", "Trước ngày 15/12/2024"),
        ("Thường xuyên trong năm 2023", "Thường xuyên trong năm 2024"),
        ("2023 - 2025", "2024 - 2026"),
        ("Từ tháng 3 đến tháng 6/2023", "Từ tháng 3 đến tháng 6/2024"),
        ("6 tháng đầu năm", None),
        ("Thường xuyên", None),
        ("Theo kế hoạch kiểm tra", None),
    ],
)
def test_shift_deadline_keeps_the_clerks_spelling(text: str, expected: str | None) -> None:
    assert shift_deadline(text, 2023, 1) == expected


def test_shift_deadline_on_29_february_is_canonical() -> None:
    assert shift_deadline("Trước ngày 29/02/2024", 2024, 1) == "Trước ngày 28/2/2025"


def test_year_mentions_in_prose() -> None:
    text = (
        "Kế hoạch năm 2023; KẾ HOẠCH NĂM 2023; quý I/2023; có hiệu lực từ ngày 05 tháng 02 năm "
        "2023; Quyết định số 124/QĐ-UBND ngày 30/01/2023; giai đoạn 2021 - 2025"
    )
    moved, count = shift_year_mentions(text, 2023, 1)
    assert count == 3
    assert moved == (
        "Kế hoạch năm 2024; KẾ HOẠCH NĂM 2024; quý I/2024; có hiệu lực từ ngày 05 tháng 02 năm "
        "2023; Quyết định số 124/QĐ-UBND ngày 30/01/2023; giai đoạn 2021 - 2025"
    )


def test_mentions_kept_are_listed(work: Workdir) -> None:
    text = work.base_text.replace(
        "      - Nâng cao nhận thức",
        "      - Kế hoạch có hiệu lực kể từ ngày 01 tháng 02 năm 2024.\n"
        "      - Thực hiện Quyết định số 10/QĐ-BTTTT ngày 05/01/2024, Kế hoạch năm 2024 nêu rõ.\n"
        "      - Nâng cao nhận thức",
    )
    source = work.write("kh-2024.yaml", text)
    result = planctl("new", "--from", str(source), "--year", "2025", "--lang", "en")
    assert result.code == 0, result.err
    assert "2 mention(s) of 2024 kept as written (cited documents, dates)" in result.out
    assert "kh-2025.yaml:15:36: date: ngày 01 tháng 02 năm 2024\n" in result.out
    assert "kh-2025.yaml:16:19: cited: Quyết định số 10/QĐ-BTTTT ngày 05/01/2024\n" in result.out
    # The plan's own year after the citation's head moves.
    assert "kh-2025.yaml:16:71: text: năm 2024 → năm 2025\n" in result.out


def test_detect_indent() -> None:
    assert detect_indent("a:\n  - x\nb:\n  c: 1\n") == (2, 4, 2)
    assert detect_indent("a:\n- x\nb:\n    c: 1\n") == (4, 2, 0)


@pytest.mark.parametrize("sample", sample_plans(), ids=lambda p: p.name)
def test_carry_each_sample_plan(sample: Path, tmp_path: Path) -> None:
    folder = tmp_path / sample.parent.name
    shutil.copytree(sample.parent, folder)
    source = folder / sample.name
    old = read_disk_plan(source)
    old_year = old.year
    assert old_year is not None
    year = old_year + 1
    target = tmp_path / f"carried-{year}.yaml"
    shutil.copy(folder / "org.yaml", tmp_path / "org.yaml")
    # A programme of several years keeps its horizon unless asked (test_carry_citations covers
    # that); here every sample moves by one year, so a programme is asked to move its period.
    several_years = old.content.period is not None and (
        old.content.period.end.year > old.content.period.start.year
    )
    shift = ["--shift-period"] if several_years else []
    result = planctl("new", "--from", str(source), "--year", str(year), "-o", str(target), *shift)
    assert result.code == 0, result.err
    reported = len(re.findall(r"^  (?:nhiệm vụ|task) ", result.err, flags=re.MULTILINE))
    found = errors(target)
    assert [e for e in found if not e.endswith("U002")] == []
    assert len([e for e in found if e.endswith("U002")]) == reported
    diff = compare_plans(old, read_disk_plan(target))
    assert_only_year_shifts(diff, old_year, year)
    assert diff.matched == len(old.content.tasks) + sum(
        1 for _ in _all_items(old.content.tasks)
    ) - len(old.content.tasks)


def _all_items(items: list[object]) -> list[object]:
    out: list[object] = []
    for item in items:
        out.append(item)
        out.extend(_all_items(list(getattr(item, "tasks", []) or [])))
        out.extend(_all_items(list(getattr(item, "subtasks", []) or [])))
    return out
