"""R: references to other documents (căn cứ, thực hiện, and those cited in the text)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from planctl.checks.context import CheckContext
from planctl.checks.rule import ERROR, WARNING, Rule, Text, check, example
from planctl.facts.citations import LAW_BY_NAME, REFERENCE
from planctl.findings import Finding

CANONICAL_EXAMPLE = "Nghị định số 48/2022/NĐ-CP ngày 26/7/2022 của Chính phủ …"


@dataclass(frozen=True)
class Reference:
    text: str
    kind: str
    symbol: str
    """The number and symbol without spaces; empty for a law cited by name and date."""
    has_so: bool
    so_colon: bool
    spaced_symbol: bool
    date: dt.date | None
    bad_date: str | None
    name: str = ""
    """A law's name ("Giao dịch điện tử"), as written."""

    @property
    def label(self) -> str:
        named = f"{self.kind} {self.name}" if self.name else self.kind
        return f"{named} số {self.symbol}" if self.symbol else named

    @property
    def symbol_year(self) -> int | None:
        m = re.match(r"\d+/(\d{4})/", self.symbol)
        return int(m.group(1)) if m else None


def find_references(text: str, *, basis: bool = False) -> list[Reference]:
    """The documents `text` cites, in order. `basis`: `text` is a căn cứ, where a law is
    also cited by its name and date alone."""
    matches = list(REFERENCE.finditer(text))
    if basis:
        numbered = list(matches)
        for m in LAW_BY_NAME.finditer(text):
            if not any(n.start() < m.end() and m.start() < n.end() for n in numbered):
                matches.append(m)
        matches.sort(key=lambda m: m.start())
    return [_reference(m) for m in matches]


def _reference(m: re.Match[str]) -> Reference:
    groups = m.groupdict()
    raw_symbol = groups.get("symbol") or ""
    symbol = re.sub(r"\s+", "", raw_symbol)
    date: dt.date | None = None
    bad: str | None = None
    written = [groups.get(k) for k in ("day", "month", "year")]
    if written[2] is None:
        written = [groups.get(k) for k in ("lday", "lmonth", "lyear")]
    if written[2] is not None:
        d, mo, y = (int(part or 0) for part in written)
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            bad = f"{d}/{mo}/{y}"
    so = groups.get("so") or ""
    return Reference(
        text=m.group(0),
        kind=groups.get("named") or groups.get("kind") or "",
        symbol=symbol,
        has_so=bool(so),
        so_colon=":" in so,
        spaced_symbol=raw_symbol != symbol,
        date=date,
        bad_date=bad,
        name=(groups.get("name") or "").strip(),
    )


def _canonical(ref: Reference) -> str:
    date = f" ngày {ref.date.day}/{ref.date.month}/{ref.date.year}" if ref.date else " ngày …"
    named = f"{ref.kind} {ref.name}" if ref.name else ref.kind
    return f"{named} số {ref.symbol}{date}"


