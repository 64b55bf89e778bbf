"""The legacy encodings TCVN3 (.VnTime) and VNI: detection, and every letter converted."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from planctl.importer.legacy import (
    TCVN3_FROM_UNICODE,
    VNI_FROM_UNICODE,
    detect_legacy,
    encoding_of_font,
    from_unicode,
    is_capitals_font,
    run_to_unicode,
    to_unicode,
)

# The 134 letters of the Vietnamese alphabet that are not ASCII, lower case then capitals,
# written out here rather than derived, so that the tables are checked against a list.
LOWER = ("áàảãạ ăắằẳẵặ âấầẩẫậ đ éèẻẽẹ êếềểễệ íìỉĩị óòỏõọ ôốồổỗộ ơớờởỡợ úùủũụ ưứừửữự ýỳỷỹỵ").replace(
    " ", ""
)
UPPER = ("ÁÀẢÃẠ ĂẮẰẲẴẶ ÂẤẦẨẪẬ Đ ÉÈẺẼẸ ÊẾỀỂỄỆ ÍÌỈĨỊ ÓÒỎÕỌ ÔỐỒỔỖỘ ƠỚỜỞỠỢ ÚÙỦŨỤ ƯỨỪỬỮỰ ÝỲỶỸỴ").replace(
    " ", ""
)
# TCVN3 has codes of their own for these capitals; the others need an "H" font.
TCVN3_OWN_CAPITALS = "ĂÂÊÔƠƯĐ"


def test_the_letter_lists_are_the_134_letters() -> None:
    assert len(LOWER) == len(set(LOWER)) == 67
    assert LOWER.upper() == UPPER
    assert all(unicodedata.is_normalized("NFC", c) for c in LOWER + UPPER)


@pytest.mark.parametrize("letter", list(LOWER))
def test_every_lower_case_letter_has_one_tcvn3_code(letter: str) -> None:
    code = TCVN3_FROM_UNICODE[letter]
    assert len(code) == 1 and 0xA1 <= ord(code) <= 0xFE  # one byte of the upper half
    assert to_unicode(code, "tcvn3") == letter


def test_tcvn3_codes_are_distinct() -> None:
    codes = [TCVN3_FROM_UNICODE[c] for c in LOWER + TCVN3_OWN_CAPITALS]
    assert len(set(codes)) == len(codes) == 74


@pytest.mark.parametrize("letter", list(UPPER))
def test_every_capital_converts_from_tcvn3(letter: str) -> None:
    if letter in TCVN3_OWN_CAPITALS:
        assert to_unicode(from_unicode(letter, "tcvn3"), "tcvn3") == letter
    else:
        with pytest.raises(ValueError, match="no code in tcvn3"):
            from_unicode(letter, "tcvn3")
    # In an "H" font the lower-case code is drawn as the capital.
    code = from_unicode(letter, "tcvn3", capitals=True)
    assert code == TCVN3_FROM_UNICODE[letter.lower()]
    assert to_unicode(code, "tcvn3", capitals=True) == letter


@pytest.mark.parametrize("letter", list(LOWER + UPPER))
def test_every_letter_round_trips_through_vni(letter: str) -> None:
    code = VNI_FROM_UNICODE[letter]
    assert 1 <= len(code) <= 2 and all(0x41 <= ord(c) <= 0xFF for c in code)
    assert to_unicode(code, "vni") == letter


def test_vni_spellings_are_distinct() -> None:
    assert len(set(VNI_FROM_UNICODE.values())) == len(VNI_FROM_UNICODE) == 134


@pytest.mark.parametrize(
    ("typed", "encoding", "capitals", "expected"),
    [
        # As offices typed them (the codes of TCVN 5712 VN3 and VNI-Windows).
        ("B¶o Th¾ng", "tcvn3", False, "Bảo Thắng"),
        ("M\u00adêng Kh\u00ad¬ng", "tcvn3", False, "Mường Khương"),
        ("Uû ban nh©n d©n tØnh", "tcvn3", False, "Uỷ ban nhân dân tỉnh"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3", False,
         "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("kÕ ho¹ch", "tcvn3", True, "KẾ HOẠCH"),
        ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", False, "Độc lập - Tự do - Hạnh phúc"),
        ("Xin chaøo caùc baïn", "vni", False, "Xin chào các bạn"),
        ("Sôû Noäi vuï tænh Quaûng Ngaõi", "vni", False, "Sở Nội vụ tỉnh Quảng Ngãi"),
        ("KEÁ HOAÏCH", "vni", False, "KẾ HOẠCH"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "vni", False, "Độc lập - Tự do - Hạnh phúc"),
        ("Quý II/2025; 12/2025", "vni", False, "Quý II/2025; 12/2025"),
    ],
)  # fmt: skip
def test_typed_text_reads_as_unicode(
    typed: str, encoding: str, capitals: bool, expected: str
) -> None:
    converted = to_unicode(typed, encoding, capitals=capitals)
    assert converted == expected
    assert unicodedata.is_normalized("NFC", converted)


def test_digits_and_punctuation_pass_unchanged() -> None:
    text = "Số: 52/KH-UBND (01/2025) – “a” 100%"
    ascii_part = "52/KH-UBND (01/2025) 100%"
    assert to_unicode(ascii_part, "tcvn3") == ascii_part
    assert from_unicode(text, "vni").count("52/KH-UBND (01/2025)") == 1


def test_unknown_encoding_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        to_unicode("x", "viqr")


@pytest.mark.parametrize(
    ("font", "encoding", "capitals"),
    [
        (".VnTime", "tcvn3", False),
        (".VnTimeH", "tcvn3", True),
        (".VnArial", "tcvn3", False),
        (".VnArialH", "tcvn3", True),
        (".VnCentury Schoolbook", "tcvn3", False),
        ("VNI-Times", "vni", False),
        ("VNI-Helve", "vni", False),
        ("Times New Roman", None, False),
        ("Vni Lover", None, False),  # no hyphen: not the VNI family
        ("Verdana", None, False),
    ],
)
def test_fonts_name_their_encoding(font: str, encoding: str | None, capitals: bool) -> None:
    assert encoding_of_font(font) == encoding
    assert is_capitals_font(font) is capitals


def test_detection_from_fonts_wins() -> None:
    assert detect_legacy(["Times New Roman", ".VnTime"], "plain text") == "tcvn3"
    assert detect_legacy(["VNI-Times"], "") == "vni"
    assert detect_legacy(["Times New Roman"], "Kế hoạch triển khai") is None


def test_detection_from_text_alone() -> None:
    tcvn3 = from_unicode("Kế hoạch triển khai công tác cải cách hành chính năm 2025", "tcvn3")
    vni = from_unicode("Kế hoạch triển khai công tác cải cách hành chính năm 2025", "vni")
    assert detect_legacy([], tcvn3) == "tcvn3"
    assert detect_legacy([], vni) == "vni"
    # Unicode Vietnamese, with or without « » and ©, and NFD text are left alone.
    assert detect_legacy([], "Kế hoạch «cải cách» hành chính © 2025") is None
    nfd = unicodedata.normalize("NFD", "Kế hoạch triển khai")
    assert detect_legacy([], nfd) is None
    assert detect_legacy([], "Plan 2025") is None
    assert detect_legacy([], "") is None


def test_a_run_converts_by_its_font() -> None:
    assert run_to_unicode("KÕ ho¹ch", ".VnTime") == "Kế hoạch"
    assert run_to_unicode("kÕ ho¹ch", ".VnTimeH") == "KẾ HOẠCH"
    assert run_to_unicode("Keá hoaïch", "VNI-Times") == "Kế hoạch"
    # A Unicode line pasted into an old document keeps its text, NFC-normalised.
    nfd = unicodedata.normalize("NFD", "Kế hoạch")
    assert run_to_unicode(nfd, "Times New Roman", "tcvn3") == "Kế hoạch"
    # A run of unknown font is read in the encoding found for the whole document.
    assert run_to_unicode("KÕ ho¹ch", None, "tcvn3") == "Kế hoạch"
    assert run_to_unicode("KÕ ho¹ch", None) == "KÕ ho¹ch"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc's iconv is the oracle")
def test_tcvn3_codes_agree_with_glibc_tcvn5712() -> None:
    # glibc's TCVN5712-1 (VN1) shares TCVN3's codes for the 67 lower-case letters and the
    # 7 capitals TCVN3 has; an independent table to check ours against, code by code.
    codes = "".join(TCVN3_FROM_UNICODE[c] for c in LOWER + TCVN3_OWN_CAPITALS)
    result = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
        input=codes.encode("latin-1"),
        capture_output=True,
        check=True,
    )
    assert unicodedata.normalize("NFC", result.stdout.decode("utf-8")) == LOWER + TCVN3_OWN_CAPITALS
