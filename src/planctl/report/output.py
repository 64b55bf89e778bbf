"""Writing a report or a schema to the file named by `-o`: a folder named there, or a file that
cannot be written, is a usage error (exit 2) with a message, never a traceback."""

from __future__ import annotations

from pathlib import Path

from planctl.i18n import t


def output_problem(path: Path, lang: str) -> str | None:
    """Why `path` cannot be the output file, before any work is done; None when it can."""
    if path.is_dir():
        return t("usage.output_is_folder", lang, path=path)
    return None


def write_output(path: Path, text: str, lang: str) -> str | None:
    """Write `text` to `path` atomically; the message saying why it could not be, or None."""
    from planctl.atomic import atomic_write_text

    problem = output_problem(path, lang)
    if problem:
        return problem
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        return t("usage.cannot_write", lang, path=path, reason=exc.strerror or str(exc))
    return None
