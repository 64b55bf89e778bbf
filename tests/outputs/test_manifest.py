"""The build manifest: which outputs are current, stale, missing, edited by hand or unknown."""

from __future__ import annotations

import json
from pathlib import Path

from planctl.build.manifest import (
    ABSENT,
    MANIFEST_NAME,
    Digests,
    Manifest,
    OutputState,
    fingerprint,
    options_digest,
    sha256_bytes,
)


def _inputs(
    base: Path, plan: Path, registry: Path, templates: Path, **options: object
) -> dict[str, str]:
    return fingerprint(
        base,
        version="9.9",
        options={"formats": ["docx"], **options},
        files=[("plan", plan), ("registry", registry)],
        folders=[("templates", templates)],
    )


def _setup(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    plans = tmp_path / "plans"
    plans.mkdir()
    plan = plans / "a.yaml"
    plan.write_text("kind: plan\n", encoding="utf-8")
    registry = plans / "org.yaml"
    registry.write_text("issuer: {}\n", encoding="utf-8")
    templates = plans / "templates"
    templates.mkdir()
    (templates / "plan.docx.j2").write_text("{{ title }}", encoding="utf-8")
    return tmp_path / "build", plan, registry, templates


def test_fingerprint_names_inputs_relative_to_the_output_folder(tmp_path: Path) -> None:
    out, plan, registry, templates = _setup(tmp_path)
    inputs = _inputs(out, plan, registry, templates)
    assert inputs["planctl"] == "9.9"
    assert inputs["plan:../plans/a.yaml"] == sha256_bytes(b"kind: plan\n")
    assert inputs["registry:../plans/org.yaml"] == sha256_bytes(b"issuer: {}\n")
    assert inputs["templates:../plans/templates/"] != ABSENT
    assert inputs["options"] == options_digest({"formats": ["docx"]})
    missing = fingerprint(out, version="1", options={}, folders=[("templates", out / "nope")])
    assert missing["templates:nope/"] == ABSENT


def test_states_through_a_build_cycle(tmp_path: Path) -> None:
    out, plan, registry, templates = _setup(tmp_path)
    docx = out / "a.docx"
    manifest = Manifest.load(out)
    assert manifest.problem is None and not manifest.records
    inputs = _inputs(out, plan, registry, templates)
    assert manifest.state(docx, inputs) is OutputState.MISSING

    out.mkdir()
    docx.write_bytes(b"built")
    assert manifest.state(docx, inputs) is OutputState.UNTRACKED
    manifest.record(docx, sha256_bytes(b"built"), inputs)
    manifest.save()

    again = Manifest.load(out)
    assert again.state(docx, _inputs(out, plan, registry, templates)) is OutputState.CURRENT
    # Any input changing makes the output stale: plan, registry, a template, an option, version.
    registry.write_text("issuer: {name: X}\n", encoding="utf-8")
    assert again.state(docx, _inputs(out, plan, registry, templates)) is OutputState.STALE
    registry.write_text("issuer: {}\n", encoding="utf-8")
    (templates / "override.docx").write_bytes(b"new override")
    assert again.state(docx, _inputs(out, plan, registry, templates)) is OutputState.STALE
    (templates / "override.docx").unlink()
    assert (
        again.state(docx, _inputs(out, plan, registry, templates, lang="en")) is OutputState.STALE
    )
    assert again.state(docx, _inputs(out, plan, registry, templates)) is OutputState.CURRENT

    # A hand edit wins over everything else, whatever the inputs.
    docx.write_bytes(b"built, then edited in Word")
    assert again.state(docx, _inputs(out, plan, registry, templates)) is OutputState.EDITED
    assert again.state(docx, None) is OutputState.EDITED
    docx.unlink()
    assert again.state(docx, None) is OutputState.MISSING


def test_manifest_file_is_stable_json(tmp_path: Path) -> None:
    out = tmp_path / "build"
    manifest = Manifest(out)
    manifest.record(out / "sub" / "b.xlsx", "bb", {"plan:x": "2", "planctl": "1"})
    manifest.record(out / "a.docx", "aa", {"planctl": "1"})
    manifest.save()
    text = (out / MANIFEST_NAME).read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format"] == 1
    assert list(data["outputs"]) == ["a.docx", "sub/b.xlsx"]
    assert data["outputs"]["sub/b.xlsx"] == {
        "sha256": "bb",
        "inputs": {"plan:x": "2", "planctl": "1"},
    }
    # The same records give the same file; saving unchanged leaves it alone.
    other = Manifest(tmp_path / "build")
    other.record(out / "a.docx", "aa", {"planctl": "1"})
    other.record(out / "sub" / "b.xlsx", "bb", {"planctl": "1", "plan:x": "2"})
    assert other._as_json() == text
    loaded = Manifest.load(out)
    assert not loaded.changed
    loaded.forget(out / "a.docx")
    assert loaded.changed


def test_prune_drops_outputs_gone_from_disk(tmp_path: Path) -> None:
    out = tmp_path / "build"
    out.mkdir()
    (out / "kept.docx").write_bytes(b"x")
    manifest = Manifest(out)
    manifest.record(out / "kept.docx", sha256_bytes(b"x"), {})
    manifest.record(out / "gone.docx", "y", {})
    manifest.prune()
    assert list(manifest.records) == ["kept.docx"]


def test_unreadable_manifest_counts_as_empty(tmp_path: Path) -> None:
    out = tmp_path / "build"
    out.mkdir()
    (out / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    manifest = Manifest.load(out)
    assert manifest.problem and not manifest.records
    (out / MANIFEST_NAME).write_text('{"format": 99, "outputs": {}}', encoding="utf-8")
    assert "format" in (Manifest.load(out).problem or "")
    (out / MANIFEST_NAME).write_text('{"format": 1, "outputs": {"a": {}}}', encoding="utf-8")
    assert Manifest.load(out).problem


def test_digests_read_shared_inputs_once(tmp_path: Path) -> None:
    path = tmp_path / "org.yaml"
    path.write_text("a", encoding="utf-8")
    digests = Digests()
    first = digests.file(path)
    path.write_text("b", encoding="utf-8")
    assert digests.file(path) == first  # one build sees one state of its inputs
    assert Digests().file(path) == sha256_bytes(b"b")


def test_verify_rehashes_the_recorded_inputs(tmp_path: Path) -> None:
    out, plan, registry, templates = _setup(tmp_path)
    out.mkdir()
    docx = out / "a.docx"
    docx.write_bytes(b"built")
    closer = plan.parent / "sub-org.yaml"  # a registry that would win, were it to appear
    inputs = fingerprint(
        out,
        version="9.9",
        options={"formats": ["docx"]},
        files=[("plan", plan), ("registry", registry), ("registry", closer)],
        folders=[("templates", templates), ("templates", plan.parent / "none")],
    )
    assert inputs["registry:../plans/sub-org.yaml"] == ABSENT
    manifest = Manifest(out)
    manifest.record(docx, sha256_bytes(b"built"), inputs)
    current = {"planctl": "9.9", "options": options_digest({"formats": ["docx"]})}
    assert manifest.verify(docx, current) is OutputState.CURRENT
    assert manifest.verify(docx, {**current, "planctl": "10.0"}) is OutputState.STALE
    assert manifest.verify(docx, {"planctl": "9.9"}) is OutputState.STALE
    (templates / "tasks.j2").write_text("override", encoding="utf-8")
    assert manifest.verify(docx, current) is OutputState.STALE
    (templates / "tasks.j2").unlink()
    assert manifest.verify(docx, current) is OutputState.CURRENT
    closer.write_text("issuer: {}\n", encoding="utf-8")
    assert manifest.verify(docx, current) is OutputState.STALE
    closer.unlink()
    plan.write_text("kind: plan\ntitle: x\n", encoding="utf-8")
    assert manifest.verify(docx, current) is OutputState.STALE
    assert manifest.verify(out / "other.docx", current) is OutputState.MISSING


def test_empty_manifest_makes_no_folder(tmp_path: Path) -> None:
    manifest = Manifest.load(tmp_path / "out")
    manifest.save()
    assert not (tmp_path / "out").exists()
