"""K001 status-unknown-task: a status entry for an id the plan does not have."""

from k_support import status_findings


def test_misspelt_id_is_reported_with_the_closest(tmp_path):
    body = "as_of: 2024-06-20\ntasks:\n  niem-yet-tthc:\n    status: đang thực hiện\n"
    found = status_findings(tmp_path, body)
    assert (3, "K001", "kế hoạch không có nhiệm vụ mã “niem-yet-tthc”") in found
