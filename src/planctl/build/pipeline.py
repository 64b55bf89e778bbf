"""One plan through the build: check → render every output in memory → guard → write.

`build_plan` checks the plan (the same findings as `planctl validate`); with errors it is
skipped unless `--allow-errors`. `make_outputs` then goes down the plan's outputs in the
table's order (planctl.build.outputs): an output whose manifest record is current for its
inputs is kept as it is; every other one is made in memory, from the plan or from the bytes of
the outputs it needs. Only then does the manifest say which may be written
(`incremental.guard`: a file edited by hand is refused unless `--overwrite`), and each is
written atomically (a temporary file renamed into place), so that a failure leaves every
earlier output as it was. The manifest on disk follows each step (the digests about to be
written, then the records of what was), so that a build killed at any point leaves nothing the
next one would take for a hand edit. An output that fails on its own (`OutputFailed`:
LibreOffice could not make the PDF) costs that output alone; any other failure costs the
plan, and nothing of it is written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from planctl.atomic import atomic_write_bytes
from planctl.build import incremental
from planctl.build.context import BuildError, BuildOptions, OutputFailed, RenderContext
from planctl.build.jobs import Job
from planctl.build.manifest import Manifest, OutputState, sha256_bytes
from planctl.build.outputs import OUTPUTS
from planctl.findings import Severity
from planctl.i18n import t
from planctl.workspace import PlanResult, Workspace, display_path


class Status(StrEnum):
    BUILT = "built"
    FORCED = "forced"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class Written:
    """An output as the build left it, for the manifest: its digest and its inputs."""

    path: Path
    sha256: str
    inputs: dict[str, str]


@dataclass
class Outcome:
    plan: Path
    status: Status
    outputs: list[Path] = field(default_factory=list)
    reason: str = ""
    warnings: int = 0
    written: list[Written] = field(default_factory=list)


def build_plan(
    workspace: Workspace,
    job: Job,
    options: BuildOptions,
    manifest: Manifest,
    lang: str,
    err: TextIO,
) -> Outcome:
    """Check and build one plan; what it says goes to `err`, what it wrote to the outcome."""
    from planctl.report.text import format_finding

    result = workspace.check_plan(job.plan)
    # The Workspace has applied the configuration and `# planctl: ignore` comments already.
    registry_findings = (
        workspace.findings_of_registry(result.registry_path) if result.registry_path else []
    )
    findings = sorted(set(result.findings) | set(registry_findings))
    errors = [f for f in findings if f.severity is Severity.ERROR]
    name = display_path(job.plan)
    warnings = len(findings) - len(errors)
    if errors:
        for finding in errors:
            err.write(format_finding(finding, lang) + "\n")
        loadable = result.document is not None and result.registry is not None
        if not options.allow_errors or not loadable:
            err.write(t("build.skipping", lang, file=name, errors=len(errors)) + "\n")
            reason = t("build.reason_errors", lang, errors=len(errors))
            return Outcome(job.plan, Status.SKIPPED, reason=reason, warnings=warnings)
    try:
        outputs, written, failure = make_outputs(
            result, job, options, manifest, lang, err, with_errors=bool(errors)
        )
    except (BuildError, OSError) as exc:
        reason = str(exc)
        err.write(t("build.failure", lang, file=name, reason=reason) + "\n")
        return Outcome(job.plan, Status.FAILED, reason=reason, warnings=warnings)
    except Exception as exc:  # a bug: say so in one line; PLANCTL_DEBUG=1 shows the traceback
        if os.environ.get("PLANCTL_DEBUG"):
            raise
        reason = f"{type(exc).__name__}: {exc}"
        err.write(t("build.failure", lang, file=name, reason=reason) + "\n")
        return Outcome(job.plan, Status.FAILED, reason=reason, warnings=warnings)
    if failure:
        return Outcome(job.plan, Status.FAILED, outputs, failure, warnings, written)
    status = Status.FORCED if errors else Status.BUILT
    return Outcome(job.plan, status, outputs, warnings=warnings, written=written)


@dataclass
class _Made:
    """A plan's outputs so far: the bytes of each (made, or read back when kept)."""

    data: dict[str, bytes] = field(default_factory=dict)
    rendered: list[tuple[Path, bytes, dict[str, str]]] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)


def render(
    result: PlanResult,
    job: Job,
    options: BuildOptions,
    manifest: Manifest,
    lang: str,
    *,
    with_errors: bool = False,
) -> _Made:
    """Every output of `job` that is not current, made in memory, in the table's order."""
    from planctl.render.templates import TemplateProblem

    context = RenderContext(result, options)
    settings = incremental.options_of(options.when)
    plan_inputs = incremental.plan_inputs(
        result, manifest.folder, settings, with_errors=with_errors
    )
    made = _Made()
    for name in job.formats:
        entry, path = OUTPUTS[name], job.output(name)
        if any(need not in made.data for need in entry.needs):
            continue  # what it is made from failed: that failure is reported
        inputs = plan_inputs
        if entry.needs:
            sources = {need: (job.output(need), made.data[need]) for need in entry.needs}
            inputs = incremental.derived_inputs(manifest, sources)
        if manifest.state(path, inputs) is OutputState.CURRENT:
            made.data[name] = path.read_bytes()
            continue
        try:
            data = entry.produce(context, made.data)
        except OutputFailed as exc:
            made.failed.append((path, exc.message(lang)))
            continue
        except TemplateProblem as exc:
            raise BuildError(str(exc)) from exc
        made.data[name] = data
        made.rendered.append((path, data, inputs))
    return made


def make_outputs(
    result: PlanResult,
    job: Job,
    options: BuildOptions,
    manifest: Manifest,
    lang: str,
    err: TextIO,
    *,
    with_errors: bool = False,
) -> tuple[list[Path], list[Written], str]:
    """Render one plan's outputs and write those the manifest allows: (outputs, what was
    written, why the plan failed or ""). Nothing is written if a file is refused."""
    made = render(result, job, options, manifest, lang, with_errors=with_errors)
    rendered = [(path, data) for path, data, _ in made.rendered]
    guarded = incremental.guard(manifest, rendered, options.overwrite)
    if guarded.refused:  # another build into this folder may have written them since
        manifest.reload()
        guarded = incremental.guard(manifest, rendered, options.overwrite)
    for path, state in guarded.refused:
        key = "build.edited" if state is OutputState.EDITED else "build.untracked"
        err.write(t(key, lang, file=display_path(path)) + "\n")
    if guarded.refused:
        files = ", ".join(display_path(path) for path, _ in guarded.refused)
        return [], [], t("build.reason_refused", lang, files=files)
    for path, _ in guarded.overriding:
        err.write(t("build.overwriting", lang, file=display_path(path)) + "\n")
    written = [Written(path, sha256_bytes(data), inputs) for path, data, inputs in made.rendered]
    digests = {item.path: item.sha256 for item in written}
    manifest.intend({path: digests[path] for path, _ in guarded.write})
    in_place = set(guarded.same)
    try:
        for path, data in guarded.write:
            atomic_write_bytes(path, data)
            in_place.add(path)
    finally:  # what is in place is recorded, even when a later write fails
        manifest.record_written(
            (item.path, item.sha256, item.inputs) for item in written if item.path in in_place
        )
    outputs = [job.output(name) for name in job.formats if name in made.data]
    for path, reason in made.failed:
        err.write(f"{display_path(path)}: {reason}\n")
    return outputs, written, "; ".join(reason for _, reason in made.failed)
