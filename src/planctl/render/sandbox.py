"""The Jinja sandbox the wording templates run in, with bounds on time and on what they make.

An organisation's templates come with its plans, from anyone who can open a pull request.
Jinja's sandbox stops them from reaching Python's internals, but not from looping for hours
(`{% for i in range(100000) %}{% for j in range(100000) %}…`) or from making a value of
gigabytes (`"A" * 300000000`, `"x" | center(10**9)`, a string doubled in a loop). Here:

- every block the compiler emits (a loop body, a macro, an `if`) ticks a step counter that
  also watches the clock, so a loop stops after `Limits.steps` steps or `Limits.seconds`;
- every call, filter and intercepted operator (`*`, `**`, `+`, `%`) has its arguments
  checked *before* it runs (no width, count or repeat larger than `Limits.text`) and its
  result counted after (no value larger than `Limits.text`, no more than `Limits.made` made
  in all); every `~` and every buffer joined is counted the same way.

Going over a bound raises `TemplateLimit`, which `where` turns into the template's file and
line, as it does for any other error raised while a template runs.
"""

from __future__ import annotations

import functools
import re
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment


@dataclass(frozen=True)
class Limits:
    seconds: float = 10.0
    """Time spent running one plan's templates, all calls together."""
    steps: int = 200_000
    """Blocks entered, calls and operations, for one plan (its documents use a few thousand)."""
    text: int = 4_000_000
    """Characters (or items) of any one value a template makes: twice the largest plan."""
    made: int = 64_000_000
    """Characters (or items) made in all by one plan's templates."""
    bits: int = 1 << 16
    """Bits of any one integer a template computes."""


class TemplateLimit(Exception):
    """A template went over one of its `Limits`; the message says which (English)."""


