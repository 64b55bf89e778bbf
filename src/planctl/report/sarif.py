"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; the driver lists every rule of the catalogue (so `ruleIndex` is stable), each with
its documentation (`helpUri`, planctl.report.rule_docs) and its full explanation; each result
points at its file, line and column. Columns count Unicode code points, as planctl's do.

File URIs are relative to the repository holding the file (the `.git` folder found upwards,
`%SRCROOT%`), else to the folder of the configuration governing it, else to the working
folder: the same report wherever the repository is checked out and whichever folder
validate ran from, as code scanning needs to place results on the repository's files.
`partialFingerprints` identify a result across commits (code, file, the line's text with its
spaces normalised, and which occurrence on such a line), so that a line moved by an edit
above it keeps its alert.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from planctl import __version__
from planctl.checks.rule import Rule, all_rules
from planctl.findings import Finding
from planctl.report.escape import json_safe
from planctl.report.rule_docs import help_uri, repository_url

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "planctl/v1"


def _text(template: str) -> str:
    """A rule message template with its placeholders shown as “…”."""
    return re.sub(r"\{[a-z_]+\}", "…", template).replace("{{", "{").replace("}}", "}")


def _rule(rule: Rule, lang: str) -> dict[str, Any]:
    from planctl.commands.explain import _rule_markdown

    what, why, fix = rule.what.of(lang), rule.why.of(lang), rule.fix.of(lang)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": _text(rule.message.of(lang))},
        "fullDescription": {"text": f"{what} {why}"},
        "help": {
            "text": f"{what}\n\n{why}\n\n{fix}",
            "markdown": "\n".join(_rule_markdown(rule, lang)[2:]).strip() + "\n",
        },
        "helpUri": help_uri(rule, lang),
        "defaultConfiguration": {"level": rule.severity.value},
        "properties": {"family": rule.family},
    }


def base_folder(folder: Path) -> Path:
    """The folder URIs of files in `folder` are relative to (see the module's text)."""
    from planctl.config import find_config
    from planctl.repo_root import repository_root

    root = repository_root(folder)
    if root is not None:
        return root
    config = find_config(folder)
    return config.parent.resolve() if config is not None else Path.cwd().resolve()


def fingerprint(code: str, uri: str, text: str, occurrence: int) -> str:
    digest = hashlib.sha256("\0".join((code, uri, text)).encode("utf-8")).hexdigest()
    return f"{digest[:32]}:{occurrence}"


class _Results:
    """Results of one report: each folder's base and each file's lines looked up once."""

    def __init__(self, lang: str, index: dict[str, int]) -> None:
        self.lang = lang
        self.index = index
        self._bases: dict[Path, Path] = {}
        self._lines: dict[str, list[str]] = {}
        self._seen: dict[tuple[str, str, str], int] = {}

    def location(self, file: str) -> dict[str, str]:
        """`uri` relative to the base folder (forward slashes, non-ASCII percent-encoded)
        with `uriBaseId`; a file outside it, an absolute `file:` URI."""
        path = Path(file).resolve()
        if path.parent not in self._bases:
            self._bases[path.parent] = base_folder(path.parent)
        try:
            relative = path.relative_to(self._bases[path.parent]).as_posix()
        except ValueError:
            return {"uri": path.as_uri()}
        return {"uri": quote(relative, safe="/"), "uriBaseId": SRCROOT}

    def line_text(self, file: str, line: int) -> str:
        """The text of `line` in `file`, its spaces normalised; "" when it cannot be read
        (standard input)."""
        if file not in self._lines:
            try:
                text = Path(file).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._lines[file] = text.splitlines()
        lines = self._lines[file]
        return " ".join(lines[line - 1].split()) if 0 < line <= len(lines) else ""

    def result(self, finding: Finding) -> dict[str, Any]:
        message = finding.message(self.lang)
        hint = finding.hint(self.lang)
        location = self.location(finding.position.file)
        key = (
            finding.code,
            location["uri"],
            self.line_text(finding.position.file, finding.position.line),
        )
        self._seen[key] = self._seen.get(key, 0) + 1
        return {
            "ruleId": finding.code,
            "ruleIndex": self.index[finding.code],
            "level": finding.severity.value,
            "message": {"text": f"{message}\n{hint}" if hint else message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": location,
                        "region": {
                            "startLine": finding.position.line,
                            "startColumn": finding.position.col,
                        },
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT: fingerprint(*key, self._seen[key])},
        }


def sarif_document(findings: list[Finding], lang: str) -> dict[str, Any]:
    rules = all_rules()
    codes = sorted(rules)
    results = _Results(lang, {code: i for i, code in enumerate(codes)})
    driver: dict[str, Any] = {"name": "planctl", "version": __version__}
    if url := repository_url():
        driver["informationUri"] = url
    driver["rules"] = [_rule(rules[code], lang) for code in codes]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "language": lang,
                "results": [results.result(f) for f in findings],
            }
        ],
    }


def report_sarif(findings: list[Finding], files: int, lang: str, out: TextIO) -> None:
    text = json.dumps(sarif_document(findings, lang), ensure_ascii=False, indent=2)
    out.write(json_safe(text) + "\n")
