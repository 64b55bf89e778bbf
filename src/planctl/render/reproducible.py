"""Same inputs, same bytes: zip containers (.docx, .xlsx) with fixed dates, order and attributes.

A .docx or .xlsx is a zip. Writers stamp every entry with the current time and write the parts
in the order they met them; here the archive is rewritten with every entry dated
SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) or, when unset,
1980-01-01, the earliest date a zip can hold; "[Content_Types].xml" first, as Office expects,
then the rest by name; fixed permissions and creator system. The document properties (created,
modified, revision, last modified by) are fixed by each writer from the same clock.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from collections.abc import Mapping

DEFAULT_DATETIME = dt.datetime(1980, 1, 1)
FIRST = ("[Content_Types].xml", "_rels/.rels")


def source_date_epoch(environ: Mapping[str, str] | None = None) -> int | None:
    """SOURCE_DATE_EPOCH as an integer, or None when unset or not a number."""
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else None


def build_datetime(environ: Mapping[str, str] | None = None) -> dt.datetime:
    """The build's clock: SOURCE_DATE_EPOCH (UTC, naive), never before 1980-01-01."""
    epoch = source_date_epoch(environ)
    if epoch is None:
        return DEFAULT_DATETIME
    when = dt.datetime.fromtimestamp(epoch, dt.UTC).replace(tzinfo=None)
    return max(when, DEFAULT_DATETIME)


def document_datetime(
    date: dt.date | None, environ: Mapping[str, str] | None = None
) -> dt.datetime:
    """When a document says it was created: SOURCE_DATE_EPOCH if set, else the document's
    own date, else 1980-01-01; never the time of the build."""
    if source_date_epoch(environ) is not None:
        return build_datetime(environ)
    if date is not None:
        return max(dt.datetime(date.year, date.month, date.day), DEFAULT_DATETIME)
    return DEFAULT_DATETIME


def _order(name: str) -> tuple[int, str]:
    return (FIRST.index(name) if name in FIRST else len(FIRST), name)


def normalize_zip(data: bytes, when: dt.datetime | None = None) -> bytes:
    """The same archive, entries byte for byte, with one date, a fixed order and attributes."""
    stamp = max(when or DEFAULT_DATETIME, DEFAULT_DATETIME)
    date_time = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in sorted(source.namelist(), key=_order):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.create_version = 20
            info.extract_version = 20
            info.external_attr = 0o644 << 16  # rw-r--r--; 0 would become 0o600
            target.writestr(info, source.read(name), compresslevel=6)
    return out.getvalue()
