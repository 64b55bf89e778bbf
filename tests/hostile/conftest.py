"""Hostile files and hostile text (issue #11, items 7–13): a copy of a sample organisation
to break, and helpers to run planctl on it as CI would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PLANS = REPO / "plans"
SAMPLE_ORG = "btttt"
SAMPLE_PLAN = "2024-kh-136-tuyen-truyen-cchc.yaml"
PACKAGE_TEMPLATES = REPO / "templates"


@pytest.fixture
def org(tmp_path: Path) -> Path:
    """plans/btttt copied under tmp_path/plans/btttt: its org.yaml and its two plans."""
    target = tmp_path / "plans" / SAMPLE_ORG
    shutil.copytree(PLANS / SAMPLE_ORG, target)
    return target


def org_template(org: Path, name: str, text: str) -> Path:
    """Write `templates/<name>` for the organisation; the folder is made when needed."""
    folder = org / "templates"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def package_template(name: str) -> str:
    return (PACKAGE_TEMPLATES / name).read_text(encoding="utf-8")


def no_traceback(output: str) -> None:
    assert "Traceback" not in output, output
    assert "RuntimeError" not in output, output
