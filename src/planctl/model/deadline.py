"""Deadlines ("thời gian thực hiện") as clerks write them in a plan's task table.

:func:`parse_deadline` turns a Vietnamese phrase such as "Quý II/2025", "Trước ngày 15/12/2024"
or "Thường xuyên" into a typed :class:`Deadline` holding the period it covers;
:meth:`Deadline.canonical` prints it back in the one spelling the tables use.

Matching is case-insensitive and tolerant of the usual variations: NFC or NFD input, extra
whitespace, a trailing ".", "–"/"—" for "-", "hàng" for "hằng", leading zeros, Roman or Arabic
quarter numbers. A phrase that does not parse, or names an impossible date, yields ``None``
so that the caller can report it; :func:`planctl.model.deadline_diagnosis.diagnose` says why.

The modules: :mod:`~planctl.model.deadline_value` (the value and its spelling),
:mod:`~planctl.model.deadline_forms` (the grammar), :mod:`~planctl.model.deadline_periods`
(the periods, validated), :mod:`~planctl.model.deadline_diagnosis` (why not, and what instead).

Standard library only.
"""

from __future__ import annotations

from planctl.model.deadline_forms import read_key
from planctl.model.deadline_value import (
    Deadline,
    DeadlineKind,
    Recurrence,
    clean_phrase,
    phrase_key,
)

__all__ = ["Deadline", "DeadlineKind", "Recurrence", "parse_deadline"]


def parse_deadline(
    text: str, *, default_year: int | None = None, event: bool = False
) -> Deadline | None:
    """Parse a deadline phrase; ``None`` when it means nothing (or an impossible date).

    ``default_year`` supplies the year of phrases that name none ("6 tháng đầu năm",
    "Quý II", "Tháng 6", "Trước ngày 31/12"), and the result says so
    (:attr:`Deadline.year_from_period`); it is not applied to "Thường xuyên" or to recurring
    deadlines, whose period the checker takes from the plan. ``event=True`` declares the
    phrase event-driven ("Khi có yêu cầu"): the result is an :attr:`DeadlineKind.EVENT`
    deadline with no dates.
    """
    cleaned = clean_phrase(text)
    if not cleaned:
        return None
    if event:
        return Deadline(DeadlineKind.EVENT, cleaned, event=cleaned)
    return read_key(phrase_key(cleaned), cleaned, default_year)
