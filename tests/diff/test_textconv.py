"""`planctl textconv`: a .docx or a plan as stable text, and git using it for `git diff`."""

from __future__ import annotations

import io
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from diff_support import BASE, planctl

from planctl.textconv import convert, docx_text, plan_text


def make_docx(title: str = "KẾ HOẠCH", deadline: str = "Quý II/2024") -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph(title)
    document.add_paragraph("Truyền thông về kiểm soát thủ tục hành chính  năm 2024")
    document.add_paragraph("")
    document.add_paragraph("")
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("TT", "Nội dung", "Thời gian"), strict=True):
        cell.text = text
    row = table.rows[1].cells
    row[0].text, row[1].text, row[2].text = "1", "Nâng cấp Cổng\ndịch vụ công", deadline
    merged = table.rows[2].cells[0].merge(table.rows[2].cells[2])
    merged.text = "Ghi chú & <mục> {{ x }}"
    document.add_paragraph("Nơi nhận:")
    document.sections[0].footer.paragraphs[0].text = "Trang 1"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


EXPECTED_DOCX = """\
KẾ HOẠCH
Truyền thông về kiểm soát thủ tục hành chính năm 2024

[table]
| TT | Nội dung | Thời gian |
| 1 | Nâng cấp Cổng / dịch vụ công | Quý II/2024 |
| Ghi chú & <mục> {{ x }} |
[/table]
Nơi nhận:

[footer 1]
Trang 1
"""


def test_docx_as_text() -> None:
    assert docx_text(make_docx()) == EXPECTED_DOCX


def test_docx_detected_by_content_whatever_its_name(tmp_path: Path) -> None:
    # git hands textconv a temporary file; the name may not end in .docx.
    path = tmp_path / "XXXXXX_blob"
    path.write_bytes(make_docx())
    result = planctl("textconv", str(path))
    assert result.code == 0
    assert result.out == EXPECTED_DOCX


def test_docx_text_is_stable_across_saves() -> None:
    assert docx_text(make_docx()) == docx_text(make_docx())


def test_plan_text_ignores_key_order_and_quoting() -> None:
    text = BASE.read_text(encoding="utf-8")
    reordered = text.replace("kind: plan\n", "").replace("number: 136\n", 'number: "136"\n')
    reordered = reordered + "kind: plan\n"
    assert plan_text(text) == plan_text(reordered)
    out = plan_text(text)
    assert "Số: 136" in out
    assert "I. [chuyen-doi-so] Công tác chuyển đổi số" in out
    assert "  I.1. [cong-dich-vu-cong] Nâng cấp Cổng dịch vụ công của Bộ" in out
    assert "      Thời hạn: Quý II/2024" in out
    assert "  2.1. [ra-soat-dot-1] Rà soát đợt 1 các thủ tục hành chính lĩnh vực bưu chính" in out


def test_plan_text_shows_prose_without_emphasis_marks() -> None:
    text = BASE.read_text(encoding="utf-8").replace(
        "          - Bảo đảm thông tin kịp thời, chính xác.\n",
        "          - 'Bảo đảm thông tin **kịp thời**, *chính xác*, mục \\*.'\n",
    )
    out = plan_text(text)
    assert "- Bảo đảm thông tin kịp thời, chính xác, mục *." in out
    assert "**" not in out


def test_not_a_plan_is_printed_as_is() -> None:
    assert convert(b"just: [some, yaml]\n") == "just: [some, yaml]\n"
    assert convert(b"not: [closed\n") == "not: [closed\n"


def test_damaged_docx_is_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = planctl("textconv", str(path))
    assert result.code == 2
    assert "broken.docx" in result.err


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_diff_uses_textconv(tmp_path: Path) -> None:
    """The README's set-up: .gitattributes plus diff.planctl.textconv."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=tmp_path, capture_output=True, check=True, text=True
        ).stdout

    git("init", "-q")
    git("config", "user.email", "test@example.com")
    git("config", "user.name", "Test")
    git("config", "commit.gpgsign", "false")
    command = f"{shlex.quote(sys.executable)} -m planctl textconv"
    git("config", "diff.planctl.textconv", command)
    (tmp_path / ".gitattributes").write_text("*.docx diff=planctl\n", encoding="utf-8")
    (tmp_path / "kh.docx").write_bytes(make_docx())
    git("add", ".")
    git("commit", "-q", "-m", "first")
    (tmp_path / "kh.docx").write_bytes(make_docx(deadline="Quý III/2024"))
    out = git("diff")
    assert "-| 1 | Nâng cấp Cổng / dịch vụ công | Quý II/2024 |" in out
    assert "+| 1 | Nâng cấp Cổng / dịch vụ công | Quý III/2024 |" in out
    assert "Binary files" not in out
