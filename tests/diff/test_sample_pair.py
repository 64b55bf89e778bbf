"""The sample year pair under plans/quang-ngai: what `planctl diff` shows between the years."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from diff_support import PLANS, planctl

from planctl.fmt import format_text

FOLDER = PLANS / "quang-ngai"
OLD = FOLDER / "2023-kh-25-truyen-thong-kiem-soat-tthc.yaml"
NEW = FOLDER / "2024-kh-truyen-thong-kiem-soat-tthc.yaml"

pytestmark = pytest.mark.skipif(
    not (OLD.is_file() and NEW.is_file()), reason="the sample year pair is not in plans/"
)


def test_year_pair_validates() -> None:
    result = planctl("validate", str(OLD), str(NEW))
    assert result.code == 0, result.out


def test_year_pair_is_formatted() -> None:
    for path in (OLD, NEW, FOLDER / "org.yaml"):
        assert not format_text(path.read_text(encoding="utf-8"), path.name).changed, path


def test_year_pair_diff() -> None:
    result = planctl("diff", "--format", "json", "--lang", "en", str(OLD), str(NEW))
    assert result.code == 0, result.err
    data = json.loads(result.out)
    jsonschema = pytest.importorskip("jsonschema")
    schema = PLANS.parent / "docs" / "diff-json.schema.json"
    jsonschema.validate(data, json.loads(schema.read_text(encoding="utf-8")))
    (file,) = data["files"]
    assert file["summary"] == {
        "added": 2,
        "removed": 1,
        "moved": 1,
        "units": 3,
        "deadline": 4,
        "wording": 3,
        "header": 5,
        "text": 4,
    }
    tasks = file["tasks"]
    assert all(t["match"] in (None, "id") for t in tasks)  # the ids were kept
    added = {t["new"]["id"] for t in tasks if t["kind"] == "added"}
    assert added == {"huong-dan-vneid-dvc", "so-hoa-ho-so-mot-cua"}
    (removed,) = [t for t in tasks if t["kind"] == "removed"]
    assert removed["old"]["id"] == "giam-phi-le-phi-dvc-truc-tuyen"
    (moved,) = [t for t in tasks if t["kind"] == "moved"]
    assert (moved["old"]["number"], moved["new"]["number"]) == ("II.04", "I.03")
    units = [t for t in tasks if t["kind"] == "units"]
    assert {tuple(t["added"]) for t in units} == {
        ("Trung tâm Phục vụ - Kiểm soát thủ tục hành chính tỉnh",),
        (),
    }
    # 2023 listed the radio and TV station as both lead and cooperating in III.02 (kept as
    # issued, with an inline ignore); 2024 drops the cooperating mention.
    assert ("Đài Phát thanh - Truyền hình tỉnh",) in {tuple(t["removed"]) for t in units}
    header = {h["field"]: (h["old"], h["new"]) for h in file["header"]}
    assert header["number"] == ("25", "34")
    assert header["date"] == ("15/02/2023", "27/02/2024")
    # "Sở Thông tin và truyền thông" (an alias) became the canonical spelling: no change.
    assert not [t for t in tasks if t["new"] and t["new"]["id"] == "tuyen-truyen-mo-hinh-dien-hinh"]


def test_year_folders_pair_by_series(tmp_path: Path) -> None:
    for year, plan in (("2023", OLD), ("2024", NEW)):
        folder = tmp_path / year
        folder.mkdir()
        shutil.copy(FOLDER / "org.yaml", folder / "org.yaml")
        shutil.copy(plan, folder / plan.name)
    result = planctl("diff", "--format", "json", str(tmp_path / "2023"), str(tmp_path / "2024"))
    (file,) = json.loads(result.out)["files"]
    assert file["matched_by"] == "series"
    assert file["status"] == "changed"


def test_markdown_for_a_pull_request() -> None:
    result = planctl("diff", "--format", "markdown", str(OLD), str(NEW))
    assert result.code == 0
    assert "| III.03 | `niem-yet-cong-khai-tthc` | Thường xuyên | Trước ngày 29/3/2024 |" in (
        result.out
    )
