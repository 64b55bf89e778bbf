"""What an output's producer is given (a `RenderContext`), and how it says it failed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planctl.i18n import t

if TYPE_CHECKING:
    from planctl.render.templates import Wording
    from planctl.view import PlanView
    from planctl.workspace import PlanResult


@dataclass(frozen=True)
class BuildOptions:
    """What changes the bytes of an output besides the plan itself."""

    allow_errors: bool = False
    """Build a plan that has errors (`--allow-errors`)."""
    overwrite: bool = False
    """Overwrite outputs edited by hand, or not written by planctl (`--overwrite`)."""
    # The documents' clock; None: SOURCE_DATE_EPOCH, else each document's own date.
    when: dt.datetime | None = None


class BuildError(Exception):
    """An output could not be made for a reason the user can act on (a bad template …); the
    plan fails and none of its outputs is written."""


class OutputFailed(Exception):
    """This output alone could not be made (LibreOffice failed on the PDF): the plan's other
    outputs are still written, and the plan fails with this message (an i18n key)."""

    def __init__(self, key: str, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = args

    def message(self, lang: str) -> str:
        return t(self.key, lang, **self.values)


class RenderContext:
    """Everything an output's producer needs for one plan, each part prepared once, when first
    asked for: an output made only from another output (the PDF) never builds the view."""

    def __init__(self, result: PlanResult, options: BuildOptions) -> None:
        self.result = result
        self.options = options

    @property
    def stem(self) -> str:
        """The outputs' file name without suffix: the plan's."""
        return self.result.path.stem

    @cached_property
    def view(self) -> PlanView:
        from planctl.view import build_view

        if self.result.document is None or self.result.registry is None:
            raise BuildError("the plan could not be read")
        # The facts the check worked out (planctl.facts): one pass over the plan per build.
        return build_view(self.result.document, self.result.registry, self.result.facts)

    @cached_property
    def wording(self) -> Wording:
        from planctl.render.templates import Wording, search_dirs

        return Wording(search_dirs(self.result.path, self.result.registry_path))

    @property
    def when(self) -> dt.datetime:
        """The date the document's properties carry: SOURCE_DATE_EPOCH, else its own date."""
        from planctl.render.reproducible import document_datetime

        if self.options.when is not None:
            return self.options.when
        return document_datetime(self.view.document.date)

    @property
    def zip_time(self) -> dt.datetime:
        """The date of every entry of a zip output: SOURCE_DATE_EPOCH, else 1980-01-01."""
        from planctl.render.reproducible import build_datetime

        return self.options.when if self.options.when is not None else build_datetime()

    @property
    def template_dirs(self) -> list[Path]:
        """The organisation template folders in use (for a build manifest's fingerprint)."""
        return list(self.wording.dirs)
