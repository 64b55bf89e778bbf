"""K002 completed-without-evidence: completed with no date or no product."""

from k_support import status_findings


def test_completed_without_date_and_product(tmp_path):
    body = "as_of: 2024-06-20\ntasks:\n  tap-huan-mot-cua:\n    status: đã hoàn thành\n"
    found = status_findings(tmp_path, body)
    assert (
        4,
        "K002",
        "nhiệm vụ “tap-huan-mot-cua” đã hoàn thành nhưng thiếu ngày hoàn thành và sản phẩm",
    ) in found


def test_english(tmp_path):
    body = "as_of: 2024-06-20\ntasks:\n  tap-huan-mot-cua:\n    status: done\n    completed: 2024-05-01\n"
    found = status_findings(tmp_path, body, "en")
    assert (4, "K002", "task “tap-huan-mot-cua” is completed but has no product") in found
