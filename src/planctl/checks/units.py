"""U: units named in tasks and the signer, checked against the organisation registry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from planctl.checks.context import CheckContext
from planctl.checks.rule import ERROR, WARNING, Rule, Text, check, example
from planctl.facts import UnitRef
from planctl.findings import Finding, Position
from planctl.model.registry import ResolvedUnit, normalize_name


def _suggestions(ctx: CheckContext, written: str) -> list[str]:
    # rapidfuzz is imported only when a name is unknown: most builds never need it.
    from rapidfuzz import fuzz, process

    names = ctx.units.all_names()
    matches = process.extract(
        normalize_name(written),
        {n: normalize_name(n) for n in names},
        scorer=fuzz.WRatio,
        limit=3,
        score_cutoff=70,
    )
    canonical: list[str] = []
    for _, _, name in matches:
        resolved = ctx.units.resolve(name)
        if resolved and resolved.canonical not in canonical:
            canonical.append(resolved.canonical)
    return canonical


def _validity(entry_from: dt.date | None, entry_to: dt.date | None) -> str:
    def day(value: dt.date | None) -> str:
        return value.strftime("%d/%m/%Y") if value else "…"

    return f"{day(entry_from)} → {day(entry_to)}"


U001 = Rule(
    "U001",
    "unknown-unit",
    ERROR,
    message=Text(
        "đơn vị không có trong danh mục: “{unit}”{suggestion_vi}",
        "unit not in the registry: “{unit}”{suggestion_en}",
    ),
    hint=Text(
        "dùng tên trong {registry}, hoặc thêm đơn vị/bí danh vào đó",
        "use a name from {registry}, or add the unit or alias there",
    ),
    what=Text(
        "Mỗi đơn vị nêu ở `lead` và `support` của nhiệm vụ phải có trong danh mục đơn vị (org.yaml): dưới tên chính thức, tên viết tắt hoặc một bí danh.",
        "Every unit named in a task's `lead` and `support` must be in the organisation registry (org.yaml), by its canonical name, its short name or an alias.",
    ),
    why=Text(
        "Tên gõ sai hoặc đơn vị không tồn tại nghĩa là giao việc cho một đơn vị không ai nhận, và mọi bảng tổng hợp theo đơn vị đều sai.",
        "A misspelt or non-existent unit assigns work that nobody receives, and every per-unit summary is wrong.",
    ),
    example=example(
        "tasks:\n  - content: Rà soát văn bản quy phạm pháp luật\n    lead: [Vụ Pháp chê]",
        "sai chính tả: “Vụ Pháp chế”",
        "misspelt: “Vụ Pháp chế”",
    ),
    fix=Text(
        "Viết tên như trong danh mục (planctl gợi ý tên gần nhất), hoặc thêm đơn vị hay bí danh mới vào org.yaml.",
        "Write the name as the registry has it (planctl suggests the closest one), or add the unit or a new alias to org.yaml.",
    ),
)
U002 = Rule(
    "U002",
    "unit-not-valid",
    ERROR,
    message=Text(
        "đơn vị “{unit}” không còn/chưa có hiệu lực vào ngày {date} (hiệu lực {valid})",
        "unit “{unit}” is not in existence on {date} (valid {valid})",
    ),
    hint=Text(
        "giao nhiệm vụ cho đơn vị kế thừa{successor_vi}",
        "assign the task to the successor unit{successor_en}",
    ),
    what=Text(
        "Đơn vị được giao việc phải có hiệu lực (theo `valid_from` và `valid_to` trong danh mục) vào ngày ban hành kế hoạch, hoặc ngày đầu thời gian của kế hoạch nếu chưa có ngày ban hành.",
        "A unit given work must be in existence (by `valid_from` and `valid_to` in the registry) on the plan's date, or on the first day of its period when it has no date yet.",
    ),
    why=Text(
        "Đơn vị đã sáp nhập, giải thể hay đổi tên không thể nhận nhiệm vụ; kế hoạch sao chép từ năm trước thường còn mang tên cũ.",
        "A unit that has been merged, dissolved or renamed cannot take on work; a plan copied from last year's often still carries the old names.",
    ),
    example=example(
        "date: 2025-06-02\ntasks:\n  - content: Vận hành cổng thông tin điện tử\n    lead: [Cục Tin học hóa]",
        "đã sáp nhập trước ngày 02/6/2025",
        "merged before 02/06/2025",
    ),
    fix=Text(
        "Giao nhiệm vụ cho đơn vị kế thừa (ghi ở `successor` trong danh mục), hoặc sửa thời gian hiệu lực trong org.yaml nếu nó sai.",
        "Assign the task to the successor unit (the registry's `successor`), or correct the validity dates in org.yaml if they are wrong.",
    ),
)
U003 = Rule(
    "U003",
    "lead-also-support",
    ERROR,
    message=Text(
        "“{unit}” vừa là đơn vị chủ trì vừa là đơn vị phối hợp",
        "“{unit}” is both a lead unit and a cooperating unit",
    ),
    hint=Text(
        "xóa “{unit}” khỏi danh sách đơn vị phối hợp",
        "remove “{unit}” from the cooperating units",
    ),
    what=Text(
        "Một đơn vị không được vừa chủ trì (`lead`) vừa phối hợp (`support`) trong cùng một nhiệm vụ; tên được so theo tên chính thức, nên bí danh cũng bị phát hiện.",
        "A unit may not be both a lead (`lead`) and a cooperating unit (`support`) of the same task; names are compared by the canonical name, so an alias is caught too.",
    ),
    why=Text(
        "Văn bản như vậy không rõ ai chịu trách nhiệm chính, và thường bị trả lại khi thẩm định.",
        "Such a document leaves unclear who is responsible, and is usually sent back at review.",
    ),
    example=example(
        "lead: [Văn phòng Bộ]\nsupport: [Văn phòng, Vụ Kế hoạch - Tài chính]",
        "“Văn phòng” cũng là “Văn phòng Bộ”",
        "“Văn phòng” is “Văn phòng Bộ” too",
    ),
    fix=Text(
        "Xóa đơn vị khỏi `support` và giữ nó ở `lead`.",
        "Remove the unit from `support` and keep it in `lead`.",
    ),
)
U004 = Rule(
    "U004",
    "no-lead-unit",
    ERROR,
    message=Text("nhiệm vụ {number} không có đơn vị chủ trì", "task {number} has no lead unit"),
    hint=Text("thêm `lead: [tên đơn vị]`", "add `lead: [unit name]`"),
    what=Text(
        "Mỗi nhiệm vụ phải có ít nhất một đơn vị chủ trì (`lead`).",
        "Every task must have at least one lead unit (`lead`).",
    ),
    why=Text(
        "Nhiệm vụ không có đơn vị chủ trì thì không ai thực hiện và không ai báo cáo kết quả.",
        "A task without a lead unit is carried out by nobody and reported on by nobody.",
    ),
    example=example(
        "tasks:\n  - content: Tổ chức hội nghị sơ kết\n    deadline: Tháng 6/2024",
        "không có `lead:`",
        "no `lead:`",
    ),
    fix=Text(
        "Thêm `lead:` với đơn vị chịu trách nhiệm chính về nhiệm vụ.",
        "Add `lead:` with the unit mainly responsible for the task.",
    ),
)
U005 = Rule(
    "U005",
    "alias-not-canonical",
    WARNING,
    message=Text(
        "“{unit}” là tên viết tắt/bí danh; danh mục dùng “{canonical}”",
        "“{unit}” is an alias; the registry's name is “{canonical}”",
    ),
    hint=Text("viết “{canonical}”", "write “{canonical}”"),
    what=Text(
        "Kế hoạch gọi một đơn vị bằng tên viết tắt hoặc bí danh thay vì tên chính thức trong danh mục.",
        "The plan names a unit by a short name or an alias instead of the registry's canonical name.",
    ),
    why=Text(
        "Văn bản hành chính nên dùng tên chính thức; một đơn vị được gọi bằng nhiều tên dễ gây nhầm lẫn.",
        "An official document should use official names; one unit called by several names confuses readers.",
    ),
    example=example(
        "lead: [Trung tâm TT]",
        "tên chính thức: “Trung tâm Thông tin”",
        "canonical name: “Trung tâm Thông tin”",
    ),
    fix=Text(
        'Viết tên chính thức; nếu cơ quan quen dùng tên ngắn, bỏ qua quy tắc trong planctl.toml: `ignore = ["U005"]`.',
        'Write the canonical name; if the body customarily uses short names, ignore the rule in planctl.toml: `ignore = ["U005"]`.',
    ),
)
U007 = Rule(
    "U007",
    "duplicate-unit",
    WARNING,
    message=Text(
        "đơn vị “{unit}” được nêu hai lần trong cùng danh sách",
        "unit “{unit}” is listed twice in the same list",
    ),
    hint=Text("xóa lần nêu thứ hai", "remove the second mention"),
    what=Text(
        "Một đơn vị được nêu hai lần trong cùng danh sách `lead` hoặc `support`, kể cả dưới hai tên khác nhau.",
        "A unit is named twice in one `lead` or `support` list, even under two different names.",
    ),
    why=Text(
        "Tên lặp làm văn bản dài thừa và làm sai các số liệu tổng hợp theo đơn vị.",
        "A repeated name lengthens the document for nothing and skews the per-unit figures.",
    ),
    example=example(
        "support: [Vụ Pháp chế, Văn phòng Bộ, Vụ Pháp chế]",
        "“Vụ Pháp chế” hai lần",
        "“Vụ Pháp chế” twice",
    ),
    fix=Text("Xóa lần nêu thứ hai.", "Remove the second mention."),
)


def _where(ctx: CheckContext, path: tuple[Any, ...], role: str, ref: UnitRef) -> Position:
    """Where a unit is typed: its list item, or its words inside a cell written as one string
    ("VTV, VOX, TTXVN" → the column of "VOX")."""
    start = ctx.at((*path, role, ref.entry))
    if ref.offset == 0:
        return start
    lines = ctx.lines  # split once per plan: per unit it made a 20,000-task plan quadratic
    line = lines[start.line - 1] if 0 < start.line <= len(lines) else ""
    col = start.col - 1
    if line[col : col + 1] in ("'", '"'):
        col += 1
    typed = line[col + ref.offset : col + ref.offset + len(ref.written)]
    if typed == ref.written:
        return Position(start.file, start.line, col + ref.offset + 1)
    return ctx.locate((*path, role, ref.entry), ref.written)


U008 = Rule(
    "U008",
    "unit-split-at-comma",
    ERROR,
    message=Text(
        "“{first}” và “{second}” là một tên đơn vị bị tách ở dấu phẩy: “{joined}”",
        "“{first}” and “{second}” are one unit name split at its comma: “{joined}”",
    ),
    hint=Text(
        "đặt tên trong dấu ngoặc kép hoặc viết mỗi đơn vị một dòng: {fixed}",
        "put the name in double quotes or write one unit per line: {fixed}",
    ),
    what=Text(
        "Trong danh sách viết trên một dòng (`[A, B]`), dấu phẩy ngăn cách các đơn vị; một tên đơn vị có dấu phẩy phải đặt trong dấu ngoặc kép.",
        "In a list written on one line (`[A, B]`) a comma separates the units; a unit name holding a comma must be put in double quotes.",
    ),
    why=Text(
        "YAML cắt “Các sở, ban ngành” thành hai đơn vị không có trong danh mục; sửa danh mục org.yaml cho khớp sẽ làm hỏng danh mục, lỗi nằm ở cách viết danh sách.",
        "YAML cuts “Các sở, ban ngành” into two units the registry does not know; editing org.yaml to match would damage the registry, when the mistake is in how the list is written.",
    ),
    example=example(
        "    support: [Văn phòng Bộ, các cơ quan, đơn vị thuộc Bộ]",
        "“các cơ quan, đơn vị thuộc Bộ” bị tách làm hai",
        "“các cơ quan, đơn vị thuộc Bộ” is cut in two",
    ),
    fix=Text(
        'Đặt tên trong dấu ngoặc kép, `support: [Văn phòng Bộ, "các cơ quan, đơn vị thuộc Bộ"]`, hoặc viết mỗi đơn vị một dòng bắt đầu bằng `- `. Không sửa org.yaml.',
        'Put the name in double quotes, `support: [Văn phòng Bộ, "các cơ quan, đơn vị thuộc Bộ"]`, or write one unit per line starting with `- `. Do not edit org.yaml.',
    ),
)


def _quoted_fix(refs: tuple[UnitRef, ...], split: dict[int, tuple[str, bool]], role: str) -> str:
    """The cell as it should be typed: each rejoined name in double quotes."""
    names: list[str] = []
    for k, ref in enumerate(refs):
        if k - 1 in split:
            continue
        names.append(f'"{split[k][0]}"' if k in split else ref.written)
    return f"{role}: [{', '.join(names)}]"


def _flow_list(ctx: CheckContext, path: tuple[Any, ...]) -> bool:
    """Whether the cell at `path` is written as a flow list, `[A, B]`, on its line."""
    start = ctx.at(path)
    lines = ctx.lines
    line = lines[start.line - 1] if 0 < start.line <= len(lines) else ""
    return line[start.col - 1 : start.col] == "["


def _split_names(
    ctx: CheckContext, refs: tuple[UnitRef, ...], flow: bool
) -> dict[int, tuple[str, bool]]:
    """The refs (by index) that start a unit name a flow list cut at its comma, with the
    name rejoined and whether the registry knows it: two adjacent unknown entries that join
    into a known name, or, in a flow list, an unknown entry followed by one that reads as the
    rest of a name (it starts in lower case, "ban ngành": a unit's name starts in capitals)."""
    found: dict[int, tuple[str, bool]] = {}
    i = 0
    while i + 1 < len(refs):
        first, second = refs[i], refs[i + 1]
        adjacent = (
            first.resolved is None
            and second.resolved is None
            and second.entry == first.entry + 1
            and second.offset == 0
            and not first.separator
        )
        if adjacent:
            joined = f"{first.written}, {second.written}"
            known = ctx.units.resolve(joined) is not None
            if known or (flow and second.written[:1].islower()):
                found[i] = (joined, known)
                i += 2
                continue
        i += 1
    return found


@check(U001, U002, U003, U004, U005, U007, U008)
def task_units(ctx: CheckContext) -> Iterator[Finding]:
    day = ctx.reference_day
    registry_name = ctx.registry.issuer.id + "/org.yaml"
    for facts in ctx.facts.tasks:
        path, task = facts.path, facts.task
        number = ctx.number(task)
        if not facts.lead:
            yield Finding.of("U004", ctx.at(path), number=number)
        resolved: dict[str, list[ResolvedUnit]] = {"lead": [], "support": []}
        for role in ("lead", "support"):
            refs: tuple[UnitRef, ...] = getattr(facts, role)
            seen: set[str] = set()
            flow = _flow_list(ctx, (*path, role))
            split = _split_names(ctx, refs, flow)
            for k, ref in enumerate(refs):
                written = ref.written
                where = _where(ctx, path, role, ref)
                if k in split:
                    joined, known = split[k]
                    yield Finding.of(
                        "U008",
                        where,
                        first=written,
                        second=refs[k + 1].written,
                        joined=joined,
                        known=known,
                        fixed=_quoted_fix(refs, split, role),
                    )
                    continue
                if k - 1 in split:
                    continue
                unit = ref.resolved
                if unit is None:
                    found = _suggestions(ctx, written)
                    yield Finding.of(
                        "U001",
                        where,
                        unit=written,
                        suggestions=found,
                        registry=registry_name,
                        suggestion_vi=f"; có phải “{found[0]}”?" if found else "",
                        suggestion_en=f"; did you mean “{found[0]}”?" if found else "",
                    )
                    continue
                resolved[role].append(unit)
                if unit.canonical in seen:
                    yield Finding.of("U007", where, unit=written)
                seen.add(unit.canonical)
                if unit.is_alias:
                    yield Finding.of("U005", where, unit=written, canonical=unit.canonical)
                if day is not None and not unit.entry.valid_on(day):
                    successor = getattr(unit.entry, "successor", None)
                    yield Finding.of(
                        "U002",
                        where,
                        unit=written,
                        date=day.strftime("%d/%m/%Y"),
                        valid=_validity(unit.entry.valid_from, unit.entry.valid_to),
                        successor=successor,
                        successor_vi=f" (“{successor}”)" if successor else "",
                        successor_en=f" (“{successor}”)" if successor else "",
                    )
        lead = {u.canonical for u in resolved["lead"]}
        for ref in facts.support:
            if ref.resolved is not None and ref.resolved.canonical in lead:
                yield Finding.of("U003", _where(ctx, path, "support", ref), unit=ref.written)


U006 = Rule(
    "U006",
    "unknown-signer",
    ERROR,
    message=Text(
        "người ký `{signer}` không có trong danh mục{suggestion_vi}",
        "signer `{signer}` is not in the registry{suggestion_en}",
    ),
    hint=Text("dùng một trong: {known}", "use one of: {known}"),
    what=Text(
        "Người ký (`signer`) phải là mã của một người ký có trong danh mục (mục `signers` của org.yaml).",
        "The signer (`signer`) must be the id of a signer in the registry (the `signers` of org.yaml).",
    ),
    why=Text(
        "planctl lấy chức vụ, họ tên và thẩm quyền ký (KT., TM., …) từ danh mục; thiếu thì không in được phần chữ ký.",
        "planctl takes the title, the name and the signing authority (KT., TM., …) from the registry; without them the signature block cannot be printed.",
    ),
    example=example(
        "signer: thu-truong-nguyen",
        "mã không có trong `signers`",
        "an id not among the `signers`",
    ),
    fix=Text(
        "Dùng một mã có trong `signers` của org.yaml (planctl gợi ý mã gần nhất), hoặc thêm người ký vào đó.",
        "Use an id from the `signers` of org.yaml (planctl suggests the closest), or add the signer there.",
    ),
)


@check(U006)
def signer_known(ctx: CheckContext) -> Iterator[Finding]:
    signer = ctx.document.signer
    if isinstance(signer, str) and ctx.registry.signer(signer) is None:
        from rapidfuzz import process

        known = [s.id for s in ctx.registry.signers]
        best = process.extractOne(signer, known, score_cutoff=60) if known else None
        yield Finding.of(
            "U006",
            ctx.at(("signer",)),
            signer=signer,
            known=", ".join(known) or "—",
            suggestion_vi=f"; có phải ý bạn là `{best[0]}`?" if best else "",
            suggestion_en=f"; did you mean `{best[0]}`?" if best else "",
        )
