"""`validate --select/--ignore`: rule selectors from the command line, checked as the
configuration file's are (an unknown code is a usage error naming the closest one)."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic_core import PydanticCustomError

from planctl.i18n import t


def split_selectors(values: Iterable[str] | None) -> tuple[str, ...] | None:
    """`--select U,D005 --select T` as ("U", "D005", "T"); None when not given."""
    if values is None:
        return None
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def normalised(selectors: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.strip().upper() for s in selectors))


def selection_problems(
    select: tuple[str, ...] | None, ignore: tuple[str, ...] | None, lang: str
) -> list[str]:
    """What is wrong with the selectors given, worded in `lang`; empty when nothing."""
    from planctl.config.schema import _selector

    problems: list[str] = []
    for option, selectors, suppress in (("--select", select, False), ("--ignore", ignore, True)):
        for selector in selectors or ():
            try:
                _selector(selector, suppress=suppress)
            except PydanticCustomError as exc:
                problems.append(t(exc.type, lang, option=option, **(exc.context or {})))
    return problems
