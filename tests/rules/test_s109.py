"""S109 unsafe-tag: tags are refused, and never executed."""

from pathlib import Path


def test_python_tag_is_refused_and_not_run(plans, tmp_path):
    marker = tmp_path / "pwned"
    text = plans.edit(("kind: plan", f'kind: !!python/object/apply:os.system ["touch {marker}"]'))
    plans.expect(
        text,
        "S109",
        at=plans.locate(text, "!!python"),
        severity="error",
        vi=["thẻ YAML `!!python/object/apply:os.system` không được phép"],
        en=["YAML tag `!!python/object/apply:os.system` is not allowed"],
    )
    assert not Path(marker).exists()


def test_custom_local_tag(plans):
    text = plans.edit(("deadline: Quý II/2024", "deadline: !han Quý II/2024"))
    plans.expect(
        text,
        "S109",
        at=plans.locate(text, "!han"),
        severity="error",
        vi=["thẻ YAML `!han`"],
        en=["YAML tag `!han`"],
    )


def test_merge_key_is_refused(plans):
    text = plans.edit(
        ("    lead: [Vụ Pháp chế]\n    support", "    lead: &phap-che [Vụ Pháp chế]\n    support"),
        ("  - id: kiem-tra\n", "  - id: kiem-tra\n    <<: {lead: *phap-che}\n"),
    )
    plans.expect(
        text,
        "S109",
        at=plans.locate(text, "<<"),
        severity="error",
        vi=["thẻ YAML `<<`"],
        en=["YAML tag `<<` is not allowed"],
    )


def test_tag_on_a_mapping(plans):
    text = plans.edit(("  - id: kiem-tra\n", "  - !!omap\n    id: kiem-tra\n"))
    plans.expect(
        text,
        "S109",
        at=plans.locate(text, "!!omap"),
        severity="error",
        vi=["`!!omap`"],
        en=["`!!omap`"],
    )
