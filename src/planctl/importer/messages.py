"""The import command's words, in Vietnamese (default) and English."""

from __future__ import annotations

from typing import Any

_MESSAGES: dict[str, tuple[str, str]] = {
    "place.document": ("văn bản", "document"),
    "place.paragraph": ("đoạn {n}", "paragraph {n}"),
    "place.row": ("bảng {table} hàng {row}", "table {table} row {row}"),
    "place.cell": ("bảng {table} hàng {row} cột {column}", "table {table} row {row} col {column}"),
    "kind.unmapped": (
        "không gán được vào trường nào ({detail})",
        "not mapped to a field ({detail})",
    ),
    "kind.unit": ("đơn vị không có trong org.yaml", "unit not in org.yaml"),
    "kind.unit_near": (
        "đơn vị gần giống “{detail}”: đề xuất bí danh",
        "unit close to “{detail}”: alias proposed",
    ),
    "kind.deadline": (
        "thời hạn không đọc được, giữ nguyên văn",
        "deadline not parsed, kept as written",
    ),
    "kind.event": ("thời hạn theo sự kiện", "event-driven deadline"),
    "kind.emphasis": (
        "chữ đậm/nghiêng trong đoạn không giữ được",
        "bold/italic inside a paragraph not kept",
    ),
    "kind.footnote": (
        "chú thích cuối trang, giữ thành chú thích YAML",
        "footnote, kept as a YAML comment",
    ),
    "kind.encoding": (
        "văn bản gõ bảng mã {detail}, đã chuyển sang Unicode",
        "typed in the {detail} encoding, converted to Unicode",
    ),
    "kind.signer": ("người ký chưa có trong org.yaml", "signer not in org.yaml"),
    "kind.signer_authority": (
        "người ký có trong org.yaml nhưng ký với thẩm quyền khác ({detail}): giữ như văn bản",
        "signer in org.yaml but signing with other authority lines ({detail}): kept as printed",
    ),
    "detail.prose": ("giữ thành đoạn văn", "kept as prose"),
    "detail.dropped": ("bỏ qua", "left out"),
    "detail.comment": ("giữ thành chú thích YAML", "kept as a YAML comment"),
    "report.head": (
        "Nhập {source}: {tasks} nhiệm vụ. Đã ghi:",
        "Imported {source}: {tasks} task(s). Written:",
    ),
    "report.entries": ("{count} mục cần xem lại:", "{count} item(s) to review:"),
    "report.clean": ("Mọi nội dung đều đã gán vào trường.", "Everything was mapped to a field."),
    "error.missing": ("{path}: không có tệp", "{path}: no such file"),
    "error.empty": ("{path}: tệp rỗng, không phải .docx", "{path}: empty file, not a .docx"),
    "error.ole": (
        "{path}: tệp Word 97-2003 (.doc) hoặc có mật khẩu; "
        "hãy mở bằng Word, bỏ mật khẩu và lưu thành .docx",
        "{path}: a Word 97-2003 (.doc) or password-protected file; "
        "open it in Word, remove the password and save as .docx",
    ),
    "error.not_zip": (
        "{path}: không phải tệp .docx (không phải gói zip); hãy lưu văn bản thành .docx",
        "{path}: not a .docx (not a zip package); save the document as .docx",
    ),
    "error.not_docx": (
        "{path}: không đọc được như .docx ({reason}); hãy mở và lưu lại bằng Word",
        "{path}: cannot be read as a .docx ({reason}); open and save it again in Word",
    ),
    "error.kind": (
        "{path}: chỉ nhập được tệp .docx hoặc .xlsx",
        "{path}: only .docx or .xlsx files can be imported",
    ),
    "error.exists": (
        "{path}: tệp đã có; dùng --force để ghi đè",
        "{path}: already exists; use --force to overwrite",
    ),
    "error.no_kind": (
        "{path}: không thấy tên loại văn bản (KẾ HOẠCH, CHƯƠNG TRÌNH, QUYẾT ĐỊNH, NGHỊ QUYẾT)",
        "{path}: no document kind found (KẾ HOẠCH, CHƯƠNG TRÌNH, QUYẾT ĐỊNH, NGHỊ QUYẾT)",
    ),
    "error.no_tasks": (
        "{path}: không thấy bảng nhiệm vụ (hàng tiêu đề có Nội dung, Chủ trì …)",
        "{path}: no task table found (a header row naming Nội dung, Chủ trì …)",
    ),
    "error.sheet": (
        "{path}: không đọc được bảng nhiệm vụ: {reason}",
        "{path}: no task table could be read: {reason}",
    ),
    "error.write": ("{path}: không ghi được: {reason}", "{path}: cannot write: {reason}"),
}


def m(key: str, lang: str, **args: Any) -> str:
    vi, en = _MESSAGES[key]
    return (en if lang == "en" else vi).format(**args)
