"""The loader: plain data, the source position of every value, NFC text, safe aliases."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from planctl.findings import Position
from planctl.load import MAX_VALUES, LoadError, load_yaml, load_yaml_text

VALID_PLAN = Path(__file__).parent / "fixtures" / "org" / "valid-plan.yaml"


def locate(text: str, needle: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1


@pytest.fixture(scope="module")
def text() -> str:
    return VALID_PLAN.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def loaded(text):  # type: ignore[no-untyped-def]
    return load_yaml_text(text, "plan.yaml")


def pos(text: str, needle: str, nth: int = 1) -> Position:
    return Position("plan.yaml", *locate(text, needle, nth))


# --- source positions -----------------------------------------------------------------------


def test_top_level_values_and_keys(loaded, text):
    assert loaded.positions.lookup(("number",)) == pos(text, "136")
    assert loaded.positions.lookup(("number",), key=True) == pos(text, "number:")
    assert loaded.positions.lookup(("signer",)) == pos(text, "thu-truong")


def test_nested_values_in_flow_and_block_lists(loaded, text):
    positions = loaded.positions
    grouped = ("tasks", 1, "tasks")
    assert positions.lookup((*grouped, 0, "lead", 0)) == pos(text, "Cục Chuyển đổi số quốc gia")
    assert positions.lookup((*grouped, 1, "support", 1)) == pos(
        text, "Sở Thông tin và Truyền thông"
    )
    assert positions.lookup(("tasks", 0, "support", 1)) == pos(text, "Cục Báo chí")
    subtask = ("tasks", 2, "subtasks", 1)
    assert positions.lookup((*subtask, "deadline")) == pos(text, "6 tháng đầu năm")
    assert positions.lookup((*subtask, "deadline"), key=True) == pos(text, "deadline: 6 tháng")
    # A mapping in a list starts at its first key.
    assert positions.lookup(subtask) == pos(text, "id: ra-soat-dot-2")
    bullets = ("sections", 0, "text", 1, "bullets", 1)
    assert positions.lookup(bullets) == pos(text, "Bảo đảm thông tin")
    event = ("tasks", 3, "deadline", "event")
    assert positions.lookup(event) == pos(text, "Theo kế hoạch kiểm tra")


def test_quoted_value_starts_at_its_quote(loaded, text):
    assert loaded.positions.lookup(("recipients", 3)) == pos(text, '"Lưu: VT, VP."')


def test_missing_path_falls_back_to_the_nearest_parent(loaded, text):
    positions = loaded.positions
    task = ("tasks", 2, "subtasks", 0)
    assert positions.lookup((*task, "budget")) == positions.lookup(task)
    assert positions.lookup((*task, "support", 3)) == positions.lookup(task)
    assert positions.lookup(("tasks", 0, "lead", 5)) == positions.lookup(("tasks", 0, "lead"))
    # A key that is not there falls back to the parent's value, with key=True too.
    assert positions.lookup((*task, "budget"), key=True) == pos(text, "id: ra-soat-dot-1")
    # Nothing known at all: the root mapping.
    assert positions.lookup(("no-such-key", 1, "x")) == positions.lookup(())
    assert positions.lookup(()) == pos(text, "kind: plan")


def test_subtree_lists_every_position_under_a_path(loaded):
    paths = {p for p, _ in loaded.positions.subtree(("tasks", 0))}
    assert ("tasks", 0, "support", 1) in paths
    assert all(p[:2] == ("tasks", 0) for p in paths)


def test_block_scalar_position_and_text():
    text = "kind: plan\ntitle: >-\n  Kế hoạch\n  năm 2024\nsigner: x\n"
    loaded = load_yaml_text(text, "p.yaml")
    assert loaded.data["title"] == "Kế hoạch năm 2024"
    assert loaded.positions.lookup(("title",)) == Position("p.yaml", 2, 8)
    assert loaded.positions.lookup(("signer",)) == Position("p.yaml", 5, 9)


def test_positions_survive_crlf_and_bom(tmp_path, text):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    loaded = load_yaml(path, display="plan.yaml")
    assert loaded.positions.lookup(("signer",)) == pos(text, "thu-truong")
    assert loaded.positions.lookup(("kind",), key=True) == pos(text, "kind: plan")
    assert loaded.data["signer"] == "thu-truong"


# --- text normalisation ---------------------------------------------------------------------


def test_nfd_values_and_keys_become_nfc():
    nfd = unicodedata.normalize("NFD", "lead: [Vụ Pháp chế]\nđơn vị: Văn phòng Bộ\n")
    assert nfd != unicodedata.normalize("NFC", nfd)
    loaded = load_yaml_text(nfd, "p.yaml")
    assert loaded.data == {"lead": ["Vụ Pháp chế"], "đơn vị": "Văn phòng Bộ"}
    assert all(unicodedata.is_normalized("NFC", k) for k in loaded.data)


def test_text_is_kept_exactly(loaded):
    text = "content: 'A & B <b> {{ x }} \"q\" – Đ'\n"
    data = load_yaml_text(text, "p.yaml").data
    assert data["content"] == 'A & B <b> {{ x }} "q" – Đ'
    assert loaded.findings == []


def test_control_characters_are_removed_and_reported():
    text = 'a: x\nb: Rà soát\x0bđợt 2\nc: "một\\fhai"\n'
    loaded = load_yaml_text(text, "p.yaml")
    assert loaded.data == {"a": "x", "b": "Rà soát đợt 2", "c": "một hai"}
    assert [(f.code, f.position.line, f.position.col) for f in loaded.findings] == [
        ("T003", 2, 11),
        ("T003", 3, 8),
    ]
    assert loaded.findings[0].args["char"] == "vertical tab (VT)"
    assert loaded.findings[1].args["char"] == "form feed (FF)"


# --- aliases --------------------------------------------------------------------------------


def test_aliases_within_the_budget_are_expanded():
    text = (
        "common: &units [Văn phòng Bộ, Vụ Pháp chế]\n"
        "tasks:\n"
        "  - support: *units\n"
        "  - support: *units\n"
    )
    loaded = load_yaml_text(text, "p.yaml")
    expected = ["Văn phòng Bộ", "Vụ Pháp chế"]
    assert [t["support"] for t in loaded.data["tasks"]] == [expected, expected]
    # Each use is its own copy: a check that edits one cannot change the other.
    assert loaded.data["tasks"][0]["support"] is not loaded.data["tasks"][1]["support"]
    # The values of an alias are placed at the anchor they come from.
    assert loaded.positions.lookup(("tasks", 1, "support", 1)) == Position("p.yaml", 1, 31)


def test_many_aliases_below_the_budget_load():
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 5)]
    loaded = load_yaml_text("\n".join(lines) + "\n", "p.yaml")
    assert len(loaded.data["a4"]) == 9
    assert sum(1 for _ in loaded.positions.subtree(("a4",))) < MAX_VALUES


def test_alias_bomb_is_stopped():
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    with pytest.raises(LoadError) as caught:
        load_yaml_text("\n".join(lines) + "\n", "p.yaml")
    assert caught.value.finding.code == "S108"


# --- scalars ----------------------------------------------------------------------------------


def test_dates_are_kept_as_dates(loaded):
    assert loaded.data["date"] == dt.date(2024, 1, 16)
    assert type(loaded.data["date"]) is dt.date
    assert loaded.data["number"] == 136


def test_quoted_dates_stay_text_and_timestamps_keep_their_time():
    data = load_yaml_text("a: '2024-01-16'\nb: 2024-01-16 08:30:00\nc: 2024-1-6\n", "p.yaml").data
    assert data["a"] == "2024-01-16"
    assert data["b"] == dt.datetime(2024, 1, 16, 8, 30)
    assert data["c"] == "2024-1-6"  # YAML dates need two-digit months and days


def test_impossible_date_is_kept_as_text():
    loaded = load_yaml_text("date: 2024-13-45\nn: !!int abc\n", "p.yaml")
    assert loaded.data == {"date": "2024-13-45", "n": "abc"}
    assert loaded.positions.lookup(("date",)) == Position("p.yaml", 1, 7)


def test_unsafe_tags_are_refused_without_running_them(tmp_path):
    marker = tmp_path / "pwned"
    text = f'kind: !!python/object/apply:os.system ["touch {marker}"]\n'
    with pytest.raises(LoadError) as caught:
        load_yaml_text(text, "p.yaml")
    assert caught.value.finding.code == "S109"
    assert caught.value.finding.position == Position("p.yaml", 1, 7)
    assert not marker.exists()


def test_scalars_yaml_1_1_would_misread_keep_their_text() -> None:
    # 0155 is octal 109 in YAML 1.1, 1:30 sexagesimal 90, 1_000 a thousand, `on` true: a
    # clerk who typed them meant the text.
    loaded = load_yaml_text(
        "a: 0155\nb: 1:30\nc: 1_000\nd: on\ne: 12\nf: true\ng: '0155'\nh: 2.5\ni: no\nj: -7\n",
        "x.yaml",
    )
    assert loaded.data == {
        "a": "0155",
        "b": "1:30",
        "c": "1_000",
        "d": "on",
        "e": 12,
        "f": True,
        "g": "0155",
        "h": 2.5,
        "i": "no",
        "j": -7,
    }
