"""PDF from a built .docx, by LibreOffice in headless mode.

LibreOffice is a system program, not a Python package: planctl looks for ``soffice`` (or
``libreoffice``) on the PATH and never installs it. Each conversion runs with a private,
throw-away user profile, so that it works beside an open LibreOffice window and leaves the
user's settings alone, and under a time limit. :func:`docx_to_pdf` converts bytes in a
temporary folder (the build writes the result like any other output); :func:`convert_to_pdf`
converts a file and writes the PDF atomically.

Fonts: the documents ask for Times New Roman. Where it is not installed, fontconfig gives
LibreOffice Liberation Serif instead (Debian/Ubuntu package ``fonts-liberation``), which has
the same metrics, so lines and pages break as they do in Word. :func:`serif_font` tells which
of the two a conversion will use.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from planctl.atomic import atomic_write_bytes

__all__ = [
    "PdfConversionError",
    "PdfError",
    "PdfUnavailable",
    "convert_to_pdf",
    "docx_to_pdf",
    "find_soffice",
    "serif_font",
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


def serif_font() -> str | None:
    """The font family fontconfig gives for Times New Roman, or None if it cannot tell."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        done = subprocess.run(
            [fc_match, "--format=%{family[0]}", "Times New Roman"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


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
