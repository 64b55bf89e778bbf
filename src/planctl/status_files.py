"""Status files on disk: where they sit beside their plan, reading one with positions, and
the fingerprint of the plan's tasks they were written against."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planctl.facts import PlanFacts
from planctl.findings import Finding, Position
from planctl.load import Loaded, LoadError, load_yaml
from planctl.model.from_data import validate_into
from planctl.model.status import StatusFile, period_bounds
from planctl.tally import leaves
from planctl.workspace import PlanResult, Workspace, display_path

if TYPE_CHECKING:
    from planctl.model.progress_report import ProgressReport

STATUS_FOLDER = "status"


def status_folder(plan: Path) -> Path:
    """plans/<org>/x.yaml → plans/<org>/status/x/"""
    return plan.parent / STATUS_FOLDER / plan.stem


def fingerprint(facts: PlanFacts) -> str:
    """What a status file depends on: each reported task's id, deadline and lead units."""
    digest = hashlib.sha256()
    for task in leaves(facts):
        lead = "; ".join(ref.canonical for ref in task.lead)
        digest.update(f"{task.task.id}\t{task.deadline_text}\t{lead}\n".encode())
    return digest.hexdigest()[:16]


@dataclass
class StatusResult:
    path: Path
    findings: list[Finding] = field(default_factory=list)
    loaded: Loaded | None = None
    record: StatusFile | None = None
    plan: PlanResult | None = None

    @property
    def facts(self) -> PlanFacts | None:
        return self.plan.facts if self.plan else None


def read_status(path: Path, workspace: Workspace | None = None) -> StatusResult:
    """The status file, its plan loaded and checked (K rules), and every finding."""
    from planctl.checks.status import check_status

    result = StatusResult(path)
    display = display_path(path)
    try:
        loaded = load_yaml(path, display=display)
    except LoadError as exc:
        result.findings.append(exc.finding)
        return result
    result.loaded = loaded
    result.findings.extend(loaded.findings)
    if not isinstance(loaded.data, dict):
        result.findings.append(
            Finding.of("S004", Position(display, 1, 1), got_vi="khác", got_en="other")
        )
        return result
    record, findings = validate_into(StatusFile, loaded.data, loaded.positions)
    result.findings.extend(findings)
    if record is None:
        return result
    result.record = record
    if period_bounds(record.period) is None:
        result.findings.append(
            Finding.of("K008", loaded.positions.lookup(("period",)), plan=record.period)
        )
        return result
    plan_path = (path.parent / record.plan).resolve()
    where = loaded.positions.lookup(("plan",))
    if not plan_path.is_file():
        result.findings.append(Finding.of("K008", where, plan=record.plan))
        return result
    plan = (workspace or Workspace()).load_plan(plan_path)
    result.plan = plan
    if plan.facts is None:
        result.findings.append(Finding.of("K008", where, plan=record.plan))
        return result
    result.findings.extend(
        check_status(record, loaded.positions, plan.facts, fingerprint(plan.facts))
    )
    result.findings = sorted(set(result.findings))
    return result


def status_files_of(plan: Path) -> list[Path]:
    folder = status_folder(plan)
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in (".yaml", ".yml") and not p.name.endswith(".report.yaml")
    )


REPORT_SUFFIX = ".report.yaml"


def report_prose_path(status: Path) -> Path:
    """plans/<org>/status/<plan>/2024-h1.yaml → …/2024-h1.report.yaml, the clerk's prose."""
    return status.with_name(f"{status.stem}{REPORT_SUFFIX}")


def read_report_prose(path: Path) -> tuple[ProgressReport | None, list[Finding]]:
    """The clerk's prose of a BÁO CÁO and its findings; an empty report when there is no file
    (every part then takes the templates' words)."""
    from planctl.model.progress_report import ProgressReport

    if not path.exists():
        return ProgressReport(), []
    display = display_path(path)
    try:
        loaded = load_yaml(path, display=display)
    except LoadError as exc:
        return None, [exc.finding]
    if loaded.data is None:
        return ProgressReport(), list(loaded.findings)
    if not isinstance(loaded.data, dict):
        found = Finding.of("S004", Position(display, 1, 1), got_vi="khác", got_en="other")
        return None, [*loaded.findings, found]
    record, findings = validate_into(ProgressReport, loaded.data, loaded.positions)
    return record, [*loaded.findings, *findings]
