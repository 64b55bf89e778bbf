"""S113 special-file: a FIFO, a device or a socket where a plan should be is reported, never
read (reading /dev/zero never ends; opening a FIFO waits for a writer)."""

import os
import shutil
from pathlib import Path

import pytest

from planctl.load import LoadError, load_yaml

ORG_YAML = Path(__file__).parents[1] / "fixtures" / "org" / "org.yaml"

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")


def test_fifo_through_the_cli(tmp_path, run_cli):
    shutil.copyfile(ORG_YAML, tmp_path / "org.yaml")
    os.mkfifo(tmp_path / "plan.yaml")
    for lang, fragment in (
        ("vi", "không phải tệp thường mà là ống có tên (FIFO): planctl không đọc nó"),
        ("en", "not a regular file but a named pipe (FIFO): planctl does not read it"),
    ):
        result = run_cli(["validate", "plan.yaml", "--lang", lang], cwd=tmp_path)
        assert result.exit_code == 1
        finding = result.only("S113")
        assert (finding.file, finding.line, finding.col) == ("plan.yaml", 1, 1)
        assert finding.message == fragment
        assert finding.severity == {"vi": "lỗi", "en": "error"}[lang]
        assert finding.hint


def test_symlink_to_a_device_names_its_target(tmp_path):
    link = tmp_path / "plan.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(LoadError) as caught:
        load_yaml(link, display="plan.yaml")
    finding = caught.value.finding
    assert finding.code == "S113"
    assert finding.message("en") == (
        "not a regular file but a character device → /dev/zero: planctl does not read it"
    )
    assert finding.message("vi").startswith(
        "không phải tệp thường mà là thiết bị ký tự → /dev/zero"
    )
