"""S201 template-error: validate composes a plan with its organisation's templates, as build
will, and reports a template that cannot be used at the template's file and line."""

import shutil
from pathlib import Path

PLANS = Path(__file__).parents[2] / "plans"


def test_runtime_error_in_an_org_template(tmp_path, run_cli):
    org = tmp_path / "btttt"
    shutil.copytree(PLANS / "btttt", org)
    (org / "templates").mkdir()
    (org / "templates" / "common.j2").write_text(
        '{% set national_title = "CỘNG HÒA" %}\n{% set motto = 1 / 0 %}\n', encoding="utf-8"
    )
    for lang, fragment in (
        ("vi", "mẫu văn bản của đơn vị không dùng được: ZeroDivisionError: division by zero"),
        ("en", "the organisation's template cannot be used: ZeroDivisionError: division by zero"),
    ):
        result = run_cli(["validate", "btttt", "--lang", lang], cwd=tmp_path)
        assert result.exit_code == 1, result.output
        finding = result.only("S201")
        assert (finding.file, finding.line, finding.col) == ("btttt/templates/common.j2", 2, 1)
        assert finding.message == fragment
        assert finding.severity == {"vi": "lỗi", "en": "error"}[lang]
        assert finding.hint


def test_plans_without_org_templates_are_not_composed(tmp_path, run_cli):
    org = tmp_path / "btttt"
    shutil.copytree(PLANS / "btttt", org)
    result = run_cli(["validate", "btttt", "--lang", "en"], cwd=tmp_path)
    assert "S201" not in result.stdout
