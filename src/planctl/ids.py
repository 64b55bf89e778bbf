"""Stable task ids: readable slugs made from a task's content, written back into the YAML."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from planctl.model.kinds import content_data

_STOP = {"va", "cac", "cua", "ve", "tren", "trong", "cho", "voi", "the", "nhung", "de", "la"}


def ascii_fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text: str, words: int = 6) -> str:
    """“Tuyên truyền, phổ biến các quy định …” → “tuyen-truyen-pho-bien-quy-dinh”."""
    tokens = re.findall(r"[a-z0-9]+", ascii_fold(text).lower())
    kept = [t for t in tokens if t not in _STOP] or tokens
    return "-".join(kept[:words])


def unique_id(base: str, taken: set[str]) -> str:
    candidate = base or "task"
    n = 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def _task_maps(items: Iterable[Any]) -> Iterable[Any]:
    for item in items:
        if not hasattr(item, "get"):
            continue
        if "group" in item:
            yield from _task_maps(item.get("tasks") or [])
            continue
        yield item
        yield from _task_maps(item.get("subtasks") or [])


def add_ids(path: Path) -> int:
    """Give every task in the file an `id`, keeping comments and key order. Returns count."""
    from planctl.newlines import plain
    from planctl.yaml_roundtrip import round_trip_yaml

    # Written back in the file's own line breaks, BOM and indentation.
    text, form = plain(path.read_bytes().decode("utf-8"))
    yaml = round_trip_yaml(text)
    data = yaml.load(text)
    content = content_data(data)
    tasks = list(_task_maps(content.get("tasks") or []))
    taken = {str(t["id"]) for t in tasks if t.get("id")}
    added = 0
    for task in tasks:
        if task.get("id"):
            continue
        task.insert(
            0, "id", unique_id(slugify(str(task.get("content") or task.get("title") or "")), taken)
        )
        added += 1
    if added:
        import io

        from planctl.atomic import atomic_write_text

        buffer = io.StringIO()
        yaml.dump(data, buffer)
        atomic_write_text(path, form.apply(buffer.getvalue()))
    return added
