"""Reporters turn findings into text for people or machines; checks never print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from planctl.findings import Finding
from planctl.report.text import report_text

Reporter = Callable[[list[Finding], int, str, TextIO], None]

REPORTERS: dict[str, Reporter] = {"text": report_text}
