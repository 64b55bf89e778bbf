"""Titles and header lines broken as official documents break them: evenly, never inside a
Vietnamese word or the issuing body's name, and as fast for a 300-character title as for a
short one; the .docx core properties hold at most 255 characters, the page holds all."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planctl.render.compounds import fold, glue, lexicon
from planctl.render.line_break import balance_lines
from planctl.render.metrics import text_width_mm

from .docx_probe import body, open_docx
from .line_break_oracle import exhaustive_lines

TITLE_ROOM = 163.02  # the portrait page's text width less 2 mm, as the writer gives a title
HEADER_ROOM = 63.02  # the header's left column less its cell margins
CORE_LIMIT = 255  # python-docx refuses a longer core property

_VOCABULARY = (
    "kế hoạch truyền thông về hoạt động kiểm soát thủ tục hành chính năm 2024 của bộ "
    "thông tin và truyền thông trên địa bàn tỉnh quảng ngãi giai đoạn 2021 - 2025 số "
    "chuyển đổi số nghị quyết tại cho theo với nhằm ngày tháng a bb ccc"
)
VOCABULARY = _VOCABULARY.split()


def _lines_hold(lines: list[str], phrase: str) -> bool:
    """Whether every occurrence of `phrase` in the joined lines lies within one line."""
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    joined = " ".join(lines)
    at = joined.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not any(s <= at and end <= s + len(line) for s, line in zip(starts, lines, strict=True)):
            return False
        at = joined.find(phrase, at + 1)
    return True


def _reference(text: str, room: float, size: float, bold: bool) -> list[str]:
    """balance_lines by brute force: no break inside a word or a name, then names may break,
    then words."""
    refused = glue(text.split())
    for tier in (refused.words | refused.names, refused.words, frozenset()):
        allowed = set(range(1, len(text.split()))) - tier
        lines = exhaustive_lines(text, room, size, bold=bold, allowed=allowed)
        if lines is not None:
            return lines
    return [text]


def test_the_breaker_chooses_what_trying_every_combination_chooses() -> None:
    rng = random.Random(20240116)
    for _ in range(250):
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(3, 11))]
        if rng.random() < 0.5:
            words = [w.upper() for w in words]
        text = " ".join(words)
        size, bold = rng.choice((13.0, 14.0)), rng.random() < 0.5
        room = text_width_mm(text, size, bold=bold) * rng.uniform(0.15, 0.95)
        assert balance_lines(text, room, size, bold=bold) == _reference(text, room, size, bold), (
            text,
            room,
        )


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU NĂM 2025",
            [
                "BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ CỦA",
                "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU NĂM 2025",
            ],
        ),
        (
            "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ QUỐC GIA CỦA ỦY BAN NHÂN "
            "DÂN TỈNH BÀ RỊA - VŨNG TÀU GIAI ĐOẠN 2025 - 2030",
            [
                "BAN HÀNH KẾ HOẠCH THỰC HIỆN",
                "CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ QUỐC GIA",
                "CỦA ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU",
                "GIAI ĐOẠN 2025 - 2030",
            ],
        ),
        (
            "Học tập, quán triệt, tuyên truyền, triển khai thực hiện Nghị quyết số 57-NQ/TW "
            "ngày 22/12/2023 của Bộ Chính trị",
            [
                "Học tập, quán triệt, tuyên truyền, triển khai thực hiện",
                "Nghị quyết số 57-NQ/TW ngày 22/12/2023 của Bộ Chính trị",
            ],
        ),
        (  # a long-form date is read as one unit: never "ngày 22 tháng 12 / năm 2023"
            "Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW "
            "ngày 22 tháng 12 năm 2023 của Bộ Chính trị về đột phá phát triển khoa học, công "
            "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia giai đoạn 2025 – 2030",
            [
                "Ban hành Chương trình hành động của Chính phủ thực hiện",
                "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2023 của Bộ Chính trị",
                "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo",
                "và chuyển đổi số quốc gia giai đoạn 2025 – 2030",
            ],
        ),
    ],
)
def test_no_title_line_breaks_inside_a_word_or_a_name(
    org: Path, build_one: Callable[[Path], Any], text: str, lines: list[str]
) -> None:
    plan = _plan_with(org, title=text)
    title = _title_lines(build_one(plan))
    assert title == lines
    for phrase in ("CHUYỂN ĐỔI SỐ", "ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU", "Nghị quyết"):
        assert _lines_hold(title, phrase), (phrase, title)


def test_the_parent_bodys_name_stays_on_one_line(seed_docx: Callable[[str], Path]) -> None:
    header = body(open_docx(seed_docx("002")))[0]
    parent = header.cell(0, 0).paragraphs[0]
    assert parent.text.split("\n") == ["ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU"]


@pytest.mark.parametrize(
    ("text", "room", "lines"),
    [
        ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", HEADER_ROOM, ["BỘ THÔNG TIN", "VÀ TRUYỀN THÔNG"]),
        (
            "SỞ NGOẠI VỤ TỈNH BÀ RỊA - VŨNG TÀU",
            HEADER_ROOM,
            ["SỞ NGOẠI VỤ", "TỈNH BÀ RỊA - VŨNG TÀU"],
        ),
        (
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
            HEADER_ROOM,
            ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"],
        ),
        # 70 mm at 13 pt: a wider column, as a clerk sets for this ministry.
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", 75, ["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"]),
    ],
)
def test_header_names_break_between_their_parts(text: str, room: float, lines: list[str]) -> None:
    assert balance_lines(text, room, 13, bold=True) == lines


def test_a_name_too_wide_for_the_column_breaks_rather_than_overflow() -> None:
    # "TỈNH BÀ RỊA - VŨNG TÀU" is 53 mm at 13 pt: in a 45 mm column the name itself breaks,
    # still not inside "BÀ RỊA" or "VŨNG TÀU".
    lines = balance_lines("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", 45, 13, bold=True)
    assert all(text_width_mm(line, 13, bold=True) <= 45 for line in lines)
    assert " ".join(lines) == "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU"
    assert all(_lines_hold(lines, name) for name in ("BÀ RỊA", "VŨNG TÀU", "ỦY BAN NHÂN DÂN"))


def test_either_tone_placement_and_any_case_match_the_lexicon() -> None:
    assert fold("hoà") == fold("HÒA") == "hòa"
    assert fold("Uỷ") == fold("ủy") == "ủy"
    assert fold("khoẻ") == "khỏe"
    assert fold("quý") == "quý"
    assert {1, 2, 3} <= glue(["UỶ", "BAN", "NHÂN", "DÂN"]).words
    assert 1 in glue(["Nghị", "quyết"]).words


def test_the_lexicon_is_well_formed() -> None:
    words, longest = lexicon()
    assert len(words) > 300 and 2 <= longest <= 6
    for word in words:
        assert len(word) >= 2, word
        for syllable in word:
            assert syllable == unicodedata.normalize("NFC", syllable) == fold(syllable), word
            assert syllable == "-" or syllable.isalpha(), word


def test_a_300_character_upper_case_title_builds(
    org: Path, tmp_path: Path, run_planctl: Callable[..., Any]
) -> None:
    title = _long_title(300)
    plan = _plan_with(org, title=title)
    out = tmp_path / "out"
    result = run_planctl(["build", str(plan), "-o", str(out), "--quiet"], timeout=30)
    assert result.exit_code == 0, result.output
    document = open_docx(out / "org" / "long.docx")
    lines = _title_lines(document)
    assert " ".join(lines) == title  # the page keeps every word
    assert 6 <= len(lines) <= 8
    assert all(text_width_mm(line, 14, bold=True) <= TITLE_ROOM for line in lines)
    for phrase in ("CHUYỂN ĐỔI SỐ", "ỦY BAN NHÂN DÂN", "TỈNH BÀ RỊA - VŨNG TÀU", "NGHỊ QUYẾT"):
        assert _lines_hold(lines, phrase), (phrase, lines)
    core = document.core_properties.title
    assert len(core) <= CORE_LIMIT and core.endswith("…")
    assert title.startswith(core[:-1]) and title[len(core) - 1] == " "  # cut between words


def test_a_90_word_issuing_body_builds(
    org: Path, tmp_path: Path, run_planctl: Callable[..., Any]
) -> None:
    name = _long_name(90)
    registry = org / "org.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace("  name: Bộ Thông tin và Truyền thông\n", f"  name: {name}\n", 1),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    plan = org / "table-appendix.yaml"
    result = run_planctl(["build", str(plan), "-o", str(out), "--quiet"], timeout=30)
    assert result.exit_code == 0, result.output
    document = open_docx(out / "org" / "table-appendix.docx")
    issuer = body(document)[0].cell(0, 0).paragraphs[0]
    lines = issuer.text.split("\n")
    assert " ".join(lines) == name.upper()
    assert all(text_width_mm(line, 13, bold=True) <= HEADER_ROOM for line in lines)
    author = document.core_properties.author
    assert len(author) <= CORE_LIMIT and author.endswith("…")
    assert name.startswith(author[:-1])


# -- helpers -----------------------------------------------------------------------------

_PHRASES = (
    "BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ VỀ CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ "
    "QUỐC GIA VÀ CẢI CÁCH HÀNH CHÍNH CỦA ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU "
    "GIAI ĐOẠN 2025 - 2030 NHẰM NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP "
    "VÀ XÂY DỰNG CHÍNH PHỦ SỐ, KINH TẾ SỐ, XÃ HỘI SỐ TRÊN ĐỊA BÀN TỈNH "
)


def _long_title(length: int) -> str:
    words = (_PHRASES * 3).split()
    title = ""
    for word in words:
        if len(title) >= length:
            break
        title = f"{title} {word}".strip()
    return title


_BODY = (
    "Ban Chỉ đạo thực hiện chương trình chuyển đổi số và cải cách hành chính của "
    "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về phát triển kinh tế - xã hội"
)


def _long_name(count: int) -> str:
    words = _BODY.split()
    return " ".join((words * (count // len(words) + 1))[:count])


def _plan_with(org: Path, *, title: str) -> Path:
    source = (org / "table-appendix.yaml").read_text(encoding="utf-8")
    old = "title: Kế hoạch thử nghiệm phụ lục nhiệm vụ năm 2024\n"
    assert old in source
    plan = org / "long.yaml"
    plan.write_text(source.replace(old, f"title: {title}\n"), encoding="utf-8")
    return plan


def _title_lines(document: Any) -> list[str]:
    title = body(document)[2]
    return list(title.text.split("\n"))


@pytest.fixture
def build_one(tmp_path: Path) -> Callable[[Path], Any]:
    """Build one plan in-process; its document, opened."""
    from .conftest import build

    def run(plan: Path) -> Any:
        out = tmp_path / "out"
        code, _, err = build([plan], out, quiet=True)
        assert code == 0, err
        return open_docx(out / plan.parent.name / f"{plan.stem}.docx")

    return run
