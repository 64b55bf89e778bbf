"""Help and usage errors in the user's language: Vietnamese by default, English with `--lang en`.

typer renders `--help` and its own errors ("No such command 'x'.") before planctl's options are
parsed, so the language is read from the command line (`--lang en`, `--lang=en`, anywhere
before `--`) or PLANCTL_LANG as soon as the root command starts (:meth:`PlanctlGroup.main`).
The command tree is then given the help texts and metavars of that language (the Vietnamese
ones declared in cli.py, the English ones in planctl.i18n.help), and :class:`PlanctlCommand`
and :class:`PlanctlGroup` print help with the words of that language. Usage errors are caught
there too and printed in that language, exit code 2 as before.

The help is plain text (no rich panels), so that every word of it comes from here.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any

import typer
from typer import _click as click  # typer's own copy of click: its classes and exceptions
from typer._click import exceptions as errors
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from planctl.i18n import LANGS, resolve_lang
from planctl.i18n.help import BY_TYPE, EN, METAVARS, VI, words

ROOT = "planctl"


_RUN: dict[str, str] = {"lang": "vi"}


def run_lang() -> str:
    """The language of the command line being run (for a parameter's own parser)."""
    return _RUN["lang"]


def language_of(args: Sequence[str]) -> str:
    """The language asked on the command line or in PLANCTL_LANG; "vi" when none (or an
    unknown one, which the command itself then reports)."""
    chosen: str | None = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            chosen = args[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    lang = resolve_lang(chosen)
    return lang if lang in LANGS else "vi"


class _Localised:
    """Help printed with the words of `lang` (set by :func:`localise`)."""

    lang = "vi"
    name: str | None
    help: str | None
    params: list[click.Parameter]

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), words("usage", self.lang))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if isinstance(param, TyperArgument):
                if not param.hidden:
                    arguments.append(_argument_record(param, self.lang))
            elif isinstance(param, TyperOption):
                record = param.get_help_record(ctx)
                if record is not None:
                    text = _with_kinds(_translate_extras(record[1], self.lang))
                    options.append((record[0], text))
        if arguments:
            with formatter.section(words("section.arguments", self.lang)):
                formatter.write_dl(arguments)
        if options:
            with formatter.section(words("section.options", self.lang)):
                formatter.write_dl(options)

    def get_help_option(self, ctx: click.Context) -> TyperOption | None:
        option: TyperOption | None = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = EN["help"] if self.lang == "en" else VI["help"]
        return option


class PlanctlCommand(_Localised, TyperCommand):
    """A planctl command: help in the language chosen for this run."""


