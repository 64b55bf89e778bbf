"""Configuration: `planctl.toml`, or `[tool.planctl]` in `pyproject.toml`.

The file is looked for from a plan's folder upwards; the nearest wins, and in one folder
`planctl.toml` wins over `pyproject.toml` (a `pyproject.toml` without `[tool.planctl]` is
passed over). Keys, all optional::

    ignore = ["U005"]              # rules (codes or prefixes: "D", "D00") not reported
    error = ["D005"]               # rules reported as errors
    warning = ["R001"]             # rules reported as warnings
    per-file-ignores = { "plans/quang-ngai/*.yaml" = ["D006"] }   # globs from this folder
    period = 2024                  # for plans without `period:`; or "2025-2026", or a table
    lang = "en"                    # vi or en
    format = "text"                # text, json, github or sarif
    strict = false                 # warnings fail validate too
    build = { outputs = ["docx", "xlsx", "csv", "pdf"], jobs = 2 }   # what `planctl build`
                                   # writes besides the .docx, and how many plans at once

When a code matches selectors in several of `ignore`, `error` and `warning`, the longest
selector decides (`ignore = ["D"]` with `error = ["D005"]` keeps D005, as an error). Rules of
the S family (the plan cannot be read or modelled) can be neither ignored nor demoted.
Command-line options beat the file; `PLANCTL_LANG` beats `lang`.

Problems with the file are reported all at once (`ConfigError`), each with the line of the
key and, for an unknown key or code, the closest known one.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planctl.findings import Finding, Severity
from planctl.i18n import LANGS, t

if TYPE_CHECKING:
    from planctl.model.plan import Document

CONFIG_FILE = "planctl.toml"
PYPROJECT = "pyproject.toml"
FORMATS = ("text", "json", "github", "sarif")
KEYS = (
    "ignore",
    "error",
    "warning",
    "per-file-ignores",
    "period",
    "lang",
    "format",
    "strict",
    "build",
)
BUILD_KEYS = ("outputs", "jobs")
BUILD_OUTPUTS = ("docx", "xlsx", "csv", "pdf")
# Findings of this family mean the plan could not be read or modelled: never hidden.
UNSUPPRESSIBLE_FAMILY = "S"


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong in a configuration file, worded when printed."""

    file: str
    line: int | None
    message: str
    args: dict[str, Any] = field(default_factory=dict, compare=False)

    def format(self, lang: str) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
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
        """The severity `code` is reported with, or None when it is ignored."""
        if code.startswith(UNSUPPRESSIBLE_FAMILY):
            return default
        best: tuple[int, Severity | None] = (-1, default)
        for selectors, outcome in (
            (self.ignore, None),
            (self.error, Severity.ERROR),
            (self.warning, Severity.WARNING),
        ):
            for selector in selectors:
                if code.startswith(selector) and len(selector) > best[0]:
                    best = (len(selector), outcome)
        return best[1]

    def ignored_in_file(self, code: str, file: Path) -> bool:
        if not self.per_file_ignores or code.startswith(UNSUPPRESSIBLE_FAMILY):
            return False
        path = file.resolve()
        try:
            relative = path.relative_to(self.root).as_posix()
        except ValueError:
            relative = path.as_posix()
        for pattern, selectors in self.per_file_ignores:
            target = relative if "/" in pattern else path.name
            if fnmatch.fnmatchcase(target, pattern) and any(code.startswith(s) for s in selectors):
                return True
        return False

    def apply(self, finding: Finding) -> Finding | None:
        """The finding as this configuration wants it reported, or None to drop it."""
        if self.ignored_in_file(finding.code, Path(finding.position.file)):
            return None
        severity = self.severity_of(finding.code, finding.severity)
        if severity is None:
            return None
        return finding if severity is finding.severity else finding.with_severity(severity)


DEFAULT = Config()


# --- finding the file ------------------------------------------------------------------------


def _has_tool_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "planctl" not in text:
        return False
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        # Broken, and it mentions us: load it so that the syntax error is reported.
        return bool(re.search(r"^\s*\[\s*tool\.planctl\b", text, re.MULTILINE))
    return isinstance(data.get("tool", {}).get("planctl"), dict)


