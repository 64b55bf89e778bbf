"""The files of a new organisation (`planctl init`): its org.yaml and a first document.

:func:`starter_files` turns a clerk's answers (the issuing body, its parent body, one signer,
a few units, the kind, year and title of the first document) into the text of each file, laid
out as `planctl fmt` lays them out, lists one item per line. The first document is a complete
one — purpose, tasks with a lead unit and a deadline each, responsibilities, recipients ending
in "Lưu: VT", the signer — so that it validates and builds before anything is edited; its
wording says what to replace.

The document's shape follows its kind's entry in planctl.model.kinds: a kind that issues an
attached plan (a QUYẾT ĐỊNH) gets articles and the plan under its attachment key; any other
kind is a plan of its own.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from planctl.fmt import format_text
from planctl.ids import ascii_fold, slugify
from planctl.model.kinds import KINDS, DocumentKind

DEFAULT_UNITS = ("Văn phòng",)
DEFAULT_PLACE = "Hà Nội"


@dataclass(frozen=True)
class Answers:
    """What a new organisation needs to know; blanks are worked out (see the functions below)."""

    issuer: str
    signer_name: str
    signer_title: str
    year: int
    parent: str = ""
    abbreviation: str = ""
    place: str = ""
    units: tuple[str, ...] = ()
    kind: str = "plan"
    title: str = ""


@dataclass(frozen=True)
class StarterFiles:
    folder_name: str
    """The organisation's folder under plans/, from the issuer's name."""
    registry: str
    """The text of org.yaml."""
    document_name: str
    document: str
    kind: DocumentKind
    notes: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    """An answer as typed: NFC, spaces folded, stripped."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


_PLACE_WORD = re.compile(r"\s(?:tỉnh|thành phố|tp\.|huyện|quận|thị xã)\s", re.IGNORECASE)


def default_abbreviation(issuer: str) -> str:
    """The initials of the issuer's name, as symbols write it: “và” and the place left out,
    an acronym kept whole. “Sở Nội vụ tỉnh Quảng Ngãi” → “SNV”, “Bộ Thông tin và Truyền
    thông” → “BTTTT”, “UBND tỉnh Quảng Ngãi” → “UBND”."""
    name = _PLACE_WORD.split(f" {clean(issuer)} ")[0]
    letters = []
    for word in name.split():
        if word.casefold() == "và":
            continue
        if len(word) > 1 and word.isupper():
            letters.append(word)
            continue
        first = word[0]
        letters.append("Đ" if first in "đĐ" else ascii_fold(first).upper())
    return "".join(c for c in "".join(letters) if c.isalnum()) or "CQ"


_PLACE = re.compile(r"(?:tỉnh|thành phố|tp\.|huyện|quận|thị xã)\s+(.+)$", re.IGNORECASE)


def default_place(parent: str, issuer: str) -> str:
    """The place of the date line, from the province or city the bodies name."""
    for name in (parent, issuer):
        found = _PLACE.search(clean(name))
        if found:
            return found[1]
    return DEFAULT_PLACE


def default_title(year: int) -> str:
    return f"Triển khai nhiệm vụ năm {year}"


def complete(answers: Answers) -> Answers:
    """The answers with every blank worked out."""
    units = tuple(dict.fromkeys(u for u in (clean(u) for u in answers.units) if u))
    return Answers(
        issuer=clean(answers.issuer),
        signer_name=clean(answers.signer_name),
        signer_title=clean(answers.signer_title),
        year=answers.year,
        parent=clean(answers.parent),
        abbreviation=clean(answers.abbreviation) or default_abbreviation(answers.issuer),
        place=clean(answers.place) or default_place(answers.parent, answers.issuer),
        units=units or DEFAULT_UNITS,
        kind=answers.kind,
        title=clean(answers.title) or default_title(answers.year),
    )


