"""The command line's own words: help texts in English, what each option takes, and the words
typer prints around them ("Usage:", "Options", "No such command …"), in both languages.

The Vietnamese help of each command and option sits beside it in planctl/cli.py (`help=`, the
command's docstring) and is shown by default; the English here replaces it with `--lang en`
(or PLANCTL_LANG=en). Keys are "command.parameter", with "planctl" for the root: "planctl.lang",
"build.force". A parameter with no English here keeps its Vietnamese (the catalogue test lists
what is missing). "{kinds}" in a help text is the list of document kinds planctl knows
(planctl.model.kinds), filled in when the help is shown.
"""

from __future__ import annotations

from typing import Any

LANG_EN = "Language of messages and help: vi (default) or en. Env: PLANCTL_LANG."
PATHS_EN = "Plan files or folders (default: plans/)."
SHARD_EN = "Only part K of N of the plans (to share the work among N CI runners)."

EN: dict[str, str] = {
    "planctl": (
        "Compile the plans of Vietnamese government bodies (KẾ HOẠCH, QUYẾT ĐỊNH) from YAML into "
        "documents laid out as Decree 30/2020/NĐ-CP requires."
    ),
    "planctl.lang": LANG_EN,
    "planctl.version": "Print the version and exit.",
    "planctl.install_completion": "Install completion for the current shell.",
    "planctl.show_completion": "Print the completion script, to copy it or adapt the install.",
    "help": "Show this help and exit.",
    "init": (
        "Start a new organisation: org.yaml (issuer, parent body, a signer, its units) and a "
        "first plan, asking on a terminal; every answer has a flag for scripts."
    ),
    "init.folder": (
        "Folder of the new organisation (default: plans/ and the issuer's name without "
        "diacritics, e.g. plans/so-noi-vu)."
    ),
    "init.issuer": "Issuing body, as it heads the documents (e.g. “Sở Nội vụ”).",
    "init.abbreviation": "Abbreviation in document symbols (“SNV” in “12/KH-SNV”).",
    "init.parent": "Parent body, above the issuer in the header (e.g. “UBND tỉnh Quảng Ngãi”).",
    "init.place": "Place name of the place-date line (e.g. “Quảng Ngãi”).",
    "init.signer_name": "Full name of the signer.",
    "init.signer_title": "Title of the signer (e.g. “Giám đốc”).",
    "init.unit": "A unit of the body (repeat the option for each unit).",
    "init.kind": "Kind of the first document: {kinds} (default: plan).",
    "init.year": "Year of the first plan (default: this year).",
    "init.title": "Title of the first plan (trích yếu).",
    "init.yes": "Ask nothing: take the flags, and defaults for the rest.",
    "init.lang": LANG_EN,
    "validate": "Check plans: units, deadlines, legal bases, task ids (file:line:column).",
    "validate.paths": PATHS_EN,
    "validate.strict": "Warnings fail the command too (default: `strict` in the configuration).",
    "validate.output_format": (
        "Report format (default: `format` in the configuration; github when "
        "GITHUB_ACTIONS=true; else text)."
    ),
    "validate.output": "Write the report to this file instead of standard output.",
    "validate.config": (
        "Use this configuration file (planctl.toml or pyproject.toml) for every plan."
    ),
    "validate.shard": SHARD_EN,
    "validate.lang": LANG_EN,
    "validate.quiet": (
        "-q: print the findings and the summary only (no fix hints); -qq: print nothing, "
        "only the exit code tells."
    ),
    "validate.verbose": "Print each file checked (ok, or its counts) and its time, to stderr.",
    "validate.exit_zero": "Exit 0 once the plans are checked, even when there are errors.",
    "validate.select": (
        "Report only these rules: codes or prefixes (U, D005), comma-separated; replaces "
        "`select` in the configuration."
    ),
    "validate.ignore": (
        "Do not report these rules (codes or prefixes); replaces `ignore` in the configuration."
    ),
    "validate.statistics": "Print how many findings of each code (most first), not the findings.",
    "validate.stdin_filename": (
        "Name of the plan read from `-` (stdin): used in positions, and to look for org.yaml "
        "and the configuration from its folder."
    ),
    "validate.color": "Colours: auto (on a terminal, unless NO_COLOR is set), always or never.",
    "ids": "Write a stable `id` into every task that has none (YAML comments kept).",
    "ids.paths": PATHS_EN,
    "ids.lang": LANG_EN,
    "explain": "Explain a rule: what it checks, why, and how to fix it.",
    "explain.code": "A rule code, e.g. U001.",
    "explain.all_rules": "Print every rule as Markdown (docs/rules.md).",
    "explain.lang": LANG_EN,
    "schema": (
        "JSON Schema for editors (YAML language server): completion and checks as you type."
    ),
    "schema.output": "Write it to this file (default: standard output).",
    "schema.registry": (
        "An org.yaml: add the body's unit names and signers, for completion and checks."
    ),
    "schema.org": "The schema of org.yaml itself.",
    "schema.check": "Write nothing; exit 1 if the -o file is out of date.",
    "schema.lang": LANG_EN,
    "diff": "Compare plans across years and editions: tasks, units, deadlines, wording.",
    "diff.paths": "OLD NEW (two files or two folders); with --rev: PATH (default plans/).",
    "diff.rev": "Compare with this git revision (read with git show, nothing checked out).",
    "diff.output_format": "text (default), markdown or json.",
    "diff.exit_code": "Exit 1 when there are differences (as git diff does).",
    "diff.threshold": "How similar (0-1) two tasks with different ids must be to be paired.",
    "diff.order": "Also report tasks that only changed place (renumbered).",
    "diff.color": "Colours (default: on a terminal, unless NO_COLOR is set).",
    "diff.lang": LANG_EN,
    "new": ("Make next year's plan from last year's: deadlines moved, task ids and comments kept."),
    "new.source": "Last year's plan, to start from.",
    "new.year": "Year of the new plan.",
    "new.output": "The new file (default: the old name with its year changed).",
    "new.force": "Overwrite an existing file.",
    "new.dry_run": "List the changes; write nothing.",
    "new.shift_period": "Move a programme's whole period (of several years) too.",
    "new.lang": LANG_EN,
    "import": "Import a Word document (.docx) or task sheet (.xlsx) as plan YAML, with a report.",
    "import.source": "The Word document (.docx) or task sheet (.xlsx).",
    "import.output": "The organisation's folder (default: plans/ and the issuer's name).",
    "import.force": "Overwrite existing files.",
    "import.output_format": "The import report as text (default) or json.",
    "import.lang": LANG_EN,
    "fmt": "Lay out the YAML one way (key order, indentation, quotes), comments kept.",
    "fmt.paths": PATHS_EN,
    "fmt.check": "Write nothing; exit 1 if a file is not laid out so.",
    "fmt.show_diff": "Print the changes (unified diff).",
    "fmt.lang": LANG_EN,
    "textconv": "Print a .docx or a plan .yaml as stable text (for git diff's textconv).",
    "textconv.file": "A .docx or a plan .yaml (-: standard input).",
    "textconv.lang": LANG_EN,
    "build": (
        "Build the documents (.docx laid out as Decree 30/2020 requires) from YAML plans; "
        "unchanged plans are skipped and files edited by hand are kept."
    ),
    "build.paths": PATHS_EN,
    "build.output": "Output folder (the plans' folders are mirrored in it).",
    "build.allow_errors": "Build the document of a plan that still has errors.",
    "build.overwrite": "Overwrite outputs edited by hand (or not made by planctl).",
    "build.force": "As --allow-errors --overwrite (the older spelling).",
    "build.quiet": "Print no progress and no summary table.",
    "build.xlsx": "Also the task table as .xlsx (Excel).",
    "build.csv": "Also the task list as .csv (UTF-8 with a BOM).",
    "build.pdf": "Also a .pdf of each .docx (needs LibreOffice).",
    "build.jobs": "Plans built at once (0: one per CPU).",
    "build.shard": SHARD_EN,
    "build.lang": LANG_EN,
    "status": "Where a plan stands on a day: done on time, late, overdue, not yet due.",
    "status.args": (
        "STATUS.yaml or PLAN.yaml; `init PLAN`: write a period's file; "
        "`sheet PLAN|STATUS`: write the .xlsx tracking sheet; "
        "`import SHEET.xlsx [--into STATUS.yaml]`: read a filled-in sheet back."
    ),
    "status.at": "As of this day (YYYY-MM-DD).",
    "status.output_format": "text (default) or json.",
    "status.period": "init, sheet: the reporting period (2024-h1, 2024).",
    "status.as_of": "init, sheet: the day the figures are as of (YYYY-MM-DD).",
    "status.output": "init, sheet: the new file.",
    "status.update": "init: only record the plan's fingerprint again.",
    "status.into": "import: the status file (default: the one the sheet names).",
    "status.force": (
        "sheet: overwrite the file; import: take the sheet's even where the file is newer."
    ),
    "status.summary": "Only the figures sentences (no tables).",
    "status.lang": LANG_EN,
    "due": "Tasks to chase: due in the next N days, or overdue.",
    "due.path": "STATUS.yaml or PLAN.yaml.",
    "due.within": "How far ahead: 14d, 2w.",
    "due.unit": "Only this lead unit.",
    "due.at": "Counting from this day (YYYY-MM-DD).",
    "due.output_format": "text (default), json or ics (iCalendar).",
    "due.lang": LANG_EN,
    "report": "Build the BÁO CÁO on a plan's execution (.docx) from a status file.",
    "report.paths": "PLAN.yaml, STATUS.yaml or a folder (plans/).",
    "report.status": "The status file of the reporting period.",
    "report.output": "Output folder (as planctl build).",
    "report.xlsx": "Also write the report's figures as .xlsx (Excel).",
    "report.lang": LANG_EN,
}
"""The English help of each command and parameter."""

