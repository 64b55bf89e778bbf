"""Plan data written as `planctl fmt` writes it, and the registry proposals beside it."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from planctl.importer.units import Proposals
from planctl.model.registry import Registry

HEAD = "# yaml-language-server: $schema=../../schema/plan.schema.json\n"


def dump_yaml(data: Any) -> str:
    from ruamel.yaml import YAML

    # The safe (C) dumper: fmt lays the text out afterwards, so only the data matters here.
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    yaml.width = 4096
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def plan_text(data: dict[str, Any], source: str, footnotes: list[str], name: str) -> str:
    from planctl.fmt import format_text

    head = HEAD + f"# Nhập từ {source} bằng planctl import.\n"
    for note in footnotes:
        head += "# Chú thích: " + " ".join(note.split()) + "\n"
    return format_text(head + dump_yaml(data), name).text


_PLACE_WORD = re.compile(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(.+)$")


def proper_name(printed: str) -> str:
    """“ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI” → “Ủy ban nhân dân tỉnh Quảng Ngãi”: the header
    prints names in capitals; the place name after tỉnh, huyện … takes its capitals back (a
    proposal: the clerk reviews it)."""
    lower = " ".join(printed.split()).lower()
    lower = lower[:1].upper() + lower[1:]
    return _PLACE_WORD.sub(
        lambda m: m.group(1) + " " + " ".join(w[:1].upper() + w[1:] for w in m.group(2).split()),
        lower,
    )


def org_text(
    issuer: str,
    parent: str | None,
    abbreviation: str | None,
    place: str | None,
    proposals: Proposals,
    signer: dict[str, Any] | None,
) -> str:
    """A new org.yaml for an office planctl has not met: the units the plan names."""
    from planctl.fmt import format_text
    from planctl.ids import slugify

    data: dict[str, Any] = {
        "issuer": {
            "id": slugify(issuer, 4),
            "name": issuer,
            **({"parent_body": parent} if parent else {}),
            **({"abbreviation": abbreviation} if abbreviation else {}),
            **({"place": place} if place else {}),
        },
        "units": [{"name": u} for u in proposals.new_units],
    }
    if signer is not None:
        data["issuer"]["head_title"] = _head_title(signer)
        data["signers"] = [{"id": slugify(signer["name"], 4), **signer}]
    else:
        data["issuer"]["head_title"] = "Thủ trưởng"
    return format_text(
        f"# Danh mục đơn vị: {issuer} (đề xuất của planctl import)\n" + dump_yaml(data), "org.yaml"
    ).text


def _head_title(signer: dict[str, Any]) -> str:
    """Who the office's head is: the last level the signer signs for (KT. CHỦ TỊCH)."""
    authority = signer.get("authority")
    if isinstance(authority, list) and authority:
        return str(authority[-1]).split(".", 1)[-1].strip()
    if signer.get("on_behalf_of"):
        return str(signer["on_behalf_of"])
    return str(signer.get("title", "Thủ trưởng"))


def additions_text(registry: Registry, proposals: Proposals) -> str:
    """Additions to an existing org.yaml, for the clerk to copy in: never applied by planctl."""
    lines = [
        "# Đề xuất bổ sung org.yaml (planctl import): chép vào org.yaml sau khi xem lại.",
        "# planctl không tự sửa org.yaml.",
    ]
    data: dict[str, Any] = {}
    if proposals.new_units:
        data["units"] = [{"name": u} for u in proposals.new_units]
    if proposals.aliases:
        data["aliases"] = {k: v for k, v in proposals.aliases.items()}
    return "\n".join(lines) + "\n" + (dump_yaml(data) if data else "{}\n")


def write_new(path: Path, text: str) -> None:
    from planctl.atomic import atomic_write_text

    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, text)
