"""K003 completed-late: completed after the (extended) deadline."""

from k_support import status_findings

DONE = "    status: đã hoàn thành\n    product: Công văn số 1/VP\n"


def test_late_completion_is_a_warning(tmp_path):
    body = (
        "as_of: 2024-06-20\ntasks:\n  niem-yet-cong-khai-tthc:\n"
        + DONE
        + "    completed: 2024-04-05\n"
    )
    found = status_findings(tmp_path, body)
    assert (
        6,
        "K003",
        "nhiệm vụ “niem-yet-cong-khai-tthc” hoàn thành ngày 05/04/2024, sau thời hạn 29/03/2024",
    ) in found


def test_an_extension_moves_the_deadline(tmp_path):
    body = (
        "as_of: 2024-06-20\ntasks:\n  niem-yet-cong-khai-tthc:\n"
        + DONE
        + "    completed: 2024-04-05\n"
        "    extension:\n      deadline: Trước ngày 30/4/2024\n      granted_by: Công văn số 9/UBND\n"
    )
    assert [f for f in status_findings(tmp_path, body) if f[1] == "K003"] == []
