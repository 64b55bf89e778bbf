"""The citation recogniser: where a cited document's words start and stop."""

from __future__ import annotations

import pytest

from planctl.facts.citations import REFERENCE, citations


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # seed 003, the defect of issue #10: the cited plan's year is its own
            "mục tiêu đã đề ra tại Quyết định số 1306/QĐ-UBND ngày 29/12/2023 của Chủ tịch UBND "
            "tỉnh ban hành Kế hoạch cải cách hành chính năm 2024 tỉnh Quảng Ngãi; Quyết định số "
            "2074/QĐ-UBND ngày 20/12/2021 phê duyệt Kế hoạch tuyên truyền cải cách hành chính "
            "giai đoạn 2022 - 2025 trên địa bàn tỉnh Quảng Ngãi, Chỉ thị số 19/CT-UBND ngày "
            "07/12/2018 của Chủ tịch UBND tỉnh về nâng cao chất lượng.",
            [
                "Quyết định số 1306/QĐ-UBND ngày 29/12/2023 của Chủ tịch UBND tỉnh ban hành Kế "
                "hoạch cải cách hành chính năm 2024 tỉnh Quảng Ngãi",
                "Quyết định số 2074/QĐ-UBND ngày 20/12/2021 phê duyệt Kế hoạch tuyên truyền cải "
                "cách hành chính giai đoạn 2022 - 2025 trên địa bàn tỉnh Quảng Ngãi",
                "Chỉ thị số 19/CT-UBND ngày 07/12/2018 của Chủ tịch UBND tỉnh về nâng cao chất "
                "lượng",
            ],
        ),
        (  # seed 002: after the cited plan's words, the comma starts the plan's own clause
            "Thực hiện Quyết định số 3854/QĐ-UBND ngày 29/12/2023 của UBND tỉnh về việc ban hành "
            "Kế hoạch truyền thông năm 2024 trên địa bàn tỉnh Bà Rịa - Vũng Tàu, Sở Ngoại vụ xây "
            "dựng Kế hoạch truyền thông năm 2024 như sau:",
            [
                "Quyết định số 3854/QĐ-UBND ngày 29/12/2023 của UBND tỉnh về việc ban hành Kế "
                "hoạch truyền thông năm 2024 trên địa bàn tỉnh Bà Rịa - Vũng Tàu"
            ],
        ),
        (  # commas inside the cited words, before its year, do not end them
            "theo Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ về sửa đổi, bổ sung một "
            "số điều của các Nghị định năm 2017; năm 2024",
            [
                "Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ về sửa đổi, bổ sung một "
                "số điều của các Nghị định năm 2017"
            ],
        ),
        (  # a head followed by a comma has no words of its own
            "Thực hiện Quyết định số 10/QĐ-BTTTT ngày 05/01/2024, Kế hoạch năm 2024 nêu rõ.",
            ["Quyết định số 10/QĐ-BTTTT ngày 05/01/2024"],
        ),
        (  # a strategy's title runs on through ", tầm nhìn đến năm …"
            "Thực hiện Quyết định số 1/QĐ-TTg ngày 01/01/2020 phê duyệt Chiến lược đến năm 2025, "
            "tầm nhìn đến năm 2030, Bộ xây dựng Kế hoạch năm 2025",
            [
                "Quyết định số 1/QĐ-TTg ngày 01/01/2020 phê duyệt Chiến lược đến năm 2025, tầm "
                "nhìn đến năm 2030"
            ],
        ),
        (  # a second year in the same clause is the plan's own
            "Kế hoạch thực hiện Quyết định số 5/QĐ-UBND ngày 02/01/2024 về Kế hoạch cải cách hành "
            "chính năm 2024 của xã năm 2025",
            [
                "Quyết định số 5/QĐ-UBND ngày 02/01/2024 về Kế hoạch cải cách hành chính năm "
                "2024 của xã "
            ],
        ),
        (  # laws by name, a long-form date, a bare "số …/…", a bracket closing the clause
            "Căn cứ Luật Đất đai năm 2024 và Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 "
            "năm 2015; (theo Văn bản số 123/UBND-KT năm 2024) năm 2024",
            [
                "Luật Đất đai năm 2024 và ",
                "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
                "Văn bản số 123/UBND-KT năm 2024",
            ],
        ),
        ("Kế hoạch này thực hiện trong năm 2024 tại TP. Quảng Ngãi.", []),
    ],
)
def test_citation_spans(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_the_reference_checks_read_the_same_heads() -> None:
    from planctl.checks import references

    assert references.REFERENCE is REFERENCE
