"""S111 duplicate-key: the second key is an error naming the line of the first."""


def test_duplicate_top_level_key(plans):
    text = plans.valid + "number: 137\n"
    first, _ = plans.locate(text, "number: 136")
    plans.expect(
        text,
        "S111",
        at=plans.locate(text, "number: 137"),
        severity="error",
        vi=[f"khóa `number` bị lặp (đã có ở dòng {first})"],
        en=[f"duplicate key `number` (first at line {first})"],
    )


def test_duplicate_key_in_a_task(plans):
    text = plans.edit(
        ("    deadline: Năm 2024\n", "    deadline: Năm 2024\n    deadline: Quý IV/2024\n")
    )
    first, _ = plans.locate(text, "deadline: Năm 2024")
    plans.expect(
        text,
        "S111",
        at=plans.locate(text, "deadline: Quý IV/2024"),
        severity="error",
        vi=[f"khóa `deadline` bị lặp (đã có ở dòng {first})"],
        en=[f"duplicate key `deadline` (first at line {first})"],
    )
