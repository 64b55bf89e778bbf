"""Zip normalisation: one timestamp, fixed order, contents kept byte for byte."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

from planctl.render.reproducible import DEFAULT_DATETIME, build_datetime, normalize_zip


def _zip(entries: list[tuple[str, bytes, tuple[int, int, int, int, int, int]]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data, when in entries:
            archive.writestr(zipfile.ZipInfo(name, date_time=when), data)
    return buffer.getvalue()


def test_normalize_zip_is_independent_of_time_and_order() -> None:
    one = _zip(
        [
            ("word/document.xml", b"<w:document/>", (2024, 5, 1, 10, 0, 0)),
            ("[Content_Types].xml", b"<Types/>", (2024, 5, 1, 10, 0, 2)),
            ("_rels/.rels", b"<Relationships/>", (2024, 5, 1, 10, 0, 4)),
        ]
    )
    two = _zip(
        [
            ("_rels/.rels", b"<Relationships/>", (2025, 1, 1, 0, 0, 0)),
            ("[Content_Types].xml", b"<Types/>", (2025, 1, 1, 0, 0, 0)),
            ("word/document.xml", b"<w:document/>", (2025, 1, 1, 0, 0, 0)),
        ]
    )
    assert one != two
    assert normalize_zip(one) == normalize_zip(two)
    with zipfile.ZipFile(io.BytesIO(normalize_zip(one))) as archive:
        assert archive.namelist() == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]
        assert archive.read("word/document.xml") == b"<w:document/>"
        assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_DEFLATED}


def test_build_datetime_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert build_datetime() == DEFAULT_DATETIME
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718000000")
    assert build_datetime() == dt.datetime(2024, 6, 10, 6, 13, 20)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # before 1980: the zip format's first day
    assert build_datetime() == dt.datetime(1980, 1, 1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert build_datetime() == DEFAULT_DATETIME
