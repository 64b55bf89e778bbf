"""K007 plan-changed-since-status: the plan's tasks changed after the file was made."""

from k_support import status_findings


def test_stale_fingerprint(tmp_path):
    body = "as_of: 2024-03-01\nplan_fingerprint: 0000000000000000\ntasks: {}\n"
    found = status_findings(tmp_path, body)
    assert [(line, code) for line, code, _ in found] == [(2, "K007")]
    assert found[0][2].startswith(
        "kế hoạch đã thay đổi nhiệm vụ kể từ khi lập tệp này (0000000000000000 → "
    )
