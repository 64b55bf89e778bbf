"""`make bench`: run every benchmark in bench/, one after the other.

    python bench/run.py [NAME ...]     # all of bench/*.py but this one, or those named

Each benchmark is a script runnable on its own (`python bench/startup.py`); this only finds
them and runs them in turn, so that a new bench/*.py joins `make bench` by being there.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks() -> list[Path]:
    this = Path(__file__).resolve()
    return sorted(
        p for p in HERE.glob("*.py") if p.resolve() != this and not p.name.startswith("_")
    )


def main(argv: list[str]) -> int:
    found = benchmarks()
    if argv:
        wanted = {name.removesuffix(".py") for name in argv}
        unknown = wanted - {p.stem for p in found}
        if unknown:
            print(f"no benchmark named {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        found = [p for p in found if p.stem in wanted]
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
