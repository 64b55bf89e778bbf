"""Units named in an imported plan, matched against the registry.

An exact match (after NFC, case, spacing, typographic quotes and dashes are folded, as the
checks fold them) needs nothing; a close match (rapidfuzz) is proposed as an alias of the
registry's unit; anything else is proposed as a new unit. The registry is never edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planctl.model.registry import Registry, UnitIndex, normalize_name

NEAR = 88.0  # token-sort ratio above which a name is taken as a spelling of a registry name


@dataclass
class Proposals:
    new_units: list[str] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical → new aliases


@dataclass
class Matcher:
    registry: Registry | None
    proposals: Proposals = field(default_factory=Proposals)

    def __post_init__(self) -> None:
        self.index = UnitIndex(self.registry) if self.registry is not None else None
        self._seen: dict[str, tuple[str, str | None]] = {}

    def match(self, written: str) -> tuple[str, str | None]:
        """("known" | "near" | "new", the registry name it is close to)."""
        key = normalize_name(written)
        if key in self._seen:
            return self._seen[key]
        result = self._match(written, key)
        self._seen[key] = result
        status, near = result
        if status == "near" and near is not None:
            self.proposals.aliases.setdefault(near, []).append(written)
        elif status == "new":
            self.proposals.new_units.append(written)
        return result

    def _match(self, written: str, key: str) -> tuple[str, str | None]:
        if self.index is None:
            return "new", None
        if self.index.resolve(written) is not None:
            return "known", None
        from rapidfuzz import fuzz, process

        names = {normalize_name(n): n for n in self.index.all_names()}
        best = process.extractOne(key, list(names), scorer=fuzz.token_sort_ratio)
        if best is not None and best[1] >= NEAR:
            entry = self.index.resolve(names[best[0]])
            return "near", entry.canonical if entry is not None else names[best[0]]
        return "new", None
