"""`planctl diff`: what changed between two plans, two folders, or a plan and a git revision.

Exit codes follow `git diff`: 0, or with `--exit-code` 1 when there are differences; 2 when
the plans cannot be read or the command line is wrong.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TextIO

from planctl.diff.changes import DiffReport, FileDiff, PlanDiff
from planctl.diff.compare import compare_pairs, compare_plans, pair_plans
from planctl.diff.match import DEFAULT_THRESHOLD
from planctl.diff.sources import (
    DiffPlan,
    GitTree,
    SourceError,
    disk_plans,
    git_toplevel,
    is_plan_name,
    read_disk_plan,
    read_plan,
    verify_rev,
)
from planctl.i18n import t
from planctl.report.text import format_finding
from planctl.workspace import display_path

FORMATS = ("text", "markdown", "json")

Compare = Callable[[DiffPlan, DiffPlan], PlanDiff]


@dataclass
class DiffArgs:
    paths: list[Path] = field(default_factory=list)
    rev: str | None = None
    output_format: str = "text"
    exit_code: bool = False
    threshold: float = DEFAULT_THRESHOLD
    order: bool = False
    lang: str = "vi"
    color: bool | None = None


class _Usage(Exception):
    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


def run(args: DiffArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        report = build_report(args)
    except _Usage as exc:
        err.write(f"planctl: {t(exc.key, args.lang, **exc.args_)}\n")
        return 2
    except SourceError as exc:
        for finding in exc.findings:
            err.write(format_finding(finding, args.lang) + "\n")
        err.write(f"planctl: {t(exc.key, args.lang, **exc.args_)}\n")
        return 2
    render(report, args, out)
    return 1 if args.exit_code and report.has_changes else 0


def render(report: DiffReport, args: DiffArgs, out: TextIO) -> None:
    from planctl.diff.render_json import render_json
    from planctl.diff.render_markdown import render_markdown
    from planctl.diff.render_text import render_text

    renderers: dict[str, Callable[[DiffReport, str, TextIO], None]] = {
        "text": partial(render_text, color=args.color),
        "markdown": render_markdown,
        "json": render_json,
    }
    renderers[args.output_format](report, args.lang, out)


def build_report(args: DiffArgs) -> DiffReport:
    if args.output_format not in FORMATS:
        raise _Usage("diff.bad_format", name=args.output_format, choices=", ".join(FORMATS))
    if not 0.0 < args.threshold <= 1.0:
        raise _Usage("diff.bad_threshold", value=args.threshold)
    compare_fn: Compare = partial(compare_plans, threshold=args.threshold, order=args.order)
    if args.rev is not None:
        return _against_rev(args, compare_fn)
    if len(args.paths) != 2:
        raise _Usage("diff.usage")
    old, new = args.paths
    for path in (old, new):
        if not os.path.lexists(path):
            raise _Usage("usage.missing_path", path=path)
    if not old.is_dir() and not new.is_dir():  # a FIFO or a symlink loop is read and reported
        a, b = read_disk_plan(old), read_disk_plan(new)
        return DiffReport([FileDiff(a.label, b.label, compare_fn(a, b), "argument")])
    if old.is_dir() and new.is_dir():
        olds = [read_disk_plan(old / Path(*p.parts), p.as_posix()) for p in disk_plans(old)]
        news = [read_disk_plan(new / Path(*p.parts), p.as_posix()) for p in disk_plans(new)]
        return DiffReport(compare_pairs(pair_plans(olds, news), compare_fn))
    raise _Usage("diff.mixed")


def _against_rev(args: DiffArgs, compare: Compare) -> DiffReport:
    if len(args.paths) > 1:
        raise _Usage("diff.usage")
    path = args.paths[0] if args.paths else Path("plans")
    if not path.exists():
        raise _Usage("usage.missing_path", path=path)
    rev = args.rev or "HEAD"
    top = git_toplevel(path)
    verify_rev(top, rev)
    tree = GitTree(top, rev)
    try:
        rel = PurePosixPath(path.resolve().relative_to(top.resolve()).as_posix())
    except ValueError:
        raise SourceError("diff.not_git", path=display_path(path)) from None
    if rel.as_posix() == ".":
        rel = PurePosixPath()
    if path.is_file():
        new = read_disk_plan(path)
        if tree.read(rel) is None:
            return DiffReport([FileDiff(None, new.label, None, "name")])
        old = read_plan(tree, rel, path.name)
        return DiffReport([FileDiff(old.label, new.label, compare(old, new), "name")])
    olds: list[DiffPlan] = []
    n = len(rel.parts)
    for file in tree.files_under(rel):
        inside = PurePosixPath(*file.parts[n:])
        if is_plan_name(inside):
            olds.append(read_plan(tree, file, inside.as_posix()))
    news = [read_disk_plan(path / Path(*p.parts), p.as_posix()) for p in disk_plans(path)]
    return DiffReport(compare_pairs(pair_plans(olds, news), compare))
