"""`planctl build --jobs 2` against `--jobs 1` on a folder of 100 small plans.

    python bench/jobs.py [--plans N] [--repeat N]

Copies one small sample plan N times (default 100) into a temporary organisation folder and
times the whole process (`planctl build FOLDER -o OUT -q`) with `--jobs 1` and `--jobs 2`, each
into a fresh output folder so that every run builds every plan. Keeps the best of `--repeat`
runs (default 2) and prints the ratio; the target is 0.6 or less on 2 cores. The machine may
be shared, so the CPU count and the load average are printed beside the numbers.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "plans" / "btttt" / "2024-kh-136-tuyen-truyen-cchc.yaml"


def planctl_command() -> list[str]:
    script = Path(sys.executable).parent / "planctl"
    return [str(script)] if script.exists() else [sys.executable, "-m", "planctl"]


def make_plans(folder: Path, count: int) -> Path:
    """`count` copies of the seed plan beside its registry; the folder holding them."""
    plans = folder / "plans" / SEED.parent.name
    plans.mkdir(parents=True)
    shutil.copy(SEED.parent / "org.yaml", plans / "org.yaml")
    text = SEED.read_text(encoding="utf-8")
    for index in range(count):
        (plans / f"plan-{index:03d}.yaml").write_text(text, encoding="utf-8")
    return plans


def best_time(
    command: list[str], out: Path, repeat: int, env: dict[str, str]
) -> tuple[float, float]:
    """(best wall time, CPU time of that run: the process and its workers), in seconds."""
    best = (float("inf"), 0.0)
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        before = _children_cpu()
        start = time.perf_counter()
        result = subprocess.run([*command, "-o", str(out)], env=env, capture_output=True)
        elapsed = time.perf_counter() - start, _children_cpu() - before
        if result.returncode != 0:
            sys.stderr.write(result.stderr.decode("utf-8", "replace"))
            raise SystemExit(f"{' '.join(command)} exited {result.returncode}")
        best = min(best, elapsed)
    return best


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--repeat", "-n", type=int, default=2)
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if k not in ("PLANCTL_LANG", "GITHUB_ACTIONS")}
    env.setdefault("SOURCE_DATE_EPOCH", "1700000000")
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(
        f"{args.plans} small plans, best of {args.repeat}; cpu_count={os.cpu_count()}, load {load}"
    )
    with tempfile.TemporaryDirectory(prefix="planctl-bench-jobs-") as tmp:
        plans = make_plans(Path(tmp), args.plans)
        times = {}
        for jobs in (1, 2):
            command = [*planctl_command(), "build", str(plans), "-q", "--jobs", str(jobs)]
            times[jobs] = best_time(command, Path(tmp) / f"out-{jobs}", args.repeat, env)
            wall, cpu = times[jobs]
            print(f"--jobs {jobs}  {wall:7.2f} s wall  {cpu:7.2f} s CPU")
    ratio = times[2][0] / times[1][0]
    print(f"--jobs 2 / --jobs 1  {ratio:.2f}  (target <= 0.6 on 2 cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
