"""R: references to other documents (căn cứ, thực hiện, and those cited in the text)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from planctl.checks.context import CheckContext, check
from planctl.findings import Finding

KINDS = (
    "Luật|Bộ luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|"
    "Thông tư liên tịch|Thông tư|Kế hoạch|Chương trình|Hướng dẫn|Công văn|Thông báo|Đề án"
)
# Kind, optional "số", the number/symbol, optional date. Symbols: 48/2022/NĐ-CP, 68/NQ-CP,
# 2572/QĐ-BTTTT, 11/2022/NQ-HĐND, 03/2021/TT-BTTTT.
REFERENCE = re.compile(
    rf"\b(?P<kind>{KINDS})\s+(?P<so>số\s*:?\s*)?"
    r"(?P<symbol>\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐƠƯÂÊÔĂa-zđ]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*)"
    r"(?:\s+ngày\s+(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4}))?"
)
CANONICAL_EXAMPLE = "Nghị định số 48/2022/NĐ-CP ngày 26/7/2022 của Chính phủ …"


@dataclass(frozen=True)
class Reference:
    text: str
    kind: str
    symbol: str
    has_so: bool
    so_colon: bool
    spaced_symbol: bool
    date: dt.date | None
    bad_date: str | None

    @property
    def label(self) -> str:
        return f"{self.kind} số {self.symbol}"

    @property
    def symbol_year(self) -> int | None:
        m = re.match(r"\d+/(\d{4})/", self.symbol)
        return int(m.group(1)) if m else None


def find_references(text: str) -> list[Reference]:
    found: list[Reference] = []
    for m in REFERENCE.finditer(text):
        raw_symbol = m.group("symbol")
        symbol = re.sub(r"\s+", "", raw_symbol)
        date: dt.date | None = None
        bad: str | None = None
        if m.group("year"):
            d, mo, y = int(m.group("day")), int(m.group("month")), int(m.group("year"))
            try:
                date = dt.date(y, mo, d)
            except ValueError:
                bad = f"{d}/{mo}/{y}"
        so = m.group("so") or ""
        found.append(
            Reference(
                text=m.group(0),
                kind=m.group("kind"),
                symbol=symbol,
                has_so=bool(so),
                so_colon=":" in so,
                spaced_symbol=raw_symbol != symbol,
                date=date,
                bad_date=bad,
            )
        )
    return found


def _canonical(ref: Reference) -> str:
    date = f" ngày {ref.date.day}/{ref.date.month}/{ref.date.year}" if ref.date else " ngày …"
    return f"{ref.kind} số {ref.symbol}{date}"


@check("R001", "R002", "R003", "R004")
def references(ctx: CheckContext) -> Iterator[Finding]:
    plan_date = ctx.plan_date
    for path, text, strict in ctx.texts():
        for ref in find_references(text):
            where = ctx.locate(path, ref.text)
            if ref.bad_date:
                yield Finding.of("R003", where, ref=ref.label, ref_date=ref.bad_date)
                continue
            malformed = not ref.has_so or ref.so_colon or ref.spaced_symbol
            if strict and ref.date is None and ref.kind not in ("Luật", "Bộ luật"):
                malformed = True
            if malformed:
                yield Finding.of("R002", where, text=ref.text, example=_canonical(ref))
            if ref.date and plan_date and ref.date > plan_date:
                yield Finding.of(
                    "R001",
                    where,
                    ref=ref.label,
                    ref_date=ref.date.strftime("%d/%m/%Y"),
                    date=plan_date.strftime("%d/%m/%Y"),
                )
            year = ref.symbol_year
            if ref.date and year and year != ref.date.year:
                yield Finding.of(
                    "R004", where, ref=ref.label, symbol_year=year, ref_year=ref.date.year
                )
