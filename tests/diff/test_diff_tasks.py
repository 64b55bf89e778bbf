"""What `planctl diff` finds between two versions of a plan: each test changes one thing."""

from __future__ import annotations

import pytest
from diff_support import Workdir, kinds, only

from planctl.diff.changes import (
    DeadlineDetail,
    MoveDetail,
    Shift,
    TaskChangeKind,
    UnitsDetail,
    WordingDetail,
)
from planctl.diff.deadlines import describe, shift_between
from planctl.diff.words import WordOp, compact, word_diff
from planctl.model.deadline import parse_deadline

K = TaskChangeKind

TUYEN_TRUYEN = """  - id: tuyen-truyen
    content: Tuyên truyền, phổ biến các quy định về kiểm soát thủ tục hành chính
    lead: [Văn phòng Bộ]
    support: [Trung tâm Thông tin, Cục Báo chí]
    deadline: Thường xuyên
"""
KIEM_TRA = """  - id: kiem-tra
    content: Kiểm tra việc thực hiện thủ tục hành chính tại các đơn vị
    lead: [Văn phòng Bộ]
    deadline:
      event: Theo kế hoạch kiểm tra
"""
DOT_2 = """      - id: ra-soat-dot-2
        content: Rà soát đợt 2 các thủ tục hành chính lĩnh vực viễn thông
        lead: [Vụ Pháp chế]
        support:
          - các cơ quan, đơn vị có liên quan
        deadline: 6 tháng đầu năm
"""


def test_identical_plans_have_no_changes(work: Workdir) -> None:
    diff = work.diff()
    assert not diff.has_changes
    assert diff.matched == 9  # 8 tasks and 1 group, all by id


def test_reordered_tasks_report_no_change(work: Workdir) -> None:
    # Swap the first and the fourth top-level items, and the two subtasks of "ra-soat".
    text = work.base_text
    swapped = text.replace(TUYEN_TRUYEN, "@A@").replace(KIEM_TRA, "@B@")
    swapped = swapped.replace("@A@", KIEM_TRA).replace("@B@", TUYEN_TRUYEN)
    dot_1 = swapped[swapped.index("      - id: ra-soat-dot-1") : swapped.index(DOT_2)]
    swapped = swapped.replace(dot_1 + DOT_2, DOT_2 + dot_1)
    assert swapped != text
    diff = work.diff((text, swapped))
    assert not diff.has_changes, kinds(diff)
    assert diff.matched == 9


def test_reordered_tasks_are_moves_when_asked(work: Workdir) -> None:
    text = work.base_text
    swapped = text.replace(TUYEN_TRUYEN, "@A@").replace(KIEM_TRA, "@B@")
    swapped = swapped.replace("@A@", KIEM_TRA).replace("@B@", TUYEN_TRUYEN)
    diff = work.diff((text, swapped), order=True)
    moved = diff.of_kind(K.MOVED)
    assert moved, kinds(diff)
    assert set(kinds(diff)) == {"moved"}
    assert all(isinstance(c.detail, MoveDetail) and c.detail.reason == "reordered" for c in moved)


def test_renamed_id_is_matched_by_similarity(work: Workdir) -> None:
    diff = work.diff(("id: tuyen-truyen\n", "id: pho-bien-quy-dinh-tthc\n"))
    change = only(diff, K.ID)
    assert change.match == "similarity"
    assert change.confidence == 1.0
    assert change.old is not None and change.old.id == "tuyen-truyen"
    assert change.new is not None and change.new.id == "pho-bien-quy-dinh-tthc"
    assert kinds(diff) == ["id"]


def test_renamed_and_reworded_task_shows_confidence_and_word_diff(work: Workdir) -> None:
    diff = work.diff(
        ("id: so-hoa-ho-so\n", "id: so-hoa-ho-so-tthc\n"),
        (
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\n",
            "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Bộ\n",
        ),
    )
    assert kinds(diff) == ["id", "wording"]
    wording = only(diff, K.WORDING)
    assert wording.match == "similarity"
    assert wording.confidence is not None and 0.6 <= wording.confidence < 1.0
    detail = wording.detail
    assert isinstance(detail, WordingDetail) and detail.field == "content"
    assert [o for o in detail.words if o.op != "equal"] == [WordOp("insert", " của Bộ")]


