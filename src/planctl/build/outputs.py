"""The outputs `planctl build` can make: one table, read by everything that names them.

Each entry says what a format is called (`name`: the CLI flag `--<name>` and the value in
`[build] outputs` of planctl.toml), its file suffix, what it is made from (`needs`: outputs
made first, whose bytes it is converted from, as the PDF is from the .docx), whether the
machine can make it (`check`, asked once per build: the PDF needs LibreOffice), whether every
build makes it (`default`), and the function producing its bytes. The CLI flags, the
configuration check and the build pipeline all read this table; a new format is one entry
here and its writer module.

Producers import their writers inside, so that importing this module (as `planctl validate`
does, through the configuration) loads neither python-docx, openpyxl nor jinja2.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from planctl.i18n import t

if TYPE_CHECKING:  # not at run time: planctl.config imports this module, planctl.workspace it
    from planctl.build.context import RenderContext


class Availability(NamedTuple):
    """Whether an output can be made on this machine, and what to tell the user (once)."""

    ok: bool
    notes: tuple[str, ...] = ()


Producer = Callable[["RenderContext", Mapping[str, bytes]], bytes]
"""(the plan's context, the bytes of the outputs it needs, by name) → the output's bytes."""


@dataclass(frozen=True)
class Output:
    name: str
    suffix: str
    produce: Producer
    help: str = ""
    """The help of the CLI flag `--<name>` (no flag for a default output)."""
    needs: tuple[str, ...] = ()
    """Outputs it is made from; they are made (and written) with it, and its manifest record
    depends on their bytes alone: the same .docx is not converted to PDF again."""
    default: bool = False
    """Made for every plan, whatever the flags and the configuration say."""
    check: Callable[[str], Availability] | None = None
    """Whether it can be made here (in language `lang`); None: always."""


def _docx(context: RenderContext, _made: Mapping[str, bytes]) -> bytes:
    """The official document: KẾ HOẠCH, or QUYẾT ĐỊNH with its plan, and the task appendix."""
    from planctl.render.compose import compose
    from planctl.render.docx_writer import write_docx

    composed = compose(context.view, context.wording)
    reference = context.wording.reference_docx()
    return write_docx(composed, reference, context.when, context.zip_time)


def _xlsx(context: RenderContext, _made: Mapping[str, bytes]) -> bytes:
    """The task table for clerks: the document's rows, frozen header, filters, per-unit sheet."""
    from planctl.render.xlsx_writer import render_xlsx

    return render_xlsx(context.view, context.when, context.zip_time, context.wording)


def _csv(context: RenderContext, _made: Mapping[str, bytes]) -> bytes:
    """One row per task, UTF-8 with a BOM so that Excel reads Vietnamese correctly."""
    from planctl.render.csv_writer import render_csv

    return render_csv(context.view)


def _pdf(context: RenderContext, made: Mapping[str, bytes]) -> bytes:
    """The .docx converted by LibreOffice; a failure costs the PDF alone."""
    from planctl.build.context import OutputFailed
    from planctl.render.pdf import PdfError, docx_to_pdf

    try:
        return docx_to_pdf(made["docx"], f"{context.stem}.docx")
    except PdfError as exc:
        raise OutputFailed("build.pdf_failed", reason=exc) from exc


def _libreoffice(lang: str) -> Availability:
    """LibreOffice is there to make PDFs, and its fonts print Vietnamese with Word's metrics;
    if not, what to install."""
    from planctl.render.pdf import find_soffice, font_note, font_problems

    if find_soffice() is None:
        return Availability(False, (t("build.pdf_missing", lang),))
    return Availability(True, tuple(font_note(problem, lang) for problem in font_problems()))


OUTPUTS: dict[str, Output] = {
    entry.name: entry
    for entry in (
        Output("docx", ".docx", _docx, default=True),
        Output("xlsx", ".xlsx", _xlsx, "Cũng xuất bảng nhiệm vụ ra .xlsx (Excel)."),
        Output("csv", ".csv", _csv, "Cũng xuất danh sách nhiệm vụ ra .csv (UTF-8, có BOM)."),
        Output(
            "pdf",
            ".pdf",
            _pdf,
            "Cũng xuất .pdf từ .docx (cần LibreOffice).",
            needs=("docx",),
            check=_libreoffice,
        ),
    )
}
"""Every output, in the order they are made (an output after those it needs)."""

OUTPUT_NAMES: tuple[str, ...] = tuple(OUTPUTS)
"""What `[build] outputs` accepts, in the table's order."""


def register(entry: Output) -> None:
    """Add an output at the end of the table (a plug-in, a test). Read by what is imported
    afterwards: the CLI's flags and the configuration check take the table when imported."""
    global OUTPUT_NAMES
    missing = [name for name in entry.needs if name not in OUTPUTS]
    if missing:
        raise ValueError(f"{entry.name} needs outputs not in the table: {', '.join(missing)}")
    OUTPUTS[entry.name] = entry
    OUTPUT_NAMES = tuple(OUTPUTS)


def unregister(name: str) -> None:
    global OUTPUT_NAMES
    del OUTPUTS[name]
    OUTPUT_NAMES = tuple(OUTPUTS)


def optional() -> list[Output]:
    """The outputs a flag asks for: every one but the defaults."""
    return [entry for entry in OUTPUTS.values() if not entry.default]


def selected(wanted: Iterable[str]) -> tuple[str, ...]:
    """The outputs to make: the defaults, those `wanted`, and what they need; table order."""
    names = {name for name, entry in OUTPUTS.items() if entry.default}
    todo = [name for name in wanted if name in OUTPUTS]
    while todo:
        name = todo.pop()
        if name not in names:
            names.add(name)
            todo.extend(OUTPUTS[name].needs)
    return tuple(name for name in OUTPUTS if name in names)


def without(names: Iterable[str], dropped: Iterable[str]) -> tuple[str, ...]:
    """`names` less `dropped` and every output that needs one of them."""
    gone = set(dropped)
    kept: list[str] = []
    for name in names:
        if name in gone or gone.intersection(OUTPUTS[name].needs):
            gone.add(name)
        else:
            kept.append(name)
    return tuple(kept)
