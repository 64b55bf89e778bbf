"""R004 reference-year-mismatch: the year in the symbol disagrees with the date."""


def test_symbol_year_differs_from_date_year(plans):
    text = plans.edit(("ngày 08/6/2010", "ngày 08/6/2011"))
    plans.expect(
        text,
        "R004",
        at=plans.locate(text, "Nghị định số 63/2010/NĐ-CP"),
        severity="warning",
        vi=["số ký hiệu Nghị định số 63/2010/NĐ-CP ghi năm 2010 nhưng ngày ban hành năm 2011"],
        en=["Nghị định số 63/2010/NĐ-CP carries the year 2010 but is dated 2011"],
    )


def test_symbol_without_a_year_is_not_compared(plans):
    assert "Quyết định số 2554/QĐ-BTTTT ngày 28/12/2023" in plans.valid
    text = plans.edit(("ngày 28/12/2023", "ngày 28/12/2022"))
    assert "R004" not in plans.validate(text).codes
