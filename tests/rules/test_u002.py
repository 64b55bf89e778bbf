"""U002 unit-not-valid: a unit dissolved (or not yet created) on the plan's date."""


def test_dissolved_unit_names_its_successor(plans):
    text = plans.edit(("lead: [Cục Chuyển đổi số quốc gia]", "lead: [Cục Tin học hóa]"))
    vi, en = plans.expect(
        text,
        "U002",
        at=plans.locate(text, "Cục Tin học hóa"),
        severity="error",
        vi=[
            "đơn vị “Cục Tin học hóa” không còn/chưa có hiệu lực vào ngày 16/01/2024",
            "→ 28/02/2023",
        ],
        en=["unit “Cục Tin học hóa” is not in existence on 16/01/2024 (valid … → 28/02/2023)"],
    )
    assert vi.hint == "giao nhiệm vụ cho đơn vị kế thừa (“Cục Chuyển đổi số quốc gia”)"
    assert en.hint == "assign the task to the successor unit (“Cục Chuyển đổi số quốc gia”)"


def test_unit_not_yet_created(plans):
    text = plans.edit(("date: 2024-01-16", "date: 2023-01-16"), ("năm 2024\n", "năm 2023\n"))
    # Everything else is now out of its year, so only ask about the unit.
    result = plans.validate(text, lang="en")
    unit = [f for f in result.findings if f.code == "U002"]
    assert len(unit) == 1
    assert (unit[0].line, unit[0].col) == plans.locate(text, "Cục Chuyển đổi số quốc gia")
    assert "is not in existence on 16/01/2023 (valid 01/03/2023 → …)" in unit[0].message
