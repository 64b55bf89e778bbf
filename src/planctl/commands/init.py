"""`planctl init`: a new organisation — its org.yaml and a first document — from nothing.

On a terminal it asks for what the options did not give (with a default where one can be
worked out); in a script (standard input not a terminal, or `--yes`) it takes the options and
the defaults, and names the options it still needs. The files (planctl.starter) are checked
with validate's own checks in a scratch folder first: nothing is written unless both are
clean, and no existing file is overwritten.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from planctl.i18n import t
from planctl.workspace import display_path

Ask = Callable[[str, str | None], str]
"""(question, default or None) → the answer."""


@dataclass
class InitArgs:
    folder: Path | None = None
    issuer: str | None = None
    abbreviation: str | None = None
    parent: str | None = None
    place: str | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    units: list[str] = field(default_factory=list)
    kind: str | None = None
    year: int | None = None
    title: str | None = None
    yes: bool = False
    lang: str = "vi"


REQUIRED = (("issuer", "--issuer"), ("signer_name", "--signer-name"))
REQUIRED_TITLE = ("signer_title", "--signer-title")


def is_terminal() -> bool:
    """Whether someone is there to answer (tests replace it)."""
    return sys.stdin.isatty()


def _prompt(question: str, default: str | None) -> str:
    import typer

    answer: str = typer.prompt(question, default=default, show_default=bool(default))
    return answer


def run(
    args: InitArgs, out: TextIO | None = None, err: TextIO | None = None, ask: Ask | None = None
) -> int:
    from planctl.model.kinds import KINDS

    out = out or sys.stdout
    err = err or sys.stderr
    lang = args.lang
    choices = ", ".join(f"{name} ({kind.heading})" for name, kind in KINDS.items())
    if args.kind is not None and args.kind not in KINDS:
        err.write(f"planctl: {t('init.bad_kind', lang, kind=args.kind, choices=choices)}\n")
        return 2
    if args.year is not None and not 1900 <= args.year <= 2200:
        err.write(f"planctl: {t('new.bad_year', lang, year=args.year)}\n")
        return 2
    if not args.yes and is_terminal():
        args = _questions(args, ask or _prompt, lang, choices, set(KINDS))
    missing = [flag for name, flag in (*REQUIRED, REQUIRED_TITLE) if not getattr(args, name)]
    if missing:
        err.write(f"planctl: {t('init.missing', lang, flags=', '.join(missing))}\n")
        return 2
    return _write(args, out, err)


def _questions(args: InitArgs, ask: Ask, lang: str, choices: str, kinds: set[str]) -> InitArgs:
    """Ask for every answer the options did not give, in the order a clerk thinks of them."""
    from planctl.starter import default_abbreviation, default_place, default_title

    def question(key: str, default: str | None = None, **words: str) -> str:
        while True:
            answer = ask(t(f"init.ask.{key}", lang, **words), default).strip()
            if answer or default is not None:
                return answer

    issuer = args.issuer or question("issuer")
    parent = args.parent if args.parent is not None else question("parent", "")
    abbreviation = args.abbreviation or question("abbreviation", default_abbreviation(issuer))
    place = args.place or question("place", default_place(parent, issuer))
    signer_name = args.signer_name or question("signer_name")
    signer_title = args.signer_title or question("signer_title")
    units = list(args.units)
    if not units:
        units.append(question("unit_first"))
        while unit := question("unit_more", ""):
            units.append(unit)
    kind = args.kind
    while kind not in kinds:
        kind = question("kind", "plan", choices=choices)
    year = args.year
    while year is None or not 1900 <= year <= 2200:
        answer = question("year", str(dt.date.today().year))
        year = int(answer) if answer.isdigit() else None
    title = args.title or question("title", default_title(year))
    return replace(
        args,
        issuer=issuer,
        parent=parent,
        abbreviation=abbreviation,
        place=place,
        signer_name=signer_name,
        signer_title=signer_title,
        units=units,
        kind=kind,
        year=year,
        title=title,
    )


def _write(args: InitArgs, out: TextIO, err: TextIO) -> int:
    from planctl.atomic import atomic_write_text
    from planctl.report.text import format_finding
    from planctl.starter import Answers, complete, starter_files
    from planctl.workspace import REGISTRY_NAME, Workspace

    lang = args.lang
    answers = Answers(
        issuer=args.issuer or "",
        signer_name=args.signer_name or "",
        signer_title=args.signer_title or "",
        year=args.year or dt.date.today().year,
        parent=args.parent or "",
        abbreviation=args.abbreviation or "",
        place=args.place or "",
        units=tuple(args.units),
        kind=args.kind or "plan",
        title=args.title or "",
    )
    files = starter_files(answers)
    folder = args.folder or Path("plans") / files.folder_name
    targets = {folder / REGISTRY_NAME: files.registry, folder / files.document_name: files.document}
    for path in targets:
        if path.exists():
            err.write(f"planctl: {t('init.exists', lang, file=display_path(path))}\n")
            return 1
    with tempfile.TemporaryDirectory(prefix="planctl-init-") as scratch:
        trial = {Path(scratch, path.name): text for path, text in targets.items()}
        for path, text in trial.items():
            path.write_text(text, encoding="utf-8")
        workspace = Workspace()
        registry, document = trial
        result = workspace.check_plan(document)
        findings = [*workspace.findings_of_registry(registry), *result.findings]
        if findings:
            for finding in findings:
                line = format_finding(finding, lang)
                err.write(line.replace(display_path(Path(scratch)), display_path(folder)) + "\n")
            err.write(f"planctl: {t('init.invalid', lang)}\n")
            return 1
    for path, text in targets.items():
        atomic_write_text(path, text)
    registry_path, document_path = (display_path(p) for p in targets)
    noun = files.kind.heading_en.lower() if lang == "en" else files.kind.noun
    lines = [
        t("init.written", lang, issuer=answers.issuer.strip(), folder=display_path(folder)),
        t("init.wrote_registry", lang, file=registry_path, units=len(complete(answers).units)),
        t("init.wrote_document", lang, file=document_path, noun=noun),
        t("init.next", lang, file=document_path),
        f"  planctl validate {display_path(folder)}",
        f"  planctl build {display_path(folder)}",
    ]
    out.write("\n".join(lines) + "\n")
    return 0
