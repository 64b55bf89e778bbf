"""Units matched against the registry: exact after folding, close spellings as aliases."""

from __future__ import annotations

import unicodedata

from planctl.importer.units import Matcher
from planctl.workspace import load_registry

from .helpers import PLANS


def _matcher() -> Matcher:
    registry = load_registry(PLANS / "btttt" / "org.yaml").registry
    assert registry is not None
    return Matcher(registry)


def test_folded_names_match_and_close_ones_are_proposed_as_aliases() -> None:
    units = _matcher()
    assert units.match(unicodedata.normalize("NFD", "Văn phòng Bộ")) == ("known", None)
    assert units.match("Vụ Kế hoạch – Tài chính") == ("known", None)  # dash folded
    assert units.match("Vụ Pháp chê") == ("near", "Vụ Pháp chế")
    assert units.match("Cục Bưu điện Trung ương") == ("new", None)
    assert units.proposals.aliases == {"Vụ Pháp chế": ["Vụ Pháp chê"]}
    assert units.proposals.new_units == ["Cục Bưu điện Trung ương"]
