"""Plan data written as `planctl fmt` writes it, and the registry proposals beside it."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from planctl.importer.units import Proposals
from planctl.model.registry import Registry

HEAD = "# yaml-language-server: $schema=../../schema/plan.schema.json\n"


def dump_yaml(data: Any) -> str:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def plan_text(data: dict[str, Any], source: str, footnotes: list[str], name: str) -> str:
    from planctl.fmt import format_text

    head = HEAD + f"# Nhập từ {source} bằng planctl import.\n"
    for note in footnotes:
        head += "# Chú thích: " + " ".join(note.split()) + "\n"
    return format_text(head + dump_yaml(data), name).text


def org_text(
    issuer: str, parent: str | None, abbreviation: str | None, place: str | None,
    proposals: Proposals, signer: dict[str, Any] | None,
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
        data["signers"] = [{"id": slugify(signer["name"], 4), **signer}]
    return format_text(f"# Danh mục đơn vị: {issuer} (đề xuất của planctl import)\n" + dump_yaml(data), "org.yaml").text


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
