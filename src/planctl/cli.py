"""The command line: parse options, call a command's `run`, exit with its code.

Heavy libraries (python-docx, openpyxl, jinja2) are imported inside the commands that need
them, so `planctl --version` and `planctl validate` start fast.
"""

from __future__ import annotations

import datetime as dt
import inspect
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from planctl import __version__
from planctl.cli_help import PlanctlCommand, PlanctlGroup
from planctl.i18n import LANGS, resolve_lang, t

app = typer.Typer(
    name="planctl",
    help="Biên soạn kế hoạch của cơ quan nhà nước (KẾ HOẠCH, QUYẾT ĐỊNH) từ YAML thành văn bản "
    "đúng thể thức Nghị định 30/2020/NĐ-CP.",
    cls=PlanctlGroup,  # help and usage errors in the language of --lang / PLANCTL_LANG
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)

_state: dict[str, str] = {"lang": "vi", "lang_set": ""}

LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang", help="Ngôn ngữ thông báo và hướng dẫn: vi (mặc định) hoặc en. Env: PLANCTL_LANG."
    ),
]


def _lang(option: str | None) -> str:
    lang = resolve_lang(option) if option else _state["lang"]
    if lang not in LANGS:
        typer.echo(f"planctl: {t('usage.bad_lang', 'vi', name=lang)}", err=True)
        raise typer.Exit(2)
    return lang


def _version(value: bool) -> None:
    if value:
        typer.echo(f"planctl {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    lang: LangOption = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="In phiên bản rồi thoát."),
    ] = False,
) -> None:
    """Biên soạn kế hoạch từ YAML thành văn bản đúng thể thức."""
    _guard_streams()
    _state["lang"] = resolve_lang(lang)
    # Whether the user chose a language (here or in PLANCTL_LANG), over the config file's.
    _state["lang_set"] = "yes" if lang or os.environ.get("PLANCTL_LANG") else ""


def _guard_streams() -> None:
    """Every command writes through CommandSafe: no text from a plan can become a CI
    workflow command (planctl.report.escape)."""
    from planctl.report.escape import CommandSafe

    if not isinstance(sys.stdout, CommandSafe):
        sys.stdout = CommandSafe(sys.stdout)
    if not isinstance(sys.stderr, CommandSafe):
        sys.stderr = CommandSafe(sys.stderr)


class OutputFormat(StrEnum):
    """`validate --format`: one per reporter in `planctl.report.REPORTERS`."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


class ColorChoice(StrEnum):
    """`--color`: see `planctl.color`."""

    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


@app.command(cls=PlanctlCommand)
def init(
    folder: Annotated[
        Path | None,
        typer.Argument(
            help="Thư mục của tổ chức mới (mặc định: plans/ và tên cơ quan không dấu, ví dụ "
            "plans/so-noi-vu).",
            show_default=False,
        ),
    ] = None,
    issuer: Annotated[
        str | None,
        typer.Option("--issuer", help="Cơ quan ban hành, như ghi ở đầu văn bản (“Sở Nội vụ”)."),
    ] = None,
    abbreviation: Annotated[
        str | None,
        typer.Option("--abbreviation", help="Chữ viết tắt trong ký hiệu (“SNV” trong 12/KH-SNV)."),
    ] = None,
    parent: Annotated[
        str | None,
        typer.Option("--parent", help="Cơ quan chủ quản, dòng trên tên cơ quan (“UBND tỉnh …”)."),
    ] = None,
    place: Annotated[
        str | None, typer.Option("--place", help="Địa danh ở dòng ngày tháng (“Quảng Ngãi”).")
    ] = None,
    signer_name: Annotated[
        str | None, typer.Option("--signer-name", help="Họ và tên người ký.")
    ] = None,
    signer_title: Annotated[
        str | None, typer.Option("--signer-title", help="Chức vụ người ký (“Giám đốc”).")
    ] = None,
    unit: Annotated[
        list[str] | None,
        typer.Option("--unit", help="Một đơn vị của cơ quan (lặp lại tùy chọn cho mỗi đơn vị)."),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="Loại văn bản đầu tiên: {kinds} (mặc định: plan).",
        ),
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="Năm của kế hoạch (mặc định: năm nay).")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Trích yếu của kế hoạch.")] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Không hỏi: dùng các tùy chọn, còn lại mặc định.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Bắt đầu một tổ chức mới: org.yaml (cơ quan, cơ quan chủ quản, người ký, các đơn vị) và
    văn bản đầu tiên; hỏi từng câu trên terminal, hoặc nhận tùy chọn khi chạy trong script."""
    from planctl.commands.init import InitArgs, run

    args = InitArgs(
        folder=folder,
        issuer=issuer,
        abbreviation=abbreviation,
        parent=parent,
        place=place,
        signer_name=signer_name,
        signer_title=signer_title,
        units=list(unit or []),
        kind=kind,
        year=year,
        title=title,
        yes=yes,
        lang=_lang(lang),
    )
    raise typer.Exit(run(args))


