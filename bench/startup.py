"""Start-up time of planctl against a bare interpreter.

    python bench/startup.py [--repeat N] [PLAN]

Runs each command N times (default 15) as a subprocess and keeps the best wall time, the run
least disturbed by the rest of the machine; prints each time and its ratio to
`python -c pass`. The commands are `planctl --version`, `planctl validate PLAN` (default: the
first plan under plans/) and `planctl explain U001`, as the installed console script runs
them (`python -m planctl` when there is none).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FALLBACK_PLAN = ROOT / "tests" / "fixtures" / "org" / "valid-plan.yaml"


def default_plan() -> Path:
    plans = sorted(p for p in (ROOT / "plans").glob("*/*.yaml") if p.name != "org.yaml")
    return plans[0] if plans else FALLBACK_PLAN


def planctl_command() -> list[str]:
    script = Path(sys.executable).parent / "planctl"
    return [str(script)] if script.exists() else [sys.executable, "-m", "planctl"]


def best_time(command: list[str], repeat: int, env: dict[str, str]) -> float:
    """Best wall time in seconds; a run that exits 2 or more (a crash, a usage error) stops."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
        elapsed = time.perf_counter() - start
        if result.returncode not in (0, 1):
            sys.stderr.write(result.stderr.decode("utf-8", "replace"))
            raise SystemExit(f"{' '.join(command)} exited {result.returncode}")
        best = min(best, elapsed)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", nargs="?", type=Path, default=None)
    parser.add_argument("--repeat", "-n", type=int, default=15)
    args = parser.parse_args(argv)
    plan: Path = args.plan or default_plan()
    env = {k: v for k, v in os.environ.items() if k not in ("PLANCTL_LANG", "GITHUB_ACTIONS")}
    planctl = planctl_command()
    shown_plan = os.path.relpath(plan.resolve(), ROOT)
    commands = [
        ("python -c pass", [sys.executable, "-c", "pass"]),
        ("planctl --version", [*planctl, "--version"]),
        (f"planctl validate {shown_plan}", [*planctl, "validate", str(plan)]),
        ("planctl explain U001", [*planctl, "explain", "U001"]),
    ]
    print(
        f"start-up, best of {args.repeat} (Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )
    width = max(len(label) for label, _ in commands)
    print(f"{'command':<{width}}  {'best ms':>8}  {'ratio':>6}")
    baseline = 0.0
    for label, command in commands:
        seconds = best_time(command, args.repeat, env)
        baseline = baseline or seconds
        print(f"{label:<{width}}  {seconds * 1000:8.1f}  {seconds / baseline:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
