"""The manifest on disk follows the build: pending digests before an output is renamed into
place, records after, each change merged under the folder's lock with what other builds
wrote meanwhile."""

from __future__ import annotations

import json
from pathlib import Path

from planctl.build.manifest import MANIFEST_NAME, Manifest, OutputState, sha256_bytes

INPUTS = {"plan:../plans/x.yaml": "abc", "planctl": "1", "options": "o"}


def test_two_manifests_loaded_at_once_merge_their_records(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first, second = Manifest.load(out), Manifest.load(out)
    for manifest, name in ((first, "a/x.docx"), (second, "b/x.docx")):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(name.encode())
        manifest.record_written([(path, sha256_bytes(name.encode()), INPUTS)])
    assert sorted(Manifest.load(out).records) == ["a/x.docx", "b/x.docx"]
    assert sorted(second.records) == ["a/x.docx", "b/x.docx"]  # it sees the other's too


def test_a_pending_digest_marks_planctls_own_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    docx = out / "x.docx"
    out.mkdir()
    docx.write_bytes(b"old")
    manifest = Manifest.load(out)
    manifest.record_written([(docx, sha256_bytes(b"old"), INPUTS)])
    manifest.intend({docx: sha256_bytes(b"new")})
    on_disk = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert on_disk["pending"] == {"x.docx": [sha256_bytes(b"new")]}
    # Killed before the rename: the old file is as recorded.
    assert Manifest.load(out).state(docx, INPUTS) is OutputState.CURRENT
    # Killed after it: the new file is planctl's, from inputs not recorded.
    docx.write_bytes(b"new")
    again = Manifest.load(out)
    assert again.state(docx, None) is OutputState.CURRENT
    assert again.state(docx, INPUTS) is OutputState.STALE
    assert again.verify(docx, {"planctl": "1", "options": "o"}) is OutputState.STALE
    # Any other bytes are a hand edit, as before.
    docx.write_bytes(b"edited")
    assert Manifest.load(out).state(docx, None) is OutputState.EDITED
    # Recording the output clears the note; the file reads as a clean build's.
    docx.write_bytes(b"new")
    again.record_written([(docx, sha256_bytes(b"new"), INPUTS)])
    assert "pending" not in json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))


def test_finish_drops_notes_the_files_do_not_hold(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    kept, never = out / "kept.docx", out / "never.docx"
    kept.write_bytes(b"kept")
    manifest = Manifest.load(out)
    manifest.record_written([(kept, sha256_bytes(b"kept"), INPUTS)])
    manifest.intend({kept: sha256_bytes(b"next"), never: sha256_bytes(b"never")})
    manifest.finish([kept, never])
    assert Manifest.load(out).pending == {}
    assert Manifest.load(out).state(kept, INPUTS) is OutputState.CURRENT
