"""R003 reference-bad-date: a cited document dated on a day that does not exist."""


def test_thirty_first_of_june(plans):
    text = plans.edit(("ngày 08/6/2010", "ngày 31/6/2010"))
    plans.expect(
        text,
        "R003",
        at=plans.locate(text, "Nghị định số 63/2010/NĐ-CP"),
        severity="error",
        vi=["ngày của văn bản Nghị định số 63/2010/NĐ-CP không tồn tại: 31/6/2010"],
        en=["Nghị định số 63/2010/NĐ-CP has an impossible date: 31/6/2010"],
    )