R001 = Rule(
    "R001",
    "reference-after-plan",
    ERROR,
    message=Text(
        "văn bản {ref} ngày {ref_date} ban hành sau ngày của kế hoạch ({date})",
        "{ref} dated {ref_date} is later than the plan's date ({date})",
    ),
    hint=Text(
        "kiểm tra số, ngày của văn bản căn cứ",
        "check the referenced document's number and date",
    ),
    what=Text(
        "Văn bản được trích dẫn (ở căn cứ, thực hiện, hay trong nội dung) không được ban hành sau ngày của kế hoạch.",
        "A document cited (among the legal bases, the implemented directives or in the text) may not be dated after the plan.",
    ),
    why=Text(
        "Một kế hoạch không thể căn cứ vào văn bản chưa ra đời; đây thường là nhầm ngày hoặc năm.",
        "A plan cannot rest on a document that does not exist yet; this is usually a wrong day or year.",
    ),
    example=example(
        "date: 2024-03-15\nlegal_bases:\n  - Quyết định số 25/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh",
        "sau ngày 15/3/2024",
        "after 15/03/2024",
    ),
    fix=Text(
        "Kiểm tra lại số và ngày của văn bản được trích dẫn, hoặc ngày ban hành kế hoạch.",
        "Check the cited document's number and date, or the plan's own date.",
    ),
)
R002 = Rule(
    "R002",
    "malformed-reference",
    WARNING,
    message=Text("trích dẫn văn bản chưa đúng thể thức: “{text}”", "malformed reference: “{text}”"),
    hint=Text("viết theo mẫu “{example}”", "write it as “{example}”"),
    what=Text(
        "Trích dẫn văn bản phải theo mẫu “Loại văn bản số Số/Năm/Ký hiệu ngày dd/mm/yyyy của Cơ quan …”: có chữ “số”, không có dấu “:” sau “số”, ký hiệu viết liền; văn bản căn cứ và văn bản được thực hiện phải có ngày (trừ Luật, Bộ luật).",
        "A cited document must follow “Kind số Number/Year/Symbol ngày dd/mm/yyyy của Body …”: with the word “số”, no “:” after it, the symbol without spaces; legal bases and implemented directives need their date (except Luật and Bộ luật).",
    ),
    why=Text(
        "Thể thức trích dẫn theo Nghị định số 30/2020/NĐ-CP về công tác văn thư; trích dẫn sai thể thức hay thiếu ngày khó tra cứu và bị yêu cầu sửa khi thẩm định.",
        "The citation form follows Decree 30/2020/NĐ-CP on clerical work; a citation without the date or in another form is hard to look up and is sent back at review.",
    ),
    example=example(
        "legal_bases:\n  - Nghị định 48/2022/NĐ-CP của Chính phủ",
        "thiếu “số” và ngày",
        "no “số” and no date",
    ),
    fix=Text(
        "Viết theo mẫu planctl gợi ý, ví dụ “Nghị định số 48/2022/NĐ-CP ngày 26/7/2022 của Chính phủ …”.",
        "Write it as planctl suggests, e.g. “Nghị định số 48/2022/NĐ-CP ngày 26/7/2022 của Chính phủ …”.",
    ),
)
R003 = Rule(
    "R003",
    "reference-bad-date",
    ERROR,
    message=Text(
        "ngày của văn bản {ref} không tồn tại: {ref_date}",
        "{ref} has an impossible date: {ref_date}",
    ),
    hint=Text("sửa ngày, tháng, năm", "correct the day, month and year"),
    what=Text(
        "Ngày của văn bản được trích dẫn phải là một ngày có thật.",
        "The date of a cited document must be a real day.",
    ),
    why=Text(
        "Ngày không tồn tại (31/4, 30/02) chắc chắn là gõ nhầm, và văn bản không tra cứu được theo ngày đó.",
        "An impossible date (31/4, 30/02) is certainly a typing slip, and the document cannot be looked up by it.",
    ),
    example=example(
        "legal_bases:\n  - Thông tư số 03/2021/TT-BTTTT ngày 31/4/2021 của Bộ Thông tin và Truyền thông",
        "tháng 4 không có ngày 31",
        "April has no 31st",
    ),
    fix=Text(
        "Sửa ngày, tháng, năm theo bản gốc của văn bản.",
        "Correct the day, month and year from the original document.",
    ),
)
R004 = Rule(
    "R004",
    "reference-year-mismatch",
    WARNING,
    message=Text(
        "số ký hiệu {ref} ghi năm {symbol_year} nhưng ngày ban hành năm {ref_year}",
        "{ref} carries the year {symbol_year} but is dated {ref_year}",
    ),
    hint=Text(
        "kiểm tra lại năm trong số ký hiệu hoặc ngày ban hành",
        "check the year in the symbol or the date",
    ),
    what=Text(
        "Năm ghi trong số ký hiệu (ví dụ 48/2022/NĐ-CP) phải trùng với năm ban hành của văn bản.",
        "The year in a document's symbol (e.g. 48/2022/NĐ-CP) must be the year it is dated.",
    ),
    why=Text(
        "Văn bản quy phạm pháp luật mang năm ban hành trong số ký hiệu; lệch năm nghĩa là số hoặc ngày bị gõ nhầm.",
        "Legal documents carry their year in the symbol; a mismatch means the number or the date was mistyped.",
    ),
    example=example(
        "legal_bases:\n  - Nghị định số 48/2022/NĐ-CP ngày 26/7/2021 của Chính phủ",
        "2022 khác 2021",
        "2022 is not 2021",
    ),
    fix=Text(
        "Kiểm tra lại năm trong số ký hiệu hoặc ngày ban hành.",
        "Check the year in the symbol, or the date.",
    ),
)


@check(R001, R002, R003, R004)
def references(ctx: CheckContext) -> Iterator[Finding]:
    plan_date = ctx.plan_date
    for path, text, strict in ctx.texts():
        for ref in find_references(text, basis=strict):
            where = ctx.locate(path, ref.text)
            if ref.bad_date:
                yield Finding.of("R003", where, ref=ref.label, ref_date=ref.bad_date)
                continue
            # A law cited by name and date has no number to spell (symbol empty).
            malformed = bool(ref.symbol) and (not ref.has_so or ref.so_colon or ref.spaced_symbol)
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
