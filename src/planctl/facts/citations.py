"""Where a text cites another document, and how far the citation's words run.

One recogniser for every reader of citations: the R rules check each reference it finds, and
`new --from` leaves every citation span as written, because the year in "Quyết định số
1306/QĐ-UBND ngày 29/12/2023 … ban hành Kế hoạch cải cách hành chính năm 2024" belongs to the
cited document, not to the plan that cites it.

A citation is its head — the kind, "số", number/symbol and date ("Nghị định số 48/2022/NĐ-CP
ngày 26/7/2022"), a bare "số 123/UBND-KT", or a law by name ("Luật Đất đai") — followed by the
cited document's own words (its trích yếu: "của … về việc ban hành Kế hoạch … năm 2024 trên
địa bàn tỉnh"). Those words end at the end of the clause (";", ":", ".", a line break, a
bracket closing one opened before the head), at the next citation, or, once they have named
their one year, at the next comma ("…, Sở Ngoại vụ xây dựng Kế hoạch … năm 2024") or the next
year they would name ("… năm 2024 trên địa bàn xã năm 2025"); ", tầm nhìn đến năm 2045" and
", định hướng đến năm 2030" still belong to a strategy's title. When in doubt the span runs
on: a year left unmoved is listed for the clerk, a cited year moved is a false citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CITED_KINDS = (
    "Luật|Bộ luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|"
    "Thông tư liên tịch|Thông tư|Kế hoạch|Chương trình|Hướng dẫn|Công văn|Văn bản|Thông báo|"
    "Đề án|Kết luận|"
    # The proposal a decision or resolution rests on: "Theo đề nghị của … tại Tờ trình số …".
    "Tờ trình"
)
# Laws are cited by their name, before the number or the date: "Luật Giao dịch điện tử số
# 20/2023/QH15 ngày 22/6/2023", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015".
NAMED_KINDS = ("Bộ luật", "Luật", "Pháp lệnh")
_OTHER_KINDS = "|".join(k for k in CITED_KINDS.split("|") if k not in NAMED_KINDS)
# A name is a few words; it stops at a number, a date, another citation, or a word that says
# the date coming is not the law's ("có hiệu lực từ ngày …", "kể từ ngày …").
_NAME = (
    r"(?:\s+(?!số\s*:?\s*\d)(?!ngày\s+\d)"
    rf"(?!(?:{CITED_KINDS})\s)(?!(?:từ|kể|được|đã|đến)\s)"
    r"[^\s\d;:()“”\"]+){1,20}?"
)
_L = "A-ZĐƠƯÂÊÔĂa-zđ"
# 48/2022/NĐ-CP, 68/NQ-CP, 2572/QĐ-BTTTT, 20/2023/QH15, 1234/UBND-VX; the Party's 57-NQ/TW.
_SYMBOL = (
    rf"\d+\s*/\s*(?:\d{{4}}\s*/\s*)?[{_L}][{_L}0-9]*(?:\s*-\s*[{_L}0-9]+)*"
    rf"|\d+\s*-\s*[{_L}]+\s*/\s*[{_L}]+(?:\s*-\s*[{_L}0-9]+)*"
)
# "ngày 26/7/2022" or "ngày 26 tháng 7 năm 2022".
_CITED_DATE = (
    r"ngày\s+(?:(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4})"
    r"|(?P<lday>\d{1,2})\s+tháng\s+(?P<lmonth>\d{1,2})\s+năm\s+(?P<lyear>\d{4}))"
)
_KIND = rf"\b(?:(?P<named>{'|'.join(NAMED_KINDS)})(?P<name>{_NAME})?|(?P<kind>{_OTHER_KINDS}))"
# Kind (with a law's name), optional "số", the number/symbol, optional date.
REFERENCE = re.compile(rf"{_KIND}\s+(?P<so>số\s*:?\s*)?(?P<symbol>{_SYMBOL})(?:\s+{_CITED_DATE})?")
# A law by its name and date alone; read only where every line is a citation (căn cứ).
LAW_BY_NAME = re.compile(rf"\b(?P<named>{'|'.join(NAMED_KINDS)})(?P<name>{_NAME})\s+{_CITED_DATE}")
# Any other numbered document: "Văn bản số 123/UBND-KT", "Công điện số 01/CĐ-TTg".
_NUMBERED = re.compile(
    r"\bsố\s*:?\s*\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐƠƯÂÊÔĂa-zđ]+(?:\s*-\s*[A-ZĐa-zđ0-9]+)*"
    r"(?:\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})?"
)
# A law or a constitution named by its title: "Luật Đất đai năm 2024", "Hiến pháp năm 2013".
_NAMED_LAW = re.compile(r"\b(?:Bộ luật|Luật|Pháp lệnh)\s+(?=[A-ZĐÂĂÊÔƠƯ])|\bHiến pháp\b")
# The date that may follow a head in its long form: "ngày 29 tháng 12 năm 2023".
_LONG_DATE = re.compile(r"\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)

_YEAR = r"(?:19\d{2}|2[01]\d{2}|2200)"
# A year the cited words name: "năm 2024", "2025 - 2030", "quý I/2024" — not one inside a
# date ("29/12/2023", "tháng 12 năm 2023"), which is skipped as a whole.
_DATE = re.compile(
    rf"\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*{_YEAR}(?!\d)"
    rf"|ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+{_YEAR}(?!\d)",
    re.IGNORECASE,
)
_YEAR_WORDS = re.compile(
    rf"(?:\bnăm\s+)?(?<!\d){_YEAR}(?:\s*[-–—]\s*{_YEAR})?(?!\d)", re.IGNORECASE
)
_CONTINUED = re.compile(r",\s*(?:tầm nhìn|định hướng)\b", re.IGNORECASE)
_END_OF_CLAUSE = re.compile(r"[;:\n]|\.(?=\s|$)")
# A full stop that ends an abbreviation, not the clause: "TP. Hồ Chí Minh", "Tp. Quảng Ngãi".
_ABBREVIATION = re.compile(r"\b(?:TP|Tp|TX|Tx|TT|Q|P)$")


@dataclass(frozen=True)
class Citation:
    """A cited document in a text: `start`–`end` is the whole span (head and words), the
    head ends at `head_end`."""

    start: int
    head_end: int
    end: int

    def covers(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def _heads(text: str) -> list[tuple[int, int]]:
    """(start, end) of every citation head, in text order, overlaps merged."""
    found: list[tuple[int, int]] = []
    for m in REFERENCE.finditer(text):
        found.append((m.start(), m.end()))
    for m in _NUMBERED.finditer(text):
        found.append((m.start(), m.end()))
    for m in _NAMED_LAW.finditer(text):
        found.append((m.start(), m.end()))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out: list[tuple[int, int]] = []
    for start, end in merged:
        date = _LONG_DATE.match(text, end)
        out.append((start, date.end() if date else end))
    return out


def _words_end(text: str, start: int, limit: int) -> int:
    """Where the words of a citation whose head ends at `start` stop (at most `limit`)."""
    depth = 0
    named_year = False
    i = start
    while i < limit:
        char = text[i]
        if date := _DATE.match(text, i):
            i = date.end()
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return i
            depth -= 1
        elif _END_OF_CLAUSE.match(text, i) and not (
            char == "." and _ABBREVIATION.search(text, 0, i)
        ):
            return i
        elif char == ",":
            if i == start or not text[start:i].strip():
                return i  # "Quyết định số 10/QĐ-BTTTT ngày 05/01/2024, Kế hoạch năm 2024 …"
            if named_year and not _CONTINUED.match(text, i):
                return i
        elif (year := _YEAR_WORDS.match(text, i)) and (i == 0 or not text[i - 1].isalnum()):
            if named_year and not _continues_after_comma(text, start, i):
                return i
            named_year = True
            i = year.end()
            continue
        i += 1
    return limit


def _continues_after_comma(text: str, start: int, at: int) -> bool:
    """Whether the year at `at` follows ", tầm nhìn …" / ", định hướng …" in the words."""
    before = text[start:at]
    comma = before.rfind(",")
    return comma >= 0 and bool(_CONTINUED.match(before, comma))


def citations(text: str) -> list[Citation]:
    """Every citation in `text`, in order; spans never overlap."""
    heads = _heads(text)
    found: list[Citation] = []
    for k, (start, head_end) in enumerate(heads):
        limit = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        found.append(Citation(start, head_end, _words_end(text, head_end, limit)))
    return found


def cited(text: str, start: int, end: int, spans: list[Citation] | None = None) -> bool:
    """Whether `text[start:end]` lies inside a citation (`spans`: `citations(text)`)."""
    return any(c.covers(start, end) for c in (citations(text) if spans is None else spans))
