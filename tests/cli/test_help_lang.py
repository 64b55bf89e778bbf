"""`--help` and typer's own messages in Vietnamese by default, English with `--lang en` or
PLANCTL_LANG=en; options show what they take, never a Python type (issue #15, item 5)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import typer

from planctl.cli import app
from planctl.cli_help import commands_of
from planctl.i18n.help import EN

Run = Callable[..., Any]
PYTHON_TYPE = re.compile(r"<[A-Za-z_\[\], ]+>|list\[|\b(?:bool|str|int|Path)\b")
COMMANDS = [name for name, _ in commands_of(typer.main.get_command(app)) if name != "planctl"]


def test_root_help_is_vietnamese_by_default(run_cli: Run) -> None:
    result = run_cli(["--help"])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("Cách dùng: planctl [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]...")
    for word in ("Tùy chọn:", "Lệnh:", "In hướng dẫn này rồi thoát.", "--lang vi|en"):
        assert word in out
    assert "Kiểm tra kế hoạch: đơn vị, thời hạn" in out
    for english in ("Usage:", "Options:", "Commands:", "Show this", "Compile"):
        assert english not in out


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "en", "--help"], {}),
        (["--help", "--lang=en"], {}),
        (["--help"], {"PLANCTL_LANG": "en"}),
    ],
)
def test_root_help_in_english(run_cli: Run, args: list[str], env: dict[str, str]) -> None:
    out = run_cli(args, env=env).stdout
    assert out.startswith("Usage: planctl [OPTIONS] COMMAND [ARGS]...")
    for word in ("Options:", "Commands:", "Show this help and exit.", EN["validate"]):
        assert word in " ".join(out.split())
    assert "Kiểm tra" not in out and "Tùy chọn" not in out


def test_build_help_in_both_languages(run_cli: Run) -> None:
    vi = run_cli(["build", "--help"]).stdout
    assert vi.startswith("Cách dùng: planctl build [TÙY_CHỌN] [TỆP.yaml|THƯ_MỤC]...")
    assert "-o, --output THƯ_MỤC" in vi and "-j, --jobs SỐ" in vi
    assert "[mặc định: build]" in " ".join(vi.split())
    assert "Vẫn tạo văn bản cho kế hoạch còn lỗi" in vi
    en = run_cli(["build", "--help", "--lang", "en"]).stdout
    assert en.startswith("Usage: planctl build [OPTIONS] [FILE.yaml|DIR]...")
    assert "-o, --output DIR" in en and "-j, --jobs N" in en and "[default: build]" in en
    assert "Build the document of a plan that still has errors" in " ".join(en.split())
    assert "Vẫn tạo" not in en


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_no_python_types_in_any_help(run_cli: Run, command: str, lang: str) -> None:
    result = run_cli([command, "--help", "--lang", lang])
    assert result.exit_code == 0, result.output
    assert not PYTHON_TYPE.search(result.stdout), result.stdout
    words = ("Cách dùng:", "Tùy chọn:") if lang == "vi" else ("Usage:", "Options:")
    assert all(w in result.stdout for w in words)


def test_every_command_and_option_has_english_help() -> None:
    group = typer.main.get_command(app)
    missing = []
    for name, command in commands_of(group):  # type: ignore[arg-type]
        if name not in EN:
            missing.append(name)
        missing += [f"{name}.{p.name}" for p in command.params if f"{name}.{p.name}" not in EN]
    assert missing == [], f"add English help to planctl/i18n/help.py: {missing}"


@pytest.mark.parametrize(
    ("args", "vi", "en"),
    [
        (["foo"], "Lỗi: Không có lệnh 'foo'.", "Error: No such command 'foo'."),
        (
            ["valdate"],
            "Lỗi: Không có lệnh 'valdate'. Có phải là 'validate'?",
            "Error: No such command 'valdate'. Did you mean 'validate'?",
        ),
        (
            ["build", "--frce"],
            "Lỗi: Không có tùy chọn --frce. Có phải là: --force?",
            "Error: No such option: --frce. Did you mean: --force?",
        ),
        (
            ["build", "--jobs", "x"],
            "Lỗi: Giá trị không hợp lệ cho '--jobs' / '-j': "
            "cần một số nguyên ≥ 0 hoặc auto, không phải 'x'",
            "Error: Invalid value for '--jobs' / '-j': not a whole number ≥ 0 or auto: 'x'",
        ),
        (
            ["validate", "--format", "xml"],
            "Lỗi: Giá trị không hợp lệ cho '--format': 'xml' không phải một trong: text, json, "
            "github, sarif",
            "Error: Invalid value for '--format': 'xml' is not one of: text, json, github, sarif",
        ),
        (["textconv"], "Lỗi: Thiếu đối số 'TỆP|-'.", "Error: Missing argument 'FILE|-'."),
        (["explain", "U001", "U002"], "Lỗi: Thừa đối số: U002.", "Error: Unexpected extra"),
        (
            ["build", "-o"],
            "Lỗi: Tùy chọn '-o' cần một giá trị.",
            "Error: Option '-o' needs a value.",
        ),
    ],
)
def test_usage_errors_in_both_languages(run_cli: Run, args: list[str], vi: str, en: str) -> None:
    result = run_cli(args)
    assert result.exit_code == 2
    assert vi in result.stderr, result.stderr
    assert "Error" not in result.stderr and "Traceback" not in result.output
    result = run_cli(
        [*args, "--lang", "en"] if args != ["build", "-o"] else ["--lang", "en", *args]
    )
    assert result.exit_code == 2
    assert en in result.stderr, result.stderr


def test_usage_error_shows_usage_and_where_help_is(run_cli: Run) -> None:
    err = run_cli(["foo"]).stderr
    assert err.splitlines()[:2] == [
        "Cách dùng: planctl [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]...",
        "Xem 'planctl --help' để biết cách dùng.",
    ]


def test_a_real_process_reads_the_language_from_argv(run_planctl: Run) -> None:
    result = run_planctl(["--lang", "en", "foo"])
    assert result.exit_code == 2
    assert "Error: No such command 'foo'." in result.stderr
    result = run_planctl(["build", "--help"])
    assert result.exit_code == 0 and "Cách dùng: planctl build" in result.stdout
    assert run_planctl([]).exit_code == 2  # no command: the help, as before
