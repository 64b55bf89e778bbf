"""The shape of `planctl.toml`: pydantic models whose validators raise i18n-keyed errors."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from planctl.build import outputs as build_outputs
from planctl.config.model import FORMATS, UNSUPPRESSIBLE_FAMILY
from planctl.i18n import LANGS

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

    select: Promoting = ()
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