def find_config(start: Path) -> Path | None:
    """The configuration file governing `start` (a folder or a file), if any."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


class Configs:
    """Finds and loads the configuration for each folder once; or uses one given file."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._explicit = load_config(explicit) if explicit is not None else None
        self._by_folder: dict[Path, Config] = {}
        self._by_file: dict[Path, Config] = {}

    def for_path(self, path: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        folder = path.resolve()
        if not path.is_dir():
            folder = folder.parent
        if folder not in self._by_folder:
            found = find_config(folder)
            if found is None:
                config = DEFAULT
            else:
                if found not in self._by_file:
                    self._by_file[found] = load_config(found)
                config = self._by_file[found]
            self._by_folder[folder] = config
        return self._by_folder[folder]

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        kept: list[Finding] = []
        for finding in findings:
            applied = self.for_path(Path(finding.position.file)).apply(finding)
            if applied is not None:
                kept.append(applied)
        return kept


# --- reading the file ------------------------------------------------------------------------


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _key_line(text: str, key: str, table: str) -> int | None:
    """Line of `key` inside `[table]` ("" for the top level), or of `[table.key]`."""
    current = ""
    header = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")
    assignment = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if m := header.match(line):
            current = m.group(1).replace('"', "").replace("'", "")
            if current == (f"{table}.{key}" if table else key):
                return number
            continue
        if current == table and assignment.match(line):
            return number
    return None


def _suggest(word: str, choices: Iterable[str]) -> str:
    """The choice closest to `word` ("per_file_ignores" → "per-file-ignores"), or ""."""
    from rapidfuzz import fuzz, process

    def fold(text: str) -> str:
        return text.strip().lower().replace("_", "-")

    options = {choice: fold(choice) for choice in choices}
    best = process.extractOne(fold(word), options, scorer=fuzz.ratio, score_cutoff=60)
    return str(best[2]) if best else ""


def _all_codes() -> list[str]:
    from planctl.rules import RULES

    return sorted(RULES)


class _Reader:
    def __init__(self, path: Path, text: str, table: str) -> None:
        self.path = path
        self.display = _display(path)
        self.text = text
        self.table = table
        self.problems: list[ConfigProblem] = []

    def problem(self, key: str, message: str, **args: Any) -> None:
        line = _key_line(self.text, key, self.table)
        self.problems.append(ConfigProblem(self.display, line, message, {"option": key, **args}))

    def selectors(self, key: str, value: Any, *, suppress: bool) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, "config.not_codes")
            return ()
        codes = _all_codes()
        out: list[str] = []
        for raw in value:
            selector = raw.strip().upper()
            matched = [c for c in codes if c.startswith(selector)] if selector else []
            if not matched:
                suggestion = _suggest(selector, codes)
                self.problem(
                    key,
                    "config.unknown_code",
                    code=raw,
                    suggestion_vi=f"; có phải ý bạn là {suggestion}?" if suggestion else "",
                    suggestion_en=f"; did you mean {suggestion}?" if suggestion else "",
                )
                continue
            if suppress and any(c.startswith(UNSUPPRESSIBLE_FAMILY) for c in matched):
                self.problem(key, "config.unsuppressible", code=raw)
                continue
            out.append(selector)
        return tuple(dict.fromkeys(out))

    def period(self, value: Any) -> tuple[dt.date, dt.date] | None:
        first: int | None = None
        last: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            first = last = value
        elif isinstance(value, str):
            if m := re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", value):
                first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        elif isinstance(value, dict) and set(value) == {"start", "end"}:
            start, end = value["start"], value["end"]
            if (
                isinstance(start, dt.date)
                and isinstance(end, dt.date)
                and not isinstance(start, dt.datetime)
                and not isinstance(end, dt.datetime)
                and start <= end
            ):
                return start, end
        if first is not None and last is not None and 1900 <= first <= last <= 2200:
            return dt.date(first, 1, 1), dt.date(last, 12, 31)
        self.problem("period", "config.bad_period", value=value)
        return None

    def choice(self, key: str, value: Any, choices: tuple[str, ...]) -> str | None:
        if isinstance(value, str) and value.strip().lower() in choices:
            return value.strip().lower()
        self.problem(key, "config.bad_choice", value=value, choices=", ".join(choices))
        return None

    def build(self, value: Any) -> tuple[tuple[str, ...], int | None]:
        """`build = {outputs = [...], jobs = N}`, or a `[build]` table."""
        line = _key_line(self.text, "build", self.table)

        def problem(key: str, message: str, **args: Any) -> None:
            option = {"option": f"build.{key}", **args}
            self.problems.append(ConfigProblem(self.display, line, message, option))

        if not isinstance(value, dict):
            self.problem("build", "config.not_table")
            return (), None
        for key in value:
            if key not in BUILD_KEYS:
                suggestion = _suggest(key, BUILD_KEYS)
                problem(
                    key,
                    "config.unknown_key",
                    suggestion_vi=f"; có phải ý bạn là `{suggestion}`?" if suggestion else "",
                    suggestion_en=f"; did you mean `{suggestion}`?" if suggestion else "",
                    keys=", ".join(BUILD_KEYS),
                )
        outputs: list[str] = []
        raw = value.get("outputs", [])
        for item in raw if isinstance(raw, list) else [raw]:
            name = item.strip().lower() if isinstance(item, str) else item
            if name in BUILD_OUTPUTS:
                outputs.append(name)
            else:
                choices = ", ".join(BUILD_OUTPUTS)
                problem("outputs", "config.bad_choice", value=item, choices=choices)
        jobs = value.get("jobs")
        if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
            problem("jobs", "config.bad_choice", value=jobs, choices="0, 1, 2, …")
            jobs = None
        return tuple(dict.fromkeys(outputs)), jobs

    def read(self, data: dict[str, Any]) -> Config:
        for key in data:
            if key not in KEYS:
                suggestion = _suggest(key, KEYS)
                self.problem(
                    key,
                    "config.unknown_key",
                    suggestion_vi=f"; có phải ý bạn là `{suggestion}`?" if suggestion else "",
                    suggestion_en=f"; did you mean `{suggestion}`?" if suggestion else "",
                    keys=", ".join(KEYS),
                )
        ignore = self.selectors("ignore", data.get("ignore", []), suppress=True)
        error = self.selectors("error", data.get("error", []), suppress=False)
        warning = self.selectors("warning", data.get("warning", []), suppress=True)
        lists = {"ignore": ignore, "error": error, "warning": warning}
        for key, other in (("ignore", "error"), ("ignore", "warning"), ("error", "warning")):
            for selector in sorted(set(lists[key]) & set(lists[other])):
                self.problem(other, "config.conflict", code=selector, other=key)
        per_file: list[tuple[str, tuple[str, ...]]] = []
        table = data.get("per-file-ignores", {})
        if not isinstance(table, dict):
            self.problem("per-file-ignores", "config.not_table")
        else:
            for pattern, codes in table.items():
                selectors = self.selectors("per-file-ignores", codes, suppress=True)
                per_file.append((pattern.removeprefix("./"), selectors))
        strict = data.get("strict")
        if strict is not None and not isinstance(strict, bool):
            self.problem("strict", "config.bad_choice", value=strict, choices="true, false")
            strict = None
        build_outputs, build_jobs = self.build(data.get("build", {}))
        return Config(
            path=self.path,
            ignore=ignore,
            error=error,
            warning=warning,
            per_file_ignores=tuple(per_file),
            period=self.period(data["period"]) if "period" in data else None,
            lang=self.choice("lang", data["lang"], LANGS) if "lang" in data else None,
            format=self.choice("format", data["format"], FORMATS) if "format" in data else None,
            strict=strict,
            build_outputs=build_outputs,
            build_jobs=build_jobs,
        )


