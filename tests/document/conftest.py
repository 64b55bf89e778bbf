"""Shared fixtures for the build tests: the seed plans built once, and a scratch organisation.

The seed plans in plans/ are built in-process through the command's `run`, as
`planctl build plans/ -o OUT --quiet` would, into a folder kept for the whole session.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from planctl.commands.build import BuildArgs, run

REPO = Path(__file__).resolve().parents[2]
PLANS = REPO / "plans"
FIXTURES = REPO / "tests" / "fixtures" / "build" / "org"
SEEDS = Path(__file__).parent / "seeds"

# Seed → (the plan written from it, the seed's text).
SEED_PLANS = {
    "000": ("btttt/2024-qd-2572-truyen-thong-kiem-soat-tthc", "000-btttt-qd-2572.txt"),
    "001": ("btttt/2024-kh-136-tuyen-truyen-cchc", "001-btttt-kh-136.txt"),
    "002": ("brvt-so-ngoai-vu/2024-kh-truyen-thong-kiem-soat-tthc", "002-brvt-so-ngoai-vu.txt"),
    "003": ("quang-ngai/2023-kh-25-truyen-thong-kiem-soat-tthc", "003-quang-ngai-kh-25.txt"),
}


def build(paths: list[Path], out: Path, **options: object) -> tuple[int, str, str]:
    """Run the build command in-process; (exit code, stdout, stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    args = BuildArgs(paths=paths, output=out, **options)  # type: ignore[arg-type]
    code = run(args, stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.fixture(scope="session")
def built_plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """plans/ built once; the output folder."""
    out = tmp_path_factory.mktemp("build")
    code, _, err = build([PLANS], out, quiet=True)
    # Other plans may come and go in plans/; the seed plans must always build.
    for plan, _seed in SEED_PLANS.values():
        assert (out / f"{plan}.docx").is_file(), err
    assert code in (0, 1), err
    return out


@pytest.fixture(scope="session")
def seed_docx(built_plans: Path) -> Callable[[str], Path]:
    def lookup(seed: str) -> Path:
        path = built_plans / f"{SEED_PLANS[seed][0]}.docx"
        assert path.is_file(), path
        return path

    return lookup


@pytest.fixture
def org(tmp_path: Path) -> Path:
    """A scratch copy of the test organisation: org.yaml and its plans."""
    target = tmp_path / "plans" / "org"
    shutil.copytree(FIXTURES, target)
    return target
