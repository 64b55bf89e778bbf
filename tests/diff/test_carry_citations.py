"""`new --from` never rewrites a cited document (issue #10, defect 6): only the plan's own title,
period, deadlines and year words move, a programme keeps its horizon unless asked, and every
change is listed with its line."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from diff_support import REPO, Workdir, planctl, sample_plans

from planctl.diff.sources import read_disk_plan
from planctl.facts.citations import citations

FIXTURE_PLANS = [
    REPO / "tests" / "diff" / "fixtures" / "base.yaml",
    REPO / "tests" / "fixtures" / "org" / "valid-plan.yaml",
    REPO / "tests" / "fixtures" / "build" / "org" / "table-appendix.yaml",
]

# The seed's words (plans/quang-ngai, seed 003): the cited decision of 29/12/2023 issued the
# province's 2024 plan, and stays that decision in the 2025 edition.
CITED_1306 = (
    "Quyết định số 1306/QĐ-UBND ngày 29/12/2023 của Chủ tịch UBND tỉnh ban hành Kế hoạch cải "
    "cách hành chính năm 2024 tỉnh Quảng Ngãi"
)
CITED_98 = (
    "Quyết định số 98/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh ban hành Kế hoạch hoạt "
    "động kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Quảng Ngãi"
)


def carry_copy(source: Path, tmp_path: Path, *args: str) -> tuple[Path, Path, str]:
    """Copy `source` and its registry to `tmp_path`, carry it one year on; (old, new, output)."""
    folder = tmp_path / source.parent.name
    shutil.copytree(source.parent, folder)
    old = folder / source.name
    year = _year(old)
    target = tmp_path / f"carried-{year + 1}.yaml"
    shutil.copy(folder / "org.yaml", tmp_path / "org.yaml")
    result = planctl("new", "--from", str(old), "--year", str(year + 1), "-o", str(target), *args)
    assert result.code == 0, result.err
    return old, target, result.out


def _year(path: Path) -> int:
    year = read_disk_plan(path).year
    assert year is not None
    return year


def strings(old: Any, new: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, str, str]]:
    """(path, old, new) for every string of the old plan and its value in the new one."""
    if isinstance(old, str):
        assert isinstance(new, str), path
        yield path, old, new
    elif isinstance(old, dict):
        for key, value in old.items():
            yield from strings(value, new.get(key), (*path, key))
    elif isinstance(old, list):
        assert isinstance(new, list) and len(new) == len(old), path
        for i, value in enumerate(old):
            yield from strings(value, new[i], (*path, i))


@pytest.mark.parametrize(
    "plan", [*sample_plans(), *FIXTURE_PLANS], ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_cited_document_is_byte_identical(plan: Path, tmp_path: Path) -> None:
    old_path, new_path, _ = carry_copy(plan, tmp_path)
    old = yaml.safe_load(old_path.read_text(encoding="utf-8"))
    new = yaml.safe_load(new_path.read_text(encoding="utf-8"))
    for path, before, after in strings(old, new):
        if set(path) & {"legal_bases", "implements", "proposed_by"}:
            assert after == before, path
        for cited in citations(before):
            assert after[cited.start : cited.end] == before[cited.start : cited.end], path


def test_seed_plan_keeps_the_decision_it_cites(tmp_path: Path) -> None:
    source = REPO / "plans" / "quang-ngai" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"
    _, target, out = carry_copy(source, tmp_path)
    text = target.read_text(encoding="utf-8")
    assert CITED_1306 in text
    assert CITED_98 in text
    assert "Kế hoạch cải cách hành chính năm 2025" not in text
    # The plan's own words move: its purpose, and the sentence that issues it.
    assert "Các hoạt động tuyên truyền về hoạt động kiểm soát thủ tục hành chính năm 2025" in text
    issuing = "ban hành Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2025"
    assert f"{issuing} như sau:" in text
    # The kept citations are listed for the clerk, with their line.
    line = next(i for i, t in enumerate(text.splitlines(), 1) if CITED_1306 in t)
    assert re.search(rf"{re.escape(target.name)}:{line}:\d+: .*Quyết định số 1306/QĐ-UBND", out)


def test_seed_preamble_moves_the_plans_own_year_after_the_citation(tmp_path: Path) -> None:
    source = REPO / "plans" / "brvt-so-ngoai-vu" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"
    _, target, _ = carry_copy(source, tmp_path)
    text = target.read_text(encoding="utf-8")
    assert (
        "Quyết định số 3854/QĐ-UBND ngày 29/12/2023 của UBND tỉnh về việc ban hành Kế hoạch "
        "truyền thông hỗ trợ công tác kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Bà "
        "Rịa - Vũng Tàu, Sở Ngoại vụ xây dựng Kế hoạch truyền thông hỗ trợ công tác kiểm soát "
        "thủ tục hành chính năm 2025 như sau:"
    ) in text


def test_a_citation_in_the_title_is_kept(work: Workdir) -> None:
    title = (
        "Kế hoạch thực hiện Quyết định số 1306/QĐ-UBND ngày 29/12/2023 của UBND tỉnh về việc ban "
        "hành Kế hoạch cải cách hành chính năm 2024"
    )
    source = work.write(
        "kh-2024.yaml",
        work.base_text.replace(
            "title: Kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024",
            f"title: {title}",
        ),
    )
    result = planctl("new", "--from", str(source), "--year", "2025", "--lang", "en")
    assert result.code == 0, result.err
    text = (work.root / "kh-2025.yaml").read_text(encoding="utf-8")
    assert f"title: {title}\n" in text
    assert "period: 2025\n" in text
    assert "kh-2025.yaml:6:" in result.out  # the title kept is listed for review


def test_every_change_is_listed_with_its_line(work: Workdir) -> None:
    source = work.write("kh-2024.yaml", work.base_text)
    result = planctl("new", "--from", str(source), "--year", "2025", "--lang", "en")
    assert result.code == 0, result.err
    target = work.root / "kh-2025.yaml"
    old_lines = work.base_text.splitlines()
    new_lines = target.read_text(encoding="utf-8").splitlines()
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True), 1) if a != b]
    assert len(changed) == 10
    listed = re.findall(r"^    .*kh-2025\.yaml:(\d+):\d+: (.*)$", result.out, flags=re.MULTILINE)
    assert sorted({int(line) for line, _ in listed}) == changed
    out = result.out
    assert "kh-2025.yaml:4:1: number: 136 → (empty)" in out
    assert "kh-2025.yaml:6:72: title: năm 2024 → năm 2025" in out
    assert "kh-2025.yaml:7:9: period: 2024 → 2025" in out
    assert "kh-2025.yaml:35:19: deadline: Quý II/2024 → Quý II/2025" in out
    vi = planctl("new", "--from", str(source), "--year", "2025", "--force").out
    assert "kh-2025.yaml:35:19: thời hạn: Quý II/2024 → Quý II/2025" in vi
    assert "kh-2025.yaml:6:72: trích yếu: năm 2024 → năm 2025" in vi


def test_dry_run_writes_nothing(work: Workdir) -> None:
    source = work.write("kh-2024.yaml", work.base_text)
    result = planctl("new", "--from", str(source), "--year", "2025", "--dry-run", "--lang", "en")
    assert result.code == 0, result.err
    assert not (work.root / "kh-2025.yaml").exists()
    assert "Would create" in result.out and "nothing written" in result.out
    assert "kh-2025.yaml:35:19: deadline: Quý II/2024 → Quý II/2025" in result.out


def test_the_source_is_never_overwritten(work: Workdir) -> None:
    source = work.write("kh-2024.yaml", work.base_text)
    result = planctl("new", "--from", str(source), "--year", "2025", "-o", str(source), "--force")
    assert result.code == 2
    assert source.read_text(encoding="utf-8") == work.base_text


PROGRAMME = """\
kind: plan
number: 12
date: 2025-02-10
title: Chương trình chuyển đổi số giai đoạn 2025 - 2030
period: 2025 - 2030
sections:
  - heading: MỤC TIÊU
    text:
      - >-
        Thực hiện Quyết định số 1/QĐ-TTg ngày 02/01/2025 phê duyệt Chiến lược đến năm 2025,
        tầm nhìn đến năm 2030, năm 2025 hoàn thành 50% dịch vụ công trực tuyến.
  - heading: NHIỆM VỤ
    tasks: true
