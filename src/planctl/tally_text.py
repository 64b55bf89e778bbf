"""The figures sentences of a tally, in the words reports use ("Tính đến 16/6/2023, 58/58
nhiệm vụ … đã hoàn thành, đạt 100%"): `planctl status` prints them and the BÁO CÁO says them.
Every number comes from planctl.tally; nothing here counts."""

from __future__ import annotations

from planctl.model.status import period_words
from planctl.tally import Bucket, Counts, Tally, percent


def figures(tally: Tally, lang: str = "vi") -> list[str]:
    """The figures sentences, the same in `planctl status` and in part I of the BÁO CÁO: the
    share of due tasks completed, the open ones, the ones not yet due, the news reports'
    timeliness statement, and the stopped ones when there are any."""
    c = tally.overall
    period_vi, period_en = period_words(tally.period)
    day = f"{tally.at:%d/%m/%Y}"
    if lang == "en":
        lines = [
            f"As of {day}, {c.done_due}/{c.due} tasks due in {period_en} are completed "
            f"({percent(c.done_due, c.due).replace(',', '.')}%): {c[Bucket.ON_TIME]} on time, "
            f"{c[Bucket.LATE]} late.",
            f"Not completed: {c.open_due} ({c[Bucket.IN_TIME]} in time, {c[Bucket.OVERDUE]} overdue).",
            f"Not yet due: {c.not_yet_due} ({c[Bucket.AHEAD]} already completed).",
            timeliness(tally, lang),
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
        timeliness(tally, lang),
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


def timeliness(tally: Tally, lang: str = "vi") -> str:
    """The news reports' statement of the completed tasks: "2/2 nhiệm vụ đã hoàn thành đúng
    hạn; 1 sớm hạn, 1 đúng hạn, 0 trễ hạn" (seed 004: "trước hạn …, đúng hạn …, quá hạn …")."""
    c = tally.overall
    late = c[Bucket.LATE]
    in_time = c.done - late
    if lang == "en":
        return (
            f"{in_time}/{c.done} completed tasks were completed on time; {c.early} early, "
            f"{in_time - c.early} on time, {late} late."
        )
    return (
        f"{in_time}/{c.done} nhiệm vụ đã hoàn thành đúng hạn; {c.early} sớm hạn, "
        f"{in_time - c.early} đúng hạn, {late} trễ hạn."
    )


def counts_sentence(label: str, counts: Counts) -> str:
    """One group's or one lead unit's figures in the official split, for the BÁO CÁO:
    "Nhóm I …: 3/3 nhiệm vụ đến hạn đã hoàn thành, đạt 100% (đúng hạn 3, quá hạn 0); …"."""
    c = counts
    parts = []
    if c.due:
        parts.append(
            f"{c.done_due}/{c.due} nhiệm vụ đến hạn đã hoàn thành, đạt "
            f"{percent(c.done_due, c.due)}% (đúng hạn {c[Bucket.ON_TIME]}, quá hạn "
            f"{c[Bucket.LATE]})"
        )
        parts.append(
            f"chưa hoàn thành {c.open_due} (trong hạn {c[Bucket.IN_TIME]}, quá hạn "
            f"{c[Bucket.OVERDUE]})"
        )
    else:
        parts.append("chưa có nhiệm vụ đến hạn")
    if c.not_yet_due:
        ahead = f" (đã hoàn thành trước hạn {c[Bucket.AHEAD]})" if c[Bucket.AHEAD] else ""
        parts.append(f"chưa đến hạn {c.not_yet_due}{ahead}")
    if c[Bucket.STOPPED]:
        parts.append(f"dừng thực hiện {c[Bucket.STOPPED]}")
    return f"{label}: {c.total} nhiệm vụ; " + "; ".join(parts) + "."
