"""R002 malformed-reference: a citation not in the form "Nghị định số 48/2022/NĐ-CP ngày …"."""


def test_missing_so(plans):
    text = plans.edit(("Căn cứ Nghị định số 63/2010/NĐ-CP", "Căn cứ Nghị định 63/2010/NĐ-CP"))
    _, en = plans.expect(
        text,
        "R002",
        at=plans.locate(text, "Nghị định 63/2010/NĐ-CP"),
        severity="warning",
        vi=["trích dẫn văn bản chưa đúng thể thức: “Nghị định 63/2010/NĐ-CP ngày 08/6/2010”"],
        en=["malformed reference: “Nghị định 63/2010/NĐ-CP ngày 08/6/2010”"],
    )
    assert en.hint == "write it as “Nghị định số 63/2010/NĐ-CP ngày 8/6/2010”"


def test_legal_basis_without_a_date(plans):
    text = plans.edit(
        ("Nghị định số 48/2022/NĐ-CP ngày 26/7/2022 của", "Nghị định số 48/2022/NĐ-CP của")
    )
    vi, _ = plans.expect(
        text,
        "R002",
        at=plans.locate(text, "Nghị định số 48/2022/NĐ-CP"),
        severity="warning",
        vi=["“Nghị định số 48/2022/NĐ-CP”"],
        en=["malformed reference"],
    )
    assert "ngày …" in vi.hint


def test_spaced_symbol(plans):
    text = plans.edit(("Quyết định số 2554/QĐ-BTTTT", "Quyết định số 2554/QĐ- BTTTT"))
    plans.expect(
        text,
        "R002",
        at=plans.locate(text, "Quyết định số 2554/QĐ- BTTTT"),
        severity="warning",
        vi=["“Quyết định số 2554/QĐ- BTTTT ngày 28/12/2023”"],
        en=["“Quyết định số 2554/QĐ- BTTTT ngày 28/12/2023”"],
    )
