"""S005 registry-missing: no org.yaml for the plan."""

from pathlib import Path

import pytest

ORG_YAML = Path(__file__).parents[1] / "fixtures" / "org" / "org.yaml"


def test_no_registry_anywhere_up_the_tree(plans):
    if any((folder / "org.yaml").exists() for folder in plans.folder.resolve().parents):
        pytest.skip("an org.yaml above the temporary folder would be found")
    _, en = plans.expect(
        plans.valid,
        "S005",
        at=(1, 1),
        severity="error",
        vi=["không tìm thấy danh mục đơn vị (org.yaml)"],
        en=["no organisation registry (org.yaml) found for this plan"],
        org=False,
    )
    assert "org.yaml" in en.hint


def test_declared_registry_that_does_not_exist_points_at_org(plans):
    text = plans.valid + "org: ../khong-co/org.yaml\n"
    plans.expect(
        text,
        "S005",
        at=plans.locate(text, "../khong-co/org.yaml"),
        severity="error",
        vi=["không tìm thấy danh mục đơn vị"],
        en=["no organisation registry"],
    )


def test_declared_registry_under_another_name_is_used(plans, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "don-vi.yaml").write_bytes(ORG_YAML.read_bytes())
    text = plans.valid + "org: ../shared/don-vi.yaml\n"
    result = plans.validate(text, org=False)
    assert result.exit_code == 0, result.output
    assert result.findings == []
