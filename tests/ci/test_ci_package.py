"""The installed package has every module and the default templates from the top-level
`templates/` folder: a wheel built from the checkout carries them."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(path.parent.relative_to(ROOT / "src").parts)
        for path in (ROOT / "src" / "planctl").rglob("__init__.py")
    }
    assert on_disk | {"planctl.templates"} == listed


def test_wheel_ships_the_top_level_templates(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = tmp_path.glob("planctl-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"planctl/templates/{p.name}" for p in (ROOT / "templates").iterdir() if p.is_file()}
    assert shipped <= names, sorted(shipped - names)
    assert "planctl/templates/reference.docx" in names and "planctl/facts/__init__.py" in names
