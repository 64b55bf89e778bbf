"""What a configuration says: which rules are reported, and how, for which files."""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from planctl.findings import Finding, Severity
from planctl.i18n import t

CONFIG_FILE = "planctl.toml"
PYPROJECT = "pyproject.toml"
FORMATS = ("text", "json", "github", "sarif")
# Findings of this family mean the plan could not be read or modelled: never hidden.
UNSUPPRESSIBLE_FAMILY = "S"


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong in a configuration file, worded when printed."""

    file: str
    line: int | None
    message: str
    args: dict[str, Any] = field(default_factory=dict, compare=False)
    col: int | None = None

    def format(self, lang: str) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.line and self.col:
            where += f":{self.col}"
        return f"{where}: {t(self.message, lang, **self.args)}"


class ConfigError(Exception):
    """The configuration file has problems; validate reports them all and exits 2."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems

    def lines(self, lang: str) -> list[str]:
        return [p.format(lang) for p in self.problems]


@dataclass(frozen=True)
class Config:
    """Settings from one configuration file (or the defaults, with `path` None)."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    """Rules reported (codes or prefixes); empty: every rule."""
    ignore: tuple[str, ...] = ()
    error: tuple[str, ...] = ()
    warning: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    period: tuple[dt.date, dt.date] | None = None
    lang: str | None = None
    format: str | None = None
    strict: bool | None = None
    build_outputs: tuple[str, ...] = ()
    build_jobs: int | None = None

    @property
    def root(self) -> Path:
        """The folder `per-file-ignores` patterns are relative to."""
        return self.path.resolve().parent if self.path else Path.cwd()

    def severity_of(self, code: str, default: Severity) -> Severity | None:
        """The severity `code` is reported with, or None when it is not reported.

        Whether it is reported: the longest selector matching it among `select` and the
        severity lists (which report) and `ignore` (which hides) decides; without a match,
        it is reported unless `select` is given. Its severity: the longest match in `error`
        and `warning`, else the rule's own."""
        if code.startswith(UNSUPPRESSIBLE_FAMILY):
            return default
        reported: tuple[int, bool] = (-1, not self.select)
        severity: tuple[int, Severity] = (-1, default)
        for selectors, reports, outcome in (
            (self.select, True, None),
            (self.ignore, False, None),
            (self.error, True, Severity.ERROR),
            (self.warning, True, Severity.WARNING),
        ):
            for selector in selectors:
                if not code.startswith(selector):
                    continue
                if len(selector) > reported[0]:
                    reported = (len(selector), reports)
                if outcome is not None and len(selector) > severity[0]:
                    severity = (len(selector), outcome)
        return severity[1] if reported[1] else None

    def ignored_in_file(self, code: str, file: Path) -> bool:
        if not self.per_file_ignores or code.startswith(UNSUPPRESSIBLE_FAMILY):
            return False
        path, relative = _resolved(file, self.root, os.getcwd())
        for pattern, selectors in self.per_file_ignores:
            target = relative if "/" in pattern else path.name
            if fnmatch.fnmatchcase(target, pattern) and any(code.startswith(s) for s in selectors):
                return True
        return False

    def enables(self, code: str, file: Path) -> bool:
        """Whether findings of `code` in `file` are reported at all (checks whose codes are
        all disabled are not run)."""
        return self.severity_of(code, Severity.ERROR) is not None and not self.ignored_in_file(
            code, file
        )

    def apply(self, finding: Finding) -> Finding | None:
        """The finding as this configuration wants it reported, or None to drop it."""
        if self.ignored_in_file(finding.code, Path(finding.position.file)):
            return None
        severity = self.severity_of(finding.code, finding.severity)
        if severity is None:
            return None
        return finding if severity is finding.severity else finding.with_severity(severity)


@lru_cache(maxsize=256)
def _resolved(file: Path, root: Path, cwd: str) -> tuple[Path, str]:
    """`file` resolved, and as the per-file patterns see it: every finding of a file asks,
    and resolving walks the file system each time (a 10,000-task build has thousands).
    `cwd` is part of the key: a relative `file` resolves against it."""
    path = file.resolve()
    try:
        return path, path.relative_to(root).as_posix()
    except ValueError:
        return path, path.as_posix()


DEFAULT = Config()