PATHS = ("TỆP.yaml|THƯ_MỤC", "FILE.yaml|DIR")
LANGS = ("vi|en", "vi|en")

METAVARS: dict[str, tuple[str, str]] = {
    "*.lang": LANGS,
    "init.folder": ("THƯ_MỤC", "DIR"),
    "init.issuer": ("TÊN", "NAME"),
    "init.abbreviation": ("VIẾT_TẮT", "ABBR"),
    "init.parent": ("TÊN", "NAME"),
    "init.place": ("ĐỊA_DANH", "PLACE"),
    "init.signer_name": ("HỌ_TÊN", "NAME"),
    "init.signer_title": ("CHỨC_VỤ", "TITLE"),
    "init.unit": ("TÊN", "NAME"),
    "init.kind": ("LOẠI", "KIND"),
    "init.year": ("NĂM", "YEAR"),
    "init.title": ("TRÍCH_YẾU", "TITLE"),
    "validate.paths": PATHS,
    "validate.output": ("TỆP", "FILE"),
    "validate.config": ("TỆP.toml", "FILE.toml"),
    "validate.select": ("MÃ,…", "CODE,…"),
    "validate.ignore": ("MÃ,…", "CODE,…"),
    "validate.stdin_filename": ("TỆP.yaml", "FILE.yaml"),
    "ids.paths": PATHS,
    "explain.code": ("MÃ", "CODE"),
    "schema.output": ("TỆP.json", "FILE.json"),
    "schema.registry": ("org.yaml", "org.yaml"),
    "diff.paths": ("CŨ MỚI | ĐƯỜNG_DẪN", "OLD NEW | PATH"),
    "diff.rev": ("REV", "REV"),
    "diff.threshold": ("0-1", "0-1"),
    "import.source": ("TỆP", "FILE"),
    "import.output": ("THƯ_MỤC", "DIR"),
    "new.source": ("TỆP.yaml", "FILE.yaml"),
    "new.year": ("NĂM", "YEAR"),
    "new.output": ("TỆP.yaml", "FILE.yaml"),
    "fmt.paths": PATHS,
    "textconv.file": ("TỆP|-", "FILE|-"),
    "build.paths": PATHS,
    "build.output": ("THƯ_MỤC", "DIR"),
    "build.jobs": ("SỐ", "N"),
    "build.shard": ("K/N", "K/N"),
    "validate.shard": ("K/N", "K/N"),
    "status.args": ("[init|sheet|import] TỆP", "[init|sheet|import] FILE"),
    "status.at": ("NGÀY", "DATE"),
    "status.output_format": ("text|json", "text|json"),
    "status.period": ("KỲ", "PERIOD"),
    "status.as_of": ("NGÀY", "DATE"),
    "status.output": ("TỆP", "FILE"),
    "status.into": ("TỆP.yaml", "FILE.yaml"),
    "due.path": ("TỆP.yaml", "FILE.yaml"),
    "due.within": ("THỜI_GIAN", "SPAN"),
    "due.unit": ("ĐƠN_VỊ", "UNIT"),
    "due.at": ("NGÀY", "DATE"),
    "due.output_format": ("text|json|ics", "text|json|ics"),
    "report.paths": ("ĐƯỜNG_DẪN…", "PATH…"),
    "report.status": ("TỆP.yaml", "FILE.yaml"),
    "report.output": ("THƯ_MỤC", "FOLDER"),
}
"""What a parameter takes, where its type alone would not say it; "*.name" for every command's
parameter of that name. (A choice shows its values, a flag nothing.)"""

