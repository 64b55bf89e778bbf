"""Configuration: `planctl.toml`, or `[tool.planctl]` in `pyproject.toml`.

The file is looked for from a plan's folder upwards; the nearest wins, and in one folder
`planctl.toml` wins over `pyproject.toml` (a `pyproject.toml` without `[tool.planctl]` is
passed over). Keys, all optional::

    select = ["U", "D"]            # rules reported (codes or prefixes); default: every rule
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

When a code matches selectors in several of `select`, `ignore`, `error` and `warning`, the
longest selector decides (`ignore = ["D"]` with `error = ["D005"]` keeps D005, as an error).
Rules of the S family (the plan cannot be read or modelled) can be neither ignored nor demoted.
Command-line options beat the file; `PLANCTL_LANG` beats `lang`.

Problems with the file are reported all at once (`ConfigError`), each with the line of the
key and, for an unknown key or code, the closest known one.
"""

from __future__ import annotations

from planctl.config.discover import Configs, find_config
from planctl.config.model import (
    CONFIG_FILE,
    DEFAULT,
    FORMATS,
    PYPROJECT,
    UNSUPPRESSIBLE_FAMILY,
    Config,
    ConfigError,
    ConfigProblem,
)
from planctl.config.read import load_config

__all__ = [
    "CONFIG_FILE",
    "DEFAULT",
    "FORMATS",
    "PYPROJECT",
    "UNSUPPRESSIBLE_FAMILY",
    "Config",
    "ConfigError",
    "ConfigProblem",
    "Configs",
    "find_config",
    "load_config",
]