def test_unrelated_task_with_new_id_is_added_and_removed(work: Workdir) -> None:
    diff = work.diff(
        ("id: kiem-tra\n", "id: hoi-nghi\n"),
        (
            "Kiểm tra việc thực hiện thủ tục hành chính tại các đơn vị",
            "Tổ chức hội nghị tập huấn nghiệp vụ cho cán bộ đầu mối",
        ),
    )
    assert kinds(diff) == ["added", "removed"]
    assert diff.of_kind(K.ADDED)[0].ref.id == "hoi-nghi"
    assert diff.of_kind(K.REMOVED)[0].ref.id == "kiem-tra"


def test_subtask_moved_to_another_parent(work: Workdir) -> None:
    # ra-soat-dot-2 (2.2) leaves "ra-soat" and becomes the first subtask of "tuyen-truyen" (1.1).
    adopted = """    subtasks:
      - id: ra-soat-dot-2
        content: Rà soát đợt 2 các thủ tục hành chính lĩnh vực viễn thông
        lead: [Vụ Pháp chế]
        support:
          - các cơ quan, đơn vị có liên quan
        deadline: 6 tháng đầu năm
"""
    text = work.base_text.replace(DOT_2, "").replace(TUYEN_TRUYEN, TUYEN_TRUYEN + adopted)
    diff = work.diff((work.base_text, text))
    change = only(diff, K.MOVED)
    assert isinstance(change.detail, MoveDetail)
    assert change.detail.reason == "reparented"
    assert (change.detail.old_parent, change.detail.new_parent) == ("2", "1")
    assert change.old is not None and change.old.number == "2.2"
    assert change.new is not None and change.new.number == "1.1"
    assert kinds(diff) == ["moved"]


def test_task_moved_into_a_group(work: Workdir) -> None:
    grouped = """        deadline: Tháng 6/2024
      - id: kiem-tra
        content: Kiểm tra việc thực hiện thủ tục hành chính tại các đơn vị
        lead: [Văn phòng Bộ]
        deadline:
          event: Theo kế hoạch kiểm tra
"""
    text = work.base_text.replace(KIEM_TRA, "")
    text = text.replace("        deadline: Tháng 6/2024\n", grouped)
    diff = work.diff((work.base_text, text))
    change = only(diff, K.MOVED)
    assert isinstance(change.detail, MoveDetail)
    assert (change.detail.old_parent, change.detail.new_parent) == (None, "I")


def test_alias_swap_is_no_change(work: Workdir) -> None:
    diff = work.diff(
        ("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [Trung tâm TT, Cục Báo chí]"),
        ("lead: [Vụ Pháp chế]\n    support", "lead: [PC]\n    support"),
    )
    assert not diff.has_changes, kinds(diff)


def test_unit_order_and_spacing_are_no_change(work: Workdir) -> None:
    diff = work.diff(
        (
            "support: [Trung tâm Thông tin, Cục Báo chí]",
            "support: [Cục Báo chí,  trung tâm thông tin]",
        ),
    )
    assert not diff.has_changes, kinds(diff)


def test_unit_replaced_by_its_successor(work: Workdir) -> None:
    diff = work.diff(("lead: [Cục Tin học hóa]", "lead: [Cục Chuyển đổi số quốc gia]"))
    change = only(diff, K.UNITS)
    detail = change.detail
    assert isinstance(detail, UnitsDetail)
    assert detail.role == "lead"
    assert detail.removed == ("Cục Tin học hóa",)
    assert detail.added == ("Cục Chuyển đổi số quốc gia",)
    assert detail.successor is True
    assert change.ref.id == "cong-dich-vu-cong"


