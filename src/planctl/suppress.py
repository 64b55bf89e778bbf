"""Inline suppression: a YAML comment hides findings on its line, or in its whole file.

    lead: [Trung tâm TT]   # planctl: ignore[U005]
    deadline: Quý II/2025  # planctl: ignore[D002,D005]
    # planctl: ignore-file[N003]          (anywhere in the file: every N003 of the file)

Codes are required (a bare `# planctl: ignore` suppresses nothing), and may be prefixes ("D"
for every deadline rule), as in the configuration file. Findings of the S family (the plan
cannot be read or modelled) are never suppressed.

A code in a directive that hides nothing, names no rule, or names an S rule is itself
reported (T006, as ruff's RUF100 does), so that stale comments do not pile up and hide the
next real mistake on that line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from planctl.checks.rule import WARNING, Rule, Text, declare, example
from planctl.findings import Finding, Position

# A YAML comment starts with "#" at the start of a line or after whitespace.
_DIRECTIVE = re.compile(r"(?:^|\s)#\s*planctl:\s*(ignore-file|ignore)\[([^\]]*)\]", re.IGNORECASE)
_CODE = re.compile(r"[^,\s]+")
_UNSUPPRESSIBLE_FAMILY = "S"
UNUSED_CODE = "T006"

declare(
    Rule(
        UNUSED_CODE,
        "unused-suppression",
        WARNING,
        message=Text(
            "chú thích `# planctl: {directive}[…]`: {reason_vi}",
            "comment `# planctl: {directive}[…]`: {reason_en}",
        ),
        hint=Text("{hint_vi}", "{hint_en}"),
        what=Text(
            "Một mã trong chú thích `# planctl: ignore[…]` hay `# planctl: ignore-file[…]` "
            "không bỏ qua lỗi nào ở đó, không phải mã của quy tắc nào, hoặc là mã nhóm S "
            "(không bao giờ bỏ qua được).",
            "A code in a `# planctl: ignore[…]` or `# planctl: ignore-file[…]` comment hides "
            "no finding there, names no rule, or names an S rule (which is never hidden).",
        ),
        why=Text(
            "Chú thích cũ ở lại sau khi đã sửa lỗi sẽ che mất lỗi mới ở cùng dòng; một mã gõ "
            "sai thì không bỏ qua được gì mà người viết tưởng là đã bỏ qua.",
            "A stale comment left after the mistake was fixed hides the next mistake on that "
            "line; a mistyped code hides nothing while its writer thinks it does.",
        ),
        example=example(
            "    lead: [Vụ Pháp chế]   # planctl: ignore[U005]",
            "U005 không còn ở dòng này",
            "there is no U005 on this line any more",
        ),
        fix=Text(
            "Xoá mã đó khỏi chú thích (hoặc xoá cả chú thích), hoặc sửa cho đúng mã của lỗi "
            "cần bỏ qua (`planctl explain --all` liệt kê các mã).",
            "Remove the code from the comment (or the whole comment), or correct it to the "
            "code of the finding to hide (`planctl explain --all` lists the codes).",
        ),
    ),
)


@dataclass(frozen=True)
class Directive:
    """One code of one suppression comment."""

    line: int
    col: int
    """Column (1-based, code points) of the code in its line."""
    code: str
    whole_file: bool

    @property
    def name(self) -> str:
        return "ignore-file" if self.whole_file else "ignore"


def directives(text: str) -> list[Directive]:
    """Every code of every suppression comment in `text`, in order."""
    found: list[Directive] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if "planctl" not in line:
            continue
        for match in _DIRECTIVE.finditer(line):
            whole_file = match.group(1).lower() == "ignore-file"
            start = match.start(2)
            for code in _CODE.finditer(match.group(2)):
                found.append(
                    Directive(number, start + code.start() + 1, code.group().upper(), whole_file)
                )
    return found


def line_ignores(text: str) -> dict[int, tuple[str, ...]]:
    """The codes each line (1-based) suppresses on itself."""
    found: dict[int, list[str]] = {}
    for directive in directives(text):
        if not directive.whole_file:
            found.setdefault(directive.line, []).append(directive.code)
    return {line: tuple(codes) for line, codes in found.items()}


@dataclass
class Suppressed:
    kept: list[Finding]
    """The findings no directive hides."""
    problems: list[Finding]
    """T006 findings: directive codes that hide nothing, or name no rule or an S rule."""


def _hides(directive: Directive, finding: Finding) -> bool:
    if finding.code.startswith(_UNSUPPRESSIBLE_FAMILY):
        return False
    if not directive.whole_file and directive.line != finding.position.line:
        return False
    return finding.code.startswith(directive.code)


def apply_directives(
    findings: Iterable[Finding],
    text: str | None,
    file: str,
    *,
    codes: Iterable[str],
    enabled: Callable[[str], bool],
    checked: bool = True,
) -> Suppressed:
    """`findings` (all of the file `file`, whose text is `text`) without those its comments
    hide, and the problems with those comments. `codes` are the known rule codes; a code the
    configuration does not report (`enabled` false), or any code when the checks did not run
    (`checked` false: the file could not be modelled), is not said to be unused."""
    found = directives(text) if text and "planctl" in text else []
    if not found:
        return Suppressed(list(findings), [])
    used: set[Directive] = set()
    kept: list[Finding] = []
    for finding in findings:
        hiding = [d for d in found if _hides(d, finding)]
        used.update(hiding)
        if not hiding:
            kept.append(finding)
    known = tuple(codes)
    unused = {
        directive: problem
        for directive in found
        if directive not in used
        and (problem := _problem(directive, file, known, enabled, checked)) is not None
    }
    # A comment may hide T006 too (`ignore[U005,T006]` keeps a code on purpose), as ruff's
    # `noqa: RUF100`; a directive that hides a T006 is used, so not itself reported.
    hides_t006 = {
        d for owner, problem in unused.items() for d in found if d != owner and _hides(d, problem)
    }
    problems = [
        problem
        for owner, problem in unused.items()
        if owner not in hides_t006 and not any(d != owner and _hides(d, problem) for d in found)
    ]
    return Suppressed(kept, problems)


def _problem(
    directive: Directive,
    file: str,
    known: tuple[str, ...],
    enabled: Callable[[str], bool],
    checked: bool,
) -> Finding | None:
    where = Position(file, directive.line, directive.col)
    code = directive.code
    matched = [c for c in known if c.startswith(code)]
    if not matched:
        from planctl.config.schema import _suggest

        suggestion = _suggest(code, known)
        return Finding.of(
            UNUSED_CODE,
            where,
            directive=directive.name,
            reason_vi=f"không có quy tắc {code}",
            reason_en=f"there is no rule {code}",
            hint_vi=f"sửa thành {suggestion}" if suggestion else f"xoá {code} khỏi chú thích",
            hint_en=f"write {suggestion}" if suggestion else f"remove {code} from the comment",
        )
    if all(c.startswith(_UNSUPPRESSIBLE_FAMILY) for c in matched):
        return Finding.of(
            UNUSED_CODE,
            where,
            directive=directive.name,
            reason_vi=f"{code} thuộc nhóm S, không bao giờ bỏ qua được",
            reason_en=f"{code} is an S rule, which is never hidden",
            hint_vi=f"sửa lỗi {code} thay vì bỏ qua, rồi xoá {code} khỏi chú thích",
            hint_en=f"fix the {code} finding instead, and remove {code} from the comment",
        )
    if not checked or not any(enabled(c) for c in matched):
        return None
    place_vi = "trong tệp" if directive.whole_file else "ở dòng này"
    place_en = "in this file" if directive.whole_file else "on this line"
    return Finding.of(
        UNUSED_CODE,
        where,
        directive=directive.name,
        reason_vi=f"không có lỗi {code} nào {place_vi}",
        reason_en=f"there is no {code} finding {place_en}",
        hint_vi=f"xoá {code} khỏi chú thích",
        hint_en=f"remove {code} from the comment",
    )
