"""`planctl fmt [--check] [--diff]`: canonical layout of plan and registry YAML files.

Exit codes: 0 when every file is (or now is) formatted; with `--check`, 1 when a file would
be reformatted (nothing is written); 2 when a file cannot be read or formatted safely.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from planctl.i18n import t
from planctl.load import MAX_FILE_BYTES, unreadable
from planctl.load.files import read_regular
from planctl.workspace import UsageError, discover, display_path


@dataclass
class FmtArgs:
    paths: list[Path]
    check: bool = False
    show_diff: bool = False
    lang: str = "vi"


def yaml_files(paths: list[Path]) -> list[Path]:
    """YAML files named, or found under the folders named (registries included), sorted."""
    return discover(paths, registries=True)


def run(args: FmtArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    from planctl.fmt import FmtError, format_text

    lang = args.lang
    try:
        files = yaml_files(args.paths)
    except UsageError as exc:
        err.write(f"planctl: {t('usage.missing_path', lang, path=exc)}\n")
        return 2
    changed = same = 0
    failed = False
    for path in files:
        name = display_path(path)
        try:
            text = read_regular(path, MAX_FILE_BYTES).decode("utf-8")
            result = format_text(text, name)
        except OSError as exc:  # a FIFO, a device, a symlink loop: said as validate says it
            problem = unreadable(exc, name).message(lang)
            err.write(f"planctl: {t('fmt.unreadable', lang, file=name, problem=problem)}\n")
            failed = True
            continue
        except UnicodeDecodeError as exc:
            err.write(f"planctl: {t('fmt.unreadable', lang, file=name, problem=exc)}\n")
            failed = True
            continue
        except FmtError as exc:
            err.write(f"planctl: {t(exc.key, lang, **exc.args_)}\n")
            failed = True
            continue
        if not result.changed:
            same += 1
            continue
        changed += 1
        if args.show_diff:
            out.writelines(
                difflib.unified_diff(
                    text.splitlines(keepends=True),
                    result.text.splitlines(keepends=True),
                    fromfile=f"a/{name}",
                    tofile=f"b/{name}",
                )
            )
        if args.check:
            err.write(t("fmt.would_reformat", lang, file=name) + "\n")
        else:
            from planctl.atomic import atomic_write_text

            atomic_write_text(path, result.text)
            err.write(t("fmt.reformatted", lang, file=name) + "\n")
    key = "fmt.summary_check" if args.check else "fmt.summary"
    err.write(t(key, lang, changed=changed, same=same) + "\n")
    if failed:
        return 2
    return 1 if args.check and changed else 0