ShardOption = Annotated[
    str | None,
    typer.Option(
        "--shard",
        help="Chỉ làm phần thứ K trong N phần của các kế hoạch (chia việc cho N máy CI).",
        show_default=False,
    ),
]
PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/)", show_default=False),
]


@app.command(cls=PlanctlCommand)
def validate(
    paths: PathsArg = None,
    strict: Annotated[
        bool | None,
        typer.Option(
            "--strict/--no-strict",
            help="Cảnh báo cũng làm lệnh thất bại (mặc định: `strict` trong cấu hình).",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            help="Định dạng kết quả (mặc định: `format` trong cấu hình; github khi "
            "GITHUB_ACTIONS=true; text).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Ghi kết quả vào tệp này thay vì stdout."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            exists=True,
            dir_okay=False,
            help="Dùng tệp cấu hình này (planctl.toml hoặc pyproject.toml) cho mọi kế hoạch.",
        ),
    ] = None,
    quiet: Annotated[
        int,
        typer.Option(
            "--quiet",
            "-q",
            count=True,
            help="-q: chỉ in các lỗi và dòng tổng kết (không in cách sửa); -qq: không in gì, "
            "chỉ trả mã thoát.",
            show_default=False,
        ),
    ] = 0,
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose",
            "-v",
            count=True,
            help="In từng tệp đã kiểm tra (không lỗi, hoặc số lỗi) và thời gian, ra stderr.",
            show_default=False,
        ),
    ] = 0,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Luôn thoát 0 khi kiểm tra xong, kể cả khi có lỗi."),
    ] = False,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            help="Chỉ báo các quy tắc này: mã hoặc tiền tố (U, D005), cách nhau bởi dấu phẩy; "
            "thay cho `select` trong cấu hình.",
            show_default=False,
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            help="Không báo các quy tắc này (mã hoặc tiền tố); thay cho `ignore` trong cấu hình.",
            show_default=False,
        ),
    ] = None,
    statistics: Annotated[
        bool,
        typer.Option("--statistics", help="In số lỗi theo từng mã (nhiều nhất trước) thay vì lỗi."),
    ] = False,
    stdin_filename: Annotated[
        Path | None,
        typer.Option(
            "--stdin-filename",
            help="Tên của kế hoạch đọc từ `-` (stdin): dùng trong vị trí lỗi, và để tìm org.yaml "
            "và cấu hình từ thư mục của nó.",
            show_default=False,
        ),
    ] = None,
    color: Annotated[
        ColorChoice,
        typer.Option(
            "--color",
            help="Tô màu: auto (trên terminal, trừ khi có NO_COLOR), always hoặc never.",
        ),
    ] = ColorChoice.AUTO,
    shard: ShardOption = None,
    lang: LangOption = None,
) -> None:
    """Kiểm tra kế hoạch: đơn vị, thời hạn, căn cứ, mã nhiệm vụ (file:dòng:cột)."""
    from planctl.commands.validate import ValidateArgs, run
    from planctl.config.selection import split_selectors

    language = _lang(lang) if lang or _state["lang_set"] else None
    args = ValidateArgs(
        paths or [Path("plans")],
        lang=language,
        strict=strict,
        output_format=output_format.value if output_format else None,
        config=config,
        output=output,
        verbosity=verbose - quiet,
        exit_zero=exit_zero,
        select=split_selectors(select),
        ignore=split_selectors(ignore),
        statistics=statistics,
        stdin_filename=stdin_filename,
        color=color.value,
        shard=shard,
    )
    raise typer.Exit(run(args))


