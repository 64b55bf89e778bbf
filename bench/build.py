"""Batch build of many plans: a full build, then an unchanged rebuild, then one plan changed.

    python bench/build.py [--plans N] [--jobs J] [--seed PLAN] [--check]

Generates N plans (default 100) in a temporary folder from one seed plan and its org.yaml
(default: the Quảng Ngãi seed, a 17-task appendix table; each copy gets its own number and
title), then runs `planctl build --xlsx --csv --quiet` three times as a subprocess, the way a
clerk or CI runs it: a full build into an empty folder, the same build again with nothing
changed (every plan skipped on its manifest entry), and again after one plan was edited. Prints
the wall times and the ratio of the unchanged rebuild to the full build; the target is 0.10 or
less. `--check` exits 1 when the target is missed, or when a build fails.

The planctl under test is a snapshot of src/planctl taken at the start: the build manifest
fingerprints planctl's own code, so an edit made to the tree while the benchmark runs would
otherwise (rightly) rebuild everything.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (
    ROOT / "plans" / "quang-ngai" / "2023-kh-25-truyen-thong-kiem-soat-tthc.yaml",
    ROOT / "tests" / "outputs" / "data" / "plan-groups.yaml",
)
TARGET = 0.10


def snapshot(folder: Path) -> Path:
    """A copy of src/planctl in `folder`; the path to put first on PYTHONPATH."""
    src = folder / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "src" / "planctl", src / "planctl", ignore=ignore)
    return src


def default_seed() -> Path:
    return next((seed for seed in SEEDS if seed.is_file()), SEEDS[-1])


def generate(seed: Path, count: int, folder: Path) -> Path:
    """`count` plans beside a copy of the seed's org.yaml; the folder holding them."""
    plans = folder / "plans"
    plans.mkdir(parents=True)
    shutil.copy(seed.parent / "org.yaml", plans / "org.yaml")
    text = seed.read_text(encoding="utf-8")
    for i in range(1, count + 1):
        copy = re.sub(r"(?m)^number: *\d+ *$", f"number: {i}", text, count=1)
        copy = re.sub(r"(?m)^(title: *)(.+)$", rf"\g<1>\g<2> (bản {i})", copy, count=1)
        (plans / f"plan-{i:03d}.yaml").write_text(copy, encoding="utf-8")
    return plans


def timed_build(src: Path, plans: Path, out: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "planctl", "build", str(plans), "-o", str(out)]
    command += ["--xlsx", "--csv", "--quiet", "--jobs", str(jobs)]
    path = os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PLANCTL_LANG": "en", "PYTHONPATH": path}
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-2000:])
        raise SystemExit(f"build failed with exit status {done.returncode}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=100, help="how many plans (default 100)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="--jobs for build")
    parser.add_argument("--seed", type=Path, default=None, help="plan to copy (org.yaml beside)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args(argv)
    seed = args.seed or default_seed()
    with tempfile.TemporaryDirectory(prefix="planctl-bench-") as scratch:
        src = snapshot(Path(scratch))
        plans = generate(seed, args.plans, Path(scratch))
        out = Path(scratch) / "out"
        shown = seed.relative_to(ROOT) if seed.is_relative_to(ROOT) else seed
        print(f"{args.plans} plans from {shown}")
        print(f"planctl build --xlsx --csv --jobs {args.jobs}")
        full = timed_build(src, plans, out, args.jobs)
        print(f"  full build          {full:8.2f} s  ({full / args.plans * 1000:.0f} ms per plan)")
        unchanged = timed_build(src, plans, out, args.jobs)
        print(f"  unchanged rebuild   {unchanged:8.2f} s")
        first = plans / "plan-001.yaml"
        first.write_text(first.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        one = timed_build(src, plans, out, args.jobs)
        print(f"  one plan changed    {one:8.2f} s")
    ratio = unchanged / full
    verdict = "ok" if ratio <= TARGET else "MISSED"
    print(f"  unchanged / full    {ratio:8.3f}    (target ≤ {TARGET:.2f}: {verdict})")
    return 1 if args.check and ratio > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
