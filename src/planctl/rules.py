"""The rule catalogue: every finding code, its severity, its words in both languages, and
the documentation `planctl explain CODE` prints.

Families (ruff style, a letter and three digits): S schema and loading, U units,
D deadlines, R references (căn cứ), T text, N numbering and ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from planctl.findings import Severity


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    message_vi: str
    message_en: str
    hint_vi: str
    hint_en: str
    why_vi: str = ""
    why_en: str = ""

    def render_message(self, lang: str, args: dict[str, Any]) -> str:
        return _fill(self.message_en if lang == "en" else self.message_vi, args)

    def render_hint(self, lang: str, args: dict[str, Any]) -> str:
        return _fill(self.hint_en if lang == "en" else self.hint_vi, args)

    @property
    def family(self) -> str:
        return self.code[0]


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"


def _fill(template: str, args: dict[str, Any]) -> str:
    return template.format_map(_Defaulting(args))


E, W = Severity.ERROR, Severity.WARNING

_RULES: list[Rule] = [
    # --- S: loading and schema -------------------------------------------------------------
    Rule(
        "S001",
        "unknown-key",
        E,
        "khóa không hợp lệ `{key}`{suggestion_vi}",
        "unknown key `{key}`{suggestion_en}",
        "sửa tên khóa hoặc xóa nó; các khóa hợp lệ ở đây: {allowed}",
        "rename or remove the key; keys allowed here: {allowed}",
        "Một khóa gõ sai bị bỏ qua lặng lẽ thì nội dung của nó sẽ mất khỏi văn bản.",
        "A misspelt key that is silently ignored drops its content from the document.",
    ),
    Rule(
        "S002",
        "missing-key",
        E,
        "thiếu khóa bắt buộc `{key}`",
        "required key `{key}` is missing",
        "thêm `{key}:` vào đây",
        "add `{key}:` here",
    ),
    Rule(
        "S003",
        "invalid-value",
        E,
        "giá trị không hợp lệ: {detail_vi}",
        "invalid value: {detail_en}",
        "{hint_vi}",
        "{hint_en}",
    ),
    Rule(
        "S004",
        "not-a-mapping",
        E,
        "tệp phải là một kế hoạch (một ánh xạ `khóa: giá trị`), nhưng lại là {got_vi}",
        "the file must be a plan (a `key: value` mapping) but is {got_en}",
        "bắt đầu tệp bằng các khóa như `kind: plan`, `title: …`",
        "start the file with keys such as `kind: plan`, `title: …`",
    ),
    Rule(
        "S005",
        "registry-missing",
        E,
        "không tìm thấy danh mục đơn vị (org.yaml) cho kế hoạch này",
        "no organisation registry (org.yaml) found for this plan",
        "đặt tệp org.yaml trong cùng thư mục với kế hoạch hoặc thư mục cha",
        "put an org.yaml in the plan's folder or a parent folder",
    ),
    Rule(
        "S101",
        "yaml-syntax",
        E,
        "lỗi cú pháp YAML: {problem}",
        "YAML syntax error: {problem}",
        "kiểm tra dấu ngoặc kép chưa đóng và thụt lề ở dòng này hoặc dòng trước",
        "check for an unclosed quote or a wrong indent on this line or the one before",
    ),
    Rule(
        "S102",
        "binary-file",
        E,
        "tệp chứa byte NUL: đây là tệp nhị phân, không phải văn bản YAML",
        "the file contains NUL bytes: it is binary, not YAML text",
        "mở đúng tệp kế hoạch (.yaml) dạng văn bản UTF-8",
        "point planctl at the plan's .yaml text file, saved as UTF-8",
    ),
    Rule(
        "S103",
        "not-utf8",
        E,
        "tệp không phải UTF-8 (có thể là bảng mã cũ Windows-1258 hoặc TCVN3)",
        "the file is not UTF-8 (perhaps the legacy Windows-1258 or TCVN3 code page)",
        "lưu lại tệp với bảng mã UTF-8, ví dụ: iconv -f CP1258 -t UTF-8 tệp.yaml > mới.yaml",
        "re-save the file as UTF-8, e.g. iconv -f CP1258 -t UTF-8 file.yaml > new.yaml",
    ),
    Rule(
        "S104",
        "file-too-large",
        E,
        "tệp quá lớn ({size} byte) để là một kế hoạch",
        "the file is too large ({size} bytes) to be a plan",
        "tách kế hoạch thành nhiều tệp hoặc kiểm tra đúng tệp",
        "split the plan or check that this is the right file",
    ),
    Rule(
        "S105",
        "unreadable",
        E,
        "không đọc được tệp: {reason}",
        "cannot read the file: {reason}",
        "kiểm tra đường dẫn và quyền đọc",
        "check the path and read permission",
    ),
    Rule(
        "S106",
        "empty-file",
        E,
        "tệp rỗng: không có nội dung kế hoạch",
        "the file is empty: there is no plan in it",
        "thêm ít nhất `kind`, `title` và `signer`",
        "add at least `kind`, `title` and `signer`",
    ),
    Rule(
        "S107",
        "too-deep",
        E,
        "cấu trúc lồng nhau quá sâu (quá {limit} cấp)",
        "the structure is nested too deeply (more than {limit} levels)",
        "một kế hoạch chỉ cần vài cấp lồng nhau; kiểm tra dấu ngoặc [ ] {{ }}",
        "a plan needs only a few levels; check the [ ] and {{ }} brackets",
    ),
    Rule(
        "S108",
        "alias-expansion",
        E,
        "các bí danh YAML (&/*) triển khai ra quá {limit} giá trị",
        "YAML aliases (&/*) expand to more than {limit} values",
        "bỏ các bí danh lồng nhau; viết trực tiếp nội dung",
        "remove the nested aliases; write the content out",
    ),
    Rule(
        "S109",
        "unsafe-tag",
        E,
        "thẻ YAML `{tag}` không được phép (planctl chỉ đọc YAML an toàn)",
        "YAML tag `{tag}` is not allowed (planctl reads safe YAML only)",
        "xóa thẻ `!!…`; ghi giá trị dạng văn bản thuần",
        "remove the `!!…` tag; write the value as plain text",
    ),
    Rule(
        "S110",
        "complex-key",
        E,
        "khóa phải là một chuỗi đơn giản",
        "a key must be a plain string",
        "dùng `tên_khóa: giá trị`",
        "use `key: value`",
    ),
    Rule(
        "S111",
        "duplicate-key",
        E,
        "khóa `{key}` bị lặp (đã có ở dòng {first_line})",
        "duplicate key `{key}` (first at line {first_line})",
        "xóa một trong hai, hoặc gộp nội dung lại",
        "remove one of them or merge their content",
    ),
    # --- U: units ----------------------------------------------------------------------------
    Rule(
        "U001",
        "unknown-unit",
        E,
        "đơn vị không có trong danh mục: “{unit}”{suggestion_vi}",
        "unit not in the registry: “{unit}”{suggestion_en}",
        "dùng tên trong {registry}, hoặc thêm đơn vị/bí danh vào đó",
        "use a name from {registry}, or add the unit or alias there",
    ),
    Rule(
        "U002",
        "unit-not-valid",
        E,
        "đơn vị “{unit}” không còn/chưa có hiệu lực vào ngày {date} (hiệu lực {valid})",
        "unit “{unit}” is not in existence on {date} (valid {valid})",
        "giao nhiệm vụ cho đơn vị kế thừa{successor_vi}",
        "assign the task to the successor unit{successor_en}",
    ),
    Rule(
        "U003",
        "lead-also-support",
        E,
        "“{unit}” vừa là đơn vị chủ trì vừa là đơn vị phối hợp",
        "“{unit}” is both a lead unit and a cooperating unit",
        "xóa “{unit}” khỏi danh sách đơn vị phối hợp",
        "remove “{unit}” from the cooperating units",
    ),
    Rule(
        "U004",
        "no-lead-unit",
        E,
        "nhiệm vụ {number} không có đơn vị chủ trì",
        "task {number} has no lead unit",
        "thêm `lead: [tên đơn vị]`",
        "add `lead: [unit name]`",
    ),
    Rule(
        "U005",
        "alias-not-canonical",
        W,
        "“{unit}” là tên viết tắt/bí danh; danh mục dùng “{canonical}”",
        "“{unit}” is an alias; the registry's name is “{canonical}”",
        "viết “{canonical}”",
        "write “{canonical}”",
    ),
    Rule(
        "U006",
        "unknown-signer",
        E,
        "người ký `{signer}` không có trong danh mục{suggestion_vi}",
        "signer `{signer}` is not in the registry{suggestion_en}",
        "dùng một trong: {known}",
        "use one of: {known}",
    ),
    Rule(
        "U007",
        "duplicate-unit",
        W,
        "đơn vị “{unit}” được nêu hai lần trong cùng danh sách",
        "unit “{unit}” is listed twice in the same list",
        "xóa lần nêu thứ hai",
        "remove the second mention",
    ),
    # --- D: deadlines ------------------------------------------------------------------------
    Rule(
        "D001",
        "unparsed-deadline",
        E,
        "không hiểu thời hạn “{text}”",
        "cannot understand the deadline “{text}”",
        "viết theo dạng “Thường xuyên”, “Trước ngày 15/12/{year}”, “Quý II/{year}”, "
        '“Tháng 6/{year}”…; nếu thời hạn tùy sự kiện, ghi `deadline: {{event: "{text}"}}`',
        "write e.g. “Thường xuyên”, “Trước ngày 15/12/{year}”, “Quý II/{year}”, "
        '“Tháng 6/{year}”; for an event-driven deadline write `deadline: {{event: "{text}"}}`',
    ),
    Rule(
        "D002",
        "deadline-outside-period",
        E,
        "thời hạn “{text}” nằm ngoài thời gian của kế hoạch ({period})",
        "deadline “{text}” is outside the plan's period ({period})",
        "sửa năm của thời hạn, hoặc khai báo `period:` của kế hoạch",
        "fix the deadline's year, or declare the plan's `period:`",
    ),
    Rule(
        "D003",
        "deadline-before-plan",
        E,
        "thời hạn “{text}” ({end}) trước ngày ban hành kế hoạch ({date})",
        "deadline “{text}” ({end}) falls before the plan's date ({date})",
        "dời thời hạn sau ngày ban hành",
        "move the deadline after the plan's date",
    ),
    Rule(
        "D004",
        "subtask-after-parent",
        E,
        "thời hạn của nhiệm vụ {number} (“{text}”) muộn hơn nhiệm vụ cha {parent} (“{parent_text}”)",
        "task {number}'s deadline (“{text}”) is later than its parent {parent}'s (“{parent_text}”)",
        "rút ngắn thời hạn nhiệm vụ con hoặc kéo dài thời hạn nhiệm vụ cha",
        "bring the subtask's deadline forward or extend the parent's",
    ),
    Rule(
        "D005",
        "deadline-non-working-day",
        W,
        "thời hạn {date} rơi vào {day_vi}",
        "deadline {date} falls on {day_en}",
        "chọn ngày làm việc gần nhất, ví dụ {suggestion}",
        "pick the nearest working day, e.g. {suggestion}",
    ),
    Rule(
        "D006",
        "no-deadline",
        W,
        "nhiệm vụ {number} không có thời gian thực hiện",
        "task {number} has no deadline",
        "thêm `deadline:` (ví dụ “Thường xuyên”)",
        "add `deadline:` (e.g. “Thường xuyên”)",
    ),
    # --- R: references -----------------------------------------------------------------------
    Rule(
        "R001",
        "reference-after-plan",
        E,
        "văn bản {ref} ngày {ref_date} ban hành sau ngày của kế hoạch ({date})",
        "{ref} dated {ref_date} is later than the plan's date ({date})",
        "kiểm tra số, ngày của văn bản căn cứ",
        "check the referenced document's number and date",
    ),
    Rule(
        "R002",
        "malformed-reference",
        W,
        "trích dẫn văn bản chưa đúng thể thức: “{text}”",
        "malformed reference: “{text}”",
        "viết theo mẫu “{example}”",
        "write it as “{example}”",
    ),
    Rule(
        "R003",
        "reference-bad-date",
        E,
        "ngày của văn bản {ref} không tồn tại: {ref_date}",
        "{ref} has an impossible date: {ref_date}",
        "sửa ngày, tháng, năm",
        "correct the day, month and year",
    ),
    Rule(
        "R004",
        "reference-year-mismatch",
        W,
        "số ký hiệu {ref} ghi năm {symbol_year} nhưng ngày ban hành năm {ref_year}",
        "{ref} carries the year {symbol_year} but is dated {ref_year}",
        "kiểm tra lại năm trong số ký hiệu hoặc ngày ban hành",
        "check the year in the symbol or the date",
    ),
    # --- T: text -----------------------------------------------------------------------------
    Rule(
        "T001",
        "empty-content",
        E,
        "nội dung của {what} bị trống",
        "{what_en} has empty content",
        "ghi nội dung công việc",
        "write the task's content",
    ),
    Rule(
        "T002",
        "date-format",
        W,
        "ngày viết chưa đúng thể thức: “{text}”",
        "date not written as the decree requires: “{text}”",
        "viết “{fixed}” (ngày dưới 10 và tháng 1, 2 có số 0 đứng trước)",
        "write “{fixed}” (days below 10 and months 1 and 2 take a leading zero)",
    ),
    Rule(
        "T003",
        "control-character",
        W,
        "ký tự điều khiển {char} (thường do dán từ Word) đã bị loại bỏ",
        "control character {char} (usually pasted from Word) was removed",
        "xóa ký tự này khỏi tệp YAML",
        "delete the character from the YAML file",
    ),
    Rule(
        "T004",
        "recipients-archive",
        W,
        "dòng cuối của nơi nhận phải là “Lưu: VT, …”",
        "the last recipient line must be “Lưu: VT, …”",
        "thêm “Lưu: VT, {abbr}” vào cuối danh sách nơi nhận",
        "add “Lưu: VT, {abbr}” at the end of the recipients",
    ),
    Rule(
        "T005",
        "document-number",
        E,
        "số văn bản không hợp lệ: “{number}”",
        "invalid document number: “{number}”",
        "ghi số thứ tự dạng số nguyên dương, ví dụ `number: 136`",
        "write the number as a positive integer, e.g. `number: 136`",
    ),
    # --- N: numbering and ids ----------------------------------------------------------------
    Rule(
        "N001",
        "duplicate-task-id",
        E,
        "mã nhiệm vụ `{id}` bị trùng (đã dùng ở dòng {first_line})",
        "duplicate task id `{id}` (first used at line {first_line})",
        "đặt một mã khác; `planctl ids` sinh mã cho các nhiệm vụ chưa có",
        "choose another id; `planctl ids` generates ids for tasks without one",
    ),
    Rule(
        "N002",
        "bad-task-id",
        E,
        "mã nhiệm vụ `{id}` chỉ được chứa chữ không dấu, số, “.”, “-”, “_”",
        "task id `{id}` may only contain ASCII letters, digits, “.”, “-”, “_”",
        "đổi thành ví dụ `{suggestion}`",
        "rename it, e.g. `{suggestion}`",
    ),
    Rule(
        "N003",
        "missing-task-id",
        W,
        "nhiệm vụ {number} chưa có mã `id` (so sánh giữa các năm sẽ kém chính xác)",
        "task {number} has no `id` (year-to-year diffs will be less exact)",
        "chạy `planctl ids {file}` để sinh mã",
        "run `planctl ids {file}` to generate ids",
    ),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
