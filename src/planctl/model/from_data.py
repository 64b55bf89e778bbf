"""Turn loaded YAML data into model objects, pydantic errors into positioned findings."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from planctl.checks.rule import ERROR, Rule, Text, declare, example
from planctl.findings import Finding
from planctl.i18n import t
from planctl.load import Loaded, SourceMap
from planctl.model.plan import Document
from planctl.model.registry import Registry

M = TypeVar("M", bound=BaseModel)

# The rules a plan or registry breaks when its data does not fit the model.
declare(
    Rule(
        "S001",
        "unknown-key",
        ERROR,
        message=Text(
            "khóa không hợp lệ `{key}`{suggestion_vi}", "unknown key `{key}`{suggestion_en}"
        ),
        hint=Text(
            "sửa tên khóa hoặc xóa nó; các khóa hợp lệ ở đây: {allowed}",
            "rename or remove the key; keys allowed here: {allowed}",
        ),
        what=Text(
            "Mỗi khóa phải là một khóa planctl biết ở đúng vị trí đó của kế hoạch hay danh mục.",
            "Every key must be one planctl knows at that place in the plan or registry.",
        ),
        why=Text(
            "Một khóa gõ sai bị bỏ qua lặng lẽ thì nội dung của nó sẽ mất khỏi văn bản.",
            "A misspelt key that is silently ignored drops its content from the document.",
        ),
        example=example(
            "tasks:\n  - content: Rà soát thủ tục hành chính\n    dealine: Quý II/2024",
            "sai chính tả: `deadline`",
            "misspelt: `deadline`",
        ),
        fix=Text(
            "Sửa tên khóa (planctl gợi ý khóa gần nhất), hoặc xóa nó.",
            "Rename the key (planctl suggests the closest one), or remove it.",
        ),
    ),
    Rule(
        "S002",
        "missing-key",
        ERROR,
        message=Text("thiếu khóa bắt buộc `{key}`", "required key `{key}` is missing"),
        hint=Text("thêm `{key}:` vào đây", "add `{key}:` here"),
        what=Text(
            "Một khóa bắt buộc bị thiếu, ví dụ `kind`, `title`, `signer` của kế hoạch hay "
            "`content` của nhiệm vụ.",
            "A required key is missing, e.g. a plan's `kind`, `title` or `signer`, or a "
            "task's `content`.",
        ),
        why=Text(
            "Thiếu một phần bắt buộc thì không dựng được văn bản đúng thể thức.",
            "Without a required part the document cannot be built in its proper form.",
        ),
        example=example(
            "kind: plan\ntitle: Kế hoạch chuyển đổi số năm 2024",
            "thiếu `signer:`",
            "no `signer:`",
        ),
        fix=Text("Thêm khóa còn thiếu vào chỗ được báo.", "Add the missing key where reported."),
    ),
    Rule(
        "S003",
        "invalid-value",
        ERROR,
        message=Text("giá trị không hợp lệ: {detail_vi}", "invalid value: {detail_en}"),
        hint=Text("{hint_vi}", "{hint_en}"),
        what=Text(
            "Giá trị của một khóa không đúng kiểu hay dạng mong đợi: một ngày, một số, một "
            "danh sách, một trong các lựa chọn…",
            "A key's value is not of the expected type or form: a date, a number, a list, one "
            "of a set of choices…",
        ),
        why=Text(
            "Giá trị sai kiểu không in ra hay kiểm tra được; planctl báo thay vì đoán.",
            "A value of the wrong type can be neither printed nor checked; planctl reports it "
            "rather than guess.",
        ),
        example=example("number: một trăm ba mươi sáu", "phải là một số", "must be a number"),
        fix=Text(
            "Sửa giá trị theo gợi ý kèm thông báo.",
            "Correct the value as the message's hint says.",
        ),
    ),
    Rule(
        "S004",
        "not-a-mapping",
        ERROR,
        message=Text(
            "tệp phải là một kế hoạch (một ánh xạ `khóa: giá trị`), nhưng lại là {got_vi}",
            "the file must be a plan (a `key: value` mapping) but is {got_en}",
        ),
        hint=Text(
            "bắt đầu tệp bằng các khóa như `kind: plan`, `title: …`",
            "start the file with keys such as `kind: plan`, `title: …`",
        ),
        what=Text(
            "Cấp ngoài cùng của tệp phải là một ánh xạ `khóa: giá trị`, không phải danh sách "
            "hay một chuỗi.",
            "The top level of the file must be a `key: value` mapping, not a list or a string.",
        ),
        why=Text(
            "planctl đọc các phần của kế hoạch theo tên khóa.",
            "planctl reads the parts of a plan by their key names.",
        ),
        example=example(
            "- kind: plan\n- title: Kế hoạch chuyển đổi số năm 2024",
            "một danh sách, không phải ánh xạ",
            "a list, not a mapping",
        ),
        fix=Text(
            "Bỏ dấu “- ” trước các khóa ở cấp ngoài cùng.",
            "Remove the “- ” before the top-level keys.",
        ),
    ),
)

_TYPE_NAMES = {
    "dict": ("a mapping (key: value)", "một ánh xạ (khóa: giá trị)"),
    "list": ("a list", "một danh sách"),
    "str": ("a string", "một chuỗi"),
    "int": ("an integer", "một số nguyên"),
    "bool": ("true or false", "true hoặc false"),
}


def describe_value(value: Any) -> tuple[str, str]:
    """(English, Vietnamese) names for the kind of a value."""
    if value is None:
        return "nothing (null)", "rỗng (null)"
    if isinstance(value, dict):
        return _TYPE_NAMES["dict"]
    if isinstance(value, list):
        return _TYPE_NAMES["list"]
    if isinstance(value, bool):
        return _TYPE_NAMES["bool"]
    if isinstance(value, int):
        return _TYPE_NAMES["int"]
    return _TYPE_NAMES["str"]


def parse_document(loaded: Loaded) -> tuple[Document | None, list[Finding]]:
    data = loaded.data
    if not isinstance(data, dict):
        en, vi = describe_value(data)
        return None, [Finding.of("S004", loaded.positions.lookup(()), got_en=en, got_vi=vi)]
    from planctl.model.kinds import kind_named

    return validate_into(kind_named(data.get("kind")).model, data, loaded.positions)


def parse_registry(loaded: Loaded) -> tuple[Registry | None, list[Finding]]:
    data = loaded.data
    if not isinstance(data, dict):
        en, vi = describe_value(data)
        return None, [Finding.of("S004", loaded.positions.lookup(()), got_en=en, got_vi=vi)]
    return validate_into(Registry, data, loaded.positions)


def validate_into(
    model: type[M], data: dict[str, Any], positions: SourceMap
) -> tuple[M | None, list[Finding]]:
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        findings = [_finding(err, model, data, positions) for err in exc.errors()]
        # A text split at its colon is one mistake: the other branches of the union it
        # failed (an unknown key, a missing `bullets`) would only send the clerk astray.
        split = {f.position for f in findings if f.args.get("split")}
        findings = [f for f in findings if f.args.get("split") or f.position not in split]
        return None, sorted(set(findings))


def data_path(loc: tuple[Any, ...], data: Any) -> tuple[Any, ...]:
    """Drop the union tags pydantic puts in `loc`, keeping only real keys and indexes."""
    path: list[Any] = []
    current = data
    for i, part in enumerate(loc):
        if (
            isinstance(current, dict)
            and isinstance(part, str)
            and _is_tag(part)
            and i + 1 < len(loc)
            and loc[i + 1] in current
        ):
            # The union tag 'group' is also a key of the group it tags: ('tasks', 1, 'group',
            # 'tasks', 0, 'content') is about the group's tasks, not its `group` text.
            continue
        if (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and part < len(current)
        ):
            path.append(part)
            current = current[part]
        elif isinstance(current, dict | list):
            # A tag such as 'task' or 'str', or a key that is missing: the last element of a
            # missing/extra error is the key itself.
            if part == loc[-1] and isinstance(part, str) and not _is_tag(part):
                path.append(part)
            continue
        else:
            continue
    return tuple(path)


_TAGS = {"task", "group", "str", "EventDeadline", "Bullets", "SignerInline", "function-after"}


def _is_tag(part: str) -> bool:
    return part in _TAGS or part.startswith(("function-", "list[", "dict["))


def _allowed_keys(model: type[BaseModel], path: tuple[Any, ...], data: Any) -> list[str]:
    """Field names of the model that sits at `path` (for suggestions)."""
    from planctl.model import schema_walk

    return schema_walk.fields_at(model, path, data)


def _finding(
    err: Any, model: type[BaseModel], data: dict[str, Any], positions: SourceMap
) -> Finding:
    loc: tuple[Any, ...] = tuple(err["loc"])
    path = data_path(loc, data)
    kind = err["type"]
    if kind == "extra_forbidden":
        key = str(path[-1]) if path else str(loc[-1])
        # rapidfuzz is imported only for a misspelt key: a valid plan never needs it.
        from rapidfuzz import process

        allowed = _allowed_keys(model, path[:-1], data)
        best = process.extractOne(key, allowed, score_cutoff=60) if allowed else None
        suggestion = best[0] if best else None
        return Finding.of(
            "S001",
            positions.lookup(path, key=True),
            key=key,
            allowed=", ".join(allowed),
            suggestion=suggestion,
            suggestion_vi=f"; có phải ý bạn là `{suggestion}`?" if suggestion else "",
            suggestion_en=f"; did you mean `{suggestion}`?" if suggestion else "",
        )
    if kind == "missing":
        key = str(loc[-1])
        return Finding.of("S002", positions.lookup(path[:-1] if path else path), key=key)
    where = ".".join(str(p) for p in path) or "(gốc)"
    got_en, got_vi = describe_value(err.get("input"))
    detail_en, detail_vi, hint_en, hint_vi = _explain(err, got_en, got_vi)
    return Finding.of(
        "S003",
        positions.lookup(path),
        key=where,
        detail_en=f"`{where}`: {detail_en}",
        detail_vi=f"`{where}`: {detail_vi}",
        hint_en=hint_en,
        hint_vi=hint_vi,
        split=err["type"] == "string_type" and _split_at_colon(err.get("input")) is not None,
    )


def _split_at_colon(value: Any) -> str | None:
    """The text a clerk typed as `- Lưu: VT, VP`, which YAML read as the one-key mapping
    {"Lưu": "VT, VP"}; None when `value` is no such mapping."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((key, rest),) = value.items()
    if not isinstance(key, str) or isinstance(rest, dict | list):
        return None
    return f"{key}: {rest}" if rest is not None else f"{key}:"