def starter_files(answers: Answers) -> StarterFiles:
    """The org.yaml and the first document for `answers` (completed first)."""
    a = complete(answers)
    kind = KINDS[a.kind]
    folder = slugify(a.issuer, words=8) or "co-quan"
    signer_id = slugify(a.signer_name, words=8) or "nguoi-ky"
    registry = _registry(a, folder, signer_id)
    symbol = slugify(kind.symbol) or kind.name
    topic = slugify(re.sub(r"\b(?:năm\s+)?\d{4}\b", " ", a.title)) or "ke-hoach"
    name = f"{a.year}-{symbol}-{topic}.yaml"
    document = {"kind": kind.name, "series": f"{symbol}-{topic}"}
    document.update(_document(a, kind, signer_id))
    return StarterFiles(
        folder_name=folder,
        registry=_yaml(
            registry,
            "org.yaml",
            f"Danh mục của {a.issuer}: cơ quan ban hành, đơn vị, người ký (planctl init).",
            "Thêm đơn vị, bí danh (aliases), người ký khác tại đây; xem docs/huong-dan.md.",
        ),
        document_name=name,
        document=_yaml(
            document,
            name,
            f"{kind.noun} đầu tiên của {a.issuer} (planctl init).",
            "Sửa nội dung, thêm nhiệm vụ, rồi chạy: planctl validate; planctl build.",
        ),
        kind=kind,
    )


def _registry(a: Answers, folder: str, signer_id: str) -> dict[str, Any]:
    issuer: dict[str, Any] = {"id": folder, "name": a.issuer, "abbreviation": a.abbreviation}
    if a.parent:
        issuer["parent_body"] = a.parent
    issuer["place"] = a.place
    issuer["head_title"] = a.signer_title
    return {
        "issuer": issuer,
        "units": [{"name": unit, "scope": "internal"} for unit in a.units],
        "signers": [{"id": signer_id, "name": a.signer_name, "title": a.signer_title}],
    }


def _plan_content(a: Answers) -> dict[str, Any]:
    lead = a.units[0]
    first: dict[str, Any] = {
        "id": "nhiem-vu-thu-nhat",
        "content": "Nội dung nhiệm vụ thứ nhất (thay bằng nội dung công việc của đơn vị)",
        "lead": [lead],
    }
    if len(a.units) > 1:
        first["support"] = list(a.units[1:])
    first["deadline"] = f"Quý II/{a.year}"
    report = {
        "id": "bao-cao-ket-qua",
        "content": f"Tổng hợp, báo cáo kết quả thực hiện Kế hoạch năm {a.year}",
        "lead": [lead],
        "deadline": f"Quý IV/{a.year}",
    }
    return {
        "title": a.title,
        "period": a.year,
        "sections": [
            {
                "heading": "MỤC ĐÍCH, YÊU CẦU",
                "role": "purpose",
                "text": [
                    f"Triển khai kịp thời, hiệu quả các nhiệm vụ năm {a.year} của {a.issuer}.",
                    "Xác định rõ nội dung, thời hạn và đơn vị chủ trì từng nhiệm vụ.",
                ],
            },
            {"heading": "NỘI DUNG", "role": "content", "tasks": True},
            {
                "heading": "TỔ CHỨC THỰC HIỆN",
                "role": "responsibilities",
                "text": [
                    "Các đơn vị được giao chủ trì tổ chức thực hiện nhiệm vụ đúng thời hạn; "
                    f"định kỳ báo cáo kết quả về {lead} để tổng hợp."
                ],
            },
        ],
        "tasks": [first, report],
    }


def _document(a: Answers, kind: DocumentKind, signer_id: str) -> dict[str, Any]:
    content = _plan_content(a)
    recipients = [f"{a.parent} (để b/c)"] if a.parent else []
    if not kind.issues_attachment:
        return {
            "kind": kind.name,
            **content,
            "recipients": [*recipients, f"Các đơn vị thuộc {a.issuer}", "Lưu: VT"],
            "signer": signer_id,
        }
    title = re.sub(r"^kế hoạch\s+", "", a.title, flags=re.IGNORECASE)
    title = title[:1].lower() + title[1:] if title[1:2].islower() else title
    document: dict[str, Any] = {"kind": kind.name, "title": f"Ban hành Kế hoạch {title}"}
    if kind.has_articles:
        document["articles"] = [
            f"Ban hành kèm theo {kind.noun} này Kế hoạch {title}.",
            f"{kind.noun} này có hiệu lực kể từ ngày ký.",
            f"Thủ trưởng các đơn vị thuộc {a.issuer} chịu trách nhiệm thi hành {kind.noun} này.",
        ]
    document["recipients"] = ["Như Điều 3" if kind.has_articles else "Như trên"]
    document["recipients"] += [*recipients, "Lưu: VT"]
    document["signer"] = signer_id
    assert kind.attachment_key is not None
    document[kind.attachment_key] = content
    return document


def _yaml(data: dict[str, Any], name: str, *comments: str) -> str:
    """`data` as YAML in planctl fmt's layout, under `comments`."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    header = "".join(f"# {line}\n" for line in comments)
    return format_text(header + buffer.getvalue(), name).text
