"""K009 unreadable-sheet-cell: declared for `planctl status import` (not built yet)."""

from planctl.checks.rule import rule


def test_declared_with_a_cell_reference():
    k009 = rule("K009")
    args = {"cell": "Nhiệm vụ!H12", "value": "xong", "problem_vi": "không có trong danh sách"}
    assert (
        k009.render_message("vi", args)
        == "không đọc được ô Nhiệm vụ!H12: “xong” (không có trong danh sách)"
    )
