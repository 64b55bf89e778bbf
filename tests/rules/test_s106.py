"""S106 empty-file: nothing to check."""

import pytest


@pytest.mark.parametrize("text", ["", "\n\n", "# chỉ có ghi chú\n# comments only\n"])
def test_empty_file(plans, text):
    vi, _ = plans.expect(
        text,
        "S106",
        at=(1, 1),
        severity="error",
        vi=["tệp rỗng"],
        en=["the file is empty: there is no plan in it"],
    )
    assert "`kind`, `title` và `signer`" in vi.hint
