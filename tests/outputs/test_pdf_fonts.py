"""Before converting to PDF, the font LibreOffice will use for Times New Roman is checked for
Vietnamese letters (issue #15, item 7): Debian's fonts-liberation 1.07 lacks ế, ố, ồ, ớ, ủ …,
so LibreOffice takes them from DejaVu and lines break unlike Word. fontconfig's answer is faked
here; the last test asks the real one where fc-match is installed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planctl.render import pdf
from planctl.render.pdf import FontMatch, font_problems

# What fc-match answers for "Times New Roman" with each package installed.
LIBERATION_107 = (
    "20-7e a0-17f 192 1fa-1ff 218-21b 2c6-2c7 2c9 2d8-2dd 37e 384-38a 38c 38e-3a1 3a3-3ce "
    "400-45f 490-491 1e80-1e85 1ef2-1ef3 2010-2011 2013-2015 2017-201e 2020-2022 2026 2030"
)
LIBERATION_2 = "20-7e a0-17f 192 1a0-1a1 1af-1b0 1fa-1ff 300-301 303 309 323 1e00-1eff 2010-2022"
VIETNAMESE_SAMPLE = "ế ố ồ ớ ủ"


def _answer(family: str, charset: str) -> Callable[[str], FontMatch | None]:
    def probe(pattern: str) -> FontMatch | None:
        if ":charset=" in pattern:  # which font the missing letters will come from
            return FontMatch("DejaVu Serif", "/usr/share/fonts/DejaVuSerif.ttf", "20-7e 1e00-1eff")
        style = "Bold" if "bold" in pattern else "Regular"
        return FontMatch(family, f"/usr/share/fonts/{family.replace(' ', '')}-{style}.ttf", charset)

    return probe


def test_liberation_107_lacks_vietnamese_letters() -> None:
    problems = font_problems(_answer("Liberation Serif", LIBERATION_107))
    assert problems, "fonts-liberation 1.07 must be reported"
    first = problems[0]
    assert first.font == "Liberation Serif" and first.metric_compatible
    for letter in VIETNAMESE_SAMPLE.split():
        assert letter in first.missing
    assert "ỳ" not in first.missing  # 1.07 has U+1EF2–U+1EF3
    assert first.fallback == "DejaVu Serif"


def test_liberation_2_covers_vietnamese() -> None:
    assert font_problems(_answer("Liberation Serif", LIBERATION_2)) == []
    assert font_problems(_answer("Times New Roman", LIBERATION_2)) == []


def test_another_font_is_reported_for_its_metrics() -> None:
    (problem,) = font_problems(_answer("DejaVu Serif", LIBERATION_2))[:1]
    assert not problem.metric_compatible and problem.missing == ""


def test_no_fontconfig_no_check() -> None:
    assert font_problems(lambda pattern: None) == []


def test_charset_ranges_are_read() -> None:
    covered = pdf.parse_charset("41-43 1ebf")
    assert covered("A") and covered("C") and covered("ế") and not covered("D")


FAKE_SOFFICE = """#!/bin/sh
while [ "$#" -gt 0 ]; do
  case "$1" in --outdir) shift; out="$1";; *) last="$1";; esac
  shift
done
mkdir -p "$out"
printf '%%PDF-1.7 fake\\n' > "$out/$(basename "$last" .docx).pdf"
"""


def _build_pdf(
    project: Path,
    run_cli: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    probe: Callable[[str], FontMatch | None],
    lang: str,
) -> tuple[int, str]:
    script = tmp_path / "soffice"
    script.write_text(FAKE_SOFFICE, encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PLANCTL_SOFFICE", str(script))
    monkeypatch.setattr(pdf, "fc_match", probe)
    out = f"out-{lang}"
    result = run_cli(["build", "plans", "-o", out, "--pdf", "--lang", lang], cwd=project.parent)
    # Outputs keep the organisation folder (README, "Where outputs go").
    assert (project.parent / out / project.name / "plan-zero.pdf").is_file()
    return int(result.exit_code), str(result.stderr)


@pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")
def test_build_warns_once_and_names_the_package(
    project: Path, run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    probe = _answer("Liberation Serif", LIBERATION_107)
    code, stderr = _build_pdf(project, run_cli, monkeypatch, tmp_path, probe, "vi")
    assert code == 0, stderr
    assert stderr.count("Liberation Serif") == 1, stderr  # once, not per plan or per style
    assert "thiếu chữ tiếng Việt" in stderr and "ế" in stderr
    assert "DejaVu Serif" in stderr
    assert "fonts-liberation2" in stderr and "ttf-mscorefonts-installer" in stderr
    code, stderr = _build_pdf(project, run_cli, monkeypatch, tmp_path, probe, "en")
    assert "lacks Vietnamese letters" in stderr and "fonts-liberation2" in stderr


@pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")
def test_build_is_quiet_with_a_complete_font(
    project: Path, run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    probe = _answer("Liberation Serif", LIBERATION_2)
    code, stderr = _build_pdf(project, run_cli, monkeypatch, tmp_path, probe, "en")
    assert code == 0 and stderr == "", stderr


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fontconfig is not installed")
def test_real_fontconfig_answers() -> None:
    match = pdf.fc_match("Times New Roman")
    assert match is not None and match.family
    for problem in font_problems():
        assert problem.font and (problem.missing or not problem.metric_compatible)
