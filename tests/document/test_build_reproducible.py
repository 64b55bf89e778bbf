"""Same inputs, same bytes: two builds of plans/ are byte-identical; zip dates, entry order
and document properties are fixed; SOURCE_DATE_EPOCH sets the clock."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from .conftest import PLANS, build
from .docx_probe import open_docx, zip_entries


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_two_builds_of_plans_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built_plans: Path
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    code, _, err = build([PLANS], tmp_path / "again", quiet=True)
    assert code == 0, err
    first, second = _tree(built_plans), _tree(tmp_path / "again")
    docx_files = [name for name in first if name.endswith(".docx")]
    assert len(docx_files) >= 4
    for name in docx_files:
        assert first[name] == second[name], name


def test_zip_entries_are_dated_1980_and_ordered(built_plans: Path) -> None:
    for path in built_plans.rglob("*.docx"):
        entries = zip_entries(path.read_bytes())
        names = [e.filename for e in entries]
        assert names[0] == "[Content_Types].xml"
        assert names[1] == "_rels/.rels"
        assert names[2:] == sorted(names[2:])
        assert {e.date_time for e in entries} == {(1980, 1, 1, 0, 0, 0)}
        assert {e.external_attr for e in entries} == {0o644 << 16}


def test_document_properties_are_fixed(seed_docx: object, built_plans: Path) -> None:
    doc = open_docx(built_plans / "btttt" / "2024-kh-136-tuyen-truyen-cchc.docx")
    props = doc.core_properties
    # Without SOURCE_DATE_EPOCH the document says it was made on its own date.
    assert props.created == dt.datetime(2024, 1, 16, tzinfo=dt.UTC)
    assert props.modified == dt.datetime(2024, 1, 16, tzinfo=dt.UTC)
    assert props.revision == 1
    assert props.last_modified_by == "planctl"
    assert props.author == "Bộ Thông tin và Truyền thông"
    assert (
        props.title == "Tuyên truyền cải cách hành chính năm 2024 của Bộ Thông tin và Truyền Thông"
    )
    assert props.subject == "Số: 136/KH-BTTTT".removeprefix("Số: ")
    assert props.last_printed is None


def test_source_date_epoch_sets_the_clock(
    org: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718000000")  # 2024-06-10 06:13:20 UTC
    code, _, err = build([org.parent], tmp_path / "a", quiet=True)
    assert code == 0, err
    data = (tmp_path / "a" / "org" / "escaping.docx").read_bytes()
    assert {e.date_time for e in zip_entries(data)} == {(2024, 6, 10, 6, 13, 20)}
    props = open_docx(data).core_properties
    assert props.created == props.modified == dt.datetime(2024, 6, 10, 6, 13, 20, tzinfo=dt.UTC)
    code, _, err = build([org.parent], tmp_path / "b", quiet=True)
    assert code == 0, err
    assert (tmp_path / "b" / "org" / "escaping.docx").read_bytes() == data
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718000002")
    code, _, err = build([org.parent], tmp_path / "c", quiet=True)
    assert code == 0, err
    assert (tmp_path / "c" / "org" / "escaping.docx").read_bytes() != data


def test_contents_do_not_depend_on_the_clock(
    org: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the dates differ between two clocks: every XML part but core.xml is the same."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718000000")
    build([org.parent], tmp_path / "a", quiet=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1600000000")
    build([org.parent], tmp_path / "b", quiet=True)

    def parts(path: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            return {n: archive.read(n) for n in archive.namelist()}

    a = parts(tmp_path / "a" / "org" / "table-appendix.docx")
    b = parts(tmp_path / "b" / "org" / "table-appendix.docx")
    assert a.keys() == b.keys()
    assert [n for n in a if a[n] != b[n]] == ["docProps/core.xml"]