tasks:
  - id: cong-dich-vu
    content: Nâng cấp Cổng dịch vụ công
    lead: [Văn phòng Bộ]
    deadline: Năm 2026
  - id: toan-trinh
    content: Cung cấp dịch vụ công trực tuyến toàn trình
    lead: [Văn phòng Bộ]
    deadline: 2025 - 2030
signer: thu-truong
"""


def test_a_programme_keeps_its_horizon(work: Workdir) -> None:
    source = work.write("ctr.yaml", PROGRAMME)
    target = work.root / "ctr-2026.yaml"
    result = planctl(
        "new", "--from", str(source), "--year", "2026", "-o", str(target), "--lang", "en"
    )
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    assert text == PROGRAMME.replace("number: 12", "number:").replace("date: 2025-02-10", "date:")
    assert "period 2025 - 2030 is kept (--shift-period moves it)" in result.out


def test_shift_period_moves_the_horizon_and_keeps_the_citations(work: Workdir) -> None:
    source = work.write("ctr.yaml", PROGRAMME)
    target = work.root / "ctr-2031.yaml"
    result = planctl(
        "new", "--from", str(source), "--year", "2031", "-o", str(target), "--shift-period"
    )
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    assert "title: Chương trình chuyển đổi số giai đoạn 2031 - 2036\n" in text
    assert "period: 2031 - 2036\n" in text
    assert "deadline: Năm 2032\n" in text and "deadline: 2031 - 2036\n" in text
    assert (
        "Quyết định số 1/QĐ-TTg ngày 02/01/2025 phê duyệt Chiến lược đến năm 2025, tầm nhìn đến "
        "năm 2030, năm 2031 hoàn thành 50%"
    ) in text
    # ruamel writes the folded paragraph on one line: the change is placed in the new file.
    assert "ctr-2031.yaml:10:116: văn bản: năm 2025 → năm 2031" in result.out
    assert "ctr-2031.yaml:10:19: trích dẫn: Quyết định số 1/QĐ-TTg" in result.out
