"""Measuring Times New Roman (Liberation Serif metrics) for the rules and line breaks."""

from __future__ import annotations

import pytest

from planctl.render.line_break import balance_lines
from planctl.render.metrics import text_width_mm


def test_widths_match_the_decree_notes() -> None:
    # nd30.md: the Quốc hiệu in 13 pt bold is about 96 mm; the motto at 14 pt about 60 mm.
    assert text_width_mm("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, bold=True) == pytest.approx(
        96, abs=1.5
    )
    assert text_width_mm("Độc lập - Tự do - Hạnh phúc", 14, bold=True) == pytest.approx(60, abs=1.5)


def test_diacritics_and_unknown_characters() -> None:
    assert text_width_mm("Ộ", 14, bold=True) == text_width_mm("Ộ", 14, bold=True) > 0
    # A decomposed letter measures as its composed form.
    assert text_width_mm("Ô\u0323", 14) == text_width_mm("Ộ", 14)
    # A character outside the table counts as its base letter, or half an em.
    assert text_width_mm("ǘ", 10) == text_width_mm("u", 10)
    assert text_width_mm("中", 10) == pytest.approx(10 * 0.5 * 25.4 / 72)


@pytest.mark.parametrize(
    ("text", "room", "size", "lines"),
    [
        ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", 63, 13, ["BỘ THÔNG TIN", "VÀ TRUYỀN THÔNG"]),
        ("SỞ NGOẠI VỤ", 63, 13, ["SỞ NGOẠI VỤ"]),
        (
            "Tuyên truyền cải cách hành chính năm 2024 của Bộ Thông tin và Truyền Thông",
            163,
            14,
            ["Tuyên truyền cải cách hành chính năm 2024", "của Bộ Thông tin và Truyền Thông"],
        ),
        ("DÒNG MỘT\nDÒNG HAI", 163, 14, ["DÒNG MỘT", "DÒNG HAI"]),
    ],
)
def test_balanced_lines(text: str, room: float, size: float, lines: list[str]) -> None:
    assert balance_lines(text, room, size, bold=True) == lines


def test_balanced_lines_fit_and_keep_every_word() -> None:
    text = "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU"
    lines = balance_lines(text, 63, 13)
    assert " ".join(lines) == text
    assert all(text_width_mm(line, 13) <= 63 for line in lines)
    assert not any(line.startswith("-") or line.endswith("-") for line in lines)
