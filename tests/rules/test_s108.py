"""S108 alias-expansion: YAML aliases that expand without bound (a "billion laughs")."""

from planctl.load import MAX_VALUES


def _bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_stops_at_the_budget(plans):
    text = _bomb(9)  # 9**9 values if expanded
    vi, _ = plans.expect(
        text,
        "S108",
        # Aliases share their anchor's nodes: the budget runs out inside the anchored list.
        at=plans.locate(text, "a0:")[0],
        severity="error",
        vi=[f"triển khai ra quá {MAX_VALUES} giá trị"],
        en=[f"YAML aliases (&/*) expand to more than {MAX_VALUES} values"],
    )
    assert "bí danh" in vi.hint


def test_aliases_within_the_budget_are_expanded(plans):
    text = _bomb(4)  # 9**4 = 6561 values
    result = plans.validate(text)
    assert "S108" not in result.codes
    # The file loads: what remains is that it is not a plan (keys a0…a3 are unknown).
    unknown = [(f.line, f.message) for f in result.findings if f.code == "S001"]
    assert [line for line, _ in unknown] == [plans.locate(text, f"a{i}:")[0] for i in range(4)]
