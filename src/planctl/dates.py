"""Dates as Nghị định 30/2020 writes them."""

from __future__ import annotations

import datetime as dt


def decree_date(day: dt.date) -> str:
    """“ngày 05 tháng 02 năm 2024”: days below 10 and months 1, 2 take a leading zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def short_date(day: dt.date) -> str:
    """“15/02/2023”, the form of appendix captions."""
    return day.strftime("%d/%m/%Y")
