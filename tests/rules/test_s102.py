"""S102 binary-file: NUL bytes mean the file is not text."""


def test_nul_byte_is_reported_on_its_line(plans):
    data = plans.valid.encode("utf-8").replace(b"number: 136", b"number: 1\x0036")
    line = plans.valid[: plans.valid.index("number: 136")].count("\n") + 1
    plans.expect(
        data,
        "S102",
        at=(line, 1),
        severity="error",
        vi=["tệp chứa byte NUL"],
        en=["the file contains NUL bytes: it is binary, not YAML text"],
    )
