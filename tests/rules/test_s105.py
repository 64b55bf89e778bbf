"""S105 unreadable: the file exists but cannot be read."""

import errno
import os
from pathlib import Path

import pytest

from planctl.load import LoadError, load_yaml


def test_permission_denied_through_the_cli(plans, monkeypatch, run_cli):
    path = plans.write(plans.valid)
    real_open = os.open

    # The tests may run as root, whom a chmod does not stop: the refusal is simulated.
    def refusing_open(file: str | os.PathLike[str], *args: int, **kwargs: int) -> int:
        if Path(file).name == path.name:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    for lang, fragment in (
        ("vi", "không đọc được tệp: Permission denied"),
        ("en", "cannot read the file: Permission denied"),
    ):
        result = run_cli(["validate", path.name, "--lang", lang], cwd=plans.folder)
        assert result.exit_code == 1
        finding = result.only("S105")
        assert (finding.file, finding.line, finding.col) == ("plan.yaml", 1, 1)
        assert fragment in finding.message
        assert finding.severity == {"vi": "lỗi", "en": "error"}[lang]


def test_directory_is_unreadable_as_a_file(tmp_path):
    with pytest.raises(LoadError) as caught:
        load_yaml(tmp_path, display="thu-muc.yaml")
    finding = caught.value.finding
    assert finding.code == "S105"
    assert (finding.position.file, finding.position.line) == ("thu-muc.yaml", 1)
    assert finding.message("en").startswith("cannot read the file: ")
    assert finding.message("vi").startswith("không đọc được tệp: ")
