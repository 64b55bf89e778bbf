"""Findings: what a check or the loader has to say about one place in one file.

A finding holds only facts (code, severity, position, arguments); its words come from the
rule declaring its code (`planctl.checks.rule`), in the user's language, when it is printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Position(NamedTuple):
    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True, order=True)
class Finding:
    position: Position
    code: str
    severity: Severity = field(compare=False)
    args: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # The arguments take part in equality, so that de-duplicating findings keeps two that
    # differ only in them (`title` and `signer` both missing from one mapping).
    _args_key: str = field(init=False, repr=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "_args_key", repr(sorted(self.args.items())))

    @classmethod
    def error(cls, code: str, position: Position, **args: Any) -> Finding:
        return cls(position, code, Severity.ERROR, args)

    @classmethod
    def warning(cls, code: str, position: Position, **args: Any) -> Finding:
        return cls(position, code, Severity.WARNING, args)

    @classmethod
    def of(cls, code: str, position: Position, **args: Any) -> Finding:
        """A finding with the default severity of its rule."""
        from planctl.checks.rule import rule

        return cls(position, code, rule(code).severity, args)

    def message(self, lang: str = "vi") -> str:
        from planctl.checks.rule import rule

        return rule(self.code).render_message(lang, self.args)

    def hint(self, lang: str = "vi") -> str:
        from planctl.checks.rule import rule

        return rule(self.code).render_hint(lang, self.args)

    def with_severity(self, severity: Severity) -> Finding:
        return Finding(self.position, self.code, severity, self.args)


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
