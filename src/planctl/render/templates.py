"""The wording of the documents: Jinja templates, looked up organisation folder first.

The package ships `templates/` (installed as planctl.templates: common.j2, plan.j2,
decision.j2, tasks.j2, appendix.j2 and reference.docx). An organisation overrides any of them
file by file with a `templates/` folder beside its plans: every folder from the plan's own up
to the one holding its org.yaml is searched, nearest first, then the package (as mkdocs'
`custom_dir` does for a theme).

A wording template is a module of phrases: `{% set kind = "KẾ HOẠCH" %}` for fixed words,
`{% macro article(n) %}Điều {{ n }}.{% endmacro %}` for words around values. The renderer reads
them by name. User text only ever reaches a template as a macro argument, so it is printed
as it is and never compiled (a task that says `{{ x }}` prints `{{ x }}`). The environment is
sandboxed, undefined names are errors, and nothing is escaped: python-docx escapes XML itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from planctl.facts.numbering import letter, roman
from planctl.model.fields import PROSE_FIELDS, default_headers, default_labels

TEMPLATES_DIR = "templates"
REFERENCE_DOCX = "reference.docx"


class TemplateProblem(Exception):
    """A template could not be read or run; the message names the file and line."""


def search_dirs(plan_path: Path, registry_path: Path | None) -> list[Path]:
    """Organisation template folders for a plan, nearest first (the package's not included)."""
    from planctl.workspace import folders_up_to

    plan_dir = plan_path.resolve().parent
    stop = registry_path.resolve().parent if registry_path else plan_dir
    folders = folders_up_to(plan_dir, stop)
    return [f / TEMPLATES_DIR for f in folders if (f / TEMPLATES_DIR).is_dir()]


def _starts_with(text: Any, *prefixes: str) -> bool:
    folded = unicodedata.normalize("NFC", str(text)).casefold()
    return any(folded.startswith(unicodedata.normalize("NFC", p).casefold()) for p in prefixes)


def _letter(n: int) -> str:
    return letter(int(n) - 1)


class Wording:
    """The phrases of one search path. Modules are loaded once and cached."""

    def __init__(self, dirs: Sequence[Path] = ()) -> None:
        self.dirs = [Path(d) for d in dirs]
        self._modules: dict[str, Any] = {}

    @cached_property
    def env(self) -> jinja2.Environment:
        loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader([str(d) for d in self.dirs])]
        loaders.append(jinja2.FileSystemLoader(str(package_templates())))
        env = ImmutableSandboxedEnvironment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=False,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        env.filters["roman"] = lambda n: roman(int(n))
        env.filters["letter"] = _letter
        env.filters["starts_with"] = _starts_with
        env.globals.update(
            field_headers=default_headers(),
            field_labels=default_labels(),
            field_order=list(PROSE_FIELDS),
        )
        return env

    def source(self, name: str) -> str:
        """Where a template comes from (an organisation folder or the package)."""
        from planctl.workspace import display_path

        for folder in self.dirs:
            if (folder / name).is_file():
                return display_path(folder / name)
        return f"planctl/{TEMPLATES_DIR}/{name}"

    def module(self, name: str) -> Any:
        if name not in self._modules:
            try:
                template = self.env.get_template(name)
                self._modules[name] = template.make_module()
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateProblem(f"{self.source(name)}:{exc.lineno}: {exc.message}") from exc
            except jinja2.TemplateError as exc:
                raise TemplateProblem(f"{self.source(name)}: {exc}") from exc
        return self._modules[name]

    def text(self, name: str, attribute: str) -> Any:
        """A `{% set %}` value of a template: a phrase, or a dict/list of phrases."""
        module = self.module(name)
        try:
            value = getattr(module, attribute)
        except AttributeError:
            raise TemplateProblem(
                f"{self.source(name)}: no `{{% set {attribute} = … %}}`"
            ) from None
        return value.strip() if isinstance(value, str) else value

    def field_words(self, name: str, attribute: str, needed: Iterable[str]) -> dict[str, str]:
        """A `{% set %}` dict of phrases per task field (`headers`, `labels`), which must have
        every field in `needed`; a template that lacks one is named with its line."""
        value = self.text(name, attribute)
        if not isinstance(value, dict):
            raise TemplateProblem(
                f"{self._line_of(name, attribute)}: `{attribute}` must be a dict of field → text"
            )
        missing = [field for field in needed if field not in value]
        if missing:
            example = ", ".join(f'"{field}": "…"' for field in missing)
            raise TemplateProblem(
                f"{self._line_of(name, attribute)}: `{attribute}` has no entry for "
                f"{', '.join(missing)}; add {example}"
            )
        return {str(k): str(v) for k, v in value.items()}

    def _line_of(self, name: str, attribute: str) -> str:
        """ "file:line" of the `{% set attribute` in a template, for messages."""
        try:
            source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        except jinja2.TemplateNotFound:
            return self.source(name)
        for number, line in enumerate(source.splitlines(), start=1):
            if re.search(rf"{{%-?\s*set\s+{re.escape(attribute)}\b", line):
                return f"{self.source(name)}:{number}"
        return self.source(name)

    def call(self, name: str, macro: str, *args: Any) -> str:
        """A macro of a template, called with values (never with template source)."""
        module = self.module(name)
        function = getattr(module, macro, None)
        if function is None:
            raise TemplateProblem(f"{self.source(name)}: no `{{% macro {macro}(…) %}}`")
        try:
            return str(function(*args)).strip()
        except jinja2.TemplateError as exc:
            raise TemplateProblem(f"{self.source(name)}: {macro}: {exc}") from exc

    def reference_docx(self) -> bytes:
        """The reference document whose styles the output uses: the nearest one wins."""
        for folder in self.dirs:
            candidate = folder / REFERENCE_DOCX
            if candidate.is_file():
                return candidate.read_bytes()
        return package_reference()


def package_templates() -> Path:
    """The folder of the default templates (the repository's top-level templates/, installed
    as the package planctl.templates)."""
    return Path(str(resources.files("planctl.templates")))


def package_reference() -> bytes:
    return (package_templates() / REFERENCE_DOCX).read_bytes()
