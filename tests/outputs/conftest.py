"""Shared helpers for the output tests: the plans in data/ as views and as files on disk."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from planctl.view import PlanView, build_view
from planctl.workspace import Workspace

DATA = Path(__file__).parent / "data"


def load_view(path: Path) -> PlanView:
    result = Workspace().check_plan(path)
    assert result.ok, result.findings
    assert result.document is not None and result.registry is not None
    return build_view(result.document, result.registry)


@pytest.fixture
def view_of() -> Callable[[str], PlanView]:
    return lambda name: load_view(DATA / name)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of data/ (registry and plans) in a fresh folder."""
    target = tmp_path / "plans"
    shutil.copytree(DATA, target)
    return target
