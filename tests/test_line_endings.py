"""`planctl fmt` and `planctl ids` rewrite a clerk's file in its own line endings (CRLF from
Windows editors, LF, or old Mac CR) and keep its byte-order mark, so that a diff shows only
what changed (issue #11, item 5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planctl.fmt import format_text

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
  - id: da-co-ma
    content: Đã có mã
    lead: [Văn phòng Sở]
    deadline: Thường xuyên
"""

BOM = "\ufeff"
UNFORMATTED = "# kế hoạch\ntitle: 'Kế hoạch năm 2024'\nkind: plan\nrecipients:\n- 'Lưu: VT.'\n"
FORMATTED = '# kế hoạch\nkind: plan\ntitle: Kế hoạch năm 2024\nrecipients:\n  - "Lưu: VT."\n'
FORMS = {"crlf": "\r\n", "lf": "\n", "cr": "\r"}


def _in_form(text: str, newline: str, bom: bool) -> bytes:
    return ((BOM if bom else "") + text.replace("\n", newline)).encode("utf-8")


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("form", list(FORMS))
def test_fmt_keeps_line_endings_and_bom(
    tmp_path: Path, run_cli: Callable[..., Any], form: str, bom: bool
) -> None:
    newline = FORMS[form]
    path = tmp_path / "plan.yaml"
    path.write_bytes(_in_form(UNFORMATTED, newline, bom))
    result = run_cli(["fmt", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == _in_form(FORMATTED, newline, bom)
    # Formatted in its own form, it is formatted: --check passes and nothing is rewritten.
    before = path.stat().st_mtime_ns
    result = run_cli(["fmt", "--check", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "0 file(s) would be reformatted, 1 file(s) already formatted" in result.stderr
    assert path.stat().st_mtime_ns == before


def test_fmt_text_round_trip_in_the_files_form() -> None:
    crlf = BOM + FORMATTED.replace("\n", "\r\n")
    assert not format_text(crlf, "plan.yaml").changed
    assert format_text(BOM + UNFORMATTED.replace("\n", "\r\n"), "plan.yaml").text == crlf


def test_fmt_mixed_line_endings_take_the_most_common() -> None:
    mixed = FORMATTED.replace("\n", "\r\n").replace("kind: plan\r\n", "kind: plan\n")
    result = format_text(mixed, "plan.yaml")
    assert result.changed
    assert result.text == FORMATTED.replace("\n", "\r\n")


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("form", list(FORMS))
def test_ids_keeps_line_endings_and_bom(
    tmp_path: Path, run_cli: Callable[..., Any], form: str, bom: bool
) -> None:
    newline = FORMS[form]
    (tmp_path / "org.yaml").write_text(ORG, encoding="utf-8")
    reference = tmp_path / "reference.yaml"
    reference.write_bytes(PLAN.encode("utf-8"))
    assert run_cli(["ids", str(reference)]).exit_code == 0
    with_ids = reference.read_text(encoding="utf-8")
    assert "  - id: tuyen-truyen-pho-bien-quy-dinh\n    content: Tuyên truyền" in with_ids
    path = tmp_path / "plan.yaml"
    path.write_bytes(_in_form(PLAN, newline, bom))
    result = run_cli(["ids", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == _in_form(with_ids, newline, bom)


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("form", list(FORMS))
def test_new_from_writes_next_year_in_the_old_files_form(
    tmp_path: Path, run_cli: Callable[..., Any], form: str, bom: bool
) -> None:
    """The next year's plan is the LF one's, in the old file's line breaks and BOM: never a
    mix of CRLF and LF (ruamel keeps a CR inside each value it reads from a CRLF file)."""
    newline = FORMS[form]
    (tmp_path / "org.yaml").write_text(ORG, encoding="utf-8")
    (tmp_path / "reference.yaml").write_bytes(PLAN.encode("utf-8"))
    reference = run_cli(
        [
            "new",
            "--from",
            str(tmp_path / "reference.yaml"),
            "--year",
            "2025",
            "-o",
            str(tmp_path / "reference-2025.yaml"),
        ]
    )
    assert reference.exit_code == 0, reference.output
    expected = (tmp_path / "reference-2025.yaml").read_text(encoding="utf-8")
    assert "title: Kế hoạch năm 2025" in expected
    (tmp_path / "plan.yaml").write_bytes(_in_form(PLAN, newline, bom))
    result = run_cli(
        [
            "new",
            "--from",
            str(tmp_path / "plan.yaml"),
            "--year",
            "2025",
            "-o",
            str(tmp_path / "plan-2025.yaml"),
        ]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "plan-2025.yaml").read_bytes() == _in_form(expected, newline, bom)
