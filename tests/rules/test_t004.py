"""T004 recipients-archive: the recipients end with “Lưu: VT, …”."""


def test_recipients_without_archive_line(plans):
    text = plans.edit(('  - "Lưu: VT, VP."\n', ""))
    vi, _ = plans.expect(
        text,
        "T004",
        at=plans.locate(text, "Cổng TTĐT của Bộ (để đưa tin);"),
        severity="warning",
        vi=["dòng cuối của nơi nhận phải là “Lưu: VT, …”"],
        en=["the last recipient line must be “Lưu: VT, …”"],
    )
    assert vi.hint == "thêm “Lưu: VT, VP” vào cuối danh sách nơi nhận"


def test_archive_line_not_last(plans):
    text = plans.edit(('  - "Lưu: VT, VP."\n', '  - "Lưu: VT, VP."\n  - Như trên;\n'))
    plans.expect(
        text,
        "T004",
        at=plans.locate(text, "Như trên;"),
        severity="warning",
        vi=["“Lưu: VT, …”"],
        en=["“Lưu: VT, …”"],
    )
