"""The organisation registry (org.yaml): the issuing body, its units, groups and signers."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from planctl.model.authority import (
    AUTHORITY_DESCRIPTION,
    Authority,
    AuthorityLevel,
    authority_levels,
    authority_value,
    single_level_only,
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# Typed and typographic forms of the same character, as Word's autocorrect changes them.
_QUOTES = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u02bc": "'",  # ʼ
        "\u2032": "'",  # ′
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2033": '"',  # ″
    }
)
# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus; and the spaces
# around them ("Vụ Kế hoạch – Tài chính", "Vụ Kế hoạch-Tài chính").
_DASH = re.compile(r"\s*[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]\s*")


@lru_cache(maxsize=4096)  # a plan names the same few units in every task
def _typographic(name: str) -> str:
    """`name` in NFC with quotes, dashes and whitespace runs in one form each."""
    text = unicodedata.normalize("NFC", name).translate(_QUOTES)
    text = _DASH.sub(" - ", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".;,").strip()


def normalize_name(name: str) -> str:
    """The key a unit name is looked up by: NFC, quotes, dashes and whitespace folded, case
    folded. For lookup only: the plan prints the name as it was typed."""
    return _typographic(name).casefold()


class Issuer(Strict):
    id: str
    name: str = Field(description="Full name, e.g. Bộ Thông tin và Truyền thông")
    header_name: str | None = Field(
        default=None,
        description="Name as printed in the header when it differs (may contain a line break)",
    )
    short_name: str | None = Field(default=None, description="e.g. UBND tỉnh")
    abbreviation: str = Field(description="Used in document symbols: 136/KH-<abbreviation>")
    parent_body: str | None = Field(default=None, description="Cơ quan chủ quản, if any")
    place: str = Field(description="Place name of the date line, e.g. Hà Nội")
    head_title: str = Field(description="Title of the head, e.g. Bộ trưởng, Chủ tịch UBND tỉnh")
    archive_code: str | None = Field(
        default=None, description="Office code used in “Lưu: VT, <code>.”"
    )


class Scope(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"


class Unit(Strict):
    name: str = Field(description="Canonical name")
    aliases: list[str] = Field(default_factory=list, description="Other spellings seen in plans")
    short: str | None = Field(default=None, description="Short name (for tables and archive)")
    scope: Scope = Scope.INTERNAL
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = Field(default=None, description="Unit that took over its work")

    def names(self) -> list[str]:
        return [self.name, *self.aliases, *([self.short] if self.short else [])]

    def valid_on(self, day: date) -> bool:
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


class UnitGroup(Strict):
    name: str
    aliases: list[str] = Field(default_factory=list)
    scope: Scope = Scope.INTERNAL
    members: list[str] = Field(default_factory=list, description="Units this group names")
    valid_from: date | None = None
    valid_to: date | None = None

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def valid_on(self, day: date) -> bool:
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


class SignerEntry(Strict):
    id: str
    name: str
    title: str = Field(description="Own title, e.g. Thứ trưởng")
    authority: Authority | list[AuthorityLevel] = Field(
        default=Authority.NONE, description=AUTHORITY_DESCRIPTION
    )
    on_behalf_of: str | None = Field(
        default=None, description="The head or body after the prefix: Bộ trưởng, Ủy ban nhân dân"
    )
    valid_from: date | None = None
    valid_to: date | None = None

    @field_validator("authority", mode="before")
    @classmethod
    def _authority(cls, value: Any) -> Any:
        return authority_value(value)

    @field_validator("on_behalf_of")
    @classmethod
    def _behalf(cls, value: Any, info: ValidationInfo) -> Any:
        return single_level_only(value, info)

    def levels(self, head: str) -> list[AuthorityLevel]:
        """The authority lines; `head` is who the single-level form signs for by default."""
        return authority_levels(self.authority, self.on_behalf_of, head)


class Registry(Strict):
    issuer: Issuer
    units: list[Unit] = Field(default_factory=list)
    groups: list[UnitGroup] = Field(default_factory=list)
    signers: list[SignerEntry] = Field(default_factory=list)

    def signer(self, signer_id: str) -> SignerEntry | None:
        return next((s for s in self.signers if s.id == signer_id), None)


class ResolvedUnit(BaseModel):
    """A name as a plan wrote it, matched to its registry entry."""

    model_config = ConfigDict(frozen=True)

    written: str
    canonical: str
    entry: Unit | UnitGroup
    is_alias: bool

    @property
    def is_group(self) -> bool:
        return isinstance(self.entry, UnitGroup)


class UnitIndex:
    """Looks up units and groups by any of their names."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._by_key: dict[str, Unit | UnitGroup] = {}
        entries: list[Unit | UnitGroup] = [*registry.units, *registry.groups]
        self._entries = entries
        for entry in entries:
            for name in entry.names():
                self._by_key.setdefault(normalize_name(name), entry)
        # Case-sensitive canonical names, to tell “Sở Thông tin và truyền thông” (an alias by
        # case) from the canonical spelling.
        self._canonical = {re.sub(r"\s+", " ", e.name).strip() for e in entries}

    def resolve(self, written: str) -> ResolvedUnit | None:
        entry = self._by_key.get(normalize_name(written))
        if entry is None:
            return None
        # Typography alone does not make an alias; case does (“Sở Thông tin và truyền thông”).
        folded, name = _typographic(written), _typographic(entry.name)
        is_alias = folded != name and not _same_but_initial_case(folded, name)
        return ResolvedUnit(written=written, canonical=entry.name, entry=entry, is_alias=is_alias)

    def all_names(self) -> list[str]:
        return sorted({n for e in self._entries for n in e.names()})

    def canonical_names(self) -> list[str]:
        return sorted(self._canonical)


def _same_but_initial_case(a: str, b: str) -> bool:
    """“các cơ quan, đơn vị thuộc Bộ” at the start of a cell is written “Các …”."""
    return bool(a) and bool(b) and a[0].casefold() == b[0].casefold() and a[1:] == b[1:]
