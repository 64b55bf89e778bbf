"""Reading one configuration file: every problem in it at once, each at its line:col."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planctl.config.model import DEFAULT, PYPROJECT, Config, ConfigError, ConfigProblem
from planctl.config.schema import BUILD_KEYS, KEYS, Settings, _display, _suggest


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
            select=settings.select,
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
