"""S107 too-deep: nesting beyond any plan's needs, found without exhausting the stack."""

from planctl.load import MAX_DEPTH


def test_nesting_past_the_limit_points_at_the_bracket_that_crosses_it(plans):
    depth = MAX_DEPTH + 6
    text = "kind: plan\ntitle: " + "[" * depth + "]" * depth + "\nsigner: thu-truong\n"
    # `title` is one level, so the (MAX_DEPTH + 1)-th bracket is the first one too deep.
    col = len("title: ") + MAX_DEPTH + 1
    plans.expect(
        text,
        "S107",
        at=(2, col),
        severity="error",
        vi=[f"cấu trúc lồng nhau quá sâu (quá {MAX_DEPTH} cấp)"],
        en=[f"nested too deeply (more than {MAX_DEPTH} levels)"],
    )


def test_nesting_that_would_overflow_the_parser_stack(plans):
    text = "title: " + "[" * 20_000 + "]" * 20_000 + "\n"
    plans.expect(
        text,
        "S107",
        at=1,
        severity="error",
        vi=["cấu trúc lồng nhau quá sâu"],
        en=["nested too deeply"],
    )


def test_nesting_within_the_limit_is_not_reported(plans):
    text = plans.valid + "series: " + "[" * 10 + "]" * 10 + "\n"
    result = plans.validate(text)
    assert "S107" not in result.codes