def test_cooperating_unit_replaced(work: Workdir) -> None:
    diff = work.diff(("support: [Trung tâm Thông tin, Cục Báo chí]", "support: [Trung tâm TT]"))
    detail = only(diff, K.UNITS).detail
    assert isinstance(detail, UnitsDetail)
    assert (detail.role, detail.removed, detail.added) == ("support", ("Cục Báo chí",), ())
    assert detail.successor is False


def test_deadline_moved_within_the_year(work: Workdir) -> None:
    diff = work.diff(("deadline: Quý II/2024", "deadline: Quý III/2024"))
    change = only(diff, K.DEADLINE)
    detail = change.detail
    assert isinstance(detail, DeadlineDetail)
    assert (detail.old_text, detail.new_text) == ("Quý II/2024", "Quý III/2024")
    assert detail.shift == Shift("month", 3)
    assert describe(detail, "en") == "moved 3 months later"
    assert describe(detail, "vi") == "muộn hơn 3 tháng"


def test_deadline_spelling_alone_is_no_change(work: Workdir) -> None:
    diff = work.diff(
        ("deadline: Quý II/2024", "deadline: quý 2/2024"),
        ("deadline: Trước ngày 15/3/2024", "deadline: Trước ngày 15/03/2024"),
        ("deadline: Tháng 6/2024", "deadline: 6/2024"),
    )
    assert not diff.has_changes, kinds(diff)


def test_deadline_kind_changed_keeps_due_date(work: Workdir) -> None:
    diff = work.diff(("deadline: Quý II/2024", "deadline: Trước ngày 30/6/2024"))
    detail = only(diff, K.DEADLINE).detail
    assert isinstance(detail, DeadlineDetail)
    assert detail.shift is None
    assert describe(detail, "en") == "same due date"
    assert describe(detail, "vi") == "cùng hạn cuối"


def test_deadline_kind_changed_due_date_moved(work: Workdir) -> None:
    diff = work.diff(("deadline: Quý II/2024", "deadline: Tháng 5/2024"))
    detail = only(diff, K.DEADLINE).detail
    assert isinstance(detail, DeadlineDetail)
    assert describe(detail, "en") == "due date moved 1 month earlier"
    assert describe(detail, "vi") == "hạn cuối sớm hơn 1 tháng"


def test_deadline_going_on_afterwards_is_a_change(work: Workdir) -> None:
    # Same due date, but the work no longer ends there: the diff must not stay silent.
    diff = work.diff(("deadline: Tháng 6/2024", 'deadline: "Tháng 6/2024 và thường xuyên"'))
    detail = only(diff, K.DEADLINE).detail
    assert isinstance(detail, DeadlineDetail)
    assert detail.new_text == "Tháng 6/2024 và thường xuyên"
    assert describe(detail, "en") == "same due date"


def test_ongoing_deadline_given_a_date(work: Workdir) -> None:
    diff = work.diff(("deadline: Thường xuyên", "deadline: Trước ngày 29/3/2024"))
    detail = only(diff, K.DEADLINE).detail
    assert isinstance(detail, DeadlineDetail)
    assert describe(detail, "en") == "now has a due date"
    assert describe(detail, "vi") == "nay có hạn cụ thể"


