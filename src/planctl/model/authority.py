"""Signature authority (Nghị định 30/2020, Phụ lục I): the prefixes TM., KT., Q., TL., TUQ.
and the lines a signature prints above the signer's own title, read as clerks write them.

A signer has one level ("KT. BỘ TRƯỞNG" — `authority: KT`, `on_behalf_of: Bộ trưởng`) or
several, outermost first ("TM. CHÍNH PHỦ / KT. THỦ TƯỚNG" — `authority: [TM. Chính phủ,
KT. Thủ tướng]`). Both the registry's signers and a plan's inline signer use these.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo
from pydantic_core import PydanticCustomError


class Authority(StrEnum):
    """Signer's authority prefix (Nghị định 30/2020, Phụ lục I)."""

    NONE = ""
    TM = "TM"
    KT = "KT"
    Q = "Q"
    TL = "TL"
    TUQ = "TUQ"


class AuthorityLevel(BaseModel):
    """One line of the signature above the signer's own title, e.g. “TM. Chính phủ”."""

    # Written in YAML as that line, or as `{authority: KT, on_behalf_of: Bộ trưởng}`.
    model_config = ConfigDict(extra="forbid", frozen=True)

    authority: Authority = Field(description="TM, KT, Q, TL or TUQ")
    on_behalf_of: str = Field(description="The body or head after the prefix: Chính phủ")

    @property
    def line(self) -> str:
        return f"{self.authority.value}. {self.on_behalf_of}"


# "TM. Chính phủ", "KT.Thủ tướng": a prefix of Nghị định 30, a full stop, then the body or head.
_LEVEL = re.compile(r"\s*(TM|KT|Q|TL|TUQ)\s*\.\s*(\S.*?)\s*", re.DOTALL)
LEVEL_PATTERN = r"^\s*(TM|KT|Q|TL|TUQ)\s*\.\s*\S"


def _bad_level(line: Any) -> PydanticCustomError:
    return PydanticCustomError(
        "authority_line", "“{line}” is not an authority line", {"line": line}
    )


def _level(item: Any) -> AuthorityLevel:
    if isinstance(item, AuthorityLevel):
        return item
    if isinstance(item, str):
        m = _LEVEL.fullmatch(item)
        if not m:
            raise _bad_level(item)
        item = {"authority": m.group(1), "on_behalf_of": m.group(2)}
    try:
        level = AuthorityLevel.model_validate(item)
    except ValidationError:
        written = ", ".join(map(str, item.values())) if isinstance(item, dict) else item
        raise _bad_level(written) from None
    if level.authority is Authority.NONE or not level.on_behalf_of.strip():
        raise _bad_level(level.line.strip())
    return level


def authority_value(value: Any) -> Any:
    """`authority:` as the clerk wrote it: a prefix (`KT`, with `on_behalf_of`), or one line per
    level, outermost first (`[TM. Chính phủ, KT. Thủ tướng]`). A line that is not “PREFIX.
    body” is one clear error rather than one per branch of the field's type."""
    if isinstance(value, list):
        return [_level(item) for item in value]
    if isinstance(value, str) and value not in {a.value for a in Authority}:
        raise _bad_level(value)
    return value


def single_level_only(on_behalf_of: Any, info: ValidationInfo) -> Any:
    """`on_behalf_of` belongs to the single-level form; beside lines it would be ambiguous."""
    if on_behalf_of is not None and isinstance(info.data.get("authority"), list):
        raise PydanticCustomError(
            "authority_behalf", "`on_behalf_of` goes with a single `authority` prefix"
        )
    return on_behalf_of


def authority_levels(
    authority: Authority | list[AuthorityLevel], on_behalf_of: str | None, head: str
) -> list[AuthorityLevel]:
    """The signature's authority lines, outermost first; the single-level form without
    `on_behalf_of` signs for `head`, the issuer's head (“KT. BỘ TRƯỞNG”)."""
    if isinstance(authority, list):
        return list(authority)
    if authority is Authority.NONE:
        return []
    return [AuthorityLevel(authority=authority, on_behalf_of=on_behalf_of or head)]


def signer_text(signer: Any) -> str:
    """A signer on one line, for diffs and text views: “KT. Thứ trưởng Bùi Hoàng Phương”
    (the single-level form, as it always read), “TM. Chính phủ / KT. Thủ tướng / Phó Thủ
    tướng Nguyễn Văn Hòa” (authority lines)."""
    authority = signer.authority
    if isinstance(authority, list):
        lines = [level.line for level in authority]
        return " / ".join([*lines, f"{signer.title} {signer.name}".strip()])
    prefix = f"{authority.value}. " if authority.value else ""
    return f"{prefix}{signer.title} {signer.name}".strip()


AUTHORITY_DESCRIPTION = (
    "KT, TM, Q, TL or TUQ (with on_behalf_of), or one line per level, outermost first: "
    "[TM. Chính phủ, KT. Thủ tướng]"
)
