"""The linear .xlsx writer writes the workbook the old one did, part for part, for every sample.

The golden workbooks under golden/xlsx/ were written by the writer as it was before it tracked
its own row index (main at 99e458c). Each part of the zip is compared as XML text, so that a
failure names the part that changed; the whole archive is compared too, since a build's bytes
are what a manifest and a clerk's git history see.

After an intended change of the workbook, write them again and review the diff:

    .venv/bin/python tests/outputs/test_xlsx_same_bytes.py --write
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

import pytest

from planctl.build.context import BuildOptions, RenderContext
from planctl.render.xlsx_writer import render_xlsx
from planctl.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
GOLDEN = HERE / "golden" / "xlsx"
# A fixed clock, so that SOURCE_DATE_EPOCH in the environment changes nothing here.
WHEN = dt.datetime(2024, 1, 16)


def sample_plans() -> list[Path]:
    """The plans of plans/ and of the output tests' data, each a sample a clerk would build."""
    found = [
        p
        for folder in (ROOT / "plans", HERE / "data", HERE / "golden" / "plans")
        for p in sorted(folder.rglob("*.yaml"))
        if p.name != "org.yaml" and "status" not in p.relative_to(folder).parts
    ]
    return found


def golden_name(plan: Path) -> str:
    return plan.relative_to(ROOT).with_suffix(".xlsx").as_posix().replace("/", "__")


def render(plan: Path) -> bytes:
    """The .xlsx `planctl build --xlsx` writes for `plan`, with the fixed clock."""
    result = Workspace().check_plan(plan)
    assert result.document is not None, result.findings
    context = RenderContext(result, BuildOptions(when=WHEN))
    return render_xlsx(context.view, context.when, context.zip_time, context.wording)


def parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


@pytest.mark.parametrize("plan", sample_plans(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_same_workbook_as_before(plan: Path) -> None:
    golden = GOLDEN / golden_name(plan)
    assert golden.is_file(), f"no golden for {plan}; see this module's docstring"
    expected = golden.read_bytes()
    made = render(plan)
    want, got = parts(expected), parts(made)
    assert list(got) == list(want)
    for name, text in want.items():
        assert got[name] == text, name
    assert made == expected


def test_every_sample_has_rows() -> None:
    """The samples are worth comparing: each golden holds task rows, a few hold many."""
    sizes = []
    for plan in sample_plans():
        sheet = parts((GOLDEN / golden_name(plan)).read_bytes())["xl/worksheets/sheet1.xml"]
        sizes.append(sheet.count("<row "))
    assert len(sizes) >= 6
    assert min(sizes) >= 1 and max(sizes) > 50


def _write() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for plan in sample_plans():
        (GOLDEN / golden_name(plan)).write_bytes(render(plan))
        print(GOLDEN / golden_name(plan))


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit(__doc__)
    _write()
