"""S103 not-utf8: a legacy code page instead of UTF-8."""


def test_windows_1258_text_is_placed_at_the_first_bad_byte(plans):
    # "Kế hoạch năm 2024" in Windows-1258: "ê" + a combining acute accent, and so on.
    data = b"kind: plan\ntitle: K\xea\xec ho\xe1\xf2ch n\xe3m 2024\nsigner: thu-truong\n"
    # Line 2, column 9: "\xea" is the first byte that is not UTF-8.
    plans.expect(
        data,
        "S103",
        at=(2, 9),
        severity="error",
        vi=["tệp không phải UTF-8", "Windows-1258"],
        en=["the file is not UTF-8"],
    )
