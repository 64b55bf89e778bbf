"""Unit names are looked up with typography, Unicode form, spacing and case folded, and a cell
written as one string is split into the registry's units (issue #10, defect 8)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from planctl.facts.cells import split_cell
from planctl.load import load_yaml_text
from planctl.model.from_data import parse_registry
from planctl.model.registry import Registry, UnitIndex, normalize_name

ORG = Path(__file__).resolve().parents[1] / "fixtures" / "org" / "org.yaml"


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    text = ORG.read_text(encoding="utf-8").replace(
        "units:\n",
        "units:\n  - name: Câu lạc bộ 'Doanh nhân trẻ'\n  - name: Báo \"Nhân Dân\"\n",
        1,
    )
    registry, findings = parse_registry(load_yaml_text(text, "org.yaml"))
    assert isinstance(registry, Registry), findings
    return UnitIndex(registry)


@pytest.mark.parametrize(
    ("written", "registry"),
    [
        ("Vụ Kế hoạch – Tài chính", "Vụ Kế hoạch - Tài chính"),  # en dash
        ("Vụ Kế hoạch — Tài chính", "Vụ Kế hoạch - Tài chính"),  # em dash
        ("Vụ Kế hoạch ‑ Tài chính", "Vụ Kế hoạch - Tài chính"),  # non-breaking hyphen
        ("Vụ Kế hoạch-Tài chính", "Vụ Kế hoạch - Tài chính"),  # spaces around the dash
        ("Câu lạc bộ ‘Doanh nhân trẻ’", "Câu lạc bộ 'Doanh nhân trẻ'"),
        ("Câu lạc bộ ’Doanh nhân trẻ’", "Câu lạc bộ 'Doanh nhân trẻ'"),
        ("Báo “Nhân Dân”", 'Báo "Nhân Dân"'),
        ("VĂN PHÒNG  BỘ", "Văn phòng Bộ"),
        ("Văn\u00a0phòng\tBộ", "Văn phòng Bộ"),
        (unicodedata.normalize("NFD", "Vụ Pháp chế"), "Vụ Pháp chế"),
    ],
)
def test_names_fold_for_lookup(index: UnitIndex, written: str, registry: str) -> None:
    assert normalize_name(written) == normalize_name(registry)
    resolved = index.resolve(written)
    assert resolved is not None and resolved.canonical == registry
    assert resolved.written == written  # the text printed stays as typed


def test_typography_alone_is_not_an_alias_but_case_still_is(index: UnitIndex) -> None:
    dash = index.resolve("Vụ Kế hoạch – Tài chính")
    assert dash is not None and not dash.is_alias
    case = index.resolve("Vụ pháp chế")
    assert case is not None and case.is_alias


@pytest.mark.parametrize(
    ("cell", "units", "separators"),
    [
        ("Văn phòng Bộ", ["Văn phòng Bộ"], [""]),
        ("các cơ quan, đơn vị thuộc Bộ", ["các cơ quan, đơn vị thuộc Bộ"], [""]),
        ("VP, Vụ Pháp chế", ["VP", "Vụ Pháp chế"], [", ", ""]),
        (
            "Văn phòng Bộ;các cơ quan, đơn vị thuộc Bộ ;  Cục Báo chí",
            ["Văn phòng Bộ", "các cơ quan, đơn vị thuộc Bộ", "Cục Báo chí"],
            [";", " ;  ", ""],
        ),
        ("Vụ Pháp chế, Xyz, Cục Báo chí", ["Vụ Pháp chế", "Xyz", "Cục Báo chí"], [", ", ", ", ""]),
        ("Xyz, Abc", ["Xyz, Abc"], [""]),  # unknown words between commas: one name
        ("VP, Xyz, Abc; Cục Báo chí", ["VP", "Xyz, Abc", "Cục Báo chí"], [", ", "; ", ""]),
        ("VP, Vụ Pháp chế,", ["VP", "Vụ Pháp chế"], [", ", ","]),
    ],
)
def test_a_cell_splits_into_the_registrys_units(
    index: UnitIndex, cell: str, units: list[str], separators: list[str]
) -> None:
    pieces = split_cell(cell, index)
    assert [p.written for p in pieces] == units
    assert [p.separator for p in pieces] == separators
    assert "".join(p.written + p.separator for p in pieces) == cell
    assert [p.offset for p in pieces] == [cell.index(u) for u in units]
