"""The .docx of a plan of 140, 2,000 and 10,000 tasks: build time, linearity, peak memory and
docxtpl rendering the same table.

    python bench/table.py [--sizes 140,2000,10000] [--repeat N]

Each plan is the Government's sample programme (plans/chinh-phu) with its tasks repeated to
the size (tests/outputs/large_plans.py), in a temporary folder. For each size it prints:

- build: `planctl build PLAN --quiet` as a process of its own, the whole of it (start-up,
  reading and checking the plan, the .docx), best of N, and that process's peak memory
  (maximum resident set size);
- docx: the .docx alone in this process (composing the blocks and writing the document,
  from the plan already read), best of N;
- docxtpl, when it is installed (`pip install docxtpl`; it is no dependency of planctl): a
  process that renders the same table's cells from a JSON file into a one-table template
  with docxtpl and saves it, best of N, and its peak memory; then build ÷ docxtpl.

and then the 10,000 ÷ 2,000 ratios (linear: at most 5.5). A plan file over 2,000,000 bytes
is refused by S104; the builds here lift that limit, as the measurements of issue #12 did.
Nothing here fails on a slow time: it measures and prints.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, this file's folder comes first on the path, and this file would be the
# `docx` that python-docx's users import.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT / "tests" / "outputs"))

from large_plans import PROGRAMME, write_scaled  # noqa: E402

LIMIT = 1 << 30
# `planctl` with the plan-size limit (S104) lifted, for the 10,000-task plan.
RUNNER = (
    f"import sys, planctl.load as load; load.MAX_FILE_BYTES = {LIMIT}; "
    "from planctl.cli import main; sys.argv[0] = 'planctl'; main()"
)
DOCXTPL = """
import json, sys
from docxtpl import DocxTemplate
rows = json.load(open(sys.argv[2], encoding="utf-8"))
template = DocxTemplate(sys.argv[1])
template.render({"rows": rows}, autoescape=True)
template.save(sys.argv[3])
"""


@dataclass
class Measure:
    seconds: float
    peak_mib: float = 0.0


def compile_planctl() -> None:
    """planctl's modules as bytecode, as an installed package has them: with
    PYTHONDONTWRITEBYTECODE set (as on CI runners and this machine) an editable install would
    compile every module again in every measured process, about 0.15 s that no user pays."""
    import compileall

    import planctl

    compileall.compile_dir(Path(planctl.__file__).parent, quiet=1)


def run_process(command: list[str], repeat: int, fresh: Callable[[], list[str]]) -> Measure:
    """Best wall time of `repeat` runs of `command` (+ `fresh()` each time), and the largest
    peak resident memory among them."""
    best, peak = float("inf"), 0.0
    env = {**os.environ, "PLANCTL_LANG": "en"}
    for _ in range(repeat):
        with tempfile.TemporaryFile() as said:
            start = time.perf_counter()
            process = subprocess.Popen(
                [*command, *fresh()], env=env, stdout=subprocess.DEVNULL, stderr=said
            )
            # wait4 rather than wait: the child's own peak memory, not this process's.
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - start
            code = process.returncode = os.waitstatus_to_exitcode(status)
            said.seek(0)
            problem = said.read().decode("utf-8", "replace")
        if code not in (0, 1):
            sys.stderr.write(problem[-2000:])
            raise SystemExit(f"{' '.join(command[:3])} … failed with exit status {code}")
        best = min(best, elapsed)
        peak = max(peak, usage.ru_maxrss / 1024)  # KiB on Linux
    return Measure(best, peak)


def docx_alone(plan: Path, repeat: int) -> tuple[Measure, list[dict[str, str]]]:
    """The .docx of `plan` in this process, best of `repeat`; and its task table's cells."""
    import planctl.load

    planctl.load.MAX_FILE_BYTES = LIMIT
    from planctl.build.context import BuildOptions, RenderContext
    from planctl.render.blocks import TaskTable
    from planctl.render.compose import compose
    from planctl.render.docx_writer import write_docx
    from planctl.workspace import Workspace

    result = Workspace().check_plan(plan)
    context = RenderContext(result, BuildOptions())
    view, wording = context.view, context.wording
    reference = wording.reference_docx()
    best = float("inf")
    table: TaskTable | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        composed = compose(view, wording)
        write_docx(composed, reference, context.when, context.zip_time)
        best = min(best, time.perf_counter() - start)
        table = next(b for b in composed.blocks() if isinstance(b, TaskTable))
    assert table is not None
    rows = [{f"c{i}": "\n".join(lines) for i, lines in enumerate(row.cells)} for row in table.rows]
    return Measure(best), rows