def load_config(path: Path) -> Config:
    """Read one configuration file; raise ConfigError listing every problem in it."""
    display = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        problem = ConfigProblem(display, None, "config.unreadable", {"reason": reason})
        raise ConfigError([problem]) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"at line (\d+)", str(exc))
        line = int(m.group(1)) if m else None
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            [ConfigProblem(display, line, "config.syntax", {"problem": reason})]
        ) from None
    if path.name == PYPROJECT:
        table = "tool.planctl"
        data = document.get("tool", {}).get("planctl", {})
    else:
        table = ""
        data = document
    reader = _Reader(path, text, table)
    if not isinstance(data, dict):
        reader.problem("planctl", "config.not_table")
        raise ConfigError(reader.problems)
    config = reader.read(data)
    if reader.problems:
        raise ConfigError(sorted(reader.problems, key=lambda p: p.line or 0))
    return config


def with_default_period(document: Document, period: tuple[dt.date, dt.date]) -> Document:
    """`document` with `period` as its plan's period, unless the plan declares its own."""
    from planctl.model.plan import Decision, Period

    value = Period(start=period[0], end=period[1])
    if isinstance(document, Decision):
        if document.plan.period is not None:
            return document
        return document.model_copy(
            update={"plan": document.plan.model_copy(update={"period": value})}
        )
    if document.period is not None:
        return document
    return document.model_copy(update={"period": value})
