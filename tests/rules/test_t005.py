"""T005 document-number: the document number is a positive integer."""

import pytest


@pytest.mark.parametrize("number", ["0", "-5"])
def test_number_not_positive(plans, number):
    text = plans.edit(("number: 136", f"number: {number}"))
    plans.expect(
        text,
        "T005",
        at=plans.locate(text, number, after="number: "),
        severity="error",
        vi=[f"số văn bản không hợp lệ: “{number}”"],
        en=[f"invalid document number: “{number}”"],
    )


def test_number_written_as_quoted_digits_is_fine(plans):
    text = plans.edit(("number: 136", 'number: "136"'))
    assert plans.validate(text).findings == []
