"""`planctl import FILE.docx|FILE.xlsx`: an office's Word plan (or task sheet) into plan YAML.

Writes the plan in `planctl fmt`'s form, and registry proposals: a new org.yaml for a new
office, or `org.import.yaml` beside an existing org.yaml (never edited). Prints the import
report: everything not mapped, with its place in the source.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from planctl.importer.messages import m


@dataclass
class ImportArgs:
    source: Path
    output: Path | None
    force: bool
    output_format: str
    lang: str


def _registry(folder: Path) -> Any:
    org = folder / "org.yaml"
    if not org.is_file():
        return None
    from planctl.workspace import load_registry

    return load_registry(org).registry


def run(args: ImportArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    from planctl.importer.docx_import import ImportError_

    try:
        return _run(args, out)
    except ImportError_ as exc:
        err.write(f"planctl: {m(exc.key, args.lang, **exc.args_)}\n")
        return 2 if exc.key != "error.exists" else 1
    except Exception as exc:  # a document no rule foresaw: a message, never a traceback
        reason = f"{type(exc).__name__}: {exc}"
        err.write(f"planctl: {m('error.not_docx', args.lang, path=args.source, reason=reason)}\n")
        return 2


def _run(args: ImportArgs, out: TextIO) -> int:
    from planctl.ids import slugify
    from planctl.importer.docx_import import ImportError_, file_name, import_docx
    from planctl.importer.writer import (
        additions_text,
        org_text,
        plan_text,
        proper_name,
        write_new,
    )

    source = args.source
    shown = str(source)
    suffix = source.suffix.lower()
    if not source.is_file():
        raise ImportError_("error.missing", path=shown)
    if suffix not in (".docx", ".xlsx", ".doc"):
        raise ImportError_("error.kind", path=shown)
    chosen: dict[str, Path] = {}

    def registry_for(issuer: str | None) -> Any:
        folder = args.output or Path("plans") / slugify(issuer or "ke-hoach", 8)
        chosen["folder"] = folder
        return _registry(folder)

    if suffix == ".xlsx":
        from planctl.importer.xlsx_import import import_xlsx

        imported = import_xlsx(source, registry_for, shown)
    else:
        imported = import_docx(source, registry_for, shown)
    data, report = imported.data, imported.report
    header = imported.assembler.parsed.header
    folder = chosen["folder"]
    registry = imported.assembler.registry
    # A sheet holds tasks only: beside the plan it came from, never in its place.
    name = f"{source.stem}-xlsx.yaml" if suffix == ".xlsx" else file_name(data)
    plan_path = folder / name
    writes: list[tuple[Path, str]] = []
    proposals = imported.assembler.units.proposals
    if registry is None and header is not None:
        signer = data.get("signer") if isinstance(data.get("signer"), dict) else None
        symbol = header.symbol.split("-", 1)[-1] if header.symbol and "-" in header.symbol else None
        text = org_text(
            proper_name(header.issuer), header.parent_body, symbol, header.place, proposals, signer
        )
        writes.append((folder / "org.yaml", text))
        if signer is not None:
            data["signer"] = slugify(signer["name"], 4)  # the new registry's signer
    elif registry is not None and (proposals.new_units or proposals.aliases):
        writes.append((folder / "org.import.yaml", additions_text(registry, proposals)))
    plan = plan_text(data, source.name, imported.footnotes, plan_path.name)
    writes.insert(0, (plan_path, plan))
    for path, _ in writes:
        if path.exists() and not args.force:
            raise ImportError_("error.exists", path=str(path))
    for path, text in writes:
        try:
            write_new(path, text)
        except OSError as exc:
            raise ImportError_("error.write", path=str(path), reason=exc.strerror) from None
        report.written.append(str(path))
    if args.output_format == "json":
        out.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(report.text(args.lang))
    return 0
