"""The NGHỊ QUYẾT → CHƯƠNG TRÌNH path end to end: validate, build, diff, fmt, schema,
new --from and textconv all take a resolution (tests/fixtures/kinds/chinh-phu), and the
reference checks read its bullet căn cứ, its proposal and its further preamble lines."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft7Validator, Draft202012Validator

from planctl import schema
from planctl.fmt import key_order
from planctl.model.kinds import KINDS
from planctl.model.plan import Resolution

REPO = Path(__file__).resolve().parents[2]
KINDS_DIR = REPO / "tests" / "fixtures" / "kinds"
NAME = "2025-nq-03-chuong-trinh-hanh-dong.yaml"
Run = Callable[..., Any]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "plans" / "chinh-phu"
    shutil.copytree(KINDS_DIR / "chinh-phu", target)
    return target


def _locate(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return text.count("\n", 0, start) + 1, start - (text.rfind("\n", 0, start) + 1) + 1


def test_the_fixture_validates_clean(folder: Path, run_cli: Run) -> None:
    result = run_cli(["validate", NAME, "--strict"], cwd=folder)
    assert result.exit_code == 0, result.output
    assert result.findings == [], result.stdout


@pytest.mark.parametrize(
    ("old", "new", "cited"),
    [
        # a căn cứ written as a "- " bullet
        (
            "  - Luật Tổ chức Chính phủ số 76/2015/QH13 ngày 19/6/2015\n",
            '  - "- Nghị định số 39/2022/NĐ-CP ngày 18/6/2025 của Chính phủ"\n',
            "Nghị định số 39/2022/NĐ-CP",
        ),
        # căn cứ under `bullets:`
        (
            "  - Luật Tổ chức Chính phủ số 76/2015/QH13 ngày 19/6/2015\n",
            "  bullets:\n    - Nghị định số 39/2022/NĐ-CP ngày 18/6/2025 của Chính phủ\n",
            "Nghị định số 39/2022/NĐ-CP",
        ),
        # the proposal, "Theo đề nghị của … tại Tờ trình số …"
        (
            "Tờ trình số 05/TTr-BKHCN ngày 06/01/2025",
            "Tờ trình số 05/TTr-BKHCN ngày 16/01/2025",
            "Tờ trình số 05/TTr-BKHCN",
        ),
        # a further preamble line
        (
            "  - Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ\n",
            "  - Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ tại Thông báo số "
            "12/TB-VPCP ngày 20/01/2025\n",
            "Thông báo số 12/TB-VPCP",
        ),
    ],
    ids=["bullet-basis", "bullets-key", "proposal", "recital"],
)
def test_reference_checks_read_every_preamble_line(
    folder: Path, run_cli: Run, old: str, new: str, cited: str
) -> None:
    path = folder / NAME
    text = path.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new)
    if "bullets:" in new:
        # The other basis goes under `bullets:` too.
        text = text.replace("\n  - Nghị quyết số 57-NQ/TW", "\n    - Nghị quyết số 57-NQ/TW", 1)
    path.write_text(text, encoding="utf-8")
    result = run_cli(["validate", NAME, "--lang", "en"], cwd=folder)
    assert result.exit_code == 1, result.output
    (finding,) = [f for f in result.findings if f.code == "R001"]
    assert (finding.line, finding.col) == _locate(text, cited), result.stdout
    assert cited in finding.message
    assert "later than the plan's date (09/01/2025)" in finding.message


def test_build_writes_the_resolution(folder: Path, run_cli: Run) -> None:
    out = folder.parent.parent / "out"
    result = run_cli(["build", str(folder), "-o", str(out), "--xlsx", "--csv"])
    assert result.exit_code == 0, result.output
    stem = NAME.removesuffix(".yaml")
    # Outputs keep the organisation's folder (README, "Where outputs go").
    out = out / folder.name
    for suffix in (".docx", ".xlsx", ".csv"):
        assert (out / f"{stem}{suffix}").is_file()
    text = run_cli(["textconv", str(out / f"{stem}.docx")]).stdout
    for line in ("NGHỊ QUYẾT", "QUYẾT NGHỊ:", "CHƯƠNG TRÌNH", "Số: 03/NQ-CP"):
        assert line in text.splitlines() or f"| {line}" in text, line
    assert "TM. CHÍNH PHỦ / KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Nguyễn Văn Hòa" in text


def test_textconv_of_the_yaml_names_both_documents(folder: Path, run_cli: Run) -> None:
    lines = run_cli(["textconv", str(folder / NAME)]).stdout.splitlines()
    assert lines[0] == "NGHỊ QUYẾT"
    assert "CHƯƠNG TRÌNH" in lines
    assert "Người ký: pho-thu-tuong" in lines
    assert "Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ" in lines


def test_diff_reports_changes_in_each_part(folder: Path, run_cli: Run) -> None:
    old = folder / NAME
    new = folder / "2025-nq-03-moi.yaml"
    new.write_text(
        old.read_text(encoding="utf-8")
        .replace("Thành viên Chính phủ\n", "Thành viên Chính phủ ngày 08/01/2025\n")
        .replace("  title: Hành động của Chính phủ", "  title: Hành động của toàn Chính phủ")
        .replace("deadline: Quý II/2025", "deadline: Quý III/2025"),
        encoding="utf-8",
    )
    result = run_cli(["diff", str(old), str(new), "--lang", "en", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    documented = json.loads((REPO / "docs" / "diff-json.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(documented).validate(data)
    (report,) = data["files"]
    fields = {h["field"] for h in report["header"]}
    assert {"recitals", "programme.title"} <= fields, fields
    assert [t["kind"] for t in report["tasks"]] == ["deadline"]
    text = run_cli(["diff", str(old), str(new), "--lang", "en", "--no-color"]).stdout
    assert "Programme title" in text and "Other preamble lines" in text


def test_fmt_keeps_the_fixture_and_puts_the_programme_last(folder: Path, run_cli: Run) -> None:
    result = run_cli(["fmt", "--check", str(folder)])
    assert result.exit_code == 0, result.output
    order = key_order(Resolution)
    assert order[-3:] == ["recipients", "signer", "programme"]
    assert order.index("proposed_by") < order.index("recitals") < order.index("articles")


def test_new_from_carries_the_resolution(folder: Path, run_cli: Run) -> None:
    # A 2025–2030 programme keeps its horizon, so the new file is named (-o).
    made = folder / "2026-nq-chuong-trinh-hanh-dong.yaml"
    result = run_cli(
        ["new", "--from", str(folder / NAME), "--year", "2026", "-o", str(made), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(made.read_text(encoding="utf-8"))
    assert (
        data["programme"]["period"]
        == yaml.safe_load((folder / NAME).read_text(encoding="utf-8"))["programme"]["period"]
    )
    assert data["kind"] == "resolution" and data["number"] is None
    assert data["recitals"] == ["Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ"]
    assert "programme" in data
    check = run_cli(["validate", made.name], cwd=folder)
    assert "Traceback" not in check.output
    assert check.exit_code in (0, 1)


class _EditorLoader(yaml.SafeLoader):
    """YAML as the YAML language server reads it (YAML 1.2): a date stays a string."""


_EditorLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _editor(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_EditorLoader)


def test_schema_accepts_the_resolution_and_its_registry(folder: Path, run_cli: Run) -> None:
    plan = _editor(folder / NAME)
    generic = Draft7Validator(schema.plan_schema())
    assert [e.message for e in generic.iter_errors(plan)] == []
    result = run_cli(["schema", "--registry", str(folder / "org.yaml")])
    assert result.exit_code == 0, result.output
    with_registry = Draft7Validator(json.loads(result.stdout))
    assert [e.message for e in with_registry.iter_errors(plan)] == []
    org = _editor(folder / "org.yaml")
    registry = Draft7Validator(schema.registry_schema())
    assert [e.message for e in registry.iter_errors(org)] == []
    bad = dict(org, signers=[dict(org["signers"][0], authority=["TM Chính phủ"])])
    assert list(registry.iter_errors(bad))
    both = dict(org, signers=[dict(org["signers"][0], on_behalf_of="Thủ tướng")])
    assert list(registry.iter_errors(both))


def test_schema_rejects_a_resolution_without_its_programme() -> None:
    generic = Draft7Validator(schema.plan_schema())
    resolution = {"kind": "resolution", "title": "T", "signer": "x", "articles": ["Điều 1"]}
    assert list(generic.iter_errors(resolution))
    assert list(generic.iter_errors(dict(resolution, programme={"title": "C"}))) == []


def test_schema_describes_every_kind() -> None:
    generated = schema.plan_schema()
    kinds = set()
    for definition in generated["definitions"].values():
        kind = definition.get("properties", {}).get("kind", {})
        kinds |= {*kind.get("enum", []), kind.get("const")} - {None}
    assert {"plan", "decision", "programme", "resolution"} <= kinds, kinds
    assert set(KINDS) <= kinds, kinds
    assert all(k.heading in generated["description"] for k in KINDS.values())


@pytest.mark.parametrize(
    ("authority", "fragments"),
    [
        ("[TM Chính phủ, KT. Thủ tướng]", ("“TM Chính phủ”",)),
        ("[TM. Chính phủ, KT.]", ("“KT.”",)),
        ("[XX. Chính phủ]", ("“XX. Chính phủ”",)),
        ("Phó Thủ tướng", ("“Phó Thủ tướng”",)),
    ],
)
def test_a_bad_authority_line_is_a_finding(
    folder: Path, run_cli: Run, authority: str, fragments: tuple[str, ...]
) -> None:
    org = folder / "org.yaml"
    text = org.read_text(encoding="utf-8").replace(
        "    authority:\n      - TM. Chính phủ\n      - KT. Thủ tướng\n",
        f"    authority: {authority}\n",
    )
    org.write_text(text, encoding="utf-8")
    for lang in ("vi", "en"):
        result = run_cli(["validate", NAME, "--lang", lang], cwd=folder)
        assert "Traceback" not in result.output
        assert result.exit_code == 1, result.output
        (finding,) = [f for f in result.findings if f.code == "S003"]
        assert finding.file.endswith("org.yaml")
        line, col = _locate(text, f"authority: {authority}")
        assert (finding.line, finding.col) == (line, col + len("authority: ")), result.stdout
        for fragment in fragments:
            assert fragment in finding.message, finding.message
        assert "TM., KT., Q., TL." in finding.hint and "TUQ." in finding.hint


def test_on_behalf_of_beside_authority_lines_is_a_finding(folder: Path, run_cli: Run) -> None:
    org = folder / "org.yaml"
    text = org.read_text(encoding="utf-8").replace(
        "      - KT. Thủ tướng\n", "      - KT. Thủ tướng\n    on_behalf_of: Thủ tướng\n"
    )
    org.write_text(text, encoding="utf-8")
    result = run_cli(["validate", NAME, "--lang", "en"], cwd=folder)
    assert result.exit_code == 1, result.output
    (finding,) = [f for f in result.findings if f.code == "S003"]
    assert "on_behalf_of" in finding.message
