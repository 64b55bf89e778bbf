"""Each seed plan, built, holds the text of the document it was written from.

Every line of the seed and every cell of its tables (and each "- " item of a cell that
lists units) must be found in the built document, at least 99 % of them. Both sides are
compared after normalising Unicode, case, whitespace, Markdown/HTML marks, leading numbering
and "- ", and the unit separators (",", ";", "-"): numbering and separators are generated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .conftest import SEED_PLANS, SEEDS
from .docx_probe import all_text, normalize, open_docx

# Where a seed differs from the document for a reason other than layout: (seed text,
# what the document rightly says instead, why).
KNOWN: dict[str, list[tuple[str, str, str]]] = {
    "000": [
        (
            "Quyết định số: 2572/QĐ- BTTTT",
            "Quyết định số 2572/QĐ-BTTTT",
            "the caption is generated: no colon after “số”, no space inside the symbol",
        ),
    ],
    "001": [
        (" *ms*", "", "a stray mark of the seed's conversion"),
    ],
}

_NUMBERING = re.compile(r"^\s*(?:[IVXL]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|-)\s+", re.IGNORECASE)
_ITEM = re.compile(r"(?:^|(?<=[;.]))\s*-\s+")


def _strip(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("*", "").replace("#", "").strip()
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text, count=1).strip()
    return text.rstrip(" ;,./")


def seed_units(seed: str) -> Iterator[str]:
    """The lines, cells and cell items of a seed, each stripped of numbering and marks."""
    source = (SEEDS / SEED_PLANS[seed][1]).read_text(encoding="utf-8")
    for wrong, right, _why in KNOWN.get(seed, []):
        assert wrong in source, f"KNOWN entry no longer in seed {seed}: {wrong!r}"
        source = source.replace(wrong, right)
    for line in source.splitlines():
        for cell in line.split("\t"):
            cell = re.sub(r"<[^>]+>", " ", cell)
            items = [i for i in _ITEM.split(cell) if i.strip()] if "- " in cell else [cell]
            for item in items:
                text = _strip(item)
                if normalize(text):
                    yield text


@pytest.mark.parametrize("seed", sorted(SEED_PLANS))
def test_seed_text_is_in_the_document(seed: str, seed_docx: Callable[[str], Path]) -> None:
    document = normalize(all_text(open_docx(seed_docx(seed))))
    units = list(seed_units(seed))
    missing = [u for u in units if normalize(u) not in document]
    coverage = 1 - len(missing) / len(units)
    assert len(units) > 40
    assert coverage >= 0.99, f"{coverage:.1%} of {len(units)}; missing: {missing}"


def test_known_differences_are_real_differences(seed_docx: Callable[[str], Path]) -> None:
    """The corrections above are not needed for text the document has anyway."""
    for seed, entries in KNOWN.items():
        document = normalize(all_text(open_docx(seed_docx(seed))))
        for wrong, right, _why in entries:
            if right:
                assert normalize(_strip(wrong)) not in document
                assert normalize(right) in document
