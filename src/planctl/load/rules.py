"""The rules the loader reports, declared beside it: the file cannot be read as YAML (S1xx),
holds characters no document can (S112), or characters pasted from Word (T003)."""

from __future__ import annotations

from planctl.checks.rule import ERROR, WARNING, Rule, Text, declare, example

declare(
    Rule(
        "S101",
        "yaml-syntax",
        ERROR,
        message=Text(
            "lỗi cú pháp YAML: {problem_vi}", "YAML syntax error: {problem_en} (PyYAML: {problem})"
        ),
        hint=Text("{fix_vi}", "{fix_en}"),
        what=Text(
            "Tệp phải là YAML hợp lệ.",
            "The file must be valid YAML.",
        ),
        why=Text(
            "Một lỗi cú pháp khiến không đọc được gì từ tệp, nên planctl dừng ở đó.",
            "A syntax error leaves nothing readable in the file, so planctl stops there.",
        ),
        example=example(
            'title: "Kế hoạch chuyển đổi số năm 2024',
            "thiếu dấu ngoặc kép đóng",
            "the closing quote is missing",
        ),
        fix=Text(
            "Làm theo cách sửa planctl in dưới dòng báo lỗi, cho từng lỗi thường gặp: thay tab "
            "bằng dấu cách; thêm dấu hai chấm sau khóa; đặt đoạn văn có “: ” trong dấu ngoặc "
            "kép; thụt lề thẳng cột với các khóa cùng cấp; đóng dấu ngoặc kép, “[” hoặc “{”; "
            "không viết khóa thẳng cột với các mục “- ” của danh sách.",
            "Follow the fix planctl prints under the reported line, for each common mistake: "
            "replace a tab with spaces; add the colon after a key; quote a text holding “: ”; "
            "indent in line with the keys of the same level; close the quote, “[” or “{”; do "
            "not write a key in line with a list's “- ” items.",
        ),
    ),
    Rule(
        "S102",
        "binary-file",
        ERROR,
        message=Text(
            "tệp chứa byte NUL: đây là tệp nhị phân, không phải văn bản YAML",
            "the file contains NUL bytes: it is binary, not YAML text",
        ),
        hint=Text(
            "mở đúng tệp kế hoạch (.yaml) dạng văn bản UTF-8",
            "point planctl at the plan's .yaml text file, saved as UTF-8",
        ),
        what=Text(
            "Tệp không được chứa byte NUL.",
            "The file may not contain NUL bytes.",
        ),
        why=Text(
            "Byte NUL nghĩa là tệp nhị phân (ví dụ tệp .docx đổi đuôi thành .yaml), không "
            "phải văn bản.",
            "A NUL byte means a binary file (a .docx renamed to .yaml, say), not text.",
        ),
        example=example(
            "",
            "kehoach.yaml thực ra là tệp .docx đổi đuôi",
            "kehoach.yaml is really a renamed .docx",
        ),
        fix=Text(
            "Mở đúng tệp kế hoạch .yaml, lưu dạng văn bản UTF-8.",
            "Point planctl at the plan's .yaml file, saved as UTF-8 text.",
        ),
    ),
    Rule(
        "S103",
        "not-utf8",
        ERROR,
        message=Text(
            "tệp không phải UTF-8 (có thể là bảng mã cũ Windows-1258 hoặc TCVN3)",
            "the file is not UTF-8 (perhaps the legacy Windows-1258 or TCVN3 code page)",
        ),
        hint=Text(
            "lưu lại tệp với bảng mã UTF-8, ví dụ: iconv -f CP1258 -t UTF-8 tệp.yaml > mới.yaml",
            "re-save the file as UTF-8, e.g. iconv -f CP1258 -t UTF-8 file.yaml > new.yaml",
        ),
        what=Text(
            "Tệp phải được mã hóa UTF-8.",
            "The file must be encoded as UTF-8.",
        ),
        why=Text(
            "Tệp lưu bằng bảng mã cũ (Windows-1258, TCVN3) làm hỏng dấu tiếng Việt trong văn bản.",
            "A file saved in a legacy code page (Windows-1258, TCVN3) garbles the Vietnamese "
            "diacritics.",
        ),
        example=example(
            "title: K\\xea ho\\xb9ch",
            "byte của bảng mã TCVN3, không phải UTF-8",
            "TCVN3 bytes, not UTF-8",
        ),
        fix=Text(
            "Lưu lại tệp bằng UTF-8, ví dụ `iconv -f CP1258 -t UTF-8 tệp.yaml > mới.yaml`.",
            "Re-save the file as UTF-8, e.g. `iconv -f CP1258 -t UTF-8 file.yaml > new.yaml`.",
        ),
    ),
    Rule(
        "S104",
        "file-too-large",
        ERROR,
        message=Text(
            "tệp quá lớn ({size} byte) để là một kế hoạch",
            "the file is too large ({size} bytes) to be a plan",
        ),
        hint=Text(
            "tách kế hoạch thành nhiều tệp hoặc kiểm tra đúng tệp",
            "split the plan or check that this is the right file",
        ),
        what=Text(
            "Tệp không được lớn hơn 2 MB.",
            "The file may not be larger than 2 MB.",
        ),
        why=Text(
            "Một kế hoạch chỉ vài chục KB; tệp lớn hơn nhiều là nhầm tệp hoặc dữ liệu sinh "
            "tự động, và đọc nó tốn bộ nhớ vô ích.",
            "A plan is a few dozen KB; a much larger file is the wrong file or generated data, "
            "and reading it wastes memory.",
        ),
        example=example("", "kehoach.yaml nặng 50 MB", "kehoach.yaml weighs 50 MB"),
        fix=Text(
            "Tách kế hoạch thành nhiều tệp, hoặc kiểm tra lại đúng tệp.",
            "Split the plan into several files, or check that this is the right file.",
        ),
    ),
    Rule(
        "S105",
        "unreadable",
        ERROR,
        message=Text("không đọc được tệp: {reason}", "cannot read the file: {reason}"),
        hint=Text("kiểm tra đường dẫn và quyền đọc", "check the path and read permission"),
        what=Text(
            "planctl phải mở và đọc được tệp.",
            "planctl must be able to open and read the file.",
        ),
        why=Text(
            "Tệp không đọc được thì không kiểm tra được; planctl báo thay vì bỏ qua nó.",
            "A file that cannot be read cannot be checked; planctl says so rather than skip it.",
        ),
        example=example(
            "", "kehoach.yaml không có quyền đọc", "kehoach.yaml has no read permission"
        ),
        fix=Text(
            "Kiểm tra đường dẫn và quyền đọc của tệp.",
            "Check the path and the file's read permission.",
        ),
    ),
    Rule(
        "S106",
        "empty-file",
        ERROR,
        message=Text(
            "tệp rỗng: không có nội dung kế hoạch",
            "the file is empty: there is no plan in it",
        ),
        hint=Text(
            "thêm ít nhất `kind`, `title` và `signer`",
            "add at least `kind`, `title` and `signer`",
        ),
        what=Text(
            "Tệp không được rỗng hay chỉ có chú thích.",
            "The file may not be empty or hold comments only.",
        ),
        why=Text(
            "Tệp rỗng không có kế hoạch nào để kiểm tra hay in ra.",
            "An empty file has no plan to check or print.",
        ),
        example=example("", "tệp chỉ có dòng chú thích này", "the file holds only this comment"),
        fix=Text(
            "Thêm ít nhất `kind`, `title` và `signer`.",
            "Add at least `kind`, `title` and `signer`.",
        ),
    ),
    Rule(
        "S107",
        "too-deep",
        ERROR,
        message=Text(
            "cấu trúc lồng nhau quá sâu (quá {limit} cấp)",
            "the structure is nested too deeply (more than {limit} levels)",
        ),
        hint=Text(
            "một kế hoạch chỉ cần vài cấp lồng nhau; kiểm tra dấu ngoặc [ ] {{ }}",
            "a plan needs only a few levels; check the [ ] and {{ }} brackets",
        ),
        what=Text(
            "Cấu trúc lồng nhau không được sâu quá 64 cấp.",
            "The structure may not nest more than 64 levels deep.",
        ),
        why=Text(
            "Một kế hoạch chỉ cần vài cấp; lồng sâu như vậy là do ngoặc mở không đóng, hoặc "
            "tệp được tạo để làm treo chương trình.",
            "A plan needs a few levels; nesting that deep comes from brackets opened and never "
            "closed, or from a file made to hang the program.",
        ),
        example=example(
            "content: [[[[[[[[[[[[[[[[[[[[",
            "và tiếp tục hơn 64 cấp",
            "and on for more than 64 levels",
        ),
        fix=Text(
            "Kiểm tra các dấu ngoặc [ ] và { }.",
            "Check the [ ] and { } brackets.",
        ),
    ),
    Rule(
        "S108",
        "alias-expansion",
        ERROR,
        message=Text(
            "các bí danh YAML (&/*) triển khai ra quá {limit} giá trị",
            "YAML aliases (&/*) expand to more than {limit} values",
        ),
        hint=Text(
            "bỏ các bí danh lồng nhau; viết trực tiếp nội dung",
            "remove the nested aliases; write the content out",
        ),
        what=Text(
            "Các bí danh YAML (&tên, *tên) không được triển khai ra quá 200 000 giá trị.",
            "YAML aliases (&name, *name) may not expand to more than 200,000 values.",
        ),
        why=Text(
            "Bí danh lồng nhau nhân dữ liệu lên theo cấp số nhân (“bom bí danh”) và làm cạn "
            "bộ nhớ.",
            "Nested aliases multiply the data exponentially (an “alias bomb”) and exhaust memory.",
        ),
        example=example(
            "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
            "mỗi cấp nhân 9 lần",
            "each level multiplies by 9",
        ),
        fix=Text(
            "Bỏ các bí danh lồng nhau; viết trực tiếp nội dung.",
            "Remove the nested aliases; write the content out.",
        ),
    ),
    Rule(
        "S109",
        "unsafe-tag",
        ERROR,
        message=Text(
            "thẻ YAML `{tag}` không được phép (planctl chỉ đọc YAML an toàn)",
            "YAML tag `{tag}` is not allowed (planctl reads safe YAML only)",
        ),
        hint=Text(
            "xóa thẻ `!!…`; ghi giá trị dạng văn bản thuần",
            "remove the `!!…` tag; write the value as plain text",
        ),
        what=Text(
            "Tệp không được dùng thẻ YAML (`!!python/object`, `!tên`, khóa gộp `<<`) ngoài "
            "các kiểu cơ bản.",
            "The file may use no YAML tags (`!!python/object`, `!name`, the merge key `<<`) "
            "beyond the basic types.",
        ),
        why=Text(
            "Với trình đọc không an toàn, thẻ YAML có thể chạy mã; planctl chỉ đọc YAML an "
            "toàn và báo thẻ thay vì lặng lẽ bỏ qua.",
            "With an unsafe reader a YAML tag can run code; planctl reads safe YAML only and "
            "reports the tag rather than silently drop it.",
        ),
        example=example(
            'title: !!python/object/apply:os.system ["echo"]',
            "thẻ không được phép",
            "a tag that is not allowed",
        ),
        fix=Text(
            "Xóa thẻ; ghi giá trị dạng văn bản thuần.",
            "Remove the tag; write the value as plain text.",
        ),
    ),
    Rule(
        "S110",
        "complex-key",
        ERROR,
        message=Text("khóa phải là một chuỗi đơn giản", "a key must be a plain string"),
        hint=Text("dùng `tên_khóa: giá trị`", "use `key: value`"),
        what=Text(
            "Khóa phải là một chuỗi đơn giản, không phải danh sách, ánh xạ hay khóa phức `? `.",
            "A key must be a plain string, not a list, a mapping or a `? ` complex key.",
        ),
        why=Text(
            "planctl tìm các phần của kế hoạch theo tên khóa.",
            "planctl finds the parts of a plan by their key names.",
        ),
        example=example(
            "[title, subtitle]: Kế hoạch chuyển đổi số",
            "khóa là một danh sách",
            "the key is a list",
        ),
        fix=Text("Dùng `tên_khóa: giá trị`.", "Use `key: value`."),
    ),
    Rule(
        "S111",
        "duplicate-key",
        ERROR,
        message=Text(
            "khóa `{key}` bị lặp (đã có ở dòng {first_line})",
            "duplicate key `{key}` (first at line {first_line})",
        ),
        hint=Text(
            "xóa một trong hai, hoặc gộp nội dung lại",
            "remove one of them or merge their content",
        ),
        what=Text(
            "Một khóa không được lặp lại trong cùng một ánh xạ.",
            "A key may not appear twice in one mapping.",
        ),
        why=Text(
            "Trình đọc YAML thông thường giữ giá trị sau và lặng lẽ bỏ giá trị trước, làm mất "
            "nội dung.",
            "Ordinary YAML readers keep the last value and silently drop the first, losing "
            "content.",
        ),
        example=example(
            "title: Kế hoạch năm 2024\ntitle: Kế hoạch năm 2025",
            "khóa bị lặp",
            "duplicate key",
        ),
        fix=Text(
            "Xóa một trong hai, hoặc gộp nội dung lại.",
            "Remove one of them, or merge their content.",
        ),
    ),
    Rule(
        "S112",
        "not-xml-character",
        ERROR,
        message=Text(
            "ký tự {char} không thể có trong tệp .docx, .xlsx (không phải ký tự XML)",
            "character {char} cannot be stored in a .docx or .xlsx (it is not an XML character)",
        ),
        hint=Text(
            "xóa mã thoát này, hoặc viết đúng ký tự cần có",
            "delete the escape, or write the character that was meant",
        ),
        what=Text(
            "Chuỗi không được chứa ký tự mà XML 1.0 không chứa được: U+FFFE, U+FFFF và nửa "
            "cặp thay thế UTF-16 đứng lẻ (U+D800–U+DFFF), thường viết bằng mã thoát `\\u…` "
            "trong chuỗi có ngoặc kép. Một cặp đầy đủ (`\\ud83d\\ude00`, như JSON viết) được "
            "đọc thành ký tự nó biểu diễn; ký tự điều khiển là T003.",
            "A string may not hold a character XML 1.0 cannot: U+FFFE, U+FFFF and a lone "
            "UTF-16 surrogate (U+D800–U+DFFF), usually written as a `\\u…` escape in a "
            "double-quoted string. A whole pair (`\\ud83d\\ude00`, as JSON writes it) reads "
            "as the character it spells; control characters are T003.",
        ),
        why=Text(
            ".docx và .xlsx là XML: ký tự như vậy không ghi được, nên planctl báo ngay khi "
            "kiểm tra thay vì hỏng lúc dựng; khi dựng với --force nó in thành �.",
            ".docx and .xlsx are XML: such a character cannot be written, so planctl reports "
            "it when checking rather than fail while building; a build with --force prints it "
            "as �.",
        ),
        example=example(
            'title: "Kế hoạch \\ufffe năm 2024"',
            "U+FFFE không phải ký tự",
            "U+FFFE is not a character",
        ),
        fix=Text(
            "Xóa mã thoát, hoặc viết đúng ký tự cần có (ví dụ `\\U0001F600` cho một biểu tượng).",
            "Delete the escape, or write the character meant (e.g. `\\U0001F600` for an emoji).",
        ),
    ),
    Rule(
        "S113",
        "special-file",
        ERROR,
        message=Text(
            "không phải tệp thường mà là {kind_vi}{target}: planctl không đọc nó",
            "not a regular file but {kind_en}{target}: planctl does not read it",
        ),
        hint=Text(
            "xóa hoặc đổi tên nó (bỏ đuôi .yaml), hoặc thay bằng một tệp thường",
            "remove or rename it (drop the .yaml suffix), or put a regular file there",
        ),
        what=Text(
            "planctl chỉ đọc tệp thường (hay liên kết tới tệp thường), không đọc thiết bị, ống "
            "có tên (FIFO) hay socket.",
            "planctl reads regular files (or symlinks to regular files) only, never a device, "
            "a named pipe (FIFO) or a socket.",
        ),
        why=Text(
            "Đọc /dev/zero không bao giờ kết thúc và làm cạn bộ nhớ; mở một FIFO thì chờ mãi. "
            "planctl báo tệp đó thay vì treo cả lần kiểm tra trên CI.",
            "Reading /dev/zero never ends and exhausts memory; opening a FIFO waits forever. "
            "planctl reports the file instead of hanging the whole CI run.",
        ),
        example=example(
            "",
            "kehoach.yaml là liên kết tới /dev/zero",
            "kehoach.yaml is a symlink to /dev/zero",
        ),
        fix=Text(
            "Xóa hoặc đổi tên tệp đặc biệt đó, hoặc thay bằng một tệp kế hoạch thường.",
            "Remove or rename the special file, or put a regular plan file in its place.",
        ),
    ),
    Rule(
        "T003",
        "control-character",
        WARNING,
        message=Text(
            "ký tự điều khiển {char} (thường do dán từ Word) đã bị loại bỏ",
            "control character {char} (usually pasted from Word) was removed",
        ),
        hint=Text("xóa ký tự này khỏi tệp YAML", "delete the character from the YAML file"),
        what=Text(
            "Tệp chứa ký tự điều khiển (tab dọc, ngắt trang, BOM, dấu phân cách dòng của Word…); "
            "planctl loại bỏ chúng khi đọc.",
            "The file holds control characters (vertical tab, form feed, BOM, Word's line "
            "separator…); planctl strips them as it reads.",
        ),
        why=Text(
            "Các ký tự vô hình này thường do dán từ Word; chúng làm hỏng dàn trang và tìm kiếm.",
            "These invisible characters usually come pasted from Word; they break the layout "
            "and searches.",
        ),
        example=example(
            'content: "Tổ chức\\vhội nghị"',
            "\\v là tab dọc",
            "\\v is a vertical tab",
        ),
        fix=Text(
            "Xóa ký tự đó trong trình soạn thảo (bật hiển thị ký tự ẩn), hoặc dán dạng văn bản "
            "thuần.",
            "Delete the character in the editor (show invisible characters), or paste as plain "
            "text.",
        ),
    ),
)
