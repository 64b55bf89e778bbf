"""R001 reference-after-plan: a document cited as a basis but issued after the plan."""


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
