"""`planctl validate` checks an organisation's templates as `build` will use them (S201).

A plan whose organisation has a `templates/` folder is composed with its wording, as the
build does (all in memory, no document written), so that a template that cannot be read, has
a syntax error, fails at run time or goes over the sandbox's bounds fails CI with the
template's file and line, rather than the build later. The reference .docx is opened too.

Plans without organisation templates use the package's, which the test suite covers: nothing
is done for them, and validate then loads no jinja2 at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planctl.checks.rule import ERROR, Rule, Text, declare, example
from planctl.findings import Finding, Position

if TYPE_CHECKING:
    from pathlib import Path

    from planctl.workspace import PlanResult

# Kept equal to planctl.render.templates.TEMPLATES_DIR, which imports jinja2.
TEMPLATES_DIR = "templates"

declare(
    Rule(
        "S201",
        "template-error",
        ERROR,
        message=Text(
            "mẫu văn bản của đơn vị không dùng được: {problem}",
            "the organisation's template cannot be used: {problem}",
        ),
        hint=Text(
            "sửa tệp mẫu ở dòng này, hoặc xóa nó để dùng mẫu mặc định của planctl",
            "fix the template at this line, or delete it to use planctl's default",
        ),
        what=Text(
            "Mỗi tệp trong thư mục `templates/` của đơn vị phải đọc được, đúng cú pháp Jinja, "
            "chạy không lỗi trong giới hạn thời gian và dung lượng, và nằm trong thư mục đó "
            "(không phải liên kết ra ngoài); `reference.docx` phải là tệp Word mở được.",
            "Every file in the organisation's `templates/` folder must be readable, valid "
            "Jinja, run without error within the time and size bounds, and lie inside that "
            "folder (not a symlink out of it); `reference.docx` must be a Word file that opens.",
        ),
        why=Text(
            "Lỗi trong mẫu làm hỏng mọi văn bản của đơn vị khi build; một liên kết ra ngoài "
            "(ví dụ tới /proc/self/environ) có thể in bí mật của CI vào văn bản.",
            "A broken template breaks every document of the organisation at build time; a "
            "symlink out of the folder (to /proc/self/environ, say) could print the CI's "
            "secrets into the documents.",
        ),
        example=example(
            "{% set motto = 1 / 0 %}",
            "templates/common.j2: chia cho 0",
            "templates/common.j2: division by zero",
        ),
        fix=Text(
            "Sửa tệp mẫu ở dòng được báo (so với bản mặc định trong planctl/templates), hoặc "
            "xóa nó để dùng mẫu mặc định.",
            "Fix the template at the reported line (compare with the default in "
            "planctl/templates), or delete it to use the default.",
        ),
    ),
)


def has_org_templates(plan: Path, registry: Path | None) -> bool:
    from planctl.load.files import real_path
    from planctl.workspace import folders_up_to

    start = real_path(plan).parent
    stop = real_path(registry).parent if registry is not None else start
    return any((folder / TEMPLATES_DIR).is_dir() for folder in folders_up_to(start, stop))


def template_findings(result: PlanResult) -> list[Finding]:
    """S201 for the first problem the plan's organisation templates have, if any."""
    if result.document is None or result.registry is None:
        return []
    if not has_org_templates(result.path, result.registry_path):
        return []
    from planctl.render.compose import compose
    from planctl.render.templates import TemplateProblem, Wording, search_dirs
    from planctl.render.xlsx_writer import XlsxWords
    from planctl.view import build_view

    try:
        words = Wording(search_dirs(result.path, result.registry_path))
        compose(build_view(result.document, result.registry, result.facts), words)
        XlsxWords.of(words)
        words.reference_docx()
    except TemplateProblem as exc:
        where = Position(exc.file, exc.line or 1, 1)
        return [Finding.error("S201", where, problem=exc.problem)]
    return []
