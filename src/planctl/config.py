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
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from planctl.build import outputs as build_outputs
from planctl.findings import Finding, Severity
from planctl.i18n import LANGS, t

if TYPE_CHECKING:
    from planctl.model.plan import Document

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
#
# The file's shape is the pydantic models below (unknown keys forbidden); every value's own
# validator raises a `PydanticCustomError` whose type is the i18n key of its message, so that
# pydantic collects every problem of the file in one pass. Positions come from scanning the
# TOML text for the key (tomllib gives none).


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _suggest(word: str, choices: Iterable[str]) -> str:
    """The choice closest to `word` ("per_file_ignores" → "per-file-ignores"), or ""."""
    from rapidfuzz import fuzz, process

    def fold(text: str) -> str:
        return text.strip().lower().replace("_", "-")

    options = {choice: fold(choice) for choice in choices}
    best = process.extractOne(fold(word), options, scorer=fuzz.ratio, score_cutoff=60)
    return str(best[2]) if best else ""


def _all_codes() -> list[str]:
    from planctl.checks.rule import all_rules

    return sorted(all_rules())


def _problem(key: str, **args: Any) -> PydanticCustomError:
    return PydanticCustomError(key, key, args)


def _code_list(value: Any) -> Any:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _problem("config.not_codes")
    return value


def _selector(raw: str, *, suppress: bool) -> str:
    codes = _all_codes()
    selector = raw.strip().upper()
    matched = [c for c in codes if c.startswith(selector)] if selector else []
    if not matched:
        suggestion = _suggest(selector, codes)
        raise _problem(
            "config.unknown_code",
            code=raw,
            suggestion_vi=f"; có phải ý bạn là {suggestion}?" if suggestion else "",
            suggestion_en=f"; did you mean {suggestion}?" if suggestion else "",
        )
    if suppress and any(c.startswith(UNSUPPRESSIBLE_FAMILY) for c in matched):
        raise _problem("config.unsuppressible", code=raw)
    return selector


def _choice(value: Any, choices: Iterable[str]) -> str:
    options = tuple(choices)
    if isinstance(value, str) and value.strip().lower() in options:
        return value.strip().lower()
    raise _problem("config.bad_choice", value=value, choices=", ".join(options))


def _period(value: Any) -> tuple[dt.date, dt.date]:
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
    raise _problem("config.bad_period", value=value)


def _table(value: Any) -> Any:
    if not isinstance(value, dict):
        raise _problem("config.not_table")
    return value


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def _listed(value: Any) -> Any:
    return value if isinstance(value, list) else [value]


def _jobs(value: Any) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return value
    raise _problem("config.bad_choice", value=value, choices="0, 1, 2, …")


def _strict(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _problem("config.bad_choice", value=value, choices="true, false")


# Each item of a list is validated on its own, so that each wrong one is reported.
Suppressible = Annotated[str, PlainValidator(lambda v: _selector(v, suppress=True))]
Promotable = Annotated[str, PlainValidator(lambda v: _selector(v, suppress=False))]
Suppressing = Annotated[
    tuple[Suppressible, ...], BeforeValidator(_code_list), AfterValidator(_unique)
]
Promoting = Annotated[tuple[Promotable, ...], BeforeValidator(_code_list), AfterValidator(_unique)]
OutputName = Annotated[str, PlainValidator(lambda v: _choice(v, build_outputs.OUTPUT_NAMES))]
Outputs = Annotated[tuple[OutputName, ...], BeforeValidator(_listed), AfterValidator(_unique)]
Jobs = Annotated[int | None, PlainValidator(_jobs)]
Period = Annotated[tuple[dt.date, dt.date] | None, PlainValidator(_period)]
Lang = Annotated[str | None, PlainValidator(lambda v: _choice(v, LANGS))]
Format = Annotated[str | None, PlainValidator(lambda v: _choice(v, FORMATS))]
Strict = Annotated[bool | None, PlainValidator(_strict)]
PerFile = Annotated[dict[str, Suppressing], BeforeValidator(_table)]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _a_table(cls, value: Any) -> Any:
        return _table(value)


class BuildSettings(_Table):
    """`[build]`: what `planctl build` writes besides the .docx, and how many plans at once."""

    outputs: Outputs = ()
    jobs: Jobs = None


class Settings(_Table):
    """The keys of `planctl.toml` (or `[tool.planctl]`), all optional."""

    ignore: Suppressing = ()
    error: Promoting = ()
    warning: Suppressing = ()
    per_file_ignores: PerFile = Field(default_factory=dict, alias="per-file-ignores")
    period: Period = None
    lang: Lang = None
    format: Format = None
    strict: Strict = None
    build: BuildSettings = BuildSettings()


KEYS = tuple(field.alias or name for name, field in Settings.model_fields.items())
BUILD_KEYS = tuple(BuildSettings.model_fields)


class _Locator:
    """Line and column of a key, or of a value inside a list, found in the TOML text."""

    _HEADER = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]")

    def __init__(self, text: str, table: str) -> None:
        self.lines = text.splitlines()
        self.table = table

    def _section(self, *path: str) -> str:
        return ".".join(p for p in (self.table, *path) if p)

    def _assignment(self, section: str, key: str) -> tuple[int, int] | None:
        current = ""
        pattern = re.compile(r"^(\s*)[\"']?" + re.escape(key) + r"[\"']?\s*=")
        for number, line in enumerate(self.lines, start=1):
            if m := self._HEADER.match(line):
                current = m.group(1).replace('"', "").replace("'", "")
                if current == (f"{section}.{key}" if section else key):
                    return number, len(line) - len(line.lstrip()) + 1
                continue
            if current == section and (m := pattern.match(line)):
                return number, len(m.group(1)) + 1
        return None

    def _after(self, start: tuple[int, int], needle: str, lines: int = 30) -> tuple[int, int]:
        """The first `needle` from `start` on (within a few lines), else `start`."""
        line, col = start
        for index in range(line - 1, min(line - 1 + lines, len(self.lines))):
            text = self.lines[index]
            found = text.find(needle, col if index == line - 1 else 0)
            if found >= 0:
                return index + 1, found + 1
        return start

    def position(self, path: tuple[Any, ...], value: Any = None) -> tuple[int, int] | None:
        if not path:
            return None
        *parent, last = path
        if isinstance(last, int):
            here = self.position(tuple(parent))
            if here is None:
                return None
            return self._after(here, f'"{value}"') if isinstance(value, str) else here
        names = [str(p) for p in parent if not isinstance(p, int)]
        found = self._assignment(self._section(*names), str(last))
        if found is not None:
            return found
        above = self.position(tuple(parent))
        return self._after(above, str(last)) if above else None


