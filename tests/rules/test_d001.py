"""D001 unparsed-deadline: a deadline phrase that means nothing is never silently accepted."""


def test_phrase_that_is_not_a_deadline(plans):
    text = plans.edit(("deadline: Tháng 6/2024", "deadline: Sớm nhất có thể"))
    vi, en = plans.expect(
        text,
        "D001",
        at=plans.locate(text, "Sớm nhất có thể"),
        severity="error",
        vi=["không hiểu thời hạn “Sớm nhất có thể”"],
        en=["cannot understand the deadline “Sớm nhất có thể”"],
    )
    # The hint offers examples in the plan's year and the event form for this very phrase.
    assert "“Quý II/2024”" in vi.hint
    assert 'deadline: {event: "Sớm nhất có thể"}' in en.hint


def test_impossible_date(plans):
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 30/02/2024"))
    plans.expect(
        text,
        "D001",
        at=plans.locate(text, "Trước ngày 30/02/2024"),
        severity="error",
        vi=["“Trước ngày 30/02/2024”"],
        en=["“Trước ngày 30/02/2024”"],
    )


def test_event_declared_deadline_is_accepted(plans):
    assert "event: Theo kế hoạch kiểm tra" in plans.valid
    text = plans.edit(("event: Theo kế hoạch kiểm tra", "event: Khi có yêu cầu"))
    result = plans.validate(text)
    assert result.exit_code == 0, result.output
    assert result.findings == []