BY_TYPE: dict[str, tuple[str, str]] = {
    "path": ("ĐƯỜNG_DẪN", "PATH"),
    "file": ("TỆP", "FILE"),
    "dir": ("THƯ_MỤC", "DIR"),
    "int": ("SỐ", "N"),
    "float": ("SỐ", "NUMBER"),
    "text": ("CHUỖI", "TEXT"),
}
"""What an option takes when the catalogue does not say, by its type: never a Python type."""

VI: dict[str, str] = {
    "planctl.install_completion": "Cài gợi ý lệnh (tab) cho shell đang dùng.",
    "planctl.show_completion": "In đoạn mã gợi ý lệnh của shell, để chép hoặc tự cài.",
    "help": "In hướng dẫn này rồi thoát.",
}
"""The Vietnamese of the options typer adds itself."""

_WORDS: dict[str, tuple[str, str]] = {
    "usage": ("Cách dùng: ", "Usage: "),
    "options_metavar": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "subcommand_metavar": ("LỆNH [ĐỐI_SỐ]...", "COMMAND [ARGS]..."),
    "section.arguments": ("Đối số", "Arguments"),
    "section.options": ("Tùy chọn", "Options"),
    "section.commands": ("Lệnh", "Commands"),
    "default": ("mặc định: {value}", "default: {value}"),
    "required": ("bắt buộc", "required"),
    "env": ("biến môi trường: {value}", "env var: {value}"),
    "try_help": (
        "Xem '{command} {option}' để biết cách dùng.",
        "Try '{command} {option}' for help.",
    ),
    "error": ("Lỗi: {message}", "Error: {message}"),
    "aborted": ("Đã hủy.", "Aborted."),
    "error.no_command": ("Không có lệnh '{name}'.", "No such command '{name}'."),
    "error.did_you_mean": ("Có phải là {names}?", "Did you mean {names}?"),
    "error.missing_command": ("Thiếu lệnh.", "Missing command."),
    "error.no_option": ("Không có tùy chọn {name}.", "No such option: {name}."),
    "error.possible": ("Có phải là: {names}?", "Did you mean: {names}?"),
    "error.missing.argument": ("Thiếu đối số {name}.", "Missing argument {name}."),
    "error.missing.option": ("Thiếu tùy chọn {name}.", "Missing option {name}."),
    "error.bad_value": (
        "Giá trị không hợp lệ cho {name}: {reason}",
        "Invalid value for {name}: {reason}",
    ),
    "error.needs_value": ("Tùy chọn '{name}' cần một giá trị.", "Option '{name}' needs a value."),
    "error.needs_values": (
        "Tùy chọn '{name}' cần {n} giá trị.",
        "Option '{name}' needs {n} values.",
    ),
    "error.takes_no_value": (
        "Tùy chọn '{name}' không nhận giá trị.",
        "Option '{name}' does not take a value.",
    ),
    "error.extra": ("Thừa đối số: {args}.", "Unexpected extra argument(s): {args}."),
    "reason.int": ("cần một số nguyên, không phải '{input}'", "not a whole number: '{input}'"),
    "reason.float": ("cần một số, không phải '{input}'", "not a number: '{input}'"),
    "reason.bool": ("cần true hoặc false, không phải '{input}'", "not true or false: '{input}'"),
    "reason.ge": ("phải lớn hơn hoặc bằng {limit}", "must be at least {limit}"),
    "reason.gt": ("phải lớn hơn {limit}", "must be greater than {limit}"),
    "reason.le": ("phải nhỏ hơn hoặc bằng {limit}", "must be at most {limit}"),
    "reason.lt": ("phải nhỏ hơn {limit}", "must be less than {limit}"),
    "reason.choice": (
        "'{input}' không phải một trong: {choices}",
        "'{input}' is not one of: {choices}",
    ),
    "reason.not_found": ("không có {what} '{path}'", "{what} '{path}' does not exist"),
    "reason.what.file": ("tệp", "file"),
    "reason.what.directory": ("thư mục", "directory"),
    "reason.what.path": ("đường dẫn", "path"),
}


def words(key: str, lang: str, **args: Any) -> str:
    """One of typer's own words in `lang`."""
    vi, en = _WORDS[key]
    return (en if lang == "en" else vi).format(**args)
