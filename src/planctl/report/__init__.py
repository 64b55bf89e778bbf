"""Reporters turn findings into text for people or machines; checks never print."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from planctl.findings import Finding
from planctl.report.github import report_github
from planctl.report.json import report_json
from planctl.report.sarif import report_sarif
from planctl.report.text import report_text

Reporter = Callable[[list[Finding], int, str, TextIO], None]

REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "sarif": report_sarif,
}
