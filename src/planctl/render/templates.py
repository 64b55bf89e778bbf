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

import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket
from jinja2.loaders import split_template_path

from planctl.facts.numbering import letter, roman
from planctl.load.files import link_target, read_regular, real_path
from planctl.model.fields import PROSE_FIELDS, default_headers, default_labels
from planctl.render.sandbox import BoundedSandbox, Budget, Limits, TemplateLimit, where

TEMPLATES_DIR = "templates"
REFERENCE_DOCX = "reference.docx"
TEMPLATE_SUFFIX = ".j2"
MAX_TEMPLATE_BYTES = 1_000_000
MAX_REFERENCE_BYTES = 20_000_000


class TemplateProblem(Exception):
    """A template could not be read or run: its file, the line when known, and what is wrong
    (English, as Jinja and Python say it)."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        super().__init__(f"{file}:{line}: {problem}" if line else f"{file}: {problem}")
        self.file = file
        self.line = line
        self.problem = problem


def search_dirs(plan_path: Path, registry_path: Path | None) -> list[Path]:
    """Organisation template folders for a plan, nearest first (the package's not included).

    A `templates/` that is a symlink leading out of the organisation's folder is refused
    (TemplateProblem): it would let a template read whatever it points at."""
    from planctl.workspace import display_path, folders_up_to

    plan_dir = real_path(plan_path).parent
    stop = real_path(registry_path).parent if registry_path else plan_dir
    found = []
    for folder in folders_up_to(plan_dir, stop):
        candidate = folder / TEMPLATES_DIR
        if not candidate.is_dir():
            continue
        resolved = real_path(candidate)
        if not resolved.is_relative_to(stop):
            raise TemplateProblem(
                display_path(candidate),
                None,
                f"a symlink leading out of the organisation's folder (→ {resolved}): not read",
            )
        found.append(resolved)
    return found


class _Loader(jinja2.BaseLoader):
    """Template files from the given folders, first found wins, read only from inside them:
    a `.j2` regular file whose real path is in its folder (no symlink out, no FIFO, no
    /dev/zero), of at most MAX_TEMPLATE_BYTES. Each is named by the path users see."""

    def __init__(self, roots: Sequence[tuple[Path, Callable[[Path], str]]]) -> None:
        self.roots = [(real_path(root), root, shown) for root, shown in roots]

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # refuses ".."
        for real_root, root, shown in self.roots:
            candidate = root.joinpath(*pieces)
            if not os.path.lexists(candidate):
                continue
            name = shown(candidate)
            _inside(candidate, real_root, name)
            if not template.endswith(TEMPLATE_SUFFIX):
                raise TemplateProblem(name, None, "only .j2 files are templates: not read")
            try:
                raw = read_regular(candidate, MAX_TEMPLATE_BYTES)
            except OSError as exc:
                raise TemplateProblem(name, None, _unreadable(exc)) from None
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = raw.count(b"\n", 0, exc.start) + 1
                raise TemplateProblem(name, line, "not UTF-8 text") from None
            return text, name, lambda: True
        raise jinja2.TemplateNotFound(template)


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled template code kept for the life of the process, by template file and source
    checksum: each plan gets a new environment (its own `Budget`), and without this every
    plan of a batch compiled every template again. The code is the same for every
    environment made by `Wording.env` (one set of options), and an edited file has another
    checksum, so it is compiled afresh."""

    def __init__(self) -> None:
        self._code: dict[tuple[str, str], Any] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get((bucket.key, bucket.checksum))
        if code is not None:
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self._code[(bucket.key, bucket.checksum)] = bucket.code


_COMPILED = _CompiledTemplates()


def _inside(path: Path, real_root: Path, name: str) -> None:
    """Refuse a file whose real path is outside its template folder (a symlink out)."""
    real = real_path(path)
    if not real.is_relative_to(real_root):
        target = link_target(path) or real
        raise TemplateProblem(
            name, None, f"a symlink leading out of the templates folder (→ {target}): not read"
        )


def _unreadable(exc: OSError) -> str:
    from planctl.load import unreadable

    return unreadable(exc, "").message("en")


def _starts_with(text: Any, *prefixes: str) -> bool:
    folded = unicodedata.normalize("NFC", str(text)).casefold()
    return any(folded.startswith(unicodedata.normalize("NFC", p).casefold()) for p in prefixes)


def _letter(n: int) -> str:
    return letter(int(n) - 1)


class Wording:
    """The phrases of one search path. Modules are loaded once and cached; every template
    run through it shares one `Budget` (it serves one plan)."""

    def __init__(self, dirs: Sequence[Path] = (), limits: Limits | None = None) -> None:
        self.dirs = [Path(d) for d in dirs]
        self._modules: dict[str, Any] = {}
        self.budget = Budget(limits or Limits())
        self._reference: bytes | None = None

    @cached_property
    def env(self) -> jinja2.Environment:
        from planctl.workspace import display_path

        package = package_templates()
        roots = [(folder, display_path) for folder in self.dirs]
        roots.append((package, lambda path: _package_name(path, package)))
        env = BoundedSandbox(
            self.budget,
            loader=_Loader(roots),
            bytecode_cache=_COMPILED,
            autoescape=False,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        env.filters["roman"] = env.bounded_filter("roman", lambda n: roman(int(n)))
        env.filters["letter"] = env.bounded_filter("letter", _letter)
        env.filters["starts_with"] = env.bounded_filter("starts_with", _starts_with)
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
            if os.path.lexists(folder / name):
                return display_path(folder / name)
        return f"planctl/{TEMPLATES_DIR}/{name}"

    def _run(self, name: str, what: Callable[[], Any]) -> Any:
        """Run template code; any failure becomes a TemplateProblem naming the template file
        and line it happened in (an included file's, when it was there)."""
        try:
            with self.budget:
                return what()
        except TemplateProblem:
            raise
        except jinja2.TemplateSyntaxError as exc:
            file, line = where(exc)
            raise TemplateProblem(
                file or self.source(name), line, exc.message or str(exc)
            ) from None
        except TemplateLimit as exc:
            file, line = where(exc)
            raise TemplateProblem(file or self.source(name), line, str(exc)) from None
        except jinja2.TemplateError as exc:
            file, line = where(exc)
            raise TemplateProblem(file or self.source(name), line, str(exc)) from None
        except RecursionError:
            raise TemplateProblem(
                self.source(name), None, "a macro calls itself without end"
            ) from None
        except Exception as exc:  # ZeroDivisionError, TypeError …: the template's, not ours
            file, line = where(exc)
            problem = f"{type(exc).__name__}: {exc}"
            raise TemplateProblem(file or self.source(name), line, problem) from None

    def module(self, name: str) -> Any:
        if name not in self._modules:
            self._modules[name] = self._run(name, lambda: self.env.get_template(name).make_module())
        return self._modules[name]

    def text(self, name: str, attribute: str) -> Any:
        """A `{% set %}` value of a template: a phrase, or a dict/list of phrases."""
        module = self.module(name)
        try:
            value = getattr(module, attribute)
        except AttributeError:
            raise TemplateProblem(
                self.source(name), None, f"no `{{% set {attribute} = … %}}`"
            ) from None
        problem = _not_a_phrase(value, attribute)
        if problem:
            raise TemplateProblem(self.source(name), self._line_of(name, attribute), problem)
        return value.strip() if isinstance(value, str) else value

    def field_words(self, name: str, attribute: str, needed: Iterable[str]) -> dict[str, str]:
        """A `{% set %}` dict of phrases per task field (`headers`, `labels`), which must have
        every field in `needed`; a template that lacks one is named with its line."""
        value = self.text(name, attribute)
        if not isinstance(value, dict):
            raise TemplateProblem(
                self.source(name),
                self._line_of(name, attribute),
                f"`{attribute}` must be a dict of field → text",
            )
        missing = [field for field in needed if field not in value]
        if missing:
            example = ", ".join(f'"{field}": "…"' for field in missing)
            raise TemplateProblem(
                self.source(name),
                self._line_of(name, attribute),
                f"`{attribute}` has no entry for {', '.join(missing)}; add {example}",
            )
        return {str(k): str(v) for k, v in value.items()}

    def _line_of(self, name: str, attribute: str) -> int | None:
        """The line of the `{% set attribute` in a template, for messages."""
        try:
            source, _, _ = self.env.loader.get_source(self.env, name)  # type: ignore[union-attr]
        except (jinja2.TemplateNotFound, TemplateProblem):
            return None
        for number, line in enumerate(source.splitlines(), start=1):
            if re.search(rf"{{%-?\s*set\s+{re.escape(attribute)}\b", line):
                return number
        return None

    def call(self, name: str, macro: str, *args: Any) -> str:
        """A macro of a template, called with values (never with template source)."""
        module = self.module(name)
        function = getattr(module, macro, None)
        if function is None:
            raise TemplateProblem(self.source(name), None, f"no `{{% macro {macro}(…) %}}`")
        return str(self._run(name, lambda: str(function(*args)))).strip()

    def reference_docx(self) -> bytes:
        """The reference document whose styles the output uses: the nearest one wins. An
        organisation's must be a regular file inside its templates folder that python-docx
        opens; otherwise a TemplateProblem names it."""
        if self._reference is None:
            self._reference = self._find_reference()
        return self._reference

    def _find_reference(self) -> bytes:
        from planctl.workspace import display_path

        for folder in self.dirs:
            candidate = folder / REFERENCE_DOCX
            if not os.path.lexists(candidate):
                continue
            name = display_path(candidate)
            _inside(candidate, real_path(folder), name)
            try:
                data = read_regular(candidate, MAX_REFERENCE_BYTES)
            except OSError as exc:
                raise TemplateProblem(name, None, _unreadable(exc)) from None
            _check_docx(data, name)
            return data
        return package_reference()


def _not_a_phrase(value: Any, attribute: str) -> str:
    """Why a `{% set %}` value is no phrase (nor a list or dict of phrases), or "": the
    renderer would fail on it far from the template (`1 + 1`, an undefined name)."""
    items: list[Any]
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        items = [value]
    for item in items:
        if isinstance(item, jinja2.Undefined):
            return f"`{attribute}`: {item._undefined_message}"
        if not isinstance(item, str):
            return f"`{attribute}` must be text, not {type(item).__name__} ({item!r:.40})"
    return ""


def _check_docx(data: bytes, name: str) -> None:
    """Refuse a reference document python-docx cannot open, naming it."""
    import docx

    try:
        docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a damaged file
        problem = f"not a Word document planctl can read ({type(exc).__name__}: {exc})"
        raise TemplateProblem(name, None, problem) from None


def _package_name(path: Path, package: Path) -> str:
    return f"planctl/{TEMPLATES_DIR}/{path.relative_to(package).as_posix()}"


def package_templates() -> Path:
    """The folder of the default templates (the repository's top-level templates/, installed
    as the package planctl.templates)."""
    return Path(str(resources.files("planctl.templates")))


def package_reference() -> bytes:
    return (package_templates() / REFERENCE_DOCX).read_bytes()
