"""D002 deadline-outside-period: a deadline in another year than the plan's."""


def test_month_of_the_next_year(plans):
    text = plans.edit(("deadline: Tháng 6/2024", "deadline: Tháng 6/2025"))
    plans.expect(
        text,
        "D002",
        at=plans.locate(text, "Tháng 6/2025"),
        severity="error",
        vi=["thời hạn “Tháng 6/2025” nằm ngoài thời gian của kế hoạch (2024)"],
        en=["deadline “Tháng 6/2025” is outside the plan's period (2024)"],
    )


def test_declared_period_spanning_years(plans):
    text = plans.edit(
        ("date: 2024-01-16\n", "date: 2024-01-16\nperiod: 2024-2025\n"),
        ("deadline: Tháng 6/2024", "deadline: Quý I/2026"),
        # In a plan of two years a deadline names its year (else D007).
        ("deadline: 6 tháng đầu năm", "deadline: 6 tháng đầu năm 2024"),
    )
    plans.expect(
        text,
        "D002",
        at=plans.locate(text, "Quý I/2026"),
        severity="error",
        vi=["(2024 - 2025)"],
        en=["deadline “Quý I/2026” is outside the plan's period (2024 - 2025)"],
    )


def test_deadline_within_a_declared_period_is_fine(plans):
    text = plans.edit(
        ("date: 2024-01-16\n", "date: 2024-01-16\nperiod: 2024-2025\n"),
        ("deadline: Tháng 6/2024", "deadline: Quý I/2025"),
        ("deadline: 6 tháng đầu năm", "deadline: 6 tháng đầu năm 2024"),
    )
    result = plans.validate(text)
    assert result.findings == [], result.output
