"""Where `planctl build` puts each plan's outputs: the organisation folders are mirrored, the
same way whatever mix of folders and files names the plans, and two plans never write the
same file — a collision is an error before anything is written (issue #11, item 1).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from planctl.build.manifest import MANIFEST_NAME

from .conftest import DATA

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "plans"
SAME_NAME = "2024-kh-truyen-thong-kiem-soat-tthc"


def _two_organisations(root: Path) -> Path:
    """plans/a and plans/b, each an organisation with a plan called plan-zero.yaml (their
    titles differ), and plans/b/2024/plan-groups.yaml one level down."""
    plans = root / "plans"
    for org, title in (("a", "Kế hoạch của A"), ("b", "Kế hoạch của B")):
        folder = plans / org
        folder.mkdir(parents=True)
        shutil.copy(DATA / "org.yaml", folder / "org.yaml")
        text = (DATA / "plan-zero.yaml").read_text(encoding="utf-8")
        (folder / "plan-zero.yaml").write_text(
            text.replace("Kế hoạch kiểm soát thủ tục hành chính năm 2024", title),
            encoding="utf-8",
        )
    (plans / "b" / "2024").mkdir()
    shutil.copy(DATA / "plan-groups.yaml", plans / "b" / "2024" / "plan-groups.yaml")
    return plans


def _built(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*.docx"))


def _text(docx: Path) -> str:
    return "\n".join(p.text for p in Document(str(docx)).paragraphs)


EXPECTED = ["a/plan-zero.docx", "b/2024/plan-groups.docx", "b/plan-zero.docx"]


ONLY_B = ["b/2024/plan-groups.docx", "b/plan-zero.docx"]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["plans"], EXPECTED),
        (["./plans/"], EXPECTED),
        (["plans/a", "plans/b"], EXPECTED),
        (["plans/b", "plans/a"], EXPECTED),
        (["plans/a/plan-zero.yaml", "plans/b"], EXPECTED),
        (["plans/a/plan-zero.yaml", "plans/b/plan-zero.yaml", "plans/b/2024"], EXPECTED),
        (["plans/a/../b"], ONLY_B),
        (["plans/b/plan-zero.yaml", "plans/b/2024/plan-groups.yaml"], ONLY_B),
        (["plans/b/2024", "plans/b/plan-zero.yaml"], ONLY_B),
    ],
    ids=[
        "tree",
        "dot-slash",
        "two-folders",
        "reversed",
        "file-and-folder",
        "files",
        "one-folder",
        "its-files",
        "subfolder-and-file",
    ],
)
def test_organisations_keep_their_folders_however_the_plans_are_named(
    tmp_path: Path, run_cli: Callable[..., Any], names: list[str], expected: list[str]
) -> None:
    _two_organisations(tmp_path)
    result = run_cli(["build", *names, "-o", "out", "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert _built(out) == expected
    assert f"{len(expected)} built" in result.stdout
    # Each organisation's document is its own: nothing was overwritten by the other's.
    assert "Kế hoạch của B".upper() in _text(out / "b" / "plan-zero.docx").upper()
    if "a/plan-zero.docx" in expected:
        assert "Kế hoạch của A".upper() in _text(out / "a" / "plan-zero.docx").upper()


def test_one_organisation_alone_lands_where_the_whole_tree_puts_it(
    tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    _two_organisations(tmp_path)
    assert run_cli(["build", "plans/b", "-o", "out", "-q"], cwd=tmp_path).exit_code == 0
    assert _built(tmp_path / "out") == ["b/2024/plan-groups.docx", "b/plan-zero.docx"]
    # Building the whole tree into the same folder afterwards finds them current.
    result = run_cli(["build", "plans", "-o", "out", "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert "1 built, 2 unchanged" in result.stdout
    assert _built(tmp_path / "out") == EXPECTED


def test_the_two_sample_organisations_with_the_same_file_name(
    tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    """The issue's reproduction: quang-ngai and brvt-so-ngoai-vu both have
    2024-kh-truyen-thong-kiem-soat-tthc.yaml; three plans give three documents."""
    plans = tmp_path / "plans"
    for org in ("quang-ngai", "brvt-so-ngoai-vu"):
        shutil.copytree(SAMPLES / org, plans / org)
    result = run_cli(
        ["build", "plans/quang-ngai", "plans/brvt-so-ngoai-vu", "-o", "out", "--lang", "en"],
        cwd=tmp_path,
    )
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert _built(out) == [
        f"brvt-so-ngoai-vu/{SAME_NAME}.docx",
        "quang-ngai/2023-kh-25-truyen-thong-kiem-soat-tthc.docx",
        f"quang-ngai/{SAME_NAME}.docx",
    ]
    assert "SỞ NGOẠI VỤ" in _text(out / "brvt-so-ngoai-vu" / f"{SAME_NAME}.docx").upper()
    assert "QUẢNG NGÃI" in _text(out / "quang-ngai" / f"{SAME_NAME}.docx").upper()
    assert "3 built" in result.stdout


@pytest.mark.parametrize("second", ["plan-zero.yml", "Plan-Zero.yaml"])
def test_two_plans_writing_one_file_is_an_error_before_anything_is_written(
    tmp_path: Path, run_cli: Callable[..., Any], second: str
) -> None:
    plans = _two_organisations(tmp_path)
    shutil.copy(plans / "a" / "plan-zero.yaml", plans / "a" / second)
    for lang, words in (("en", "would write the same file"), ("vi", "cùng ghi vào một tệp")):
        result = run_cli(["build", "plans", "-o", "out", "--lang", lang], cwd=tmp_path)
        assert result.exit_code == 2, result.output
        assert "Traceback" not in result.output
        assert words in result.stderr
        assert "plans/a/plan-zero.yaml" in result.stderr
        assert f"plans/a/{second}" in result.stderr
        assert "out/a/" in result.stderr
        # Nothing at all is written: not the colliding plans, not the others, no manifest.
        assert not (tmp_path / "out").exists()


def test_a_collision_leaves_an_earlier_build_as_it_was(
    tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    plans = _two_organisations(tmp_path)
    assert run_cli(["build", "plans", "-o", "out", "-q"], cwd=tmp_path).exit_code == 0
    out = tmp_path / "out"
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    shutil.copy(plans / "b" / "plan-zero.yaml", plans / "b" / "plan-zero.yml")
    (plans / "a" / "plan-zero.yaml").write_text(
        (plans / "a" / "plan-zero.yaml").read_text(encoding="utf-8").replace("của A", "của A2"),
        encoding="utf-8",
    )
    result = run_cli(["build", "plans", "-o", "out", "--lang", "en"], cwd=tmp_path)
    assert result.exit_code == 2
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert MANIFEST_NAME in {p.name for p in before}
