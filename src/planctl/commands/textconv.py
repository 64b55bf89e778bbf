"""`planctl textconv FILE`: a .docx or a plan as stable text, for `git diff` (diff.*.textconv)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from planctl.i18n import t


def run(path: Path, lang: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    from planctl.textconv import convert

    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
        text = convert(data, str(path))
    except OSError as exc:
        err.write(f"planctl: {t('textconv.unreadable', lang, file=path, reason=exc.strerror)}\n")
        return 2
    except Exception as exc:  # a damaged .docx: python-docx raises many kinds
        err.write(f"planctl: {t('textconv.unreadable', lang, file=path, reason=exc)}\n")
        return 2
    out.write(text)
    return 0
