"""Find plan files and their organisation registries on disk, and run load → model → check."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from planctl.checks.rule import ERROR, Rule, Text, declare, example
from planctl.config import Configs
from planctl.facts import PlanFacts, work_out
from planctl.facts.period import with_default_period
from planctl.findings import Finding, Position, has_errors
from planctl.load import Loaded, LoadError, load_yaml, load_yaml_bytes
from planctl.load.files import not_a_folder, real_path
from planctl.model.from_data import parse_document, parse_registry
from planctl.model.plan import Document
from planctl.model.registry import Registry
from planctl.suppress import apply_directives

REGISTRY_NAME = "org.yaml"
CONFIG_NAMES = {"planctl.toml", "pyproject.toml"}
PLAN_SUFFIXES = {".yaml", ".yml"}
# Folders under plans/ that hold no plans.
# `status/` holds the status files of issued plans (planctl.status_files), not plans.
SKIP_DIRS = {"templates", ".git", "__pycache__", "build", "status"}


# A plan whose registry cannot be found (reported by `Workspace.load_plan`).
declare(
    Rule(
        "S005",
        "registry-missing",
        ERROR,
        message=Text(
            "không tìm thấy danh mục đơn vị (org.yaml) cho kế hoạch này",
            "no organisation registry (org.yaml) found for this plan",
        ),
        hint=Text(
            "đặt tệp org.yaml trong cùng thư mục với kế hoạch hoặc thư mục cha",
            "put an org.yaml in the plan's folder or a parent folder",
        ),
        what=Text(
            "Kế hoạch cần một danh mục đơn vị: tệp khai báo ở `org:`, hoặc org.yaml trong thư "
            "mục của kế hoạch hay một thư mục cha.",
            "A plan needs an organisation registry: the file named by `org:`, or an org.yaml "
            "in the plan's folder or a parent folder.",
        ),
        why=Text(
            "Thiếu danh mục thì không kiểm tra được đơn vị, người ký, và không in được tên cơ "
            "quan ban hành.",
            "Without a registry neither the units nor the signer can be checked, and the "
            "issuing body's name cannot be printed.",
        ),
        example=example("org: ../btttt/org.yaml", "tệp không tồn tại", "no such file"),
        fix=Text(
            "Đặt org.yaml cạnh kế hoạch hoặc ở thư mục cha, hoặc sửa đường dẫn `org:`.",
            "Put an org.yaml beside the plan or in a parent folder, or correct the `org:` path.",
        ),
    ),
)


class UsageError(Exception):
    """A problem with the command line rather than with a plan (exit code 2)."""


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def discover(paths: Iterable[Path], *, registries: bool = False) -> list[Path]:
    """YAML files named, or found under the folders named, sorted; registries (org.yaml)
    found in folders are left out unless `registries`."""
    found: list[Path] = []
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(str(path))
        if not path.is_dir():  # a FIFO or a looping symlink too: the loader reports it
            found.append(path)
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            found.extend(
                Path(root, name)
                for name in sorted(files)
                if Path(name).suffix in PLAN_SUFFIXES
                and not name.startswith(".")
                and (registries or name != REGISTRY_NAME)
            )
    return sorted({real_path(p): p for p in found}.values(), key=str)


def find_registry(plan_path: Path, declared: str | None = None) -> Path | None:
    if declared:
        candidate = real_path(plan_path.parent / declared)
        return candidate if not_a_folder(candidate) else None
    plan = real_path(plan_path)
    for folder in [plan.parent, *plan.parents]:
        candidate = folder / REGISTRY_NAME
        if not_a_folder(candidate):  # a special or unreadable one is reported, not passed over
            return candidate
    return None


def folders_up_to(start: Path, stop: Path) -> list[Path]:
    """`start` and its parents up to `stop`, when `stop` is one of them; else `start` alone:
    the folders whose `templates/` an organisation's plan is built with."""
    folders = [start]
    if stop != start and stop in start.parents:
        for parent in start.parents:
            folders.append(parent)
            if parent == stop:
                break
    return folders


@dataclass
class RegistryResult:
    path: Path
    registry: Registry | None
    findings: list[Finding]
    loaded: Loaded | None = None


@dataclass
class PlanResult:
    """Everything validate and build need to know about one plan file."""

    path: Path
    findings: list[Finding] = field(default_factory=list)
    loaded: Loaded | None = None
    document: Document | None = None
    registry: Registry | None = None
    registry_path: Path | None = None
    facts: PlanFacts | None = None  # worked out once the plan has a registry

    @property
    def ok(self) -> bool:
        return self.document is not None and not has_errors(self.findings)


