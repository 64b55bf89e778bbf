"""K006 extension-without-document: an extension that names no văn bản."""

from k_support import status_findings


def test_extension_without_granting_document(tmp_path):
    body = (
        "as_of: 2024-06-20\ntasks:\n  so-hoa-ho-so-mot-cua:\n    status: đang thực hiện\n"
        "    extension:\n      deadline: Trước ngày 31/10/2024\n"
    )
    found = status_findings(tmp_path, body)
    assert (
        6,
        "K006",
        "nhiệm vụ “so-hoa-ho-so-mot-cua” được gia hạn nhưng không có văn bản cho gia hạn",
    ) in found