class Budget:
    """What one plan's templates have used so far: steps, characters made, time inside."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.steps = 0
        self.made = 0
        self._spent = 0.0
        self._entered: float | None = None
        self._depth = 0

    def __enter__(self) -> Budget:
        if self._depth == 0:
            self._entered = time.monotonic()
        self._depth += 1
        return self

    def __exit__(self, *_exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._entered is not None:
            self._spent += time.monotonic() - self._entered
            self._entered = None

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.steps:
            raise TemplateLimit(f"more than {self.limits.steps} steps: a loop that does not end?")
        if self._entered is not None:
            spent = self._spent + time.monotonic() - self._entered
            if spent > self.limits.seconds:
                raise TemplateLimit(f"ran longer than {self.limits.seconds:g} seconds")

    def count(self, value: Any) -> None:
        """Account for a value a template has made."""
        if isinstance(value, bool):
            return
        if isinstance(value, int):
            if value.bit_length() > self.limits.bits:
                raise TemplateLimit(f"a number of more than {self.limits.bits} bits")
            return
        if isinstance(value, str | list | tuple | dict | set | frozenset | bytes):
            size = len(value)
            if size > self.limits.text:
                raise TemplateLimit(f"a value of {size} characters (at most {self.limits.text})")
            self.made += size
            if self.made > self.limits.made:
                raise TemplateLimit(f"more than {self.limits.made} characters made in all")

    def check_args(self, owner: Any, args: Iterable[Any], kwargs: dict[str, Any]) -> None:
        """Refuse a call whose arguments ask for a huge result: a width, count or repeat
        over the bound (`center(10**9)`), or two long texts (`replace("", long)`)."""
        values = [*args, *kwargs.values()]
        if owner is not None:
            values.append(owner)
        lengths = []
        for value in values:
            if isinstance(value, int | float) and not isinstance(value, bool):
                if abs(value) > self.limits.text:
                    raise TemplateLimit(f"an argument of {value:g} (at most {self.limits.text})")
            elif isinstance(value, str | list | tuple):
                lengths.append(len(value))
        lengths.sort(reverse=True)
        if len(lengths) > 1 and lengths[0] * max(lengths[1], 1) > self.limits.text:
            raise TemplateLimit(f"arguments of {lengths[0]} and {lengths[1]} characters")

    def check_format(self, pattern: Any) -> None:
        """Refuse a format string asking for a huge width (`"%0300000000d"`)."""
        if isinstance(pattern, str):
            for digits in re.findall(r"\d+", pattern):
                if len(digits) > 7 or int(digits) > self.limits.text:
                    raise TemplateLimit(f"a format width of {digits}")


_FORMATS = {"format", "format_map"}
# What Jinja passes a filter before its value (pass_context, pass_eval_context, …).
_PASSED = (Context, jinja2.nodes.EvalContext, jinja2.Environment)


class _BoundedCodeGenerator(CodeGenerator):
    """Jinja's compiler, with a step at the start of every block and `~` counted."""

    def blockvisit(self, nodes: Iterable[jinja2.nodes.Node], frame: Frame) -> None:
        self.writeline("environment.tick()")
        super().blockvisit(nodes, frame)

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.counted(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """An immutable sandbox whose templates stay within a `Budget`."""

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, budget: Budget, **options: Any) -> None:
        super().__init__(**options)
        self.budget = budget
        self.globals.pop("lipsum", None)  # lipsum(n) makes n paragraphs before any check
        self.filters = {name: self.bounded_filter(name, f) for name, f in self.filters.items()}

    # Called by the compiled templates.
    def tick(self) -> None:
        self.budget.step()

    def counted(self, value: Any) -> Any:
        self.budget.count(value)
        return value

    def concat(self, parts: Iterable[str]) -> str:
        """Join a template's output, counting it before anything is joined."""
        kept: list[str] = []
        total = 0
        for part in parts:
            total += len(part)
            if total > self.budget.limits.text:
                raise TemplateLimit(f"an output of more than {self.budget.limits.text} characters")
            kept.append(part)
        joined = "".join(kept)
        self.budget.count(joined)
        return joined

    def call(
        __self,  # named as Jinja names it: no keyword argument of the call can collide
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        __self.budget.step()
        target = getattr(__obj, "__wrapped__", __obj)  # str.format comes wrapped by the sandbox
        owner = getattr(target, "__self__", None)
        if getattr(target, "__name__", "") in _FORMATS:
            __self.budget.check_format(owner)
        sized = owner if isinstance(owner, str | list | tuple) else None
        __self.budget.check_args(sized, args, kwargs)
        return __self.counted(super().call(__context, __obj, *args, **kwargs))

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self.budget.step()
        _check_binop(self.budget, operator, left, right)
        return self.counted(super().call_binop(context, operator, left, right))

    def bounded_filter(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """A filter whose arguments are checked and whose result is counted; it keeps the
        function's attributes (how Jinja knows it wants the context)."""

        @functools.wraps(function)
        def bounded(*args: Any, **kwargs: Any) -> Any:
            self.budget.step()
            plain = [a for a in args if not isinstance(a, _PASSED)]
            if name == "format" and plain:
                self.budget.check_format(plain[0])
            self.budget.check_args(None, plain, kwargs)
            return self.counted(function(*args, **kwargs))

        return bounded


def _check_binop(budget: Budget, operator: str, left: Any, right: Any) -> None:
    """Refuse an operation whose result would be over the bounds, before it is computed."""
    limits = budget.limits
    sized = (str, list, tuple)
    numbers = isinstance(left, int) and isinstance(right, int)
    size: int | None = None
    bits = 0
    if operator == "*" and isinstance(left, sized) and isinstance(right, int):
        size = len(left) * max(right, 0)
    elif operator == "*" and isinstance(right, sized) and isinstance(left, int):
        size = len(right) * max(left, 0)
    elif operator == "*" and numbers:
        bits = left.bit_length() + right.bit_length()
    elif operator == "**" and numbers and abs(left) > 1 and right > 0:
        bits = left.bit_length() * right
    elif operator == "+" and isinstance(left, sized) and isinstance(right, sized):
        size = len(left) + len(right)
    elif operator == "%" and isinstance(left, str):
        budget.check_format(left)
    if size is not None and size > limits.text:
        raise TemplateLimit(f"a value of {size} characters (at most {limits.text})")
    if bits > limits.bits:
        raise TemplateLimit(f"a number of more than {limits.bits} bits")


def where(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line an exception was raised in (the innermost template frame
    of its traceback), or (None, None) when it was raised outside any template."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.filename, exc.lineno
    found: tuple[str | None, int | None] = (None, None)
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        template = frame.f_globals.get("__jinja_template__")
        if isinstance(template, jinja2.Template):
            found = (template.filename, template.get_corresponding_lineno(lineno))
    return found
