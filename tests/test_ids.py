"""`planctl ids` writes stable ids into tasks that have none, keeping comments."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from planctl.cli import app
from planctl.ids import ascii_fold, slugify, unique_id

ORG = """\
issuer:
  id: demo
  name: Sở Demo
  abbreviation: SD
  place: Hà Nội
  head_title: Giám đốc
units:
  - name: Văn phòng Sở
signers:
  - id: gd
    name: Nguyễn Văn A
    title: Giám đốc
"""

PLAN = """\
# a comment the clerk wrote
kind: plan
title: Kế hoạch năm 2024
signer: gd
tasks:
  - content: Tuyên truyền, phổ biến các quy định về TTHC  # keep me
    lead: [Văn phòng Sở]
    deadline: Thường xuyên
    subtasks:
      - content: Cập nhật tin bài
        lead: [Văn phòng Sở]
        deadline: Quý II/2024
  - id: da-co-ma
    content: Đã có mã
    lead: [Văn phòng Sở]
    deadline: Thường xuyên
"""


def test_slug_folds_vietnamese() -> None:
    assert ascii_fold("Đường Điện Biên") == "Duong Dien Bien"
    assert slugify("Tuyên truyền, phổ biến các quy định về TTHC") == (
        "tuyen-truyen-pho-bien-quy-dinh"
    )
    taken = {"a"}
    assert unique_id("a", taken) == "a-2"
    assert "a-2" in taken


def test_ids_command_adds_ids_and_keeps_comments(tmp_path: Path) -> None:
    (tmp_path / "org.yaml").write_text(ORG, encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    result = CliRunner().invoke(app, ["ids", str(plan)])
    assert result.exit_code == 0, result.output
    text = plan.read_text(encoding="utf-8")
    assert "# a comment the clerk wrote" in text
    assert "# keep me" in text
    assert "id: tuyen-truyen-pho-bien-quy-dinh" in text
    assert "id: cap-nhat-tin-bai" in text
    assert text.count("id: da-co-ma") == 1
    # A second run finds nothing to add and leaves the file as it is.
    again = CliRunner().invoke(app, ["ids", str(plan), "--lang", "en"])
    assert again.exit_code == 0
    assert "every task already has an id" in again.output
    assert plan.read_text(encoding="utf-8") == text
    # The plan now validates without the missing-id warning.
    checked = CliRunner().invoke(app, ["validate", str(plan), "--lang", "en"])
    assert "N003" not in checked.output


def test_explain_prints_rule(tmp_path: Path) -> None:
    vi = CliRunner().invoke(app, ["explain", "U003"])
    assert vi.exit_code == 0
    assert "U003 (lead-also-support)" in vi.output
    assert "Cách sửa" in vi.output
    en = CliRunner().invoke(app, ["explain", "u003", "--lang", "en"])
    assert "How to fix" in en.output
    missing = CliRunner().invoke(app, ["explain", "X999"])
    assert missing.exit_code == 2
