"""Fixtures for tests/diff (helpers live in diff_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from diff_support import Workdir


@pytest.fixture
def work(tmp_path: Path) -> Workdir:
    return Workdir(tmp_path)
