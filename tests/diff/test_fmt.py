"""`planctl fmt`: canonical key order, indentation and quoting; comments kept; idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from diff_support import BASE, ORG, planctl, sample_plans

from planctl.fmt import format_text, key_order
from planctl.model.plan import Plan, Task

MESSY = """\
# Kế hoạch thử: khóa lộn xộn, thụt lề lạ, dấu nháy thừa.
title: 'Kế hoạch năm 2024'   # trích yếu
signer: thu-truong
kind: plan
# Số do văn thư cấp.
number: 136
tasks:
- content: "Nâng cấp Cổng dịch vụ công"
  # Mã ổn định, để so sánh các năm.
  id: cong-dich-vu-cong
  deadline: "Quý II/2024"
  lead:
  - Văn phòng Bộ
- id: bao-cao
  deadline: 'no'
  content: Báo cáo
  lead: [Văn phòng Bộ]
recipients:
- "Lưu: VT, VP."
# cuối tệp
"""

# An end-of-line comment keeps its column (ruamel.yaml does), so removing the quotes before it
# widens the gap once; formatting again changes nothing.
EXPECTED = """\
# Kế hoạch thử: khóa lộn xộn, thụt lề lạ, dấu nháy thừa.
kind: plan
# Số do văn thư cấp.
number: 136
title: Kế hoạch năm 2024     # trích yếu
tasks:
  # Mã ổn định, để so sánh các năm.
  - id: cong-dich-vu-cong
    content: Nâng cấp Cổng dịch vụ công
    lead:
      - Văn phòng Bộ
    deadline: Quý II/2024
  - id: bao-cao
    content: Báo cáo
    lead:
      - Văn phòng Bộ
    deadline: "no"
recipients:
  - "Lưu: VT, VP."
signer: thu-truong
# cuối tệp
"""


def test_canonical_layout_keeps_comments() -> None:
    result = format_text(MESSY, "messy.yaml")
    assert result.text == EXPECTED
    assert result.changed


def test_formatting_keeps_the_data() -> None:
    assert yaml.safe_load(format_text(MESSY, "messy.yaml").text) == yaml.safe_load(MESSY)


@pytest.mark.parametrize(
    "path",
    [BASE, ORG, *sample_plans(), *(p.parent / "org.yaml" for p in sample_plans())],
    ids=lambda p: str(p.relative_to(p.parents[1])),
)
def test_idempotent(path: Path) -> None:
    once = format_text(path.read_text(encoding="utf-8"), path.name).text
    twice = format_text(once, path.name)
    assert twice.text == once
    assert not twice.changed
    assert yaml.safe_load(once) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_every_comment_survives() -> None:
    text = BASE.read_text(encoding="utf-8")
    shuffled = text.replace("kind: plan\n", "").replace("signer: thu-truong\n", "")
    shuffled = "signer: thu-truong  # người ký\n" + shuffled + "# kind last\nkind: plan\n"
    out = format_text(shuffled, "plan.yaml").text
    for comment in ("# người ký", "# kind last", "# The plan the diff tests start from"):
        assert comment in out
    assert out.index("# kind last\nkind: plan") < out.index("signer: thu-truong  # người ký")


def test_key_order_follows_the_model() -> None:
    order = key_order(Plan)
    assert order[:5] == ["kind", "org", "series", "number", "date"]
    assert order[-2:] == ["recipients", "signer"]
    assert order.index("task_layout") < order.index("tasks")
    assert key_order(Task) == list(Task.model_fields)


def test_strings_yaml_1_1_would_misread_stay_quoted() -> None:
    out = format_text('kind: plan\nnotes: ["yes", "on", "1:30", "01", "2024-01-16"]\n', "x.yaml")
    assert yaml.safe_load(out.text)["notes"] == ["yes", "on", "1:30", "01", "2024-01-16"]


def test_nfc_normalisation() -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "title: Kế hoạch năm 2024\n")
    out = format_text("kind: plan\n" + decomposed, "x.yaml").text
    assert out == "kind: plan\ntitle: Kế hoạch năm 2024\n"
    assert unicodedata.is_normalized("NFC", out)


def test_check_exit_codes_and_write(tmp_path: Path) -> None:
    messy = tmp_path / "plan.yaml"
    messy.write_text(MESSY, encoding="utf-8")
    result = planctl("fmt", "--check", str(tmp_path), "--lang", "en")
    assert result.code == 1
    assert "would reformat" in result.err and "plan.yaml" in result.err
    assert messy.read_text(encoding="utf-8") == MESSY  # --check writes nothing
    result = planctl("fmt", "--check", "--diff", str(messy))
    assert result.code == 1
    assert result.out.startswith("--- a/") and '+    deadline: "no"' in result.out
    assert planctl("fmt", str(tmp_path)).code == 0
    assert messy.read_text(encoding="utf-8") == EXPECTED
    result = planctl("fmt", "--check", str(tmp_path), "--lang", "en")
    assert result.code == 0
    assert "0 file(s) would be reformatted, 1 file(s) already formatted" in result.err


def test_unreadable_yaml_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("kind: plan\ntitle: [unclosed\n", encoding="utf-8")
    result = planctl("fmt", "--check", str(bad))
    assert result.code == 2
    assert "bad.yaml" in result.err
    assert bad.read_text(encoding="utf-8") == "kind: plan\ntitle: [unclosed\n"


def test_unit_lists_are_written_one_unit_per_line() -> None:
    source = (
        "kind: plan\ntasks:\n  - content: X\n"
        '    lead: [Văn phòng Bộ]\n    support: [Vụ Pháp chế, "các cơ quan, đơn vị thuộc Bộ"]\n'
        "recipients: [Như trên]\n"
    )
    out = format_text(source, "x.yaml").text
    assert "    support:\n      - Vụ Pháp chế\n      - các cơ quan, đơn vị thuộc Bộ\n" in out
    assert "    lead:\n      - Văn phòng Bộ\n" in out
    assert "recipients: [Như trên]" in out, "other lists keep the clerk's layout"
    assert yaml.safe_load(out) == yaml.safe_load(source)
