"""`planctl import FILE.docx`: read, recognise, assemble; the report says what was not mapped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planctl.importer.assemble import Assembler
from planctl.importer.docx_reader import Body, DocxError, Para, read_body
from planctl.importer.report import Place, Report
from planctl.importer.structure import Walker
from planctl.model.registry import Registry

KIND_ABBR = {"plan": "kh", "programme": "ctr", "decision": "qd", "resolution": "nq"}


class ImportError_(Exception):
    """An import that cannot go on; `key` names the message, `args_` fill it."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


@dataclass
class Imported:
    data: dict[str, Any]
    report: Report
    assembler: Assembler
    footnotes: list[str]


def _legacy(body: Body, report: Report) -> None:
    """TCVN3 / VNI text converted to Unicode, when the legacy module is there to do it."""
    from planctl.importer import legacy

    paras = _all_paragraphs(body)
    text = "\n".join(p.text for p in paras)
    encoding = legacy.detect_legacy(body.fonts, text)
    if not encoding:
        return
    # With legacy fonts, each run by its font: capitals in an "H" font, a Unicode font left
    # alone. Found by the text alone (the fonts were replaced), every run is converted.
    by_font = any(legacy.encoding_of_font(name) for name in body.fonts)
    for p in paras:
        for run in p.runs:
            if by_font:
                run.text = legacy.run_to_unicode(run.text, run.font, encoding)
            else:
                run.text = legacy.to_unicode(run.text, encoding)
    report.add("encoding", Place(paragraph=1), str(body.path.name), encoding)


def _all_paragraphs(body: Body) -> list[Para]:
    out: list[Para] = []
    for block in body.blocks:
        if isinstance(block, Para):
            out.append(block)
        else:
            out += [p for row in block.rows for cell in row for p in cell.paragraphs]
    return out


def import_docx(
    path: Path, registry_for: Callable[[str | None], Registry | None], shown: str
) -> Imported:
    """`registry_for(issuer)`: the registry of the folder the plan goes to, once the header
    has named the issuer."""
    from planctl.importer.structure import StructureError

    report = Report(shown)
    try:
        body = read_body(path)
    except DocxError as exc:
        raise ImportError_(f"error.{exc.key}", **{**exc.args_, "path": shown}) from None
    _legacy(body, report)
    try:
        parsed = Walker(body, report).parse()
    except StructureError as exc:
        raise ImportError_(exc.key, path=shown) from None
    registry = registry_for(parsed.header.issuer if parsed.header else None)
    assembler = Assembler(parsed, registry, report)
    data = assembler.data()
    return Imported(data, report, assembler, [note for _, note in parsed.footnotes])


def file_name(data: dict[str, Any]) -> str:
    from planctl.ids import slugify

    content = data.get("plan") or data.get("programme") or data
    year = data["date"].year if data.get("date") else content.get("period", "")
    parts = [str(year), KIND_ABBR[data["kind"]], str(data.get("number", "") or "")]
    parts.append(slugify(content.get("title") or data.get("title") or "ke-hoach", 5))
    return "-".join(p for p in parts if p) + ".yaml"
