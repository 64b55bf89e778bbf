"""The separators the decree prescribes are generated, whatever the clerk typed: ";" after each
basis and recipient, "." after the last, "./." closing the content, "- " before a bullet."""

from __future__ import annotations

import pytest

from planctl.render.compose_text import bare, close, sentence, unlabel


@pytest.mark.parametrize(
    ("typed", "stripped"),
    [
        ("Như Điều 3", "Như Điều 3"),
        ("Như Điều 3;", "Như Điều 3"),
        ("- Như Điều 3;", "Như Điều 3"),
        ("Lưu: VT, VP.", "Lưu: VT, VP"),
        ("xử lý hồ sơ,...", "xử lý hồ sơ,..."),
        ("và các văn bản khác…", "và các văn bản khác…"),
        ("  Sở Nội vụ ( b/c);  ", "Sở Nội vụ ( b/c)"),
    ],
)
def test_bare_items(typed: str, stripped: str) -> None:
    assert bare(typed) == stripped


@pytest.mark.parametrize(
    ("typed", "closed"),
    [
        ("nghiêm túc triển khai thực hiện", "nghiêm túc triển khai thực hiện./."),
        ("nghiêm túc triển khai thực hiện.", "nghiêm túc triển khai thực hiện./."),
        ("nghiêm túc triển khai thực hiện./.", "nghiêm túc triển khai thực hiện./."),
        ("xử lý hồ sơ,...", "xử lý hồ sơ,..../."),
    ],
)
def test_closing_mark(typed: str, closed: str) -> None:
    assert close(typed, "./.") == closed


def test_field_values_end_a_sentence() -> None:
    assert sentence("Văn phòng Sở") == "Văn phòng Sở."
    assert sentence("Văn phòng Sở.") == "Văn phòng Sở."
    assert sentence("Văn phòng Sở;") == "Văn phòng Sở."
    assert sentence("xử lý hồ sơ,...") == "xử lý hồ sơ,..."
    assert sentence("(b/c)") == "(b/c)"


@pytest.mark.parametrize(
    ("typed", "label", "text"),
    [
        ("I. MỤC ĐÍCH, YÊU CẦU", "I.", "MỤC ĐÍCH, YÊU CẦU"),
        ("MỤC ĐÍCH, YÊU CẦU", "I.", "MỤC ĐÍCH, YÊU CẦU"),
        ("Điều 2. Quyết định này có hiệu lực", "Điều 2.", "Quyết định này có hiệu lực"),
        ("Điều 3. Quyết định này", "Điều 2.", "Điều 3. Quyết định này"),
        ("a) Nhằm nâng cao", "a)", "Nhằm nâng cao"),
        ("I.5 lần", "I.", "I.5 lần"),
    ],
)
def test_a_typed_number_equal_to_the_generated_one_is_not_doubled(
    typed: str, label: str, text: str
) -> None:
    assert unlabel(typed, label) == text
