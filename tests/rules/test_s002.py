"""S002 missing-key: a required key is missing; reported on the mapping that lacks it."""


def test_missing_signer_points_at_the_plan(plans):
    text = plans.edit(("signer: thu-truong\n", ""))
    plans.expect(
        text,
        "S002",
        at=plans.locate(text, "kind: plan"),  # the top-level mapping starts here
        severity="error",
        vi=["thiếu khóa bắt buộc `signer`"],
        en=["required key `signer` is missing"],
    )


def test_missing_content_points_at_the_subtask(plans):
    text = plans.edit(("        content: Rà soát đợt 1\n", ""))
    vi, en = plans.expect(
        text,
        "S002",
        at=plans.locate(text, "id: ra-soat-dot-1"),
        severity="error",
        vi=["thiếu khóa bắt buộc `content`"],
        en=["required key `content` is missing"],
    )
    assert vi.hint == "thêm `content:` vào đây"
    assert en.hint == "add `content:` here"


def test_missing_content_in_a_grouped_task(plans):
    text = plans.edit(("        content: Nâng cấp Cổng dịch vụ công của Bộ\n", ""))
    plans.expect(
        text,
        "S002",
        at=plans.locate(text, "id: cong-dich-vu-cong"),
        severity="error",
        vi=["`content`"],
        en=["`content`"],
    )


def test_two_keys_missing_from_one_mapping_are_two_findings(plans):
    # Both findings sit on the same position; neither may swallow the other.
    text = plans.edit(("signer: thu-truong\n", ""), ("title: Kế hoạch", "titl: Kế hoạch"))
    result = plans.validate(text, lang="en")
    missing = [f for f in result.findings if f.code == "S002"]
    root = plans.locate(text, "kind: plan")
    assert [(f.line, f.col) for f in missing] == [root, root]
    assert sorted(f.message for f in missing) == [
        "required key `signer` is missing",
        "required key `title` is missing",
    ]
