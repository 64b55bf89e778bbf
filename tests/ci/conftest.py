"""Fixtures for the CI and editor tests (helpers live in ci_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ci_support import write_known


@pytest.fixture
def known(tmp_path: Path) -> Path:
    """A work folder holding `kế-hoạch/plan.yaml` (with KNOWN_FINDINGS) and its org.yaml."""
    return write_known(tmp_path)