class PlanctlGroup(_Localised, TyperGroup):
    """The root command: picks the language, localises the tree, prints usage errors."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, _first_paragraph(command.help)))
        if rows:
            with formatter.section(words("section.commands", self.lang)):
                formatter.write_dl(rows)

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang = language_of(argv)
        _RUN["lang"] = lang
        localise(self, lang)
        try:
            result = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except errors.NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help())
            code = exc.exit_code
        except errors.ClickException as exc:
            show_error(exc, lang)
            code = exc.exit_code
        except typer.Abort:
            typer.echo(words("aborted", lang), err=True)
            code = 1
        else:
            code = result if isinstance(result, int) else 0
        if not standalone_mode:
            return code
        sys.exit(code)


def localise(group: PlanctlGroup, lang: str) -> None:
    """Give the commands and their parameters the help texts and metavars of `lang`."""
    group.options_metavar = words("options_metavar", lang)
    group.subcommand_metavar = words("subcommand_metavar", lang)
    _localise_command(group, ROOT, lang)
    for name, command in group.commands.items():
        _localise_command(command, name, lang)


def _localise_command(command: click.Command, name: str, lang: str) -> None:
    if isinstance(command, _Localised):
        command.lang = lang
    if command.options_metavar:
        command.options_metavar = words("options_metavar", lang)
    original = command.__dict__.setdefault("_planctl_vi_help", command.help)
    command.help = EN.get(name, original) if lang == "en" else original
    for param in command.params:
        key = f"{name}.{param.name}"
        vi = param.__dict__.setdefault("_planctl_vi_help", getattr(param, "help", None))
        vi = VI.get(key, vi)
        text = EN.get(key, vi) if lang == "en" else vi
        if isinstance(param, TyperOption | TyperArgument):
            param.help = text
        declared = param.__dict__.setdefault("_planctl_metavar", param.metavar)
        metavar = _metavar(key, param, lang, declared)
        if metavar is not None:
            param.metavar = metavar


def _metavar(key: str, param: click.Parameter, lang: str, declared: str | None) -> str | None:
    """What the parameter takes, in `lang`: the catalogue's word, else the one declared in
    cli.py, else one for its type (a choice's values); None for a flag, which takes nothing."""
    index = 1 if lang == "en" else 0
    for candidate in (key, f"*.{param.name}"):
        if candidate in METAVARS:
            return METAVARS[candidate][index]
    if declared is not None:
        return declared
    if isinstance(param, TyperOption) and (param.is_flag or param.count):
        return None
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None:
        return None
    if descriptor.is_choice and descriptor.choices:
        values = [str(getattr(c, "value", c)) for c in descriptor.choices]
        return "|".join(values)
    if descriptor.is_path:
        kind = {"file": "file", "directory": "dir"}.get(str(descriptor.path_type), "path")
        return BY_TYPE[kind][index]
    bare = param.bare_type() if isinstance(param, TyperOption | TyperArgument) else ""
    for name in ("int", "float"):
        if name in bare:
            return BY_TYPE[name][index]
    return BY_TYPE["text"][index]


def _argument_record(param: TyperArgument, lang: str) -> tuple[str, str]:
    """An argument's line: what it takes (typer would add its Python type) and its help."""
    name = param.metavar or param.name or ""
    if param.nargs != 1:
        name += "..."
    help_text = param.help or ""
    if param.required:
        help_text = f"{help_text}  [{words('required', lang)}]".strip()
    return name, help_text


_EXTRAS = re.compile(r"\s*\[([^\[\]]*)\]\s*$")


def _translate_extras(help_text: str, lang: str) -> str:
    """The "[default: build; required]" typer appends to an option's help, in `lang`."""
    match = _EXTRAS.search(help_text)
    if match is None:
        return help_text
    parts = []
    for part in match[1].split("; "):
        if part.startswith("default: "):
            part = words("default", lang, value=part.removeprefix("default: "))
        elif part.startswith("env var: "):
            part = words("env", lang, value=part.removeprefix("env var: "))
        elif part == "required":
            part = words("required", lang)
        parts.append(part)
    return f"{help_text[: match.start()]}  [{'; '.join(parts)}]"


def _with_kinds(text: str) -> str:
    """`text` with "{kinds}" replaced by the document kinds planctl knows (imported only to
    show a help that names them)."""
    if "{kinds}" not in text:
        return text
    from planctl.model.kinds import KINDS

    kinds = ", ".join(f"{name} ({kind.heading})" for name, kind in KINDS.items())
    return text.replace("{kinds}", kinds)


def _first_paragraph(text: str | None) -> str:
    return " ".join(inspect.cleandoc(text or "").split("\n\n")[0].split())


# --- usage errors ------------------------------------------------------------------------


def show_error(exc: errors.ClickException, lang: str) -> None:
    """Print a usage error as typer would, in `lang`: usage, where to find help, the error."""
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, errors.UsageError) and ctx is not None:
        typer.echo(ctx.get_usage(), err=True)
        if ctx.command.get_help_option(ctx) is not None:
            hint = words(
                "try_help", lang, command=ctx.command_path, option=ctx.help_option_names[0]
            )
            typer.echo(hint, err=True)
        typer.echo("", err=True)
    typer.echo(words("error", lang, message=error_message(exc, lang)), err=True)