def _location(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """A pydantic error location as keys of the file (pydantic already uses the aliases)."""
    return tuple(part for part in loc if not str(part).startswith("function-"))


class _Reader:
    def __init__(self, path: Path, text: str, table: str) -> None:
        self.path = path
        self.display = _display(path)
        self.locator = _Locator(text, table)
        self.problems: list[ConfigProblem] = []

    def add(self, where: tuple[Any, ...], message: str, found: Any = None, **args: Any) -> None:
        """A problem at the key `where` (or, when `found` is given, at that list item)."""
        position = self.locator.position(where, found)
        line, col = position if position else (None, None)
        self.problems.append(ConfigProblem(self.display, line, message, args, col))

    def error(self, err: Any) -> None:
        path = _location(tuple(err["loc"]))
        keys = [p for p in path if not isinstance(p, int)]
        # A problem inside `per-file-ignores` is said of the table, not of the pattern.
        per_file = keys[:1] == ["per-file-ignores"]
        option = "per-file-ignores" if per_file else ".".join(str(k) for k in keys)
        kind = err["type"]
        if kind == "extra_forbidden":
            allowed = BUILD_KEYS if keys[:1] == ["build"] else KEYS
            suggestion = _suggest(str(keys[-1]), allowed)
            self.add(
                path,
                "config.unknown_key",
                option=option,
                suggestion_vi=f"; có phải ý bạn là `{suggestion}`?" if suggestion else "",
                suggestion_en=f"; did you mean `{suggestion}`?" if suggestion else "",
                keys=", ".join(allowed),
            )
        elif kind.startswith("config."):
            self.add(path, kind, found=err.get("input"), option=option, **err.get("ctx", {}))
        else:  # not expected from the validators above: pydantic's own words
            self.add(
                path,
                "config.bad_choice",
                option=option,
                value=err.get("input"),
                choices=err["msg"],
            )

    def read(self, data: Any) -> Config:
        try:
            settings = Settings.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                self.error(err)
            return DEFAULT
        lists = {"ignore": settings.ignore, "error": settings.error, "warning": settings.warning}
        for key, other in (("ignore", "error"), ("ignore", "warning"), ("error", "warning")):
            for selector in sorted(set(lists[key]) & set(lists[other])):
                raws = [v.strip().upper() for v in data[other]]
                index = raws.index(selector) if selector in raws else 0
                raw = data[other][index] if raws else selector
                self.add(
                    (other, index),
                    "config.conflict",
                    found=raw,
                    option=other,
                    code=selector,
                    other=key,
                )
        return Config(
            path=self.path,
            ignore=settings.ignore,
            error=settings.error,
            warning=settings.warning,
            per_file_ignores=tuple(
                (pattern.removeprefix("./"), selectors)
                for pattern, selectors in settings.per_file_ignores.items()
            ),
            period=settings.period,
            lang=settings.lang,
            format=settings.format,
            strict=settings.strict,
            build_outputs=settings.build.outputs,
            build_jobs=settings.build.jobs,
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
        m = re.search(r"at line (\d+), column (\d+)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(
            [ConfigProblem(display, line, "config.syntax", {"problem": reason}, col)]
        ) from None
    if path.name == PYPROJECT:
        table = "tool.planctl"
        data = document.get("tool", {}).get("planctl", {})
    else:
        table = ""
        data = document
    reader = _Reader(path, text, table)
    if not isinstance(data, dict):
        reader.add(("planctl",), "config.not_table", option="planctl")
        raise ConfigError(reader.problems)
    config = reader.read(data)
    if reader.problems:
        raise ConfigError(sorted(reader.problems, key=lambda p: (p.line or 0, p.col or 0)))
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
