"""`make bench`: the table of issue #12, planctl against docxtpl, pandoc and check-jsonschema,
all measured in this one run, each with its ratio and the issue's target beside it.

    python bench/run.py [--quick] [--repeat N]   # the table (--quick: small sizes, ~1 minute)
    python bench/run.py NAME [NAME ...]          # instead, the bench/NAME.py scripts named
    python bench/run.py --scripts                # the table, then every other bench/*.py

Every measure is a whole process (start-up included), best of N runs, as a clerk or CI runs
it. The references render or check the same data: docxtpl fills a 5-column table template
(made here with python-docx) with the cells planctl's own table holds; pandoc (the binary of
pypandoc_binary, when installed) turns the same table as Markdown into a .docx;
check-jsonschema checks the plans against planctl's own schema (`planctl schema`). Plans over
S104's size limit are measured with the limit lifted, as the issue's measurements were.

Rows are a list of entries (ENTRIES): one function each, returning its rows, so that a new
measure is one function and one line there. Nothing here fails on a slow time: it prints.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# table.py takes bench/ off the path (its name would shadow python-docx) and adds tests/outputs.
import table  # noqa: E402
from large_plans import PROGRAMME, write_scaled  # noqa: E402
from table import (  # noqa: E402
    DOCXTPL,
    RUNNER,
    Measure,
    compile_planctl,
    docxtpl_template,
    run_process,
)

SMALL_SEED = ROOT / "plans" / "quang-ngai" / "2023-kh-25-truyen-thong-kiem-soat-tthc.yaml"

DOCXTPL_MANY = """
import json, sys
from docxtpl import DocxTemplate
rows = json.load(open(sys.argv[2], encoding="utf-8"))
for i in range(int(sys.argv[4])):
    template = DocxTemplate(sys.argv[1])
    template.render({"rows": rows}, autoescape=True)
    template.save(f"{sys.argv[3]}-{i}.docx")
"""

PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(str(peak))
"""


@dataclass(frozen=True)
class Row:
    work: str
    planctl: float
    reference: float | None
    against: str
    target: str = ""
    unit: str = "s"
    pandoc: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.planctl / self.reference if self.reference else None


@dataclass
class Sizes:
    one: int
    medium: int
    large: int
    plans: int
    many: int
    repeat: int


FULL = Sizes(one=140, medium=2000, large=10_000, plans=100, many=1000, repeat=3)
QUICK = Sizes(one=40, medium=200, large=600, plans=6, many=20, repeat=1)


