"""Which configuration file governs a plan, loaded once per file."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from planctl.config.model import CONFIG_FILE, DEFAULT, PYPROJECT, Config
from planctl.config.read import load_config
from planctl.config.selection import normalised
from planctl.findings import Finding
from planctl.load.files import read_regular, real_path

# A pyproject.toml is a few KB; one far larger is not read to look for [tool.planctl].
MAX_CONFIG_BYTES = 1_000_000


def _has_tool_table(pyproject: Path) -> bool:
    try:
        text = read_regular(pyproject, MAX_CONFIG_BYTES).decode("utf-8")
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
    folder = real_path(start)
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

    def __init__(
        self,
        explicit: Path | None = None,
        *,
        select: tuple[str, ...] | None = None,
        ignore: tuple[str, ...] | None = None,
    ) -> None:
        """`select` and `ignore` (from the command line) replace every file's own."""
        self._select = normalised(select) if select is not None else None
        self._ignore = normalised(ignore) if ignore is not None else None
        self._explicit = self._override(load_config(explicit)) if explicit is not None else None
        self._by_folder: dict[Path, Config] = {}
        self._by_file: dict[Path, Config] = {}

    def _override(self, config: Config) -> Config:
        if self._select is not None:
            config = dataclasses.replace(config, select=self._select)
        if self._ignore is not None:
            config = dataclasses.replace(config, ignore=self._ignore)
        return config

    def for_path(self, path: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        folder = real_path(path)
        if not path.is_dir():
            folder = folder.parent
        if folder not in self._by_folder:
            found = find_config(folder)
            if found is None:
                config = self._override(DEFAULT)
            else:
                if found not in self._by_file:
                    self._by_file[found] = self._override(load_config(found))
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
