"""Long titles and issuing-body names: their build time against the same plan as written.

    python bench/titles.py [--repeat N] [--check]

Builds, in this process, one seed plan (default: the Bà Rịa - Vũng Tàu seed, whose header has
a parent body and an issuer) as written, then with a 300-character upper-case title, then
with a 90-word issuing-body name in its org.yaml; each the best of N runs (default 5), every
run into a fresh folder. Prints each best time and its ratio to the plan as written, and the
time of the line breaker alone on the long title and name. The target: each long case builds
in under 1 s (the breaker that tried every combination of breaks had not finished the
title after 10 minutes). `--check` exits 1 when a case misses it or a build fails.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (
    ROOT / "plans" / "brvt-so-ngoai-vu" / "2024-kh-truyen-thong-kiem-soat-tthc.yaml",
    ROOT / "tests" / "fixtures" / "build" / "org" / "table-appendix.yaml",
)
TARGET_S = 1.0
TITLE_ROOM_MM = 163.02  # a portrait page's text width less 2 mm, as the writer gives a title
HEADER_ROOM_MM = 63.02  # the header's left column less its cell margins

_TITLE_WORDS = (
    "BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ VỀ CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ "
    "QUỐC GIA VÀ CẢI CÁCH HÀNH CHÍNH CỦA ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU GIAI ĐOẠN "
    "2025 - 2030 NHẰM NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP VÀ XÂY DỰNG "
    "CHÍNH PHỦ SỐ, KINH TẾ SỐ, XÃ HỘI SỐ TRÊN ĐỊA BÀN TỈNH"
)
_BODY_WORDS = (
    "Ban Chỉ đạo thực hiện chương trình chuyển đổi số và cải cách hành chính của Ủy ban "
    "nhân dân tỉnh Bà Rịa - Vũng Tàu về phát triển kinh tế - xã hội"
)


def long_title(length: int = 300) -> str:
    """An upper-case title of `length` characters or a word more."""
    title = ""
    for word in (_TITLE_WORDS.split()) * 3:
        if len(title) >= length:
            break
        title = f"{title} {word}".strip()
    return title


def long_name(count: int = 90) -> str:
    words = _BODY_WORDS.split()
    return " ".join((words * (count // len(words) + 1))[:count])


def default_seed() -> Path:
    return next((seed for seed in SEEDS if seed.is_file()), SEEDS[-1])


def prepare(seed: Path, folder: Path) -> dict[str, Path]:
    """Three copies of the seed's folder: as written, a long title, a long issuer name."""
    cases: dict[str, Path] = {}
    for case in ("as written", "300-character title", "90-word issuing body"):
        target = folder / re.sub(r"\W+", "-", case)
        target.mkdir(parents=True)
        shutil.copy(seed.parent / "org.yaml", target / "org.yaml")
        plan = target / seed.name
        text = seed.read_text(encoding="utf-8")
        if case == "300-character title":
            text = re.sub(r"(?m)^title: *.+$", f"title: {long_title()}", text, count=1)
        plan.write_text(text, encoding="utf-8")
        if case == "90-word issuing body":
            registry = target / "org.yaml"
            org = registry.read_text(encoding="utf-8")
            org = re.sub(r"(?m)^(  name: *).+$", rf"\g<1>{long_name()}", org, count=1)
            org = re.sub(r"(?m)^  header_name: *.+\n", "", org, count=1)
            registry.write_text(org, encoding="utf-8")
        cases[case] = plan
    return cases


def best_build(plan: Path, scratch: Path, repeat: int) -> float:
    """Best wall time of `repeat` builds of `plan`, each into a folder of its own (a folder
    built before would skip the plan as current)."""
    from planctl.commands.build import BuildArgs, run

    best = float("inf")
    for _ in range(repeat):
        out = Path(tempfile.mkdtemp(prefix="out-", dir=scratch))
        stdout, stderr = io.StringIO(), io.StringIO()
        start = time.perf_counter()
        code = run(BuildArgs(paths=[plan], output=out, quiet=True, jobs=1), stdout, stderr)
        elapsed = time.perf_counter() - start
        if code not in (0, 1) or not any(out.rglob("*.docx")):
            sys.stderr.write(stderr.getvalue()[-2000:])
            raise SystemExit(f"build of {plan} failed with exit status {code}")
        best = min(best, elapsed)
    return best


def best_call(call: Callable[..., object], repeat: int, *args: object, **kw: object) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        call(*args, **kw)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", "-n", type=int, default=5)
    parser.add_argument("--seed", type=Path, default=None, help="plan to copy (org.yaml beside)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the target is missed")
    args = parser.parse_args(argv)
    from planctl.render.line_break import balance_lines

    seed = args.seed or default_seed()
    shown = seed.relative_to(ROOT) if seed.is_relative_to(ROOT) else seed
    print(f"planctl build of {shown}, best of {args.repeat}, in this process")
    missed = False
    with tempfile.TemporaryDirectory(prefix="planctl-bench-titles-") as folder:
        scratch = Path(folder)
        cases = prepare(seed, scratch / "plans")
        best_build(cases["as written"], scratch, 1)  # imports and the reference document
        width = max(len(case) for case in cases)
        print(f"  {'case':<{width}}  {'best ms':>8}  {'ratio':>6}")
        baseline = 0.0
        for case, plan in cases.items():
            seconds = best_build(plan, scratch, args.repeat)
            baseline = baseline or seconds
            verdict = "" if case == "as written" else "ok" if seconds < TARGET_S else "MISSED"
            missed = missed or verdict == "MISSED"
            print(f"  {case:<{width}}  {seconds * 1000:8.1f}  {seconds / baseline:6.2f}  {verdict}")
    title, name = long_title(), long_name().upper()
    print("line breaker alone")
    for label, text, room, size in (
        (f"title, {len(title)} characters", title, TITLE_ROOM_MM, 14.0),
        (f"issuing body, {len(name.split())} words", name, HEADER_ROOM_MM, 13.0),
    ):
        seconds = best_call(balance_lines, args.repeat, text, room, size, bold=True)
        lines = len(balance_lines(text, room, size, bold=True))
        print(f"  {label:<{width + 8}}  {seconds * 1000:8.1f} ms  ({lines} lines)")
    print(f"  target: each long case under {TARGET_S:.0f} s: {'MISSED' if missed else 'ok'}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