def error_message(exc: errors.ClickException, lang: str) -> str:
    """The message of a usage error in `lang`; typer's own English where planctl does not know
    the error."""
    if isinstance(exc, errors.MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param else "option")
        kind = "argument" if kind == "argument" else "option"
        return words(f"error.missing.{kind}", lang, name=_hint(exc))
    if isinstance(exc, errors.BadParameter):
        return words("error.bad_value", lang, name=_hint(exc), reason=_reason(exc, lang))
    if isinstance(exc, errors.NoSuchOption):
        text = words("error.no_option", lang, name=exc.option_name)
        if exc.possibilities:
            text += " " + words("error.possible", lang, names=", ".join(sorted(exc.possibilities)))
        return text
    return _usage_message(exc.message, lang)


def _hint(exc: errors.BadParameter) -> str:
    if exc.param_hint is not None:
        hint = exc.param_hint
        return hint if isinstance(hint, str) else " / ".join(repr(h) for h in hint)
    param = exc.param
    return param.get_error_hint() if param is not None else ""


_NOT_FOUND = re.compile(r"^(?P<what>file|directory|path) '(?P<path>.*)' does not exist\.?$", re.I)


def _reason(exc: errors.BadParameter, lang: str) -> str:
    """Why a value was refused, from pydantic's error where typer's is pydantic's."""
    cause = exc.__cause__
    problems = getattr(cause, "errors", None)
    if callable(problems):
        first = (problems() or [{}])[0]
        kind, given = first.get("type", ""), first.get("input", "")
        limits = first.get("ctx") or {}
        if kind == "int_parsing":
            return words("reason.int", lang, input=given)
        if kind == "float_parsing":
            return words("reason.float", lang, input=given)
        if kind == "bool_parsing":
            return words("reason.bool", lang, input=given)
        for name in ("ge", "gt", "le", "lt"):
            if name in limits:
                return words(f"reason.{name}", lang, limit=limits[name])
        choices = _choices(exc.param)
        if choices:
            return words("reason.choice", lang, input=given, choices=", ".join(choices))
    found = _NOT_FOUND.match(exc.message)
    if found:
        what = words(f"reason.what.{found['what'].lower()}", lang)
        return words("reason.not_found", lang, what=what, path=found["path"])
    return exc.message


def _choices(param: Any) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not descriptor.is_choice or not descriptor.choices:
        return []
    return [str(getattr(c, "value", c)) for c in descriptor.choices]


_NO_COMMAND = re.compile(r"^No such command '(?P<name>.*?)'\.(?: Did you mean (?P<close>.*)\?)?$")
_NEEDS = re.compile(r"^Option '(?P<name>.*)' requires (?:an argument|(?P<n>\d+) arguments)\.$")
_NO_VALUE = re.compile(r"^Option '(?P<name>.*)' does not take a value\.$")
_EXTRA = re.compile(r"^Got unexpected extra arguments?(?:\(s\))? \((?P<args>.*)\)$")


def _usage_message(message: str, lang: str) -> str:
    if found := _NO_COMMAND.match(message):
        text = words("error.no_command", lang, name=found["name"])
        if found["close"]:
            text += " " + words("error.did_you_mean", lang, names=found["close"])
        return text
    if message == "Missing command.":
        return words("error.missing_command", lang)
    if found := _NEEDS.match(message):
        if found["n"]:
            return words("error.needs_values", lang, name=found["name"], n=found["n"])
        return words("error.needs_value", lang, name=found["name"])
    if found := _NO_VALUE.match(message):
        return words("error.takes_no_value", lang, name=found["name"])
    if found := _EXTRA.match(message):
        return words("error.extra", lang, args=found["args"])
    return message


def commands_of(group: TyperGroup) -> Iterable[tuple[str, click.Command]]:
    """Every command of the tree, by its catalogue name (tests)."""
    yield ROOT, group
    yield from group.commands.items()
