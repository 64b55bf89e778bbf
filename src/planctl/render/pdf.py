"""PDF from a built .docx, by LibreOffice in headless mode.

LibreOffice is a system program, not a Python package: planctl looks for ``soffice`` (or
``libreoffice``) on the PATH and never installs it. Each conversion runs with a private,
throw-away user profile, so that it works beside an open LibreOffice window and leaves the
user's settings alone, and under a time limit. :func:`docx_to_pdf` converts bytes in a
temporary folder (the build writes the result like any other output); :func:`convert_to_pdf`
converts a file and writes the PDF atomically.

Fonts: the documents ask for Times New Roman. Where it is not installed, fontconfig gives
LibreOffice Liberation Serif instead, which has the same metrics, so lines and pages break as
they do in Word — provided the font has every Vietnamese letter. Liberation 1.x (Debian's
``fonts-liberation``) lacks most of them (ế, ố, ồ, ớ, ủ …): LibreOffice then takes those
letters from another font (DejaVu), whose widths differ, and lines reflow. Liberation 2.x
(``fonts-liberation2``) and Times New Roman itself have them all. :func:`font_problems` asks
fontconfig, before converting, which font each style will get and what it lacks.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from planctl.atomic import atomic_write_bytes
from planctl.i18n import t

__all__ = [
    "FontMatch",
    "FontProblem",
    "PdfConversionError",
    "PdfError",
    "PdfUnavailable",
    "convert_to_pdf",
    "docx_to_pdf",
    "fc_match",
    "find_soffice",
    "font_note",
    "font_problems",
]

PROGRAMS = ("soffice", "libreoffice")
# Where the installers put it when it is not on the PATH (macOS, Windows).
KNOWN_LOCATIONS = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)
DEFAULT_TIMEOUT = 180.0
METRIC_COMPATIBLE = ("Times New Roman", "Liberation Serif")


class PdfError(Exception):
    """A PDF could not be made; the message says why, for the user."""


class PdfUnavailable(PdfError):
    """LibreOffice (soffice) is not installed or not on the PATH."""


class PdfConversionError(PdfError):
    """LibreOffice ran but gave no PDF: it failed, or took longer than the time limit."""


def find_soffice() -> str | None:
    """The LibreOffice program to run, or None. ``PLANCTL_SOFFICE`` names one explicitly."""
    explicit = os.environ.get("PLANCTL_SOFFICE")
    if explicit:
        return shutil.which(explicit) or (explicit if Path(explicit).is_file() else None)
    for name in PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in KNOWN_LOCATIONS if Path(p).is_file()), None)


DOCUMENT_FONT = "Times New Roman"
STYLES = ("", ":bold", ":italic")
"""The styles the documents use: body text, headings and titles, the place-date line."""
_LOWER = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
VIETNAMESE = _LOWER + _LOWER.upper()
"""Every letter with a diacritic a Vietnamese text uses, precomposed (text is NFC)."""


@dataclass(frozen=True)
class FontMatch:
    """What fontconfig gives for a font pattern: the family, its file, the characters it has
    (fontconfig's charset: hexadecimal code points and ranges, "20-7e a0-17f 1ebf")."""

    family: str
    file: str
    charset: str


@dataclass(frozen=True)
class FontProblem:
    """The font LibreOffice will use for Times New Roman (in one style) will not print the
    documents as Word does."""

    font: str
    file: str
    metric_compatible: bool
    """Times New Roman or Liberation Serif: lines break where Word breaks them."""
    missing: str
    """The Vietnamese letters the font lacks ("" when it has them all)."""
    fallback: str | None = None
    """The font LibreOffice will take the missing letters from, when fontconfig says."""


def fc_match(pattern: str) -> FontMatch | None:
    """fontconfig's best font for `pattern`, or None when fontconfig is not installed (macOS
    and Windows without it: nothing is checked) or does not answer."""
    program = shutil.which("fc-match")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, "--format=%{family[0]}\\n%{file}\\n%{charset}\\n", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    lines = done.stdout.split("\n")
    if done.returncode != 0 or len(lines) < 3 or not lines[0].strip():
        return None
    return FontMatch(lines[0].strip(), lines[1].strip(), lines[2].strip())


def parse_charset(charset: str) -> Callable[[str], bool]:
    """Whether a character is in a fontconfig charset ("20-7e a0-17f 1ebf")."""
    ranges: list[tuple[int, int]] = []
    for part in charset.split():
        first, _, last = part.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue
    return lambda char: any(lo <= ord(char) <= hi for lo, hi in ranges)


def font_problems(probe: Callable[[str], FontMatch | None] | None = None) -> list[FontProblem]:
    """What is wrong with the fonts LibreOffice will print the documents in, one problem per
    family (a font lacking letters in every style is one problem); [] when all is well or
    fontconfig cannot tell. `probe` stands in for :func:`fc_match` (tests)."""
    ask = probe or fc_match
    problems: list[FontProblem] = []
    seen: set[str] = set()
    for style in STYLES:
        match = ask(DOCUMENT_FONT + style)
        if match is None or match.family in seen:
            continue
        covered = parse_charset(match.charset)
        missing = "".join(c for c in VIETNAMESE if not covered(c))
        compatible = match.family in METRIC_COMPATIBLE
        if compatible and not missing:
            continue
        seen.add(match.family)
        fallback = None
        if missing:
            codes = " ".join(f"{ord(c):x}" for c in missing)
            other = ask(f"{DOCUMENT_FONT}{style}:charset={codes}")
            fallback = other.family if other and other.family != match.family else None
        problems.append(FontProblem(match.family, match.file, compatible, missing, fallback))
    return problems


_FIRST_SHOWN = "ếốồớủ"
"""Letters named first when missing: the ones clerks see mixed in from another font."""


def font_note(problem: FontProblem, lang: str) -> str:
    """The warning for `problem`, with the package or font to install."""
    if problem.missing:
        lower = [c for c in problem.missing if c.islower()] or list(problem.missing)
        shown = [c for c in _FIRST_SHOWN if c in lower]
        shown += [c for c in lower if c not in shown]
        letters = ", ".join(shown[:8]) + (" …" if len(shown) > 8 else "")
        fallback = f"“{problem.fallback}”" if problem.fallback else t("build.pdf_other_font", lang)
        return t(
            "build.pdf_glyphs",
            lang,
            font=problem.font,
            file=problem.file,
            letters=letters,
            count=len(problem.missing),
            fallback=fallback,
        )
    return t("build.pdf_font", lang, font=problem.font)


def convert_to_pdf(
    docx_path: Path,
    out_dir: Path,
    *,
    soffice: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Path:
    """Convert `docx_path` to ``out_dir/<stem>.pdf`` and return that path.

    Raises :class:`PdfUnavailable` when LibreOffice is not found and
    :class:`PdfConversionError` when it fails or runs out of time; a previous PDF stays.
    """
    target = out_dir / f"{docx_path.stem}.pdf"
    atomic_write_bytes(target, _convert(docx_path.resolve(), None, soffice, timeout))
    return target


def docx_to_pdf(
    docx: bytes, name: str, *, soffice: str | None = None, timeout: float = DEFAULT_TIMEOUT
) -> bytes:
    """The PDF of `docx` (the bytes of a .docx), converted as a file called `name`.

    Raises as :func:`convert_to_pdf` does; nothing is written outside a temporary folder.
    """
    return _convert(Path(name), docx, soffice, timeout)


def _convert(source: Path, data: bytes | None, soffice: str | None, timeout: float) -> bytes:
    """The PDF of the file `source`, or of `data` saved under the name of `source`."""
    program = soffice or find_soffice()
    if program is None:
        raise PdfUnavailable("soffice")
    with tempfile.TemporaryDirectory(prefix="planctl-soffice-") as work:
        if data is not None:
            source = Path(work, "in", source.name)
            source.parent.mkdir()
            source.write_bytes(data)
        profile = Path(work, "profile").as_uri()
        produced = Path(work, "out")
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--invisible",
            "--nodefault",
            "--nolockcheck",
            "--nologo",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(produced),
            str(source),
        ]
        returncode, output = _run(command, timeout, cwd=work)
        pdf = produced / f"{source.stem}.pdf"
        if returncode != 0 or not pdf.is_file():
            detail = output.strip().splitlines()
            reason = detail[-1] if detail else f"exit status {returncode}"
            raise PdfConversionError(reason)
        return pdf.read_bytes()


def _run(command: list[str], timeout: float, cwd: str) -> tuple[int, str]:
    """Run `command`; on timeout end it and every process it started (soffice.bin)."""
    posix = os.name == "posix"
    try:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=posix,
        )
    except OSError as exc:
        raise PdfConversionError(str(exc)) from exc
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        if posix:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.communicate()
        raise PdfConversionError(f"timeout after {timeout:g} s") from exc
    return process.returncode, output or ""
