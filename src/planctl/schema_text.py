"""What each key of a plan and of org.yaml means, in Vietnamese and in English: the
descriptions the editor shows beside a key (`planctl schema`, `--lang en`).

Keys are a field name, or "Model.field" where one name means different things in different
models (`title` of a task, of a signer, of a plan). The English falls back to the model's own
description (planctl.model), so that the two cannot drift where the model has one.
"""

from __future__ import annotations

Words = tuple[str, str]

DESCRIPTIONS: dict[str, Words] = {
    # --- a document --------------------------------------------------------------------------
    "kind": (
        "Loại văn bản: plan (kế hoạch), programme (chương trình), decision (quyết định), "
        "resolution (nghị quyết)",
        "Kind of document: plan, programme, decision or resolution",
    ),
    "org": (
        "Tệp danh mục đơn vị (org.yaml), khi không dùng tệp org.yaml gần nhất",
        "Registry file, if not the nearest org.yaml",
    ),
    "series": (
        "Khóa nối các kế hoạch cùng loại qua các năm (planctl new, diff)",
        "Key that links a plan across years",
    ),
    "number": (
        "Số văn bản, giữ nguyên như ghi (`0155` giữ số 0); để trống khi chưa vào sổ",
        "Số, as written (`0155` keeps its zero); blank until registered",
    ),
    "date": ("Ngày ban hành (YYYY-MM-DD)", "Ngày ban hành (date of issue, YYYY-MM-DD)"),
    "place": (
        "Địa danh ở dòng ngày tháng; mặc định lấy từ danh mục",
        "Địa danh; default from the registry",
    ),
    "Plan.title": ("Trích yếu nội dung văn bản", "Trích yếu"),
    "title": ("Trích yếu nội dung văn bản", "Trích yếu"),
    "period": (
        "Năm (hoặc các năm) kế hoạch áp dụng: 2025 hoặc “2025-2030”",
        "Year(s) the plan covers",
    ),
    "legal_bases": (
        "Các căn cứ, mỗi căn cứ một dòng; dòng viết “- …” (hoặc dưới `bullets:`) in thành gạch "
        "đầu dòng",
        "Căn cứ …, one per line; lines written “- …” (or under `bullets:`) print as bullets",
    ),
    "implements": ("Văn bản được thực hiện (“Thực hiện …”)", "Thực hiện …"),
    "proposed_by": (
        "Xét đề nghị của … (dòng viết đủ, như “Theo đề nghị của …”, được giữ nguyên)",
        "Xét đề nghị của … (a line written whole, “Theo đề nghị của …”, is kept)",
    ),
    "recitals": (
        "Các dòng khác trước phần nội dung hoặc trước câu quyết định, in như viết: Trên cơ sở …",
        "Further lines before the body or formula, printed as written: Trên cơ sở …",
    ),
    "preamble": ("Các đoạn mở đầu", "Opening paragraphs"),
    "sections": ("Các phần, mục của nội dung (I, II, 1, 2 …)", "Parts and sections of the body"),
    "tasks": ("Các nhiệm vụ (bảng nhiệm vụ hoặc văn xuôi)", "The tasks (a table, or prose)"),
    "task_layout": (
        "Cách trình bày nhiệm vụ: bảng hay văn xuôi, ở thân hay phụ lục, các cột, đánh số",
        "How tasks are presented: table or prose, body or appendix, columns, numbering",
    ),
    "appendix": ("Phụ lục kèm theo văn bản", "The appendix attached to the document"),
    "closing": ("Các đoạn kết thúc", "Closing paragraphs"),
    "issued_by": (
        "Người ban hành, cho dòng chú thích của phụ lục: Chủ tịch UBND tỉnh",
        "Who issues it, for the appendix caption: Chủ tịch UBND tỉnh",
    ),
    "recipients": (
        "Nơi nhận, mỗi nơi một dòng; kết thúc bằng “Lưu: VT, …”",
        "Nơi nhận (recipients), one per line, ending with “Lưu: VT, …”",
    ),
    "signer": (
        "Người ký: mã người ký trong danh mục, hoặc họ tên, chức vụ và thẩm quyền ký",
        "The signer: a signer id of the registry, or a name, title and authority",
    ),
    "authority_line": (
        "Dòng thẩm quyền trên chữ ký (BỘ TRƯỞNG BỘ …, CHÍNH PHỦ); mặc định lấy từ danh mục",
        "BỘ TRƯỞNG BỘ …, CHÍNH PHỦ; default from the registry",
    ),
    "articles": ("Các điều của quyết định: Điều 1, Điều 2, …", "Điều 1, Điều 2, …"),
    "plan": (
        "Kế hoạch ban hành kèm theo quyết định",
        "The plan issued with the decision",
    ),
    "programme": (
        "Chương trình ban hành kèm theo nghị quyết",
        "The programme issued with the resolution",
    ),
    "bullets": ("Các dòng in thành gạch đầu dòng", "Lines printed as bullets"),
    # --- sections --------------------------------------------------------------------------
    "heading": ("Tiêu đề của phần, mục", "Heading of the part or section"),
    "text": ("Các đoạn văn và danh sách gạch đầu dòng", "Paragraphs and bullet lists"),
    "Section.tasks": (
        "Bảng (hoặc danh sách) nhiệm vụ của kế hoạch được trình bày tại mục này",
        "The plan's tasks are presented here",
    ),
    "numbered": (
        "Mục có được đánh số (I, 1, a) hay không",
        "Whether the section is numbered (I, 1, a)",
    ),
    "role": (
        "Vai trò của mục (ví dụ mục tổ chức thực hiện), để planctl nhận ra",
        "The section's role (e.g. organisation of implementation), for planctl to recognise",
    ),
    # --- tasks -----------------------------------------------------------------------------
    "Task.id": (
        "Mã ổn định của nhiệm vụ; so sánh (diff) ghép nhiệm vụ theo mã này",
        "Stable id; the diff matches on it",
    ),
    "Task.number": (
        "Số thứ tự in ra, khi cách đánh số là as-written",
        "The number the document prints, with number_scheme as-written",
    ),
    "Task.title": (
        "Tiêu đề nhiệm vụ, khi trình bày dạng văn xuôi",
        "Heading, in prose presentation",
    ),
    "content": ("Nội dung công việc", "Nội dung công việc (what is to be done)"),
    "lead": ("Đơn vị chủ trì (một hoặc nhiều)", "Đơn vị chủ trì (lead units)"),
    "support": ("Đơn vị phối hợp", "Đơn vị phối hợp (cooperating units)"),
    "deadline": (
        "Thời gian thực hiện: “Quý II/2025”, “Trước ngày 15/12/2025”, “Thường xuyên”, "
        "“6 tháng đầu năm” …; hoặc `event:` khi theo một sự kiện",
        "Thời gian thực hiện (deadline): “Quý II/2025”, “Trước ngày 15/12/2025”, “Thường "
        "xuyên”, “6 tháng đầu năm” …; or `event:` when set by an event",
    ),
    "output": ("Sản phẩm", "Sản phẩm (what the task produces)"),
    "form": ("Hình thức thực hiện", "Hình thức thực hiện (how it is done)"),
    "budget": ("Kinh phí", "Kinh phí (funding)"),
    "notes": ("Ghi chú", "Ghi chú (notes)"),
    "details": (
        "Các đoạn thêm sau các trường của nhiệm vụ",
        "Further paragraphs after the task's fields",
    ),
    "subtasks": ("Các nhiệm vụ con", "Subtasks"),
    "event": (
        "Sự kiện quyết định thời hạn (“Theo kế hoạch kiểm tra”, “Khi có yêu cầu”)",
        "The event that sets the deadline (“Theo kế hoạch kiểm tra”)",
    ),
    "group": ("Tên nhóm nhiệm vụ", "Title of the group"),
    "TaskGroup.id": ("Mã ổn định của nhóm nhiệm vụ", "Stable id of the group"),
    "TaskGroup.number": ("Số thứ tự in ra của nhóm", "The number the group prints"),
    "TaskGroup.tasks": ("Các nhiệm vụ của nhóm", "The group's tasks"),
    # --- task layout -----------------------------------------------------------------------
    "presentation": (
        "Trình bày nhiệm vụ: table (bảng) hoặc prose (văn xuôi)",
        "Tasks as a table or as prose",
    ),
    "placement": (
        "Vị trí bảng nhiệm vụ: body (trong thân văn bản) hoặc appendix (phụ lục)",
        "Where the task table goes: body or appendix",
    ),
    "columns": (
        "Các cột của bảng nhiệm vụ, theo thứ tự (number, content, lead, support, deadline …)",
        "The task table's columns, in order (number, content, lead, support, deadline …)",
    ),
    "numbering": ("Số nhiệm vụ dạng 1, 2 … hoặc 01, 02 …", "Task numbers as 1, 2 … or 01, 02 …"),
    "number_scheme": (
        "Cách đánh số: từ 1 trong mỗi nhóm, liên tục 1…N, 2.1 dưới nhóm 2, hoặc theo "
        "`number:` của từng nhiệm vụ",
        "Tasks numbered from 1 in each group, 1…N across groups, 2.1 under group 2, or as "
        "each task's `number:` says",
    ),
    "unit_separator": ("Dấu ngăn cách các đơn vị trong một ô", "Between units in one cell"),
    "units_as": (
        "In tên đơn vị như viết (written) hay tên chuẩn trong danh mục (canonical)",
        "Unit names as written or as the registry's canonical names",
    ),
    "unit_lines": (
        "Mỗi đơn vị một dòng, sau dấu “- ”",
        "One unit per line, each after '- '",
    ),
    "field": ("Trường hiển thị trong cột", "The field the column shows"),
    "header": ("Tiêu đề cột; mặc định theo trường", "Header text; default per field"),
    "width": ("Độ rộng tương đối của cột", "Relative width"),
    "start": ("Ngày bắt đầu (YYYY-MM-DD)", "First day (YYYY-MM-DD)"),
    "end": ("Ngày kết thúc (YYYY-MM-DD)", "Last day (YYYY-MM-DD)"),
    "label": ("Nhãn phụ lục: Phụ lục, Phụ lục I, DANH MỤC …", "Phụ lục, Phụ lục I, DANH MỤC …"),
    "Appendix.title": ("Tên phụ lục", "Title of the appendix"),
    # --- signers ---------------------------------------------------------------------------
    "authority": (
        "Thẩm quyền ký: KT, TM, Q, TL hoặc TUQ (với on_behalf_of), hoặc mỗi cấp một dòng, "
        "cấp ngoài trước: [TM. Chính phủ, KT. Thủ tướng]",
        "KT, TM, Q, TL or TUQ (with on_behalf_of), or one line per level, outermost first: "
        "[TM. Chính phủ, KT. Thủ tướng]",
    ),
    "AuthorityLevel.authority": ("TM, KT, Q, TL hoặc TUQ", "TM, KT, Q, TL or TUQ"),
    "on_behalf_of": (
        "Cơ quan hoặc người đứng đầu sau chữ viết tắt: Bộ trưởng, Ủy ban nhân dân",
        "The head or body after the prefix: Bộ trưởng, Ủy ban nhân dân",
    ),
    "SignerInline.name": ("Họ và tên người ký", "Full name of the signer"),
    "SignerEntry.name": ("Họ và tên người ký", "Full name of the signer"),
    "SignerInline.title": ("Chức vụ của người ký, ví dụ Thứ trưởng", "Own title, e.g. Thứ trưởng"),
    "SignerEntry.title": ("Chức vụ của người ký, ví dụ Thứ trưởng", "Own title, e.g. Thứ trưởng"),
    "SignerEntry.id": (
        "Mã người ký, dùng ở `signer:` của kế hoạch",
        "Signer id, used by a plan's `signer:`",
    ),
    # --- the registry (org.yaml) -------------------------------------------------------------
    "issuer": ("Cơ quan ban hành văn bản", "The issuing body"),
    "units": ("Các đơn vị của cơ quan", "The units of the body"),
    "groups": (
        "Các nhóm đơn vị (“các sở, ban, ngành”), mỗi nhóm gồm những đơn vị nào",
        "Groups of units (“các sở, ban, ngành”) and the units each names",
    ),
    "signers": ("Những người ký văn bản", "The people who sign the documents"),
    "Issuer.id": ("Mã ngắn của cơ quan (không dấu)", "Short id of the body (ASCII)"),
    "Issuer.name": (
        "Tên đầy đủ, ví dụ Bộ Thông tin và Truyền thông",
        "Full name, e.g. Bộ Thông tin và Truyền thông",
    ),
    "Issuer.place": (
        "Địa danh ở dòng ngày tháng, ví dụ Hà Nội",
        "Place name of the date line, e.g. Hà Nội",
    ),
    "short_name": ("Tên ngắn, ví dụ UBND tỉnh", "e.g. UBND tỉnh"),
    "header_name": (
        "Tên in ở phần đầu văn bản khi khác tên đầy đủ (có thể xuống dòng)",
        "Name as printed in the header when it differs (may contain a line break)",
    ),
    "parent_body": ("Cơ quan chủ quản, nếu có", "Cơ quan chủ quản (parent body), if any"),
    "abbreviation": (
        "Chữ viết tắt trong ký hiệu văn bản: 136/KH-<viết tắt>",
        "Used in document symbols: 136/KH-<abbreviation>",
    ),
    "archive_code": (
        "Mã đơn vị soạn thảo trong dòng “Lưu: VT, <mã>.”",
        "Office code used in “Lưu: VT, <code>.”",
    ),
    "head_title": (
        "Chức danh người đứng đầu, ví dụ Bộ trưởng, Chủ tịch UBND tỉnh",
        "Title of the head, e.g. Bộ trưởng, Chủ tịch UBND tỉnh",
    ),
    "name": ("Tên chuẩn", "Canonical name"),
    "aliases": ("Các cách viết khác gặp trong kế hoạch", "Other spellings seen in plans"),
    "short": ("Tên ngắn (cho bảng và dòng lưu)", "Short name (for tables and archive)"),
    "scope": (
        "Phạm vi: đơn vị thuộc cơ quan (internal) hay bên ngoài (external)",
        "Scope: a unit of the body (internal) or outside it (external)",
    ),
    "valid_from": ("Có hiệu lực từ ngày (YYYY-MM-DD)", "Valid from (YYYY-MM-DD)"),
    "valid_to": ("Hết hiệu lực sau ngày (YYYY-MM-DD)", "Valid until (YYYY-MM-DD)"),
    "successor": ("Đơn vị tiếp nhận công việc", "Unit that took over its work"),
    "members": ("Các đơn vị thuộc nhóm", "Units this group names"),
}


def describe(model: str, field: str, lang: str, own: str | None) -> str | None:
    """The description of `field` of `model` in `lang` (`own`: the model's, in English)."""
    words = DESCRIPTIONS.get(f"{model}.{field}") or DESCRIPTIONS.get(field)
    if lang == "en":
        return words[1] if words else own
    return words[0] if words else None