@pytest.mark.parametrize(
    ("old", "new", "en", "vi"),
    [
        ("Quý III/2023", "Quý III/2024", "a year later, same quarter", "muộn hơn 1 năm, cùng quý"),
        ("Tháng 6/2024", "Tháng 3/2024", "moved 3 months earlier", "sớm hơn 3 tháng"),
        ("Tháng 6/2023", "Tháng 6/2025", "2 years later, same month", "muộn hơn 2 năm, cùng tháng"),
        (
            "Trước ngày 15/12/2023",
            "Trước ngày 15/12/2024",
            "a year later, same day",
            "muộn hơn 1 năm, cùng ngày",
        ),
        (
            "Trước ngày 29/2/2024",
            "Trước ngày 28/2/2025",
            "a year later, same day",
            "muộn hơn 1 năm, cùng ngày",
        ),
        (
            "Trước ngày 15/3/2024",
            "Trước ngày 15/1/2024",
            "moved 2 months earlier",
            "sớm hơn 2 tháng",
        ),
        ("Trước ngày 15/3/2024", "Trước ngày 10/3/2024", "moved 5 days earlier", "sớm hơn 5 ngày"),
        (
            "6 tháng đầu năm 2023",
            "6 tháng đầu năm 2024",
            "a year later, same half of the year",
            "muộn hơn 1 năm, cùng nửa năm",
        ),
        ("Năm 2023", "Năm 2024", "a year later", "muộn hơn 1 năm"),
        (
            "2023 - 2025",
            "2024 - 2026",
            "a year later, same span",
            "muộn hơn 1 năm, cùng khoảng thời gian",
        ),
        ("Quý IV/2024", "Quý I/2025", "moved 3 months later", "muộn hơn 3 tháng"),
    ],
)
def test_deadline_shift_in_words(old: str, new: str, en: str, vi: str) -> None:
    a, b = parse_deadline(old), parse_deadline(new)
    shift = shift_between(a, b)
    assert shift is not None
    detail = DeadlineDetail(old, new, a, b, shift)
    assert describe(detail, "en") == en
    assert describe(detail, "vi") == vi


def test_deadline_without_year_moves_with_the_plan(work: Workdir) -> None:
    # "6 tháng đầu năm" means the first half of the plan's year: moving the plan moves it,
    # and the same words in both plans are no change.
    diff = work.diff(("period: 2024", "period: 2025"))
    assert not diff.of_kind(K.DEADLINE), kinds(diff)


def test_legal_basis_added(work: Workdir) -> None:
    added = "  - Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;\n"
    anchor = "về kiểm soát thủ tục hành chính;\n"
    diff = work.diff((anchor, anchor + added))
    assert len(diff.header) == 1
    change = diff.header[0]
    assert (change.field, change.change, change.old) == ("legal_bases", "added", None)
    assert change.new == added.strip()[2:]
    assert not diff.tasks


def test_legal_basis_reworded_is_a_change(work: Workdir) -> None:
    diff = work.diff(("của Chính phủ về kiểm soát", "của Chính phủ quy định về kiểm soát"))
    (change,) = diff.header
    assert (change.field, change.change) == ("legal_bases", "changed")
    assert [o for o in change.words if o.op == "insert"] == [WordOp("insert", "quy định ")]


def test_header_fields(work: Workdir) -> None:
    diff = work.diff(
        ("number: 136", "number: 140"),
        ("date: 2024-01-16", "date: 2024-01-18"),
        ("signer: thu-truong", "signer: bo-truong"),
    )
    found = {c.field: (c.change, c.old, c.new) for c in diff.header}
    assert found == {
        "number": ("changed", "136", "140"),
        "date": ("changed", "16/01/2024", "18/01/2024"),
        "signer": ("changed", "KT. Thứ trưởng Bùi Hoàng Phương", "Bộ trưởng Nguyễn Mạnh Hùng"),
    }


def test_prose_changes_are_reported(work: Workdir) -> None:
    diff = work.diff(("Bảo đảm thông tin kịp thời, chính xác.", "Bảo đảm thông tin kịp thời."))
    (change,) = diff.text
    assert change.where == "MỤC ĐÍCH, YÊU CẦU"
    assert change.change == "changed"


def test_word_diff_and_compact() -> None:
    ops = word_diff("Kế hoạch năm 2023 trên địa bàn", "Kế hoạch năm 2024 trên địa  bàn tỉnh")
    assert ops == (
        WordOp("equal", "Kế hoạch năm "),
        WordOp("delete", "2023"),
        WordOp("insert", "2024"),
        WordOp("equal", " trên địa bàn"),
        WordOp("insert", " tỉnh"),
    )
    long = " ".join(f"w{i}" for i in range(40))
    cut = compact(word_diff(long + " a", long + " b"), context=3)
    assert cut[0] == WordOp("equal", "… w37 w38 w39 ")
