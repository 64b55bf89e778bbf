"""`planctl explain CODE`: what a rule checks, why, and how to fix what it reports."""

from __future__ import annotations

import sys
from typing import TextIO

from planctl.i18n import t
from planctl.rules import RULES


def run(code: str, lang: str, out: TextIO | None = None, err: TextIO | None = None) -> int:
    # Resolved at call time: the test runner swaps sys.stdout after import.
    out, err = out or sys.stdout, err or sys.stderr
    rule = RULES.get(code.strip().upper())
    if rule is None:
        err.write(f"planctl: {t('explain.unknown', lang, code=code)}\n")
        return 2
    en = lang == "en"
    out.write(f"{rule.code} ({rule.name}) — {rule.severity.value}\n\n")
    out.write(
        ("What it reports: " if en else "Nội dung: ")
        + _generic(rule.message_en if en else rule.message_vi)
        + "\n"
    )
    why = rule.why_en if en else rule.why_vi
    if why:
        out.write(("Why: " if en else "Vì sao: ") + why + "\n")
    out.write(
        ("How to fix: " if en else "Cách sửa: ")
        + _generic(rule.hint_en if en else rule.hint_vi)
        + "\n"
    )
    return 0


def _generic(template: str) -> str:
    import re

    return re.sub(r"\{[a-z_]+\}", "…", template).replace("{{", "{").replace("}}", "}")
