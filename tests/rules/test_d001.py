"""D001 unparsed-deadline: a deadline phrase that means nothing is never silently accepted,
and the hint says what is wrong with it."""

import pytest


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
    # The hint names the words it does not know and offers forms in the plan's year; "as soon
    # as possible" is no event, so no `{event: …}` is proposed for it.
    assert vi.hint.startswith("không hiểu từ “Sớm”, “có”, “thể”; viết theo dạng")
    assert "“Quý II/2024”" in vi.hint
    assert en.hint.startswith("unknown word “Sớm”, “có”, “thể”; write e.g.")
    assert "event" not in en.hint


def test_impossible_date(plans):
    text = plans.edit(("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 30/02/2024"))
    vi, en = plans.expect(
        text,
        "D001",
        at=plans.locate(text, "Trước ngày 30/02/2024"),
        severity="error",
        vi=["“Trước ngày 30/02/2024”"],
        en=["“Trước ngày 30/02/2024”"],
    )
    assert vi.hint == "tháng 2 năm 2024 có 29 ngày; sửa ngày, ví dụ “Trước ngày 29/02/2024”"
    assert en.hint == "February 2024 has 29 days; correct the day, e.g. “Trước ngày 29/02/2024”"


# (deadline written, Vietnamese hint, English hint): the diagnosis, never `{event: …}`.
HINTS = [
    (
        "Trước ngày 31/9/2024",
        "tháng 9 có 30 ngày; sửa ngày, ví dụ “Trước ngày 30/9/2024”",
        "September has 30 days; correct the day, e.g. “Trước ngày 30/9/2024”",
    ),
    (
        "Tháng 13/2024",
        "không có tháng 13: tháng từ 1 đến 12; sửa tháng",
        "there is no month 13: months run from 1 to 12; correct the month",
    ),
    (
        "Quý V/2024",
        "không có quý V: quý từ I đến IV; sửa quý",
        "there is no quarter V: quarters run from I to IV; correct the quarter",
    ),
    (
        "Quí 2 năm 2024",
        "không hiểu từ “Quí”; có phải “Quý 2 năm 2024”?",
        "unknown word “Quí”; did you mean “Quý 2 năm 2024”?",
    ),
    (
        "Thuong xuyen",
        "không hiểu từ “Thuong”, “xuyen”; có phải “Thường xuyên”?",
        "unknown word “Thuong”, “xuyen”; did you mean “Thường xuyên”?",
    ),
    (
        "Tháng 6 2024",
        "không có dạng thời hạn nào viết như vậy; có phải “Tháng 6/2024”?",
        "no deadline form is worded like this; did you mean “Tháng 6/2024”?",
    ),
    (
        "2024 - 2023",
        "mốc đầu (2024) sau mốc cuối (2023); đổi chỗ hai mốc",
        "the start (2024) comes after the end (2023); swap the two ends",
    ),
    (
        "Quý I, III/2024",
        "các quý I, III không liền nhau; "
        "ghi các quý liền nhau (“Quý I, II/2024”), hoặc tách thành nhiều nhiệm vụ",
        "quarters I, III are not consecutive; "
        "list consecutive quarters (“Quý I, II/2024”), or split the task",
    ),
    (
        "Trước ngày 29/2/2023",
        "tháng 2 năm 2023 có 28 ngày; sửa ngày, ví dụ “Trước ngày 28/2/2023”",
        "February 2023 has 28 days; correct the day, e.g. “Trước ngày 28/2/2023”",
    ),
]


@pytest.mark.parametrize(("written", "hint_vi", "hint_en"), HINTS)
def test_hint_says_what_is_wrong(plans, written, hint_vi, hint_en):
    text = plans.edit(("deadline: Tháng 6/2024", f"deadline: {written}"))
    also = ["D002"] if "2023" in written else []
    vi, en = plans.expect(
        text,
        "D001",
        at=plans.locate(text, written),
        severity="error",
        vi=[f"không hiểu thời hạn “{written}”"],
        en=[f"cannot understand the deadline “{written}”"],
        also=also,
    )
    assert (vi.hint, en.hint) == (hint_vi, hint_en)
    assert "event" not in en.hint


def test_no_year_and_the_plan_gives_none(plans):
    # A draft with neither date nor year in its title: "Quý II" cannot be placed.
    text = plans.edit(
        ("date: 2024-01-16\n", ""),
        ("thủ tục hành chính năm 2024\n", "thủ tục hành chính\n"),
        ("deadline: Quý II/2024", "deadline: Quý II"),
    )
    result = plans.validate(text)
    finding = result.only("D001")
    assert finding.hint.startswith("thời hạn không ghi năm, và kế hoạch không có năm để suy ra")
    assert "ghi năm, ví dụ “Quý II/" in finding.hint
    english = plans.validate(text, lang="en").only("D001")
    assert english.hint.startswith("no year is written, and the plan has none to take it from")
    assert "write the year, e.g. “Quý II/" in english.hint


@pytest.mark.parametrize("written", ["Khi có yêu cầu", "Sau khi Nghị định được ban hành"])
def test_event_is_proposed_for_what_reads_like_an_event(plans, written):
    text = plans.edit(("deadline: Tháng 6/2024", f"deadline: {written}"))
    vi, en = plans.expect(
        text,
        "D001",
        at=plans.locate(text, written),
        severity="error",
        vi=[f"“{written}”"],
        en=[f"“{written}”"],
    )
    assert vi.hint == (
        "thời hạn này tùy theo một sự kiện, không phải một ngày; "
        f'khai báo thời hạn theo sự kiện: `deadline: {{event: "{written}"}}`'
    )
    assert en.hint == (
        "this deadline depends on an event, not a date; "
        f'declare it event-driven: `deadline: {{event: "{written}"}}`'
    )


def test_event_declared_deadline_is_accepted(plans):
    assert "event: Theo kế hoạch kiểm tra" in plans.valid
    text = plans.edit(("event: Theo kế hoạch kiểm tra", "event: Khi có yêu cầu"))
    result = plans.validate(text)
    assert result.exit_code == 0, result.output
    assert result.findings == []


@pytest.mark.parametrize(
    "written",
    [
        "Nhiệm vụ thường xuyên",
        "Cuối năm 2024",
        "Quý I, II/2024",
        "Từ tháng 3/2024",
        "Trước ngày 31/12",
        "Tháng 10/2024 và thường xuyên",
        "Quý III, IV/2024",
        "Quý I và II năm 2024",
        "Từ tháng 3/2024 đến tháng 6/2024",
        "Trước ngày 28/6/2024",
        "Chậm nhất ngày 15/3",
        "Giữa năm",
        "Hằng quý",
        "Thường xuyên, hằng năm",
        "Năm 2024 và các năm tiếp theo",
    ],
)
def test_phrases_clerks_write_are_accepted(plans, written):
    text = plans.edit(("deadline: Tháng 6/2024", f'deadline: "{written}"'))
    result = plans.validate(text)
    assert result.findings == [], result.output
    assert result.exit_code == 0
