"""The .xlsx writer at 2,000 and 10,000 tasks: is its time linear in the rows?

    python bench/xlsx.py [--small N] [--large N] [--repeat R] [--check]
    python bench/xlsx.py --plan N > plan.yaml   # the generated plan itself

Generates a plan of N tasks (groups of 40, every fifth task with two subtasks, one to three lead
units, every kind of deadline) beside the output tests' registry, reads and checks it once, and
times `render_xlsx` alone, best of R runs (default 3), for the small and the large plan. Prints
both times and their ratio; the target is 5.5 or less for 10,000 ÷ 2,000 tasks (5.0 is
perfectly linear). The plan-size limit (S104) is lifted for the run: a plan this large is
refused today, and that limit is not what is measured here. `--check` exits 1 when the target
is missed.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planctl.build.context import RenderContext

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "tests" / "outputs" / "data" / "org.yaml"
TARGET = 5.5
UNITS = (
    "Văn phòng Bộ",
    "Vụ Pháp chế",
    "Vụ Kế hoạch - Tài chính",
    "Trung tâm Thông tin",
    "Cục Báo chí",
    "Cục Chuyển đổi số quốc gia",
)
DEADLINES = (
    "Thường xuyên",
    "Quý II/2024",
    "Trước ngày 13/12/2024",
    "Tháng 3/2024",
    "6 tháng đầu năm",
    "Năm 2024",
)


def _task(lines: list[str], indent: str, key: str, i: int, deadline: str) -> None:
    lead = ", ".join(UNITS[(i + k) % len(UNITS)] for k in range(1 + i % 3))
    lines += [
        f"{indent}- id: {key}",
        f"{indent}  content: Nhiệm vụ số {i}, rà soát, đánh giá và công khai thủ tục hành chính"
        + " thuộc phạm vi quản lý" * (i % 4),
        f"{indent}  lead: [{lead}]",
        f"{indent}  support: [{UNITS[(i + 3) % len(UNITS)]}]",
        f"{indent}  deadline: {deadline}",
    ]


def plan_text(count: int) -> str:
    """A plan of `count` tasks (subtasks included), valid against tests/outputs/data/org.yaml."""
    lines = [
        "kind: plan",
        "number: 1",
        "date: 2024-01-16",
        f"title: Kế hoạch thử nghiệm với {count} nhiệm vụ năm 2024",
        "period: 2024",
        "sections:",
        "  - heading: NỘI DUNG",
        "    role: content",
        "    tasks: true",
        "tasks:",
    ]
    made = 0
    group = 0
    while made < count:
        group += 1
        lines += [f"  - group: Nhóm nhiệm vụ thứ {group}", f"    id: nhom-{group}", "    tasks:"]
        for _ in range(40):
            if made >= count:
                break
            made += 1
            deadline = DEADLINES[made % len(DEADLINES)]
            _task(lines, "      ", f"nv-{made}", made, deadline)
            if made % 5 == 0 and made + 2 <= count:
                lines.append("        subtasks:")
                for _ in range(2):
                    made += 1
                    _task(lines, "          ", f"nv-{made}", made, deadline)
    lines += ["recipients:", '  - "Lưu: VT."', "signer: thu-truong"]
    return "\n".join(lines) + "\n"


def prepared(count: int, folder: Path) -> RenderContext:
    """The plan of `count` tasks as the build's render context (read and checked once)."""
    import planctl.load
    from planctl.build.context import BuildOptions, RenderContext
    from planctl.workspace import Workspace

    planctl.load.MAX_FILE_BYTES = 10**9
    planctl.load.MAX_VALUES = 10**9
    plan = folder / f"plan-{count}.yaml"
    plan.write_text(plan_text(count), encoding="utf-8")
    result = Workspace().check_plan(plan)
    if result.document is None:
        raise SystemExit(f"the generated plan of {count} tasks does not load: {result.findings}")
    context = RenderContext(result, BuildOptions())
    _ = context.view, context.wording
    return context


def best_render(context: RenderContext, repeat: int) -> float:
    from planctl.render.xlsx_writer import render_xlsx

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        render_xlsx(context.view, context.when, context.zip_time, context.wording)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=2000, help="tasks of the small plan")
    parser.add_argument("--large", type=int, default=10000, help="tasks of the large plan")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (best kept)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    parser.add_argument("--plan", type=int, default=None, help="print a plan of N tasks, exit")
    args = parser.parse_args(argv)
    if args.plan is not None:
        sys.stdout.write(plan_text(args.plan))
        return 0
    with tempfile.TemporaryDirectory(prefix="planctl-bench-xlsx-") as scratch:
        folder = Path(scratch)
        shutil.copy(REGISTRY, folder / "org.yaml")
        times = {}
        for count in (args.small, args.large):
            times[count] = best_render(prepared(count, folder), args.repeat)
    print(f"render_xlsx, best of {args.repeat}")
    for count, seconds in times.items():
        print(f"  {count:>6} tasks  {seconds:8.2f} s  ({seconds / count * 1e6:.0f} µs per task)")
    ratio = times[args.large] / times[args.small]
    ideal = args.large / args.small
    verdict = "ok" if ratio <= TARGET else "MISSED"
    print(
        f"  {args.large} ÷ {args.small}  {ratio:8.2f}    "
        f"(linear: {ideal:.1f}; target ≤ {TARGET}: {verdict})"
    )
    return 1 if args.check and ratio > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