def docxtpl_template(columns: int, path: Path) -> None:
    """A landscape page with one table: a header row, and a row repeated for each task."""
    from docx import Document

    document = Document()
    table = document.add_table(rows=4, cols=columns)
    for i in range(columns):
        table.cell(0, i).text = f"Cột {i + 1}"
        table.cell(2, i).text = f"{{{{ r.c{i} }}}}"
    table.cell(1, 0).text = "{%tr for r in rows %}"
    table.cell(3, 0).text = "{%tr endfor %}"
    document.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="140,2000,10000", help="task counts, comma-separated")
    parser.add_argument("--repeat", "-n", type=int, default=3, help="runs per measure (best)")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]
    compile_planctl()
    try:
        import docxtpl  # noqa: F401

        has_docxtpl = True
    except ImportError:
        has_docxtpl = False
    print(f"planctl .docx of {PROGRAMME.relative_to(ROOT)} at {', '.join(map(str, sizes))} tasks")
    results: dict[int, tuple[Measure, Measure, Measure | None]] = {}
    with tempfile.TemporaryDirectory(prefix="planctl-bench-docx-") as folder:
        scratch = Path(folder)
        print(f"  {'tasks':>6}  {'build s':>8}  {'MiB':>5}  {'docx s':>7}", end="")
        print(f"  {'docxtpl s':>9}  {'MiB':>5}  {'build ÷ docxtpl':>15}" if has_docxtpl else "")
        for size in sizes:
            # Ten thousand tasks take a minute to read and check: measured once.
            repeat = 1 if size >= 10_000 else args.repeat
            plan = write_scaled(PROGRAMME, size, scratch / f"plans-{size}", f"plan-{size}.yaml")
            # A fresh output folder each time: a folder built before holds a current .docx.
            outs = (str(scratch / f"out-{size}-{i}") for i in range(repeat))
            build = run_process(
                [sys.executable, "-c", RUNNER, "build", str(plan), "--quiet", "-o"],
                repeat,
                lambda outs=outs: [next(outs)],
            )
            docx, rows = docx_alone(plan, repeat)
            other: Measure | None = None
            if has_docxtpl:
                template = scratch / f"template-{size}.docx"
                docxtpl_template(len(rows[0]), template)
                data = scratch / f"rows-{size}.json"
                data.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
                out = str(scratch / f"docxtpl-{size}.docx")
                command = [sys.executable, "-c", DOCXTPL, str(template), str(data), out]
                other = run_process(command, repeat, list)
            results[size] = (build, docx, other)
            line = f"  {size:>6}  {build.seconds:8.2f}  {build.peak_mib:5.0f}  {docx.seconds:7.3f}"
            if other is not None:
                ratio = build.seconds / other.seconds
                line += f"  {other.seconds:9.2f}  {other.peak_mib:5.0f}  {ratio:14.2f}×"
            print(line, flush=True)
    if 2000 in results and 10_000 in results:
        (b2, d2, _), (b10, d10, _) = results[2000], results[10_000]
        print(
            f"  10,000 ÷ 2,000: build {b10.seconds / b2.seconds:.2f}×, "
            f"docx {d10.seconds / d2.seconds:.2f}× (linear: ≤ 5.5×)"
        )
    if not has_docxtpl:
        print("  docxtpl is not installed: `pip install docxtpl` to compare")
    return 0


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    sys.exit(main())