class Workspace:
    """Loads each registry once, however many plans share it, and applies the configuration
    (`planctl.toml`: default period, ignored rules, severities) and the inline
    `# planctl: ignore[CODE]` comments, so that validate and build see the same findings."""

    def __init__(self, configs: Configs | None = None) -> None:
        self._registries: dict[Path, RegistryResult] = {}
        self.configs = configs or Configs()

    def registry(self, path: Path) -> RegistryResult:
        key = real_path(path)
        if key not in self._registries:
            self._registries[key] = load_registry(path)
        return self._registries[key]

    def load_plan(
        self, path: Path, *, source: bytes | None = None, display: str | None = None
    ) -> PlanResult:
        """The plan at `path`; or, given `source` (standard input), that text as if it were
        the file `path` (its registry and configuration are looked for from `path`)."""
        result = PlanResult(path=path)
        display = display or display_path(path)
        try:
            if source is None:
                loaded = load_yaml(path, display=display)
            else:
                loaded = load_yaml_bytes(source, display)
        except LoadError as exc:
            result.findings.append(exc.finding)
            return result
        result.loaded = loaded
        result.findings.extend(loaded.findings)
        document, findings = parse_document(loaded)
        result.findings.extend(findings)
        if document is None:
            return result
        period = self.configs.for_path(path).period
        if period is not None:
            document = with_default_period(document, period)
        result.document = document
        registry_path = find_registry(path, document.org)
        if registry_path is None:
            # A declared `org:` that names no file is reported on that line.
            where = loaded.positions.lookup(("org",)) if document.org else Position(display, 1, 1)
            result.findings.append(Finding.of("S005", where))
            return result
        reg = self.registry(registry_path)
        result.registry_path = registry_path
        result.registry = reg.registry
        if reg.registry is not None:
            result.facts = work_out(document, reg.registry)
        return result

    def check_plan(
        self, path: Path, *, source: bytes | None = None, display: str | None = None
    ) -> PlanResult:
        from planctl.checks import run_checks
        from planctl.checks.rule import all_rules

        result = self.load_plan(path, source=source, display=display)
        checked = False
        if result.document is not None and result.registry is not None and result.loaded:
            # A check whose codes are all ignored for this file is not run at all.
            config = self.configs.for_path(path)
            enabled = {code for code in all_rules() if config.enables(code, path)}
            result.findings.extend(
                run_checks(
                    result.document, result.registry, result.loaded, enabled, facts=result.facts
                )
            )
            checked = True
        text = result.loaded.text if result.loaded else None
        file = display or display_path(path)
        result.findings = self._configured(result.findings, text, file, path, checked=checked)
        return result

    def findings_of_registry(self, path: Path) -> list[Finding]:
        """The registry's own findings, configured like a plan's."""
        return self._registry_configured(self.registry(path))

    def registry_paths(self) -> list[Path]:
        """Every registry loaded so far (resolved), in a stable order."""
        return sorted(self._registries)

    def registry_findings(self) -> list[Finding]:
        return [
            finding
            for reg in self._registries.values()
            for finding in self._registry_configured(reg)
        ]

    def _registry_configured(self, reg: RegistryResult) -> list[Finding]:
        text = reg.loaded.text if reg.loaded else None
        return self._configured(
            reg.findings,
            text,
            display_path(reg.path),
            reg.path,
            checked=reg.registry is not None,
        )

    def _configured(
        self, findings: list[Finding], text: str | None, file: str, path: Path, *, checked: bool
    ) -> list[Finding]:
        """The findings of one file as its configuration and suppression comments want them,
        with the problems of those comments (T006), configured too."""
        from planctl.checks.rule import all_rules

        config = self.configs.for_path(path)
        suppressed = apply_directives(
            self.configs.apply(findings),
            text,
            file,
            codes=all_rules(),
            enabled=lambda code: config.enables(code, path),
            checked=checked,
        )
        return sorted({*suppressed.kept, *self.configs.apply(suppressed.problems)})


def load_registry(path: Path) -> RegistryResult:
    display = display_path(path)
    try:
        loaded = load_yaml(path, display=display)
    except LoadError as exc:
        return RegistryResult(path, None, [exc.finding])
    registry, findings = parse_registry(loaded)
    return RegistryResult(path, registry, [*loaded.findings, *findings], loaded)
