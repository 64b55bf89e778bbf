"""The command line: parse options, call a command's `run`, exit with its code.

Heavy libraries (python-docx, openpyxl, jinja2) are imported inside the commands that need
them, so `planctl --version` and `planctl validate` start fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from planctl import __version__
from planctl.i18n import LANGS, resolve_lang, t

app = typer.Typer(
    name="planctl",
    help="Biên soạn kế hoạch của cơ quan nhà nước từ YAML thành văn bản đúng thể thức "
    "(Nghị định 30/2020/NĐ-CP). Compile Vietnamese government plans from YAML.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
)

_state: dict[str, str] = {"lang": "vi"}

LangOption = Annotated[
    str | None,
    typer.Option("--lang", help="Ngôn ngữ thông báo: vi (mặc định) hoặc en. Env: PLANCTL_LANG."),
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
        typer.Option("--version", callback=_version, is_eager=True, help="In phiên bản."),
    ] = False,
) -> None:
    """planctl: kế hoạch dạng YAML → văn bản .docx đúng thể thức."""
    _state["lang"] = resolve_lang(lang)


PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Tệp hoặc thư mục kế hoạch (mặc định: plans/)", show_default=False),
]


@app.command()
def validate(
    paths: PathsArg = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Cảnh báo cũng làm lệnh thất bại.")
    ] = False,
    output_format: Annotated[
        str, typer.Option("--format", help="Định dạng kết quả: text")
    ] = "text",
    lang: LangOption = None,
) -> None:
    """Kiểm tra kế hoạch: đơn vị, thời hạn, căn cứ, mã nhiệm vụ (file:dòng:cột)."""
    from planctl.commands.validate import ValidateArgs, run

    language = _lang(lang)
    code = run(ValidateArgs(paths or [Path("plans")], language, strict, output_format))
    raise typer.Exit(code)


@app.command()
def ids(paths: PathsArg = None, lang: LangOption = None) -> None:
    """Sinh mã `id` ổn định cho các nhiệm vụ chưa có (giữ nguyên chú thích YAML)."""
    from planctl.commands.ids import run

    raise typer.Exit(run(paths or [Path("plans")], _lang(lang)))


@app.command()
def explain(code: str, lang: LangOption = None) -> None:
    """Giải thích một quy tắc: nó kiểm tra gì, vì sao, sửa thế nào."""
    from planctl.commands.explain import run

    raise typer.Exit(run(code, _lang(lang)))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
