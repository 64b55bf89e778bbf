"""K005 overdue-without-status: a task due before as_of with nothing recorded."""

from k_support import status_findings


def test_overdue_task_without_status(tmp_path):
    found = status_findings(tmp_path, "as_of: 2024-06-20\ntasks: {}\n")
    codes = [(code, msg) for _line, code, msg in found if code == "K005"]
    assert codes == [
        (
            "K005",
            "nhiệm vụ “niem-yet-cong-khai-tthc” (III.03) đã quá hạn 29/03/2024 mà chưa có báo cáo tình hình",
        )
    ]


def test_not_before_its_deadline(tmp_path):
    found = status_findings(tmp_path, "as_of: 2024-03-20\ntasks: {}\n")
    assert [f for f in found if f[1] == "K005"] == []
