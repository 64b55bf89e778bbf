"""Captions name the issuing document from its own fields: one "kèm theo", and the long date
("ngày 29 tháng 12 năm 2023") wherever the document a plan is issued with is named."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx.text.paragraph import Paragraph

from .conftest import PLANS, SEED_PLANS, build
from .docx_probe import body, open_docx


def _decision_with_appendix(tmp_path: Path, *edits: tuple[str, str]) -> list[str]:
    folder = tmp_path / "plans" / "btttt"
    shutil.copytree(PLANS / "btttt", folder)
    plan = folder / f"{SEED_PLANS['000'][0].split('/')[1]}.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "    placement: body\n", "    placement: appendix\n"
    )
    for old, new in edits:
        text = text.replace(old, new)
    plan.write_text(text, encoding="utf-8")
    code, _, err = build([plan], tmp_path / "out", quiet=True)
    assert code == 0, err
    document = open_docx(tmp_path / "out" / "btttt" / f"{plan.stem}.docx")
    return [p.text for p in body(document) if isinstance(p, Paragraph)]


def test_appendix_of_a_decisions_plan_says_kem_theo_once_with_the_long_date(
    tmp_path: Path,
) -> None:
    texts = _decision_with_appendix(tmp_path)
    captions = [t for t in texts if t.startswith("(")]
    assert captions == [
        "(Ban hành kèm theo Quyết định số 2572/QĐ-BTTTT ngày 29 tháng 12 năm 2023 của Bộ "
        "trưởng Bộ Thông tin và Truyền thông)",
        "(Kèm theo Kế hoạch ban hành tại Quyết định số 2572/QĐ-BTTTT ngày 29 tháng 12 năm "
        "2023 của Bộ trưởng Bộ Thông tin và Truyền thông)",
    ]
    assert all(c.casefold().count("kèm theo") == 1 for c in captions)


def test_appendix_caption_of_a_draft_decision_leaves_the_date_to_fill_in(tmp_path: Path) -> None:
    texts = _decision_with_appendix(tmp_path, ("number: 2572\n", ""), ("date: 2023-12-29\n", ""))
    assert (
        "(Kèm theo Kế hoạch ban hành tại Quyết định số      /QĐ-BTTTT ngày … tháng … năm … "
        "của Bộ trưởng Bộ Thông tin và Truyền thông)"
    ) in texts