@app.command(cls=PlanctlCommand)
def ids(paths: PathsArg = None, lang: LangOption = None) -> None:
    """Sinh mã `id` ổn định cho các nhiệm vụ chưa có (giữ nguyên chú thích YAML)."""
    from planctl.commands.ids import run

    raise typer.Exit(run(paths or [Path("plans")], _lang(lang)))


@app.command(cls=PlanctlCommand)
def explain(
    code: Annotated[str | None, typer.Argument(help="Mã quy tắc, ví dụ U001")] = None,
    all_rules: Annotated[
        bool, typer.Option("--all", help="In mọi quy tắc dạng Markdown (docs/rules.md).")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Giải thích một quy tắc: nó kiểm tra gì, vì sao, sửa thế nào."""
    from planctl.commands.explain import run

    raise typer.Exit(run(code, _lang(lang), all_rules=all_rules))


@app.command(cls=PlanctlCommand)
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Ghi vào tệp này (mặc định: stdout)."),
    ] = None,
    registry: Annotated[
        Path | None,
        typer.Option(
            "--registry",
            "-r",
            help="org.yaml: thêm tên đơn vị và người ký của cơ quan để gợi ý và kiểm tra.",
        ),
    ] = None,
    org: Annotated[bool, typer.Option("--org", help="Schema của chính tệp org.yaml.")] = False,
    check: Annotated[
        bool, typer.Option("--check", help="Không ghi; thoát 1 nếu tệp -o đã cũ.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """JSON Schema cho trình soạn thảo (YAML language server): gợi ý và kiểm tra khi gõ."""
    from planctl.commands.schema import SchemaArgs, run

    raise typer.Exit(run(SchemaArgs(output, registry, org, check, _lang(lang))))


class DiffFormat(StrEnum):
    """`diff --format`."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"


@app.command(cls=PlanctlCommand)
def diff(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="CŨ MỚI (hai tệp hoặc hai thư mục); với --rev: ĐƯỜNG_DẪN (mặc định plans/).",
            show_default=False,
        ),
    ] = None,
    rev: Annotated[
        str | None,
        typer.Option("--rev", help="So với phiên bản git này (đọc bằng git show, không checkout)."),
    ] = None,
    output_format: Annotated[
        DiffFormat, typer.Option("--format", help="text (mặc định), markdown hoặc json.")
    ] = DiffFormat.TEXT,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Thoát 1 khi có khác biệt (như git diff).")
    ] = False,
    threshold: Annotated[
        float,
        typer.Option("--threshold", help="Độ giống tối thiểu (0-1) để ghép nhiệm vụ khác mã."),
    ] = 0.6,
    order: Annotated[
        bool, typer.Option("--order", help="Báo cả nhiệm vụ chỉ đổi thứ tự (đánh số lại).")
    ] = False,
    color: Annotated[
        bool | None,
        typer.Option(
            "--color/--no-color",
            help="Tô màu (mặc định: khi in ra terminal, trừ khi có NO_COLOR).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """So sánh kế hoạch giữa các năm, các phiên bản: nhiệm vụ, đơn vị, thời hạn, câu chữ."""
    from planctl.commands.diff import DiffArgs, run

    args = DiffArgs(
        paths or [],
        rev=rev,
        output_format=output_format.value,
        exit_code=exit_code,
        threshold=threshold,
        order=order,
        lang=_lang(lang),
        color=color,
    )
    raise typer.Exit(run(args))


class ImportFormat(StrEnum):
    """`import --format`: the import report as text or JSON."""

    TEXT = "text"
    JSON = "json"


@app.command("import", cls=PlanctlCommand)
def import_(
    source: Annotated[
        Path,
        typer.Argument(help="Văn bản Word (.docx) hoặc bảng nhiệm vụ (.xlsx).", show_default=False),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Thư mục của tổ chức (mặc định: plans/ và tên cơ quan)."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Ghi đè tệp đã có.")] = False,
    output_format: Annotated[
        ImportFormat, typer.Option("--format", help="Dạng báo cáo nhập: text hoặc json.")
    ] = ImportFormat.TEXT,
    lang: LangOption = None,
) -> None:
    """Nhập văn bản Word (.docx) hoặc bảng nhiệm vụ (.xlsx) thành kế hoạch YAML, kèm báo cáo."""
    from planctl.commands.import_ import ImportArgs, run

    args = ImportArgs(source, output, force, str(output_format.value), _lang(lang))
    raise typer.Exit(run(args))


@app.command(cls=PlanctlCommand)
def new(
    source: Annotated[
        Path | None,
        typer.Option("--from", help="Kế hoạch năm trước, dùng làm gốc.", show_default=False),
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="Năm của kế hoạch mới.", show_default=False)
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Tệp mới (mặc định: tên cũ, đổi năm)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Ghi đè tệp đã có.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Chỉ liệt kê các thay đổi, không ghi tệp.")
    ] = False,
    shift_period: Annotated[
        bool,
        typer.Option(
            "--shift-period", help="Chương trình nhiều năm: dời cả thời gian (mặc định giữ)."
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Tạo kế hoạch năm mới từ kế hoạch năm trước: dời thời hạn, giữ mã nhiệm vụ và chú thích."""
    from planctl.commands.new import NewArgs, run

    args = NewArgs(source, year, output, force, _lang(lang), dry_run, shift_period)
    raise typer.Exit(run(args))


@app.command(cls=PlanctlCommand)
def fmt(
    paths: PathsArg = None,
    check: Annotated[
        bool, typer.Option("--check", help="Không ghi; thoát 1 nếu có tệp chưa đúng định dạng.")
    ] = False,
    show_diff: Annotated[
        bool, typer.Option("--diff", help="In phần thay đổi (unified diff).")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Định dạng YAML theo một chuẩn (thứ tự khóa, thụt lề, dấu nháy), giữ chú thích."""
    from planctl.commands.fmt import FmtArgs, run

    raise typer.Exit(run(FmtArgs(paths or [Path("plans")], check, show_diff, _lang(lang))))


@app.command(cls=PlanctlCommand)
def textconv(
    file: Annotated[Path, typer.Argument(help="Tệp .docx hoặc kế hoạch .yaml (- : stdin).")],
    lang: LangOption = None,
) -> None:
    """In tệp .docx hoặc kế hoạch thành văn bản ổn định (dùng cho git diff textconv)."""
    from planctl.commands.textconv import run

    raise typer.Exit(run(file, _lang(lang)))


def _jobs_value(text: str) -> int:
    """`--jobs N`, or `auto` (the same as 0: one process per CPU)."""
    if text.strip().lower() == "auto":
        return 0
    from planctl.cli_help import run_lang

    wrong = (
        f"cần một số nguyên ≥ 0 hoặc auto, không phải '{text}'"
        if run_lang() == "vi"
        else f"not a whole number ≥ 0 or auto: '{text}'"
    )
    try:
        value = int(text)
    except ValueError:
        raise typer.BadParameter(wrong) from None
    if value < 0:
        raise typer.BadParameter(wrong)
    return value


def _with_output_flags(command: Callable[..., None]) -> Callable[..., None]:
    """Give `command` a flag `--<name>` for each optional output of planctl.build.outputs,
    before its `--jobs`; they arrive in its `**wanted`."""
    from planctl.build.outputs import optional

    signature = inspect.signature(command, eval_str=True)
    params = [p for p in signature.parameters.values() if p.kind is not p.VAR_KEYWORD]
    flags = [
        inspect.Parameter(
            entry.name,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            default=False,
            annotation=Annotated[bool, typer.Option(f"--{entry.name}", help=entry.help)],
        )
        for entry in optional()
    ]
    at = next(i for i, p in enumerate(params) if p.name == "jobs")
    command.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*params[:at], *flags, *params[at:]]
    )
    return command


@app.command(cls=PlanctlCommand)
@_with_output_flags
def build(
    paths: PathsArg = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Thư mục kết quả (giữ cây thư mục của kế hoạch).")
    ] = Path("build"),
    allow_errors: Annotated[
        bool, typer.Option("--allow-errors", help="Vẫn tạo văn bản cho kế hoạch còn lỗi.")
    ] = False,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite", help="Ghi đè tệp kết quả đã sửa tay (hoặc không do planctl tạo)."
        ),
    ] = False,
    force: Annotated[
        bool,
        typer.Option("--force", help="Như --allow-errors --overwrite (cách viết cũ)."),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Không in tiến trình và bảng tổng kết.")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            parser=_jobs_value,
            metavar="N|auto",
            help="Số tiến trình chạy song song (0 hoặc auto: theo số CPU).",
        ),
    ] = None,
    shard: ShardOption = None,
    lang: LangOption = None,
    **wanted: bool,
) -> None:
    """Tạo văn bản .docx đúng thể thức (Nghị định 30/2020) từ kế hoạch YAML; bỏ qua kế hoạch
    không đổi, không ghi đè tệp đã sửa tay."""
    from planctl.commands.build import BuildArgs, run

    formats = ("docx", *(name for name, flag in wanted.items() if flag))
    args = BuildArgs(
        paths or [Path("plans")],
        output,
        allow_errors=allow_errors or force,
        overwrite=overwrite or force,
        quiet=quiet,
        lang=_lang(lang),
        formats=formats,
        jobs=jobs,
        shard=shard,
    )
    # The streams of this call: a test runner swaps sys.stdout after `run` was defined.
    raise typer.Exit(run(args, sys.stdout, sys.stderr))


def _day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        typer.echo(f"planctl: {option} {text}: YYYY-MM-DD", err=True)
        raise typer.Exit(2) from None


@app.command(cls=PlanctlCommand, context_settings={"allow_interspersed_args": True})
def status(
    args: Annotated[
        list[str],
        typer.Argument(
            help="STATUS.yaml hoặc PLAN.yaml; `init PLAN`: tạo tệp của một kỳ; "
            "`sheet PLAN|STATUS`: lập bảng theo dõi .xlsx; "
            "`import SHEET.xlsx [--into STATUS.yaml]`: nhập bảng đã điền.",
            show_default=False,
        ),
    ],
    at: Annotated[str | None, typer.Option("--at", help="Tính đến ngày (YYYY-MM-DD).")] = None,
    output_format: Annotated[
        str, typer.Option("--format", help="text (mặc định) hoặc json.")
    ] = "text",
    period: Annotated[
        str | None, typer.Option("--period", help="init, sheet: kỳ báo cáo (2024-h1, 2024).")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="init, sheet: ngày số liệu (YYYY-MM-DD).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="init, sheet: tệp mới.")
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="init: chỉ ghi lại dấu của kế hoạch.")
    ] = False,
    into: Annotated[
        Path | None,
        typer.Option("--into", help="import: tệp tình hình thực hiện (mặc định: bảng ghi)."),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="sheet: ghi đè tệp; import: lấy theo bảng dù tệp mới hơn."),
    ] = False,
    summary: Annotated[
        bool, typer.Option("--summary", help="Chỉ in các câu số liệu (không in bảng).")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Tình hình thực hiện kế hoạch tại một ngày: đúng hạn, quá hạn, trong hạn, chưa đến hạn."""
    language = _lang(lang)
    if args and args[0] in ("sheet", "import") and len(args) == 2:
        from planctl.commands import status_sheet

        if args[0] == "sheet":
            day = _day(as_of, "--as-of")
            sheet = status_sheet.SheetArgs(Path(args[1]), output, day, period, force, language)
            raise typer.Exit(status_sheet.run_sheet(sheet))
        imported = status_sheet.ImportArgs(Path(args[1]), into, force, language)
        raise typer.Exit(status_sheet.run_import(imported))
    if args and args[0] == "init" and len(args) == 2:
        from planctl.commands.status import InitArgs, run_init

        day = _day(as_of, "--as-of") or dt.date.today()
        init = InitArgs(Path(args[1]), period or str(day.year), day, output, update, language)
        raise typer.Exit(run_init(init))
    if len(args) != 1 or output_format not in ("text", "json"):
        typer.echo(
            "planctl status STATUS.yaml|PLAN.yaml [--at DATE] [--summary] [--format text|json]",
            err=True,
        )
        raise typer.Exit(2)
    from planctl.commands.status import StatusArgs, run

    status_args = StatusArgs(Path(args[0]), _day(at, "--at"), output_format, language, summary)
    raise typer.Exit(run(status_args))


@app.command(cls=PlanctlCommand)
def due(
    path: Annotated[Path, typer.Argument(help="STATUS.yaml hoặc PLAN.yaml.")],
    within: Annotated[str, typer.Option("--within", help="Trong bao lâu: 14d, 2w.")] = "14d",
    unit: Annotated[str | None, typer.Option("--unit", help="Chỉ đơn vị chủ trì này.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Tính từ ngày (YYYY-MM-DD).")] = None,
    output_format: Annotated[
        str, typer.Option("--format", help="text (mặc định), json hoặc ics (iCalendar).")
    ] = "text",
    lang: LangOption = None,
) -> None:
    """Nhiệm vụ cần đôn đốc: đến hạn trong N ngày tới hoặc đã quá hạn."""
    from planctl.commands.status import DueArgs, parse_within, run_due

    days = parse_within(within)
    if days is None or output_format not in ("text", "json", "ics"):
        typer.echo("planctl due PATH --within 14d [--unit X] [--format text|json|ics]", err=True)
        raise typer.Exit(2)
    args = DueArgs(path, days, unit, _day(at, "--at"), output_format, _lang(lang))
    raise typer.Exit(run_due(args))


@app.command(cls=PlanctlCommand)
def report(
    paths: Annotated[
        list[Path],
        typer.Argument(help="PLAN.yaml, STATUS.yaml hoặc thư mục (plans/).", show_default=False),
    ],
    status: Annotated[
        Path | None, typer.Option("--status", help="Tệp tình hình thực hiện của kỳ báo cáo.")
    ] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Thư mục kết quả (như planctl build).")
    ] = Path("build"),
    xlsx: Annotated[
        bool, typer.Option("--xlsx", help="Cũng xuất số liệu báo cáo ra .xlsx (Excel).")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Tạo BÁO CÁO kết quả thực hiện kế hoạch (.docx) từ tệp tình hình thực hiện."""
    from planctl.commands.report import ReportArgs, run

    language = _lang(lang)
    if status is not None and len(paths) != 1:
        typer.echo("planctl report PLAN.yaml --status STATUS.yaml [-o DIR]", err=True)
        raise typer.Exit(2)
    args = ReportArgs(paths, status, output, language, xlsx)
    raise typer.Exit(run(args, sys.stdout, sys.stderr))


def main() -> None:
    try:
        # The same name (and shell-completion variable) however it is started.
        app(prog_name="planctl")
    except KeyboardInterrupt:
        sys.exit(130)
