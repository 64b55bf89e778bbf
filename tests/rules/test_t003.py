"""T003 control-character: characters pasted from Word are reported and removed."""

from planctl.load import load_yaml


def test_vertical_tab_in_a_task(plans):
    text = plans.edit(("content: Rà soát đợt 2", "content: Rà soát\x0bđợt 2"))
    plans.expect(
        text,
        "T003",
        at=plans.locate(text, "\x0b"),
        severity="warning",
        vi=["ký tự điều khiển vertical tab (VT)", "đã bị loại bỏ"],
        en=["control character vertical tab (VT) (usually pasted from Word) was removed"],
    )
    loaded = load_yaml(plans.folder / "plan.yaml")
    content = loaded.data["tasks"][2]["subtasks"][1]["content"]
    assert content == "Rà soát đợt 2"


def test_escaped_form_feed_in_a_quoted_string(plans):
    text = plans.edit(("content: Rà soát đợt 1", 'content: "Rà soát\\fđợt 1"'))
    line, col = plans.locate(text, '"Rà soát')
    plans.expect(
        text,
        "T003",
        at=(line, col + 1 + len("Rà soát")),
        severity="warning",
        vi=["form feed (FF)"],
        en=["control character form feed (FF)"],
    )
