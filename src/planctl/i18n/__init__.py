"""User-facing words outside the rule catalogue, in Vietnamese (default) and English."""

from __future__ import annotations

import os
from typing import Any

LANGS = ("vi", "en")

_MESSAGES: dict[str, tuple[str, str]] = {
    "severity.error": ("lỗi", "error"),
    "severity.warning": ("cảnh báo", "warning"),
    "hint": ("cách sửa", "fix"),
    "summary.clean": (
        "Không có lỗi: {files} tệp đã kiểm tra.",
        "All clean: {files} file(s) checked.",
    ),
    "summary.found": (
        "{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",
        "{errors} error(s), {warnings} warning(s) in {files} file(s).",
    ),
    "usage.missing_path": (
        "không tìm thấy đường dẫn: {path}",
        "path not found: {path}",
    ),
    "usage.no_plans": (
        "không có tệp kế hoạch (.yaml) nào trong: {paths}",
        "no plan files (.yaml) found in: {paths}",
    ),
    "usage.bad_lang": (
        "ngôn ngữ không hỗ trợ: {name} (chọn vi hoặc en)",
        "unsupported language: {name} (choose vi or en)",
    ),
    "explain.unknown": ("không có quy tắc {code}", "there is no rule {code}"),
    "ids.added": ("{file}: đã thêm {count} mã nhiệm vụ", "{file}: added {count} task id(s)"),
    "ids.none": ("{file}: mọi nhiệm vụ đã có mã", "{file}: every task already has an id"),
    "ids.invalid": (
        "{file}: không sinh mã vì tệp còn lỗi; chạy `planctl validate` trước",
        "{file}: ids not generated because the file has errors; run `planctl validate` first",
    ),
}


def resolve_lang(option: str | None) -> str:
    lang = (option or os.environ.get("PLANCTL_LANG") or "vi").strip().lower()
    return lang.split("_")[0].split("-")[0] or "vi"


def t(key: str, lang: str, **args: Any) -> str:
    vi, en = _MESSAGES[key]
    return (en if lang == "en" else vi).format(**args)
