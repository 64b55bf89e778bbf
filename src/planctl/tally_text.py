"""The figures sentences of a tally, in the words reports use ("Tính đến 16/6/2023, 58/58
nhiệm vụ … đã hoàn thành, đạt 100%"): `planctl status` prints them and the BÁO CÁO says them.
Every number comes from planctl.tally; nothing here counts."""

from __future__ import annotations

from planctl.model.status import period_words
from planctl.tally import Bucket, Counts, Tally, percent


def figures(tally: Tally, lang: str = "vi") -> list[str]:
    c = tally.overall
    period_vi, period_en = period_words(tally.period)
    day = f"{tally.at:%d/%m/%Y}"
    if lang == "en":
        lines = [
            f"As of {day}, {c.done_due}/{c.due} tasks due in {period_en} are completed "
            f"({percent(c.done_due, c.due)}%): {c[Bucket.ON_TIME]} on time, {c[Bucket.LATE]} late.",
            f"Not completed: {c.open_due} ({c[Bucket.IN_TIME]} in time, {c[Bucket.OVERDUE]} overdue).",
            f"Not yet due: {c.not_yet_due} ({c[Bucket.AHEAD]} already completed).",
            f"Of the {c.done} completed tasks, {c.early} early, {c.done - c.early - c[Bucket.LATE]} "
            f"on time and {c[Bucket.LATE]} late.",
        ]
        if c[Bucket.STOPPED]:
            lines.append(f"Stopped: {c[Bucket.STOPPED]}.")
        return lines
    lines = [
        f"Tính đến {day}, {c.done_due}/{c.due} nhiệm vụ đến hạn trong {period_vi} đã hoàn thành, "
        f"đạt {percent(c.done_due, c.due)}%; trong đó hoàn thành đúng hạn {c[Bucket.ON_TIME]}, "
        f"hoàn thành quá hạn {c[Bucket.LATE]}.",
        f"Chưa hoàn thành {c.open_due} nhiệm vụ (trong hạn {c[Bucket.IN_TIME]}, quá hạn "
        f"{c[Bucket.OVERDUE]}).",
        f"Chưa đến hạn {c.not_yet_due} nhiệm vụ (đã hoàn thành trước hạn {c[Bucket.AHEAD]}).",
        f"Trong {c.done} nhiệm vụ đã hoàn thành: sớm {c.early}, đúng hạn "
        f"{c.done - c.early - c[Bucket.LATE]}, quá hạn {c[Bucket.LATE]}.",
    ]
    if c[Bucket.STOPPED]:
        lines.append(f"Dừng thực hiện {c[Bucket.STOPPED]} nhiệm vụ.")
    return lines


COLUMNS = (
    ("Tổng số", "Total"),
    ("HT đúng hạn", "Done on time"),
    ("HT quá hạn", "Done late"),
    ("Chưa HT trong hạn", "Open in time"),
    ("Chưa HT quá hạn", "Overdue"),
    ("Chưa đến hạn", "Not yet due"),
    ("Dừng", "Stopped"),
)


def row(counts: Counts) -> list[int]:
    """A tally row in the order of COLUMNS."""
    return [
        counts.total,
        counts[Bucket.ON_TIME],
        counts[Bucket.LATE],
        counts[Bucket.IN_TIME],
        counts[Bucket.OVERDUE],
        counts.not_yet_due,
        counts[Bucket.STOPPED],
    ]