class Bench:
    """Scratch folder, generated plans and reference tools shared by the entries."""

    def __init__(self, scratch: Path, sizes: Sizes) -> None:
        self.scratch = scratch
        self.sizes = sizes
        self._count = 0
        self._plans: dict[int, Path] = {}
        self._builds: dict[tuple[int, str], Measure] = {}
        self._docxtpl: dict[int, Measure] = {}
        self._cells: list[dict[str, str]] | None = None
        self.has_docxtpl = _importable("docxtpl")
        self.pandoc = _pandoc()
        self.check_jsonschema = shutil.which(
            "check-jsonschema", path=str(Path(sys.executable).parent)
        )

    def fresh(self, name: str) -> Path:
        self._count += 1
        return self.scratch / f"{name}-{self._count}"

    def repeat_for(self, size: int) -> int:
        return 1 if size >= 10_000 else self.sizes.repeat

    def plan(self, size: int) -> Path:
        if size not in self._plans:
            folder = self.scratch / f"plans-{size}"
            self._plans[size] = write_scaled(PROGRAMME, size, folder, f"plan-{size}.yaml")
        return self._plans[size]

    def build(self, size: int, *flags: str) -> Measure:
        key = (size, " ".join(flags))
        if key not in self._builds:
            command = [sys.executable, "-c", RUNNER, "build", str(self.plan(size)), "-q", *flags]
            self._builds[key] = run_process(
                [*command, "-o"], self.repeat_for(size), lambda: [str(self.fresh("out"))]
            )
        return self._builds[key]

    def peak_mib(self, command: list[str]) -> float:
        """Peak resident memory of `command`, started from a small process: a child started
        from this one (which has planctl loaded) would count this process's memory as its
        own peak, as Linux keeps the high-water mark across exec."""
        said = self.fresh("peak")
        subprocess.run(
            [sys.executable, "-c", PEAK, str(said), *command],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return int(said.read_text(encoding="utf-8")) / 1024  # KiB on Linux

    def cells(self, size: int) -> list[dict[str, str]]:
        """The task table's cells at `size` rows: the sample programme's own, repeated as the
        scaled plan repeats its tasks."""
        if self._cells is None:
            _, self._cells = table.docx_alone(self.plan(PROGRAMME_TASKS), 1)
        return [self._cells[i % len(self._cells)] for i in range(size)]

    def docxtpl(self, size: int) -> Measure | None:
        if not self.has_docxtpl:
            return None
        if size not in self._docxtpl:
            rows = self.cells(size)
            template, data = self._template(rows, f"tpl-{size}")
            command = [sys.executable, "-c", DOCXTPL, str(template), str(data)]
            self._docxtpl[size] = run_process(
                command, self.repeat_for(size), lambda: [str(self.fresh("docxtpl")) + ".docx"]
            )
        return self._docxtpl[size]

    def _template(self, rows: list[dict[str, str]], name: str) -> tuple[Path, Path]:
        template = self.scratch / f"{name}.docx"
        docxtpl_template(len(rows[0]), template)
        data = self.scratch / f"{name}.json"
        data.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        return template, data

    def pandoc_docx(self, size: int) -> Measure | None:
        if self.pandoc is None:
            return None
        rows = self.cells(size)
        columns = len(rows[0])
        lines = ["| " + " | ".join(f"Cột {i + 1}" for i in range(columns)) + " |"]
        lines.append("|" + "---|" * columns)
        for row in rows:
            cells = (row[f"c{i}"].replace("\n", " ").replace("|", "\\|") for i in range(columns))
            lines.append("| " + " | ".join(cells) + " |")
        source = self.scratch / f"pandoc-{size}.md"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return run_process(
            [self.pandoc, str(source), "-o"],
            self.repeat_for(size),
            lambda: [str(self.fresh("pandoc")) + ".docx"],
        )

    def small_plans(self, count: int) -> Path:
        """`count` copies of a small sample plan (17 tasks) beside its registry."""
        folder = self.scratch / f"small-{count}" / "plans" / "quang-ngai"
        if folder.is_dir():
            return folder.parent
        folder.mkdir(parents=True)
        shutil.copy(SMALL_SEED.parent / "org.yaml", folder / "org.yaml")
        text = SMALL_SEED.read_text(encoding="utf-8")
        for i in range(1, count + 1):
            (folder / f"plan-{i:04d}.yaml").write_text(
                text.replace("\nnumber: 25\n", f"\nnumber: {i}\n", 1), encoding="utf-8"
            )
        return folder.parent

    def planctl(self, *args: str, repeat: int | None = None) -> Measure:
        return run_process([sys.executable, "-c", RUNNER, *args], repeat or self.sizes.repeat, list)


PROGRAMME_TASKS = 140


def _importable(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True


def _pandoc() -> str | None:
    try:
        import pypandoc

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError):
        return shutil.which("pandoc")


def _docx_rows(bench: Bench, size: int, label: str, target: str) -> Iterator[Row]:
    build = bench.build(size)
    other = bench.docxtpl(size)
    pandoc = bench.pandoc_docx(size)
    yield Row(
        f"{label} tasks, .docx",
        build.seconds,
        other.seconds if other else None,
        "docxtpl",
        target,
        pandoc=pandoc.seconds if pandoc else None,
    )


def one_plan(bench: Bench) -> Iterator[Row]:
    size = bench.sizes.one
    yield from _docx_rows(bench, size, f"one plan, {size:,}", "≤ 1.0×")
    every = bench.build(size, "--xlsx", "--csv")
    other = bench.docxtpl(size)
    yield Row(
        f"one plan, {size:,} tasks, .docx + .xlsx + .csv",
        every.seconds,
        other.seconds if other else None,
        "docxtpl",
        "≤ 1.5×",
    )


def large_plans(bench: Bench) -> Iterator[Row]:
    medium, large = bench.sizes.medium, bench.sizes.large
    yield from _docx_rows(bench, medium, f"{medium:,}", "≤ 1.0×")
    yield from _docx_rows(bench, large, f"{large:,}", "≤ 1.0×")
    every = bench.build(large, "--xlsx", "--csv")
    other = bench.docxtpl(large)
    yield Row(
        f"{large:,} tasks, .docx + .xlsx + .csv",
        every.seconds,
        other.seconds if other else None,
        "docxtpl",
    )
    yield Row(
        f"{large:,} ÷ {medium:,} tasks, .docx",
        bench.build(large).seconds,
        bench.build(medium).seconds,
        f"{medium:,} tasks",
        f"≤ {large / medium * 1.1:.1f}× (linear)",
    )


def memory(bench: Bench) -> Iterator[Row]:
    size = bench.sizes.medium
    plan = bench.plan(size)
    build = [sys.executable, "-c", RUNNER, "build", str(plan), "-q", "-o"]
    mine = bench.peak_mib([*build, str(bench.fresh("out"))])
    other: float | None = None
    if bench.has_docxtpl:
        template, data = bench._template(bench.cells(size), f"tpl-{size}")
        command = [sys.executable, "-c", DOCXTPL, str(template), str(data)]
        other = bench.peak_mib([*command, str(bench.fresh("docxtpl")) + ".docx"])
    yield Row(f"peak memory, {size:,} tasks, .docx", mine, other, "docxtpl", "≤ 1.0×", unit="MiB")


def many_plans(bench: Bench) -> Iterator[Row]:
    count = bench.sizes.plans
    plans = bench.small_plans(count)

    def batch(jobs: int) -> Measure:
        # A fresh output folder for each run: a second run into one would rebuild nothing.
        command = [sys.executable, "-c", RUNNER, "build", str(plans), "-q", "--jobs", str(jobs)]
        return run_process(
            [*command, "-o"], bench.sizes.repeat, lambda: [str(bench.fresh("batch"))]
        )

    one, two = batch(1), batch(2)
    other: Measure | None = None
    if bench.has_docxtpl:
        rows = bench.cells(17)
        template, data = bench._template(rows, "tpl-many")
        command = [sys.executable, "-c", DOCXTPL_MANY, str(template), str(data)]
        other = run_process(
            command, bench.sizes.repeat, lambda: [str(bench.fresh("many")), str(count)]
        )
    yield Row(
        f"{count} small plans, --jobs 1",
        one.seconds,
        other.seconds if other else None,
        "docxtpl, one process",
    )
    yield Row(
        f"{count} small plans, --jobs 2 vs --jobs 1", two.seconds, one.seconds, "--jobs 1", "≤ 0.6×"
    )


def diff_plans(bench: Bench) -> Iterator[Row]:
    medium, large = bench.sizes.medium, bench.sizes.large
    times: dict[int, float] = {}
    for size in (medium, large):
        old, new = _diff_pair(bench, size)
        repeat = bench.repeat_for(size)
        diff = bench.planctl("diff", str(old), str(new), repeat=repeat)
        validate = bench.planctl("validate", str(old), str(new), repeat=repeat)
        times[size] = diff.seconds
        yield Row(
            f"diff of two {size:,}-task plans without ids",
            diff.seconds,
            validate.seconds,
            "validate of both",
            "≤ 3.0×",
        )
    yield Row(
        f"diff, {large:,} ÷ {medium:,} tasks",
        times[large],
        times[medium],
        f"{medium:,} tasks",
        f"≤ {6 * (large / medium) / 5:.1f}×",
    )


def _diff_pair(bench: Bench, size: int) -> tuple[Path, Path]:
    """The scaled plan without ids, and its next version: every group's tasks in reverse
    order, every tenth task reworded. A copy of a task is told apart by its round, as real
    plans do not repeat a task word for word."""
    plan = yaml.safe_load(bench.plan(size).read_text(encoding="utf-8"))

    def strip(task: dict[str, Any]) -> None:
        ident = str(task.pop("id", ""))
        if "-x" in ident and isinstance(task.get("content"), str):
            task["content"] += f" (đợt {ident.rsplit('-x', 1)[1]})"
        for sub in task.get("subtasks", ()):
            strip(sub)

    for item in _items(plan):
        item.pop("id", None)
        for task in item.get("tasks", [item]) if "group" in item else [item]:
            strip(task)
    folder = bench.plan(size).parent
    old = folder / f"diff-old-{size}.yaml"
    old.write_text(_dump(plan), encoding="utf-8")
    count = 0
    for item in _items(plan):
        if "group" in item:
            item["tasks"].reverse()
        for task in item.get("tasks", [item]) if "group" in item else [item]:
            count += 1
            if count % 10 == 0 and isinstance(task.get("content"), str):
                task["content"] = "Khẩn trương " + task["content"][0].lower() + task["content"][1:]
    new = folder / f"diff-new-{size}.yaml"
    new.write_text(_dump(plan), encoding="utf-8")
    return old, new


def _items(plan: dict[str, Any]) -> list[dict[str, Any]]:
    body = plan.get("programme") or plan.get("plan") or plan
    items: list[dict[str, Any]] = body["tasks"]
    return items


def _dump(plan: dict[str, Any]) -> str:
    return yaml.safe_dump(plan, allow_unicode=True, sort_keys=False, width=10_000)


def validate_plans(bench: Bench) -> Iterator[Row]:
    count = bench.sizes.many
    plans = bench.small_plans(count)
    files = sorted(str(p) for p in plans.rglob("plan-*.yaml"))
    schema = bench.scratch / "plan.schema.json"
    if not schema.exists():
        bench.planctl("schema", "-o", str(schema), repeat=1)
    mine = bench.planctl("validate", str(plans))
    one = bench.planctl("validate", files[0])
    many: Measure | None = None
    single: Measure | None = None
    if bench.check_jsonschema:
        command = [bench.check_jsonschema, "--schemafile", str(schema)]
        many = run_process([*command, *files], bench.sizes.repeat, list)
        single = run_process([*command, files[0]], bench.sizes.repeat, list)
    yield Row(
        f"validate {count:,} plans",
        mine.seconds,
        many.seconds if many else None,
        "check-jsonschema",
        "≤ 0.5×",
    )
    yield Row(
        "validate one plan",
        one.seconds,
        single.seconds if single else None,
        "check-jsonschema",
        "≤ 1.5×",
    )


Entry = Callable[[Bench], Iterator[Row]]
ENTRIES: list[Entry] = [
    one_plan,
    large_plans,
    memory,
    many_plans,
    diff_plans,
    validate_plans,
]


def print_header(bench: Bench) -> None:
    tools = [
        f"docxtpl: {'yes' if bench.has_docxtpl else 'not installed'}",
        f"pandoc: {bench.pandoc or 'not installed'}",
        f"check-jsonschema: {'yes' if bench.check_jsonschema else 'not installed'}",
    ]
    print(f"planctl against {', '.join(tools)}; best of {bench.sizes.repeat}")
    print(
        f"  {'work':<48} {'planctl':>9} {'other':>9} {'ratio':>7}  {'target':<18} "
        f"{'pandoc':>8}  other is"
    )


def print_row(row: Row) -> None:
    def value(number: float | None) -> str:
        return "—" if number is None else f"{number:.2f} {row.unit}"

    ratio = "—" if row.ratio is None else f"{row.ratio:.2f}×"
    pandoc = "" if row.pandoc is None else f"{row.pandoc:.2f} s"
    print(
        f"  {row.work:<48} {value(row.planctl):>9} {value(row.reference):>9} {ratio:>7}  "
        f"{row.target or '':<18} {pandoc:>8}  {row.against}",
        flush=True,
    )


def benchmarks() -> list[Path]:
    this = Path(__file__).resolve()
    return sorted(
        p for p in HERE.glob("*.py") if p.resolve() != this and not p.name.startswith("_")
    )


def run_scripts(found: list[Path]) -> int:
    failed: list[str] = []
    for script in found:
        print(f"== {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
            failed.append(script.name)
        print(flush=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="bench/NAME.py scripts to run instead")
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each")
    parser.add_argument("--repeat", "-n", type=int, help="runs per measure (best)")
    parser.add_argument("--scripts", action="store_true", help="then every bench/*.py")
    parser.add_argument(
        "--only", action="append", default=[], help="only this entry (ENTRIES), repeatable"
    )
    args = parser.parse_args(argv)
    found = benchmarks()
    if args.names:
        wanted = {name.removesuffix(".py") for name in args.names}
        unknown = wanted - {p.stem for p in found}
        if unknown:
            print(f"no benchmark named {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        return run_scripts([p for p in found if p.stem in wanted])
    sizes = QUICK if args.quick else FULL
    if args.repeat:
        sizes.repeat = args.repeat
    with tempfile.TemporaryDirectory(prefix="planctl-bench-") as folder:
        bench = Bench(Path(folder), sizes)
        print_header(bench)
        compile_planctl()
        bench.planctl("--version", repeat=1)  # a first run reads planctl from disk: not timed
        for entry in ENTRIES:
            if args.only and entry.__name__ not in args.only:
                continue
            for row in entry(bench):
                print_row(row)
    return run_scripts(found) if args.scripts else 0


if __name__ == "__main__":
    sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
    sys.exit(main(sys.argv[1:]))