def _explain(err: Any, got_en: str, got_vi: str) -> tuple[str, str, str, str]:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    split = _split_at_colon(err.get("input"))
    if kind in ("string_type",) and split is not None:
        quoted = '"' + split.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return (
            f"a text split at its colon: YAML reads “{split}” as a key and its value",
            f"một đoạn văn bị tách ở dấu hai chấm: YAML đọc “{split}” thành một khóa và giá "
            "trị của nó",
            f"put the whole text in double quotes: - {quoted}",
            f"đặt cả đoạn văn trong dấu ngoặc kép: - {quoted}",
        )
    if kind in ("string_type",):
        return (
            f"expected text, got {got_en}",
            f"cần một chuỗi văn bản, nhận được {got_vi}",
            "write the value as text (quote it if needed)",
            "ghi giá trị dạng văn bản",
        )
    if kind in ("list_type",):
        return (
            f"expected a list, got {got_en}",
            f"cần một danh sách, nhận được {got_vi}",
            "write one item per line, each after '- '",
            "mỗi mục một dòng, bắt đầu bằng '- '",
        )
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return (
            f"expected a mapping, got {got_en}",
            f"cần một ánh xạ, nhận được {got_vi}",
            "write `key: value` lines here",
            "ghi các dòng `khóa: giá trị`",
        )
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return (
            f"expected a whole number, got {got_en}",
            f"cần một số nguyên, nhận được {got_vi}",
            "write digits only, e.g. 136",
            "chỉ ghi chữ số, ví dụ 136",
        )
    if kind in ("bool_parsing", "bool_type"):
        return (
            "expected true or false",
            "cần true hoặc false",
            "write true or false",
            "ghi true hoặc false",
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return (
            f"not a date: {err.get('input')!r}",
            f"không phải ngày hợp lệ: {err.get('input')!r}",
            "write dates as YYYY-MM-DD, e.g. 2024-01-16",
            "ghi ngày dạng YYYY-MM-DD, ví dụ 2024-01-16",
        )
    if kind in ("literal_error", "enum"):
        expected = ctx.get("expected", "")
        return (
            f"expected one of {expected}, got {err.get('input')!r}",
            f"chỉ nhận một trong {expected}, nhận được {err.get('input')!r}",
            f"use one of {expected}",
            f"dùng một trong {expected}",
        )
    if kind == "authority_line":
        line = ctx.get("line", err.get("input"))
        return (
            f"“{line}” is not an authority line",
            f"“{line}” không phải một dòng thẩm quyền ký",
            "write each level as the document prints it, outermost first, each starting with "
            "TM., KT., Q., TL. or TUQ.: [TM. Chính phủ, KT. Thủ tướng]; or a single prefix "
            "(authority: KT) with on_behalf_of",
            "ghi mỗi cấp như văn bản in, cấp ngoài trước, mỗi dòng bắt đầu bằng TM., KT., Q., "
            "TL. hoặc TUQ.: [TM. Chính phủ, KT. Thủ tướng]; hoặc một tiền tố (authority: KT) "
            "kèm on_behalf_of",
        )
    if kind == "authority_behalf":
        return (
            "`on_behalf_of` goes with a single `authority` prefix, not with authority lines",
            "`on_behalf_of` chỉ dùng với một tiền tố `authority`, không dùng với các dòng "
            "thẩm quyền",
            "remove `on_behalf_of`: each line of `authority` names its own body or head "
            "(TM. Chính phủ, KT. Thủ tướng, TUQ. …)",
            "bỏ `on_behalf_of`: mỗi dòng của `authority` đã ghi cơ quan hay người đứng đầu "
            "(TM. Chính phủ, KT. Thủ tướng, TUQ. …)",
        )
    if kind.startswith("plan."):  # a validator's own words, in planctl.i18n
        return (
            t(kind, "en", **ctx),
            t(kind, "vi", **ctx),
            t(f"{kind}.hint", "en", **ctx),
            t(f"{kind}.hint", "vi", **ctx),
        )
    if kind == "value_error":
        msg = str(ctx.get("error", err.get("msg", "")))
        return (msg, msg, "correct the value", "sửa giá trị")
    if kind == "union_tag_invalid":
        return ("unexpected value", "giá trị không đúng dạng", "check the form", "kiểm tra lại")
    msg = str(err.get("msg", kind))
    return (msg, msg, "correct the value", "sửa giá trị")
