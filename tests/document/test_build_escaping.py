"""Nothing of the user's text is lost or evaluated: template syntax, XML characters, quotes
and every Vietnamese diacritic come out exactly as written."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import build
from .docx_probe import all_text, open_docx


@pytest.fixture
def built(org: Path, tmp_path: Path) -> tuple[Any, dict[str, Any]]:
    code, _, err = build([org / "escaping.yaml"], tmp_path / "out", quiet=True)
    assert code == 0, err
    data = yaml.safe_load((org / "escaping.yaml").read_text(encoding="utf-8"))
    return open_docx(tmp_path / "out" / "org" / "escaping.docx"), data


def test_template_syntax_in_user_text_is_printed(built: tuple[Any, dict[str, Any]]) -> None:
    doc, data = built
    text = all_text(doc)
    assert data["title"] in text  # {{ x }} & <b>đậm</b> "kép" 'đơn'
    assert data["preamble"][0] in text  # {% if %}, {# #}, {{ 1 + 1 }}
    assert data["tasks"][0]["content"] in text  # {{ task.content }}, {%raw%}, </w:t><w:t>
    assert data["tasks"][0]["output"] in text
    assert "Nguyễn Văn {{ ten }}" in text  # the signer's name
    assert "không thành 2" in text and "{{ 1 + 1 }}" in text


def test_xml_characters_and_quotes(built: tuple[Any, dict[str, Any]]) -> None:
    doc, data = built
    text = all_text(doc)
    paragraph = data["sections"][0]["text"][0]
    assert paragraph in text
    assert "I. " + data["sections"][0]["heading"] in text
    assert "- Sở TT&TT (để b/c);" in text


def test_every_diacritic(built: tuple[Any, dict[str, Any]]) -> None:
    doc, data = built
    text = all_text(doc)
    for bullet in data["sections"][0]["text"][1]["bullets"]:
        assert "- " + bullet in text
    assert unicodedata.is_normalized("NFC", text)


def test_the_xml_is_escaped_not_mangled(built: tuple[Any, dict[str, Any]], tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "out" / "org" / "escaping.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "&amp; &lt;b&gt;đậm&lt;/b&gt;" in xml
    # The clerk's "</w:t><w:t>" is text inside one run, not markup that splits it.
    assert "với {%raw%} &amp; &lt;/w:t&gt;&lt;w:t&gt;</w:t>" in xml


def test_decomposed_input_comes_out_composed(org: Path, tmp_path: Path) -> None:
    """Text typed with a decomposing keyboard (NFD) is stored as NFC, letter for letter."""
    plan = org / "escaping.yaml"
    text = plan.read_text(encoding="utf-8")
    title = "Kế hoạch thử nghiệm tiếng Việt"
    decomposed = unicodedata.normalize("NFD", title)
    assert decomposed != title
    plan.write_text(
        text.replace('title: "Thử ký tự', f'title: "{decomposed} Thử ký tự'), encoding="utf-8"
    )
    code, _, err = build([plan], tmp_path / "out", quiet=True)
    assert code == 0, err
    doc = open_docx(tmp_path / "out" / "org" / "escaping.docx")
    assert title in all_text(doc)
