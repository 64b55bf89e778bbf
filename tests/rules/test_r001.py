"""R001 reference-after-plan: a document cited as a basis but issued after the plan.

Every kind of document real plans cite, numbered "số 48/2022/NĐ-CP" or "số 57-NQ/TW", laws by
name, dates short ("ngày 22/6/2024") or long ("ngày 22 tháng 6 năm 2024").
"""

import pytest


def test_directive_dated_after_the_plan(plans):
    text = plans.edit(
        (
            "Quyết định số 2554/QĐ-BTTTT ngày 28/12/2023",
            "Quyết định số 100/QĐ-BTTTT ngày 20/01/2024",
        )
    )
    plans.expect(
        text,
        "R001",
        at=plans.locate(text, "Quyết định số 100/QĐ-BTTTT"),
        severity="error",
        vi=[
            "văn bản Quyết định số 100/QĐ-BTTTT ngày 20/01/2024",
            "ban hành sau ngày của kế hoạch (16/01/2024)",
        ],
        en=[
            "Quyết định số 100/QĐ-BTTTT dated 20/01/2024 is later than the plan's date (16/01/2024)"
        ],
    )


def test_reference_in_a_bullet_of_a_section(plans):
    text = plans.edit(
        (
            "Bảo đảm thông tin kịp thời, chính xác.",
            "Triển khai Kế hoạch số 15/KH-BTTTT ngày 05/02/2024.",
        )
    )
    plans.expect(
        text,
        "R001",
        at=plans.locate(text, "Kế hoạch số 15/KH-BTTTT"),
        severity="error",
        vi=["Kế hoạch số 15/KH-BTTTT ngày 05/02/2024"],
        en=["Kế hoạch số 15/KH-BTTTT dated 05/02/2024"],
    )


BASIS = (
    "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ "
    "về kiểm soát thủ tục hành chính;"
)


def _cite(plans, citation):
    """The fixture plan (dated 16/01/2024) with its second legal basis replaced."""
    return plans.edit((BASIS, f"Căn cứ {citation};"))


def test_law_with_its_name_number_and_date(plans):
    # The form of issue #10: "Luật … số 20/2023/QH15 ngày 22/6/2025", dated after the plan.
    citation = "Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2025"
    text = _cite(plans, citation)
    plans.expect(
        text,
        "R001",
        at=plans.locate(text, "Luật Giao dịch điện tử"),
        severity="error",
        vi=[
            "văn bản Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/06/2025",
            "ban hành sau ngày của kế hoạch (16/01/2024)",
        ],
        en=["Luật Giao dịch điện tử số 20/2023/QH15 dated 22/06/2025 is later than the plan's"],
        also=["R004"],  # 2023 in the number, 2025 in the date
    )


def test_long_form_date(plans):
    citation = "Quyết định số 100/QĐ-BTTTT ngày 03 tháng 6 năm 2026 của Bộ trưởng"
    text = _cite(plans, citation)
    plans.expect(
        text,
        "R001",
        at=plans.locate(text, "Quyết định số 100/QĐ-BTTTT"),
        severity="error",
        vi=["văn bản Quyết định số 100/QĐ-BTTTT ngày 03/06/2026"],
        en=["Quyết định số 100/QĐ-BTTTT dated 03/06/2026"],
    )


# (citation, label in the message): every kind of document real plans cite.
KINDS = [
    ("Luật Giao dịch điện tử số 20/2024/QH15", "Luật Giao dịch điện tử số 20/2024/QH15"),
    ("Luật số 20/2024/QH15", "Luật số 20/2024/QH15"),
    ("Bộ luật Lao động số 45/2024/QH15", "Bộ luật Lao động số 45/2024/QH15"),
    (
        "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2024/UBTVQH15",
        "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2024/UBTVQH15",
    ),
    ("Nghị quyết số 03/NQ-CP", "Nghị quyết số 03/NQ-CP"),
    ("Nghị quyết số 57-NQ/TW", "Nghị quyết số 57-NQ/TW"),
    ("Nghị quyết số 11/2024/NQ-HĐND", "Nghị quyết số 11/2024/NQ-HĐND"),
    ("Nghị định số 48/2024/NĐ-CP", "Nghị định số 48/2024/NĐ-CP"),
    ("Quyết định số 2572/QĐ-BTTTT", "Quyết định số 2572/QĐ-BTTTT"),
    ("Chỉ thị số 05-CT/TW", "Chỉ thị số 05-CT/TW"),
    ("Chỉ thị số 02/CT-TTg", "Chỉ thị số 02/CT-TTg"),
    ("Thông tư số 03/2024/TT-BTTTT", "Thông tư số 03/2024/TT-BTTTT"),
    ("Kế hoạch số 52/KH-UBND", "Kế hoạch số 52/KH-UBND"),
    ("Công văn số 1234/UBND-VX", "Công văn số 1234/UBND-VX"),
    ("Văn bản số 567/BTTTT-KSTT", "Văn bản số 567/BTTTT-KSTT"),
]
DATES = [("ngày 22/6/2024", "22/06/2024"), ("ngày 22 tháng 6 năm 2024", "22/06/2024")]


@pytest.mark.parametrize(("written", "shown"), DATES, ids=["short", "long"])
@pytest.mark.parametrize(("citation", "label"), KINDS, ids=[k for k, _ in KINDS])
def test_every_kind_and_date_form(plans, citation, label, written, shown):
    text = _cite(plans, f"{citation} {written} của cơ quan ban hành")
    plans.expect(
        text,
        "R001",
        at=plans.locate(text, citation),
        severity="error",
        vi=[f"văn bản {label} ngày {shown} ban hành sau ngày của kế hoạch (16/01/2024)"],
        en=[f"{label} dated {shown} is later than the plan's date (16/01/2024)"],
    )


def test_the_same_kinds_dated_before_the_plan_are_clean(plans):
    for citation, _ in KINDS:
        for written in ("ngày 22/6/2023", "ngày 22 tháng 6 năm 2023"):
            cited = citation.replace("2024", "2023")
            result = plans.validate(_cite(plans, f"{cited} {written} của cơ quan ban hành"))
            assert result.findings == [], result.output


def test_law_cited_by_name_and_date(plans):
    # Căn cứ often name a law without its number: "Luật Tổ chức chính quyền địa phương ngày …".
    citation = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"
    text = _cite(plans, citation)
    plans.expect(
        text,
        "R001",
        at=plans.locate(text, "Luật Tổ chức chính quyền địa phương"),
        severity="error",
        vi=["văn bản Luật Tổ chức chính quyền địa phương ngày 19/02/2025"],
        en=["Luật Tổ chức chính quyền địa phương dated 19/02/2025"],
    )


def test_a_law_coming_into_force_is_no_citation_date(plans):
    # In the text, the date a law takes effect is not the date it was passed.
    text = plans.edit(
        (
            "Bảo đảm thông tin kịp thời, chính xác.",
            "Tuyên truyền Luật Đất đai có hiệu lực từ ngày 01/8/2024.",
        )
    )
    result = plans.validate(text)
    assert result.findings == [], result.output


def test_a_law_name_stops_at_the_next_citation(plans):
    citation = "Luật Đất đai và Nghị định số 43/2024/NĐ-CP ngày 15/5/2024 của Chính phủ"
    text = _cite(plans, citation)
    plans.expect(
        text,
        "R001",
        at=plans.locate(text, "Nghị định số 43/2024/NĐ-CP"),
        severity="error",
        vi=["văn bản Nghị định số 43/2024/NĐ-CP ngày 15/05/2024"],
        en=["Nghị định số 43/2024/NĐ-CP dated 15/05/2024"],
    )
