"""K004 completed-after-as-of: a completion date in the file's future."""

from k_support import status_findings


def test_completion_after_as_of(tmp_path):
    body = (
        "as_of: 2024-06-20\ntasks:\n  huong-dan-vneid-dvc:\n    status: đã hoàn thành\n"
        "    completed: 2024-06-25\n    product: Kế hoạch số 35/KH-CAT\n"
    )
    found = status_findings(tmp_path, body)
    assert (5, "K004", "ngày hoàn thành 25/06/2024 sau ngày số liệu 20/06/2024") in found
