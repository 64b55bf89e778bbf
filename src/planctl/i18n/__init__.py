"""User-facing words outside the rule catalogue, in Vietnamese (default) and English."""

from __future__ import annotations

import os
from typing import Any

LANGS = ("vi", "en")

_MESSAGES: dict[str, tuple[str, str]] = {
    "severity.error": ("lỗi", "error"),
    "severity.warning": ("cảnh báo", "warning"),
    "hint": ("cách sửa", "fix"),
    "summary.clean": (
        "Không có lỗi: {files} tệp đã kiểm tra.",
        "All clean: {files} file(s) checked.",
    ),
    "summary.found": (
        "{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",
        "{errors} error(s), {warnings} warning(s) in {files} file(s).",
    ),
    "usage.missing_path": (
        "không tìm thấy đường dẫn: {path}",
        "path not found: {path}",
    ),
    "usage.no_plans": (
        "không có tệp kế hoạch (.yaml) nào trong: {paths}",
        "no plan files (.yaml) found in: {paths}",
    ),
    "usage.output_is_folder": (
        "-o {path}: là một thư mục; hãy cho tên tệp (-o {path}/TỆP)",
        "-o {path}: a folder; give a file name (-o {path}/FILE)",
    ),
    "usage.cannot_write": (
        "{path}: không ghi được: {reason}",
        "{path}: cannot write: {reason}",
    ),
    "usage.bad_lang": (
        "ngôn ngữ không hỗ trợ: {name} (chọn vi hoặc en)",
        "unsupported language: {name} (choose vi or en)",
    ),
    # --- `--shard K/N` of build and validate (planctl.shard) ---
    "shard.bad_form": (
        "--shard {value}: cần dạng K/N, ví dụ --shard 1/4 (phần thứ K trong N phần)",
        "--shard {value}: expected K/N, for example --shard 1/4 (part K of N)",
    ),
    "shard.bad_count": (
        "--shard {value}: số phần N phải từ 1 trở lên, ví dụ --shard 1/4",
        "--shard {value}: the number of parts N must be 1 or more, for example --shard 1/4",
    ),
    "shard.bad_index": (
        "--shard {value}: phần K phải từ 1 đến {count}, ví dụ --shard 1/{count}",
        "--shard {value}: part K must be from 1 to {count}, for example --shard 1/{count}",
    ),
    "shard.empty": (
        "phần {shard}: không có kế hoạch nào trong số {total} kế hoạch; không có gì để làm",
        "shard {shard}: none of the {total} plan(s) falls in this part; nothing to do",
    ),
    "explain.unknown": ("không có quy tắc {code}", "there is no rule {code}"),
    # --- the tracking sheet: `planctl status sheet` and `planctl status import` ---
    "sheet.missing": ("{path}: không có tệp", "{path}: no such file"),
    "sheet.unreadable": (
        "{path}: không đọc được bảng tính .xlsx ({reason}); lưu lại bằng Excel dạng .xlsx",
        "{path}: cannot read it as an .xlsx workbook ({reason}); save it from Excel as .xlsx",
    ),
    "sheet.no_header": (
        "{path}: không tìm thấy dòng tiêu đề có các cột {wanted} trong {rows} dòng đầu",
        "{path}: no header row naming the columns {wanted} in the first {rows} rows",
    ),
    "status_sheet.written": (
        "{path}: bảng theo dõi {tasks} nhiệm vụ, số liệu đến ngày {as_of}",
        "{path}: tracking sheet of {tasks} tasks, as of {as_of}",
    ),
    "status_sheet.exists": (
        "{path}: tệp đã có (có thể là bảng đơn vị đã điền); chọn tên khác bằng -o hoặc "
        "dùng --force",
        "{path}: exists (perhaps a sheet a unit filled in); pick another name with -o, or "
        "use --force",
    ),
    "status_sheet.bad_period": (
        "--period {period}: kỳ báo cáo phải là 2024, 2024-h1, 2024-h2, 2024-q1 … 2024-q4",
        "--period {period}: a reporting period is 2024, 2024-h1, 2024-h2, 2024-q1 … 2024-q4",
    ),
    "status_sheet.other_period": (
        "{path}: tệp tình hình thực hiện của kỳ {period}, không phải kỳ {asked}; bỏ --period, "
        "hoặc lập bảng từ kế hoạch để có kỳ {asked}",
        "{path}: the status file of the period {period}, not {asked}; leave out --period, or "
        "make the sheet from the plan for the period {asked}",
    ),
    "status_import.no_target": (
        "{sheet}: không biết nhập vào tệp tình hình thực hiện nào; ghi --into STATUS.yaml",
        "{sheet}: which status file to import into is not known; give --into STATUS.yaml",
    ),
    "status_import.no_plan": (
        "{path}: không có tệp kế hoạch (bảng ghi {plan}); tạo tệp tình hình thực hiện bằng "
        "`planctl status init` rồi ghi --into",
        "{path}: no plan file (the sheet names {plan}); make the status file with "
        "`planctl status init`, then give --into",
    ),
    "status_import.has_errors": (
        "không ghi {path}: {count} ô không đọc được; sửa trong bảng tính rồi nhập lại",
        "{path} not written: {count} cell(s) could not be read; fix them in the sheet and "
        "import again",
    ),
    "status_import.conflict": (
        "{sheet}:{cell}: nhiệm vụ “{id}” đã được sửa trong {path} sau khi lập bảng, và bảng "
        "ghi khác",
        "{sheet}:{cell}: task “{id}” was edited in {path} after the sheet was made, and the "
        "sheet says otherwise",
    ),
    "status_import.conflict_foreign": (
        "{sheet}:{cell}: nhiệm vụ “{id}” đã có kết quả trong {path} khác với bảng (bảng không "
        "do planctl lập nên không biết bên nào mới hơn)",
        "{sheet}:{cell}: task “{id}” already has a result in {path} that differs from the "
        "sheet (planctl did not make the sheet, so which is newer is not known)",
    ),
    "status_import.plan_changed": (
        "{sheet}: nhiệm vụ của kế hoạch {plan} đã thay đổi sau khi lập bảng ({old} → {new})",
        "{sheet}: the tasks of the plan {plan} changed after the sheet was made ({old} → {new})",
    ),
    "status_import.refused": (
        "không ghi {path}: nhập bảng sẽ ghi đè {count} thay đổi mới hơn; xem lại, rồi dùng "
        "--force để lấy theo bảng",
        "{path} not written: the sheet would overwrite {count} newer change(s); review them, "
        "then use --force to take the sheet's",
    ),
    "status_import.done": (
        "{path}: cập nhật {applied} nhiệm vụ từ {sheet} ({unchanged} không đổi, {kept} giữ "
        "theo tệp)",
        "{path}: {applied} task(s) updated from {sheet} ({unchanged} unchanged, {kept} kept "
        "as the file has them)",
    ),
    # --- configuration, output formats, schema (CI and editor support) ---
    "config.unknown_key": (
        "khóa cấu hình không hợp lệ `{option}`{suggestion_vi} (các khóa: {keys})",
        "unknown configuration key `{option}`{suggestion_en} (keys: {keys})",
    ),
    "config.not_codes": (
        '`{option}` phải là danh sách mã quy tắc, ví dụ ["U005", "D"]',
        '`{option}` must be a list of rule codes, e.g. ["U005", "D"]',
    ),
    "config.unknown_code": (
        "`{option}`: không có quy tắc {code}{suggestion_vi}",
        "`{option}`: there is no rule {code}{suggestion_en}",
    ),
    "config.unsuppressible": (
        "`{option}`: không thể bỏ qua hay hạ mức {code}: lỗi nhóm S nghĩa là không đọc "
        "được kế hoạch",
        "`{option}`: {code} cannot be ignored or demoted: S findings mean the plan cannot be read",
    ),
    "config.conflict": (
        "{code} có trong cả `{other}` và `{option}`",
        "{code} is in both `{other}` and `{option}`",
    ),
    "config.bad_period": (
        '`period` phải là một năm (2024), hai năm ("2025-2026") hoặc '
        "{{start = 2024-01-01, end = 2024-12-31}}, không phải {value!r}",
        '`period` must be a year (2024), two years ("2025-2026") or '
        "{{start = 2024-01-01, end = 2024-12-31}}, not {value!r}",
    ),
    "config.bad_choice": (
        "`{option}` phải là một trong: {choices} (nhận được {value!r})",
        "`{option}` must be one of: {choices} (got {value!r})",
    ),
    "config.not_table": ("`{option}` phải là một bảng TOML", "`{option}` must be a TOML table"),
    "config.unreadable": (
        "không đọc được tệp cấu hình: {reason}",
        "cannot read the configuration file: {reason}",
    ),
    "config.syntax": ("lỗi cú pháp TOML: {problem}", "TOML syntax error: {problem}"),
    # --- validate's CI options (issue 15, items 8-12) ---
    "usage.stdin_filename_alone": (
        "--stdin-filename chỉ dùng cùng đường dẫn `-` (đọc kế hoạch từ stdin)",
        "--stdin-filename goes with the path `-` (the plan read from standard input)",
    ),
    "verbose.ok": ("không có lỗi", "ok"),
    "verbose.found": ("{errors} lỗi, {warnings} cảnh báo", "{errors} errors, {warnings} warnings"),
    # --- end of validate's CI options ---
    "github.more": (
        "{errors} lỗi và {warnings} cảnh báo nữa không được chú thích (GitHub hiện tối đa "
        "{max} lỗi và {max} cảnh báo mỗi bước); xem nhật ký",
        "{errors} more error(s) and {warnings} more warning(s) not annotated (GitHub shows at "
        "most {max} of each per step); see the log",
    ),
    "schema.stale": (
        "{path} đã cũ; chạy lại: {command}",
        "{path} is out of date; run: {command}",
    ),
    "schema.current": ("{path} đã cập nhật", "{path} is up to date"),
    "schema.check_needs_output": (
        "--check cần -o/--output TỆP",
        "--check needs -o/--output FILE",
    ),
    "schema.registry_invalid": (
        "danh mục {path} có lỗi; sửa trước khi sinh schema",
        "the registry {path} has errors; fix them before generating a schema",
    ),
    "schema.org_and_registry": (
        "chọn --org hoặc --registry, không cả hai",
        "use --org or --registry, not both",
    ),
    "explain.code_or_all": (
        "cho biết một mã quy tắc, hoặc --all",
        "name a rule code, or use --all",
    ),
    "ids.added": ("{file}: đã thêm {count} mã nhiệm vụ", "{file}: added {count} task id(s)"),
    "ids.none": ("{file}: mọi nhiệm vụ đã có mã", "{file}: every task already has an id"),
    "ids.invalid": (
        "{file}: không sinh mã vì tệp còn lỗi; chạy `planctl validate` trước",
        "{file}: ids not generated because the file has errors; run `planctl validate` first",
    ),
    # --- diff, new --from, fmt, textconv (#5) ---
    "diff.title": ("So sánh {old} → {new}", "Diff {old} → {new}"),
    "diff.summary": ("Tóm tắt: {parts}.", "Summary: {parts}."),
    "diff.no_changes": ("Không có khác biệt.", "No differences."),
    "diff.count.added": ("{n} nhiệm vụ thêm", "{n} task(s) added"),
    "diff.count.removed": ("{n} nhiệm vụ bỏ", "{n} task(s) removed"),
    "diff.count.moved": ("{n} chuyển chỗ", "{n} moved"),
    "diff.count.id": ("{n} đổi mã", "{n} id(s) changed"),
    "diff.count.units": ("{n} đổi đơn vị", "{n} unit change(s)"),
    "diff.count.deadline": ("{n} đổi thời hạn", "{n} deadline(s) changed"),
    "diff.count.wording": ("{n} đổi câu chữ", "{n} wording change(s)"),
    "diff.count.header": ("{n} thay đổi phần đầu", "{n} header change(s)"),
    "diff.count.text": ("{n} đoạn văn thay đổi", "{n} paragraph(s) changed"),
    "diff.section.header": ("Phần đầu văn bản", "Header"),
    "diff.section.text": ("Nội dung văn bản", "Text"),
    "diff.section.added": ("Nhiệm vụ thêm mới", "Tasks added"),
    "diff.section.removed": ("Nhiệm vụ bị bỏ", "Tasks removed"),
    "diff.section.moved": ("Nhiệm vụ chuyển chỗ", "Tasks moved"),
    "diff.section.id": ("Đổi mã nhiệm vụ", "Task ids changed"),
    "diff.section.units": ("Thay đổi đơn vị", "Units changed"),
    "diff.section.deadline": ("Thay đổi thời hạn", "Deadlines changed"),
    "diff.section.wording": ("Thay đổi câu chữ", "Wording changed"),
    "diff.field.number": ("Số", "Number"),
    "diff.field.date": ("Ngày ban hành", "Date"),
    "diff.field.place": ("Địa danh", "Place"),
    "diff.field.title": ("Trích yếu", "Title"),
    "diff.field.plan.title": ("Trích yếu kế hoạch", "Plan title"),
    "diff.field.period": ("Thời gian của kế hoạch", "Period"),
    "diff.field.series": ("Chuỗi kế hoạch (series)", "Series"),
    "diff.field.signer": ("Người ký", "Signer"),
    "diff.field.proposed_by": ("Xét đề nghị", "Proposed by"),
    "diff.field.issued_by": ("Người ban hành", "Issued by"),
    "diff.field.authority_line": ("Thẩm quyền ban hành", "Issuing authority"),
    "diff.field.legal_bases": ("Căn cứ", "Legal basis"),
    "diff.field.implements": ("Thực hiện", "Implements"),
    "diff.field.plan.legal_bases": ("Căn cứ (kế hoạch)", "Legal basis (plan)"),
    "diff.field.plan.implements": ("Thực hiện (kế hoạch)", "Implements (plan)"),
    "diff.field.recitals": ("Các dòng mở đầu khác", "Other preamble lines"),
    "diff.field.plan.recitals": ("Các dòng mở đầu khác (kế hoạch)", "Other preamble lines (plan)"),
    "diff.field.programme.title": ("Trích yếu chương trình", "Programme title"),
    "diff.field.programme.legal_bases": ("Căn cứ (chương trình)", "Legal basis (programme)"),
    "diff.field.programme.implements": ("Thực hiện (chương trình)", "Implements (programme)"),
    "diff.field.programme.recitals": (
        "Các dòng mở đầu khác (chương trình)",
        "Other preamble lines (programme)",
    ),
    "diff.field.recipients": ("Nơi nhận", "Recipients"),
    "diff.field.content": ("Nội dung", "Content"),
    "diff.field.form": ("Hình thức", "Form"),
    "diff.field.output": ("Sản phẩm", "Output"),
    "diff.field.budget": ("Kinh phí", "Budget"),
    "diff.field.notes": ("Ghi chú", "Notes"),
    "diff.field.details": ("Chi tiết", "Details"),
    "diff.field.group": ("Tên nhóm", "Group title"),
    "diff.field.lead": ("Chủ trì", "Lead"),
    "diff.field.support": ("Phối hợp", "Cooperating"),
    "diff.where.preamble": ("Mở đầu", "Preamble"),
    "diff.where.closing": ("Kết thúc", "Closing"),
    "diff.where.articles": ("Các điều", "Articles"),
    "diff.where.body": ("Văn bản", "Body"),
    "diff.change.added": ("thêm", "added"),
    "diff.change.removed": ("bỏ", "removed"),
    "diff.column.number": ("TT", "No."),
    "diff.column.id": ("Mã", "Id"),
    "diff.column.old_id": ("Mã cũ", "Old id"),
    "diff.column.new_id": ("Mã mới", "New id"),
    "diff.column.content": ("Nội dung", "Content"),
    "diff.column.old": ("Cũ", "Old"),
    "diff.column.new": ("Mới", "New"),
    "diff.column.change": ("Thay đổi", "Change"),
    "diff.column.role": ("Vai trò", "Role"),
    "diff.column.removed": ("Bỏ", "Removed"),
    "diff.column.added": ("Thêm", "Added"),
    "diff.match.similarity": ("khớp theo nội dung {pct}%", "matched by content, {pct}%"),
    "diff.moved.reparented": ("từ {old} sang {new}", "from {old} to {new}"),
    "diff.moved.reordered": ("đổi thứ tự", "reordered"),
    "diff.top_level": ("cấp cao nhất", "top level"),
    "diff.units.successor": ("đơn vị kế nhiệm", "successor unit"),
    "diff.empty": ("(trống)", "(none)"),
    "diff.file.added": ("Kế hoạch mới: {file}", "New plan: {file}"),
    "diff.file.removed": ("Kế hoạch bị bỏ: {file}", "Plan removed: {file}"),
    "diff.shift.year_later": ("muộn hơn 1 năm", "a year later"),
    "diff.shift.years_later": ("muộn hơn {n} năm", "{n} years later"),
    "diff.shift.year_earlier": ("sớm hơn 1 năm", "a year earlier"),
    "diff.shift.years_earlier": ("sớm hơn {n} năm", "{n} years earlier"),
    "diff.shift.month_later": ("muộn hơn 1 tháng", "moved 1 month later"),
    "diff.shift.months_later": ("muộn hơn {n} tháng", "moved {n} months later"),
    "diff.shift.month_earlier": ("sớm hơn 1 tháng", "moved 1 month earlier"),
    "diff.shift.months_earlier": ("sớm hơn {n} tháng", "moved {n} months earlier"),
    "diff.shift.day_later": ("muộn hơn 1 ngày", "moved 1 day later"),
    "diff.shift.days_later": ("muộn hơn {n} ngày", "moved {n} days later"),
    "diff.shift.day_earlier": ("sớm hơn 1 ngày", "moved 1 day earlier"),
    "diff.shift.days_earlier": ("sớm hơn {n} ngày", "moved {n} days earlier"),
    "diff.same.quarter": (", cùng quý", ", same quarter"),
    "diff.same.month": (", cùng tháng", ", same month"),
    "diff.same.day": (", cùng ngày", ", same day"),
    "diff.same.half": (", cùng nửa năm", ", same half of the year"),
    "diff.same.period": (", cùng khoảng thời gian", ", same span"),
    "diff.same.year": ("", ""),
    "diff.rel.last_year": ("năm trước", "last year"),
    "diff.rel.year": ("năm {year}", "in {year}"),
    "diff.rel.moved": ("{shift} so với {ref}", "{shift} than {ref}"),
    "diff.rel.due_moved": ("hạn cuối {shift} so với {ref}", "due date {shift} than {ref}"),
    "diff.rel.due_same": ("cùng hạn cuối như {ref}", "same due date as {ref}"),
    "diff.rel.same.quarter": ("cùng quý như {ref}", "same quarter as {ref}"),
    "diff.rel.same.month": ("cùng tháng như {ref}", "same month as {ref}"),
    "diff.rel.same.day": ("cùng ngày như {ref}", "same day as {ref}"),
    "diff.rel.same.half": ("cùng nửa năm như {ref}", "same half of the year as {ref}"),
    "diff.rel.same.period": ("cùng khoảng thời gian như {ref}", "same span as {ref}"),
    "diff.rel.same.deadline": ("cùng thời hạn như {ref}", "same deadline as {ref}"),
    "diff.rel.year_later": ("muộn hơn 1 năm", "a year later"),
    "diff.rel.years_later": ("muộn hơn {n} năm", "{n} years later"),
    "diff.rel.year_earlier": ("sớm hơn 1 năm", "a year earlier"),
    "diff.rel.years_earlier": ("sớm hơn {n} năm", "{n} years earlier"),
    "diff.rel.quarter_later": ("muộn hơn {n} quý", "{n} quarter later"),
    "diff.rel.quarters_later": ("muộn hơn {n} quý", "{n} quarters later"),
    "diff.rel.quarter_earlier": ("sớm hơn {n} quý", "{n} quarter earlier"),
    "diff.rel.quarters_earlier": ("sớm hơn {n} quý", "{n} quarters earlier"),
    "diff.rel.month_later": ("muộn hơn 1 tháng", "1 month later"),
    "diff.rel.months_later": ("muộn hơn {n} tháng", "{n} months later"),
    "diff.rel.month_earlier": ("sớm hơn 1 tháng", "1 month earlier"),
    "diff.rel.months_earlier": ("sớm hơn {n} tháng", "{n} months earlier"),
    "diff.rel.day_later": ("muộn hơn 1 ngày", "1 day later"),
    "diff.rel.days_later": ("muộn hơn {n} ngày", "{n} days later"),
    "diff.rel.day_earlier": ("sớm hơn 1 ngày", "1 day earlier"),
    "diff.rel.days_earlier": ("sớm hơn {n} ngày", "{n} days earlier"),
    "diff.unchanged_plans": ("{n} kế hoạch không đổi.", "{n} plan(s) unchanged."),
    "diff.all_unchanged": (
        "Không có khác biệt: {n} kế hoạch không đổi.",
        "No differences: {n} plan(s) unchanged.",
    ),
    "diff.deadline.added": ("thêm thời hạn", "deadline added"),
    "diff.deadline.removed": ("bỏ thời hạn", "deadline removed"),
    "diff.deadline.rewritten": ("ghi lại thời hạn", "deadline rewritten"),
    "diff.deadline.changed": ("{old} → {new}", "{old} → {new}"),
    "diff.due.same": ("cùng hạn cuối", "same due date"),
    "diff.due.moved": ("hạn cuối {shift}", "due date {shift}"),
    "diff.usage": (
        "cần hai đường dẫn OLD NEW, hoặc --rev REV [PATH]",
        "give two paths OLD NEW, or --rev REV [PATH]",
    ),
    "diff.mixed": (
        "OLD và NEW phải cùng là tệp hoặc cùng là thư mục",
        "OLD and NEW must both be files or both be folders",
    ),
    "diff.bad_format": (
        "định dạng không hỗ trợ: {name} (chọn {choices})",
        "unsupported format: {name} (choose {choices})",
    ),
    "diff.bad_threshold": (
        "--threshold phải trong khoảng (0, 1], nhận được {value}",
        "--threshold must be in (0, 1], got {value}",
    ),
    "diff.unreadable": (
        "{file}: không đọc được kế hoạch; sửa các lỗi trên (`planctl validate`)",
        "{file}: cannot read the plan; fix the errors above (`planctl validate`)",
    ),
    "diff.no_git": ("không tìm thấy lệnh git", "git is not installed"),
    "diff.git_failed": ("git báo lỗi: {detail}", "git failed: {detail}"),
    "diff.not_git": ("{path} không nằm trong một kho git", "{path} is not inside a git repository"),
    "diff.bad_rev": ("không có phiên bản git {rev}", "no such git revision: {rev}"),
    "new.need_from": (
        "cần --from OLD: hiện chỉ hỗ trợ chuyển một kế hoạch sang năm mới",
        "--from OLD is required: only carrying a plan over to a new year is supported",
    ),
    "new.invalid": (
        "{file}: không đọc được kế hoạch; sửa các lỗi trên (`planctl validate`)",
        "{file}: cannot read the plan; fix the errors above (`planctl validate`)",
    ),
    "new.no_year": (
        "không xác định được năm của {file}: thêm `period:` hoặc ghi “năm …” trong trích yếu",
        "cannot tell which year {file} is for: add `period:` or write “năm …” in the title",
    ),
    "new.same_year": ("{file} đã là kế hoạch năm {year}", "{file} is already for {year}"),
    "new.bad_year": ("năm không hợp lệ: {year}", "invalid year: {year}"),
    "new.need_output": (
        "tên tệp {file} không chứa năm {year}; chỉ rõ tệp mới bằng --output",
        "the file name {file} does not contain the year {year}; name the new file with --output",
    ),
    "new.exists": (
        "{file} đã có; dùng --force để ghi đè",
        "{file} already exists; use --force to overwrite it",
    ),
    "new.written": (
        "Đã tạo {file} (năm {old_year} → {year}) từ {source}",
        "Created {file} ({old_year} → {year}) from {source}",
    ),
    "new.deadlines": (
        "  {n} thời hạn dời theo năm mới; {kept} thời hạn không ghi năm được giữ nguyên",
        "  {n} deadline(s) moved to the new year; {kept} without a year kept as written",
    ),
    "new.text": (
        "  {n} chỗ ghi “năm {old_year}” trong trích yếu và văn bản đổi thành năm {year}",
        "  {n} mention(s) of “năm {old_year}” in the title and text changed to {year}",
    ),
    "new.cleared": (
        "  số và ngày ban hành đã xóa: điền khi ban hành",
        "  number and date cleared: fill them in when the plan is issued",
    ),
    "new.no_ids": (
        "  {n} nhiệm vụ chưa có mã `id`: chạy `planctl ids` cho cả hai tệp để so sánh chính xác",
        "  {n} task(s) have no `id`: run `planctl ids` on both files for an exact diff",
    ),
    "new.unit_gone": (
        "  nhiệm vụ {number}: đơn vị “{unit}” không còn hiệu lực vào ngày {date} "
        "(hiệu lực {valid}){successor_vi}",
        "  task {number}: unit “{unit}” is not valid on {date} (valid {valid}){successor_en}",
    ),
    "new.units_gone": (
        "{n} chỗ nêu đơn vị không còn hiệu lực trong năm {year}: sửa trước khi ban hành",
        "{n} unit reference(s) not valid in {year}: fix them before the plan is issued",
    ),
    "new.would_write": (
        "Sẽ tạo {file} (năm {old_year} → {year}) từ {source} (--dry-run: chưa ghi tệp nào)",
        "Would create {file} ({old_year} → {year}) from {source} (--dry-run: nothing written)",
    ),
    "new.need_output_horizon": (
        "{file} là chương trình {first} - {last}, giữ nguyên thời gian: chỉ rõ tệp mới bằng "
        "--output (hoặc dời cả thời gian bằng --shift-period)",
        "{file} is a {first} - {last} programme whose period is kept: name the new file with "
        "--output (or move the whole period with --shift-period)",
    ),
    "new.same_file": (
        "tệp mới trùng với tệp gốc {file}: chọn tên khác bằng --output",
        "the new file is the source {file} itself: choose another name with --output",
    ),
    "new.horizon_kept": (
        "  thời gian {first} - {last} của chương trình, các thời hạn và các năm trong văn bản "
        "được giữ nguyên (--shift-period để dời)",
        "  the programme's period {first} - {last} is kept (--shift-period moves it), and so "
        "are its deadlines and years",
    ),
    "new.changes": ("  {n} thay đổi:", "  {n} change(s):"),
    "new.empty": ("(trống)", "(empty)"),
    "new.field.number": ("số", "number"),
    "new.field.date": ("ngày ban hành", "date"),
    "new.field.title": ("trích yếu", "title"),
    "new.field.period": ("thời gian", "period"),
    "new.field.deadline": ("thời hạn", "deadline"),
    "new.field.text": ("văn bản", "text"),
    "fmt.would_reformat": ("sẽ định dạng lại {file}", "would reformat {file}"),
    "fmt.reformatted": ("đã định dạng lại {file}", "reformatted {file}"),
    "fmt.summary_check": (
        "{changed} tệp cần định dạng lại, {same} tệp đã đúng định dạng",
        "{changed} file(s) would be reformatted, {same} file(s) already formatted",
    ),
    "fmt.summary": (
        "{changed} tệp đã định dạng lại, {same} tệp không đổi",
        "{changed} file(s) reformatted, {same} file(s) left unchanged",
    ),
    "fmt.unreadable": (
        "{file}: không đọc được YAML: {problem}",
        "{file}: cannot read YAML: {problem}",
    ),
    "fmt.unsafe": (
        "{file}: không định dạng vì kết quả sẽ đổi nội dung (lỗi của planctl, xin báo lại)",
        "{file}: not formatted because the result would change its content (a planctl bug, "
        "please report it)",
    ),
    "textconv.unreadable": ("không đọc được {file}: {reason}", "cannot read {file}: {reason}"),
    "diff.field.appendix": ("Phụ lục", "Appendix"),
    "diff.deadline.now_due": ("nay có hạn cụ thể", "now has a due date"),
    "diff.deadline.no_due": ("nay không còn hạn cụ thể", "no longer has a due date"),
    "new.kept": (
        "  {n} chỗ còn ghi năm {old_year} được giữ nguyên (văn bản được trích dẫn, ngày tháng): "
        "xem lại, thay bằng văn bản của năm mới nếu có",
        "  {n} mention(s) of {old_year} kept as written (cited documents, dates): review them, "
        "and cite this year's documents where there are",
    ),
    "new.kept_cited": ("trích dẫn", "cited"),
    "new.kept_date": ("ngày tháng", "date"),
    # --- init (#15) ---
    "init.ask.folder": ("Thư mục của tổ chức", "Folder of the organisation"),
    "init.ask.issuer": ("Cơ quan ban hành (ví dụ: Sở Nội vụ)", "Issuing body (e.g. Sở Nội vụ)"),
    "init.ask.parent": (
        "Cơ quan chủ quản (ví dụ: UBND tỉnh Quảng Ngãi; để trống nếu không có)",
        "Parent body (e.g. UBND tỉnh Quảng Ngãi; blank if none)",
    ),
    "init.ask.abbreviation": (
        "Chữ viết tắt trong ký hiệu văn bản (12/KH-…)",
        "Abbreviation in document symbols (12/KH-…)",
    ),
    "init.ask.place": ("Địa danh ở dòng ngày tháng", "Place name of the date line"),
    "init.ask.signer_name": ("Họ và tên người ký", "Full name of the signer"),
    "init.ask.signer_title": (
        "Chức vụ người ký (ví dụ: Giám đốc)",
        "Title of the signer (e.g. Giám đốc)",
    ),
    "init.ask.unit_first": (
        "Tên một đơn vị (chủ trì các nhiệm vụ mẫu)",
        "Name of a unit (the lead of the sample tasks)",
    ),
    "init.ask.unit_more": (
        "Tên đơn vị tiếp theo (Enter để dừng)",
        "Name of the next unit (Enter to stop)",
    ),
    "init.ask.kind": ("Loại văn bản đầu tiên: {choices}", "Kind of the first document: {choices}"),
    "init.ask.year": ("Năm của kế hoạch", "Year of the plan"),
    "init.ask.title": ("Trích yếu của kế hoạch", "Title (trích yếu) of the plan"),
    "init.bad_kind": (
        "không có loại văn bản “{kind}”; chọn một trong: {choices}",
        "there is no document kind “{kind}”; choose one of: {choices}",
    ),
    "init.missing": (
        "thiếu {flags}: chạy lệnh trên terminal để trả lời từng câu hỏi, hoặc cho các tùy chọn này",
        "missing {flags}: run the command on a terminal to answer its questions, or give these "
        "options",
    ),
    "init.exists": (
        "{file} đã có; planctl init không ghi đè, và không ghi tệp nào. Chọn thư mục khác: "
        "planctl init THƯ_MỤC",
        "{file} already exists; planctl init overwrites nothing, and wrote nothing. Choose "
        "another folder: planctl init DIR",
    ),
    "init.invalid": (
        "các tệp sẽ tạo không hợp lệ (xem trên), nên không ghi tệp nào; sửa câu trả lời rồi "
        "chạy lại",
        "the files would not validate (see above), so nothing was written; change the answers "
        "and run it again",
    ),
    "init.written": (
        "Đã tạo tổ chức mới “{issuer}” trong {folder}:",
        "Created the new organisation “{issuer}” in {folder}:",
    ),
    "init.wrote_registry": (
        "  {file}: cơ quan ban hành, {units} đơn vị, người ký",
        "  {file}: the issuer, {units} unit(s), the signer",
    ),
    "init.wrote_document": (
        "  {file}: {noun} đầu tiên (chưa có số, ngày: điền khi ban hành)",
        "  {file}: the first {noun} (no number or date: fill them in when it is issued)",
    ),
    "init.next": ("Tiếp theo: sửa nội dung {file}, rồi chạy:", "Next: edit {file}, then run:"),
    "report.wrote": ("{file}: đã tạo báo cáo", "{file}: report built"),
    "report.not_built": (
        "{file}: không tạo báo cáo vì còn {errors} lỗi; sửa rồi chạy lại",
        "{file}: report not built: {errors} error(s); fix them and run again",
    ),
    "report.no_status": (
        "{path}: không có tệp tình hình thực hiện; tạo bằng `planctl status init PLAN "
        "--period 2024-h1 --as-of 2024-06-20`",
        "{path}: no status file; make one with `planctl status init PLAN --period 2024-h1 "
        "--as-of 2024-06-20`",
    ),
    "report.other_plan": (
        "{status}: tệp này ghi tình hình của kế hoạch {named}, không phải {plan}",
        "{status}: this file reports on the plan {named}, not {plan}",
    ),
    "report.failed": (
        "{file}: không tạo được báo cáo: {reason}",
        "{file}: cannot build the report: {reason}",
    ),
    "report.summary": (
        "{built} báo cáo đã tạo, {failed} thất bại → {out}",
        "{built} report(s) built, {failed} failed → {out}",
    ),
    "build.built": ("đã tạo", "built"),
    "build.forced": ("đã tạo dù còn lỗi (--allow-errors)", "built with errors (--allow-errors)"),
    "build.skipped": ("bỏ qua", "skipped"),
    "build.failed": ("thất bại", "failed"),
    "build.title": ("Kết quả tạo văn bản", "Build summary"),
    "build.col_status": ("Trạng thái", "Status"),
    "build.col_plan": ("Kế hoạch", "Plan"),
    "build.col_detail": ("Tệp đã tạo / lý do", "Output / reason"),
    "build.progress": ("Đang tạo văn bản", "Building documents"),
    "build.warnings": ("{n} cảnh báo", "{n} warning(s)"),
    "build.reason_errors": (
        "còn {errors} lỗi; sửa, hoặc dùng --allow-errors",
        "{errors} error(s); fix them, or use --allow-errors",
    ),
    "build.skipping": (
        "{file}: không tạo văn bản vì còn {errors} lỗi (dùng --allow-errors để vẫn tạo)",
        "{file}: not built: {errors} error(s) (use --allow-errors to build anyway)",
    ),
    "build.failure": (
        "{file}: không tạo được văn bản: {reason}",
        "{file}: cannot build: {reason}",
    ),
    "build.worker_lost": (
        "tiến trình tạo văn bản bị dừng đột ngột ({reason}); chạy lại, hoặc dùng --jobs 1 "
        "để xem lỗi",
        "the process building it stopped unexpectedly ({reason}); run again, or use --jobs 1 "
        "to see the error",
    ),
    "build.summary": (
        "{built} đã tạo, {skipped} bỏ qua, {failed} thất bại → {out}",
        "{built} built, {skipped} skipped, {failed} failed → {out}",
    ),
    "build.unchanged": ("bỏ qua (không đổi)", "skipped (unchanged)"),
    "build.summary_unchanged": (
        "{built} đã tạo, {unchanged} không đổi, {skipped} bỏ qua, {failed} thất bại → {out}",
        "{built} built, {unchanged} unchanged, {skipped} skipped, {failed} failed → {out}",
    ),
    "build.edited": (
        "{file}: tệp đã bị sửa sau khi planctl tạo ra (ví dụ mở và lưu trong Word); không ghi đè. "
        "Đổi tên tệp để giữ bản đã sửa, hoặc dùng --overwrite để ghi đè",
        "{file}: changed since planctl wrote it (edited in Word?); not overwritten. Rename it "
        "to keep the edits, or use --overwrite to overwrite it",
    ),
    "build.untracked": (
        "{file}: tệp đã có sẵn, không do planctl tạo và khác bản mới; không ghi đè. "
        "Dùng --overwrite để ghi đè",
        "{file}: already exists, was not written by planctl and differs from the new one; "
        "not overwritten. Use --overwrite to overwrite it",
    ),
    "build.reason_refused": (
        "không ghi đè tệp đã sửa tay: {files} (dùng --overwrite để ghi đè)",
        "edited by hand, not overwritten: {files} (use --overwrite to overwrite)",
    ),
    "build.overwriting": (
        "{file}: ghi đè tệp đã sửa tay (--overwrite)",
        "{file}: overwriting a file edited by hand (--overwrite)",
    ),
    "build.collision": (
        "{file}: các kế hoạch {sources} cùng ghi vào một tệp; đổi tên một kế hoạch (chưa ghi "
        "tệp nào)",
        "{file}: the plans {sources} would write the same file; rename one of them (nothing "
        "was written)",
    ),
    "build.manifest_unreadable": (
        "{file}: không đọc được bản kê các tệp đã tạo ({reason}); tệp có sẵn chỉ được ghi đè "
        "nếu giống hệt bản mới",
        "{file}: cannot read the build manifest ({reason}); existing files are overwritten only "
        "where identical to the new ones",
    ),
    "build.manifest_is_folder": ("một thư mục nằm ở chỗ của nó", "a folder is in its place"),
    "build.manifest_unwritable": (
        "{file}: không ghi được bản kê các tệp đã tạo ({reason}): kiểm tra quyền ghi của thư "
        "mục đầu ra; lần build sau sẽ không ghi đè các tệp vừa tạo trừ khi giống hệt",
        "{file}: cannot write the build manifest ({reason}): check that the output folder is "
        "writable; the next build will overwrite the files just made only where identical",
    ),
    "build.pdf_missing": (
        "không tạo PDF: không tìm thấy LibreOffice (lệnh `soffice`) trên PATH; các tệp khác vẫn "
        "được tạo. Cài đặt: Debian/Ubuntu `sudo apt-get install libreoffice-writer "
        "fonts-liberation2`; Fedora `sudo dnf install libreoffice-writer liberation-serif-fonts`; "
        "macOS `brew install --cask libreoffice`; Windows: https://www.libreoffice.org/download/ "
        "(hoặc đặt biến PLANCTL_SOFFICE là đường dẫn tới soffice)",
        "no PDF: LibreOffice (the `soffice` command) is not on the PATH; the other outputs are "
        "still written. Install it: Debian/Ubuntu `sudo apt-get install libreoffice-writer "
        "fonts-liberation2`; Fedora `sudo dnf install libreoffice-writer liberation-serif-fonts`; "
        "macOS `brew install --cask libreoffice`; Windows: https://www.libreoffice.org/download/ "
        "(or set PLANCTL_SOFFICE to the path of soffice)",
    ),
    "build.pdf_font": (
        "cảnh báo: không có phông Times New Roman hay Liberation Serif (cùng số đo chữ); PDF sẽ "
        "dùng “{font}” và có thể xuống dòng, sang trang khác Word. Cài: Debian/Ubuntu `sudo "
        "apt-get install fonts-liberation2`, hoặc phông Times New Roman (gói "
        "`ttf-mscorefonts-installer`, kho contrib)",
        "warning: neither Times New Roman nor Liberation Serif (same metrics) is installed; the "
        "PDF will use “{font}” and may break lines and pages unlike Word. Install: Debian/Ubuntu "
        "`sudo apt-get install fonts-liberation2`, or the Times New Roman font (the package "
        "`ttf-mscorefonts-installer`, in contrib)",
    ),
    # --- the plan's own values (S003 details a model validator words itself) ---
    "plan.period_years": (
        "năm của kỳ kế hoạch phải từ {first} đến {last}, không phải {value}",
        "the period's years must lie between {first} and {last}, not {value}",
    ),
    "plan.period_years.hint": (
        'ghi năm của kế hoạch, ví dụ `period: 2025` hoặc `period: "2025-2030"`',
        'write the plan\'s year(s), e.g. `period: 2025` or `period: "2025-2030"`',
    ),
    "build.pdf_glyphs": (
        "cảnh báo: phông “{font}” ({file}) thiếu chữ tiếng Việt ({count} chữ: {letters}); "
        "LibreOffice sẽ lấy các chữ đó từ {fallback} nên PDF có chữ khác phông và có thể xuống "
        "dòng, sang trang khác Word. Cài phông đủ chữ Việt rồi tạo lại PDF: Debian/Ubuntu `sudo "
        "apt-get install fonts-liberation2` (Liberation 2.x), hoặc phông Times New Roman (gói "
        "`ttf-mscorefonts-installer`, kho contrib)",
        "warning: the font “{font}” ({file}) lacks Vietnamese letters ({count}: {letters}); "
        "LibreOffice will take them from {fallback}, so the PDF mixes fonts and may break "
        "lines and pages unlike Word. Install a font with every Vietnamese letter, then build "
        "the PDF again: Debian/Ubuntu `sudo apt-get install fonts-liberation2` (Liberation 2.x), "
        "or the Times New Roman font (the package `ttf-mscorefonts-installer`, in contrib)",
    ),
    "build.pdf_other_font": ("một phông khác", "another font"),
    "build.pdf_failed": ("không tạo được PDF: {reason}", "cannot make the PDF: {reason}"),
}


def resolve_lang(option: str | None) -> str:
    lang = (option or os.environ.get("PLANCTL_LANG") or "vi").strip().lower()
    return lang.split("_")[0].split("-")[0] or "vi"


def t(key: str, lang: str, **args: Any) -> str:
    vi, en = _MESSAGES[key]
    return (en if lang == "en" else vi).format(**args)
