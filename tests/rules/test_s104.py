"""S104 file-too-large: refuse a file far larger than any plan before reading it."""

from planctl.load import MAX_FILE_BYTES


def test_oversized_file(plans):
    text = plans.valid + "# " + "x" * MAX_FILE_BYTES + "\n"
    size = len(text.encode("utf-8"))
    plans.expect(
        text,
        "S104",
        at=(1, 1),
        severity="error",
        vi=[f"tệp quá lớn ({size} byte)"],
        en=[f"the file is too large ({size} bytes) to be a plan"],
    )
