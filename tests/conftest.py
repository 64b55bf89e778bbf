"""Shared helpers for the tests of `planctl validate`.

Plans are written to files on disk next to a copy of the fixture registry
(`tests/fixtures/org/org.yaml`) and checked through the command line, in-process with typer's
CliRunner, exactly as a user runs it. The report is parsed back into findings so that a test
can assert the code, line, column, severity and message of each.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "org"
ORG_YAML = FIXTURES / "org.yaml"
VALID_PLAN = FIXTURES / "valid-plan.yaml"
SRC = Path(__file__).resolve().parents[1] / "src"

SEVERITY_WORDS = {
    "vi": {"error": "lỗi", "warning": "cảnh báo"},
    "en": {"error": "error", "warning": "warning"},
}


@pytest.fixture(autouse=True)
def _neutral_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite expects defaults: text output and Vietnamese, whatever CI or the shell set."""
    for name in ("GITHUB_ACTIONS", "PLANCTL_LANG", "SOURCE_DATE_EPOCH"):
        monkeypatch.delenv(name, raising=False)


_FINDING = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) (?P<severity>[^:]+): "
    r"(?P<message>.*)$"
)
_HINT = re.compile(r"^    (?:cách sửa|fix): (?P<hint>.*)$")


@dataclass(frozen=True)
class Reported:
    """One finding as the text reporter printed it."""

    file: str
    line: int
    col: int
    code: str
    severity: str
    """As printed: "lỗi"/"cảnh báo" in Vietnamese, "error"/"warning" in English."""
    message: str
    hint: str = ""


def parse_report(text: str) -> list[Reported]:
    found: list[Reported] = []
    for raw in text.splitlines():
        if m := _FINDING.match(raw):
            found.append(
                Reported(
                    file=m["file"],
                    line=int(m["line"]),
                    col=int(m["col"]),
                    code=m["code"],
                    severity=m["severity"],
                    message=m["message"],
                )
            )
        elif (h := _HINT.match(raw)) and found:
            found[-1] = replace(found[-1], hint=h["hint"])
    return found


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    def __iter__(self) -> Iterator[object]:
        """`code, out, err = run_cli([...])` works too."""
        return iter((self.exit_code, self.stdout, self.stderr))

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def findings(self) -> list[Reported]:
        return parse_report(self.stdout)

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def only(self, code: str) -> Reported:
        """The one finding with `code`; fails the test if there are none or several."""
        matching = [f for f in self.findings if f.code == code]
        assert len(matching) == 1, f"expected one {code}, got {len(matching)}:\n{self.output}"
        return matching[0]


def run_cli_in_process(
    args: Sequence[str],
    *,
    env: Mapping[str, str | None] | None = None,
    cwd: Path | None = None,
) -> CliResult:
    """Invoke the typer app in this process; `cwd` is entered for the call only."""
    runner = CliRunner()
    base_env: dict[str, str | None] = {"PLANCTL_LANG": None}
    base_env.update(env or {})
    previous = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = runner.invoke(app, list(args), env=base_env, catch_exceptions=True)
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"planctl raised {result.exception!r}") from result.exception
    return CliResult(result.exit_code, result.stdout, result.stderr)


MEMORY_LIMIT = 1 << 30
"""Address space allowed to a `python -m planctl` run: 1 GiB."""


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cli_subprocess(
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 10,
) -> CliResult:
    """Run `python -m planctl` for real, under a time and memory limit: the true exit code,
    stdout and stderr."""
    full_env = {k: v for k, v in os.environ.items() if k != "PLANCTL_LANG"}
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), full_env.get("PYTHONPATH")]))
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "planctl", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=full_env,
        cwd=cwd,
        timeout=timeout,
        preexec_fn=_limit_memory if sys.platform != "win32" else None,
        check=False,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def locate(text: str, needle: str, nth: int = 1, *, after: str | None = None) -> tuple[int, int]:
    """1-based (line, column) of the `nth` occurrence of `needle` in `text` (counting from
    the first occurrence of `after`, when given)."""
    start = -1
    if after is not None:
        assert after in text, f"{after!r} not in the text"
        start = text.index(after) - 1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        assert start >= 0, f"{needle!r} occurs fewer than {nth} times"
    line = text.count("\n", 0, start) + 1
    col = start - (text.rfind("\n", 0, start) + 1) + 1
    return line, col


def edit(text: str, *replacements: tuple[str, str]) -> str:
    """`text` with each (old, new) applied; each `old` must occur exactly once."""
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times, not once"
        text = text.replace(old, new)
    return text


class Plans:
    """Writes plans beside the fixture registry and validates them (one per test folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.valid = VALID_PLAN.read_text(encoding="utf-8")

    locate = staticmethod(locate)

    def edit(self, *replacements: tuple[str, str]) -> str:
        """The valid plan with the given edits (each `old` must occur exactly once)."""
        return edit(self.valid, *replacements)

    def write(self, text: str | bytes, name: str = "plan.yaml", *, org: bool = True) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        if org and not (self.folder / "org.yaml").exists():
            shutil.copyfile(ORG_YAML, self.folder / "org.yaml")
        path = self.folder / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            # newline="" keeps "\r\n" and lone "\r" exactly as the test wrote them.
            with path.open("w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        return path

    def validate(
        self,
        text: str | bytes,
        *args: str,
        lang: str = "vi",
        name: str = "plan.yaml",
        env: Mapping[str, str | None] | None = None,
        org: bool = True,
    ) -> CliResult:
        """Write `text` and run `planctl validate NAME --lang LANG ARGS` from its folder."""
        self.write(text, name, org=org)
        return run_cli_in_process(
            ["validate", name, "--lang", lang, *args], env=env, cwd=self.folder
        )

    def expect(
        self,
        text: str | bytes,
        code: str,
        *,
        at: tuple[int, int] | int,
        severity: str,
        vi: Sequence[str] = (),
        en: Sequence[str] = (),
        also: Sequence[str] = (),
        name: str = "plan.yaml",
        org: bool = True,
    ) -> tuple[Reported, Reported]:
        """Validate in both languages and assert the one `code` finding in full.

        `at` is (line, col), or a line alone where the column means little. `vi`/`en` are
        fragments each message must contain. The plan may report no other code than `also`.
        Returns the (Vietnamese, English) findings for further assertions.
        """
        results: list[Reported] = []
        for lang, fragments in (("vi", vi), ("en", en)):
            result = self.validate(text, lang=lang, name=name, org=org)
            assert "Traceback" not in result.output
            finding = result.only(code)
            assert finding.file == name
            if isinstance(at, tuple):
                assert (finding.line, finding.col) == at, result.stdout
            else:
                assert finding.line == at, result.stdout
            assert finding.severity == SEVERITY_WORDS[lang][severity], result.stdout
            for fragment in fragments:
                assert fragment in finding.message, f"{fragment!r} not in {finding.message!r}"
            assert finding.hint, "every finding prints a fix hint"
            assert set(result.codes) <= {code, *also}, result.stdout
            errors = [f for f in result.findings if f.severity == SEVERITY_WORDS[lang]["error"]]
            assert result.exit_code == (1 if errors else 0), result.output
            results.append(finding)
        vi_finding, en_finding = results
        assert vi_finding.message != en_finding.message, "the two languages must differ"
        return vi_finding, en_finding


@pytest.fixture
def plans(tmp_path: Path) -> Plans:
    return Plans(tmp_path / "plans")


@pytest.fixture
def valid_plan_text() -> str:
    return VALID_PLAN.read_text(encoding="utf-8")


@pytest.fixture
def write_plan(tmp_path: Path) -> Callable[..., Path]:
    """`write_plan(yaml_text)` or `write_plan(folder, yaml_text)`: the plan's path, with a
    copy of the fixture org.yaml beside it."""

    def write(*args: object, name: str = "plan.yaml", org: bool = True) -> Path:
        folder = tmp_path
        if args and isinstance(args[0], Path):
            folder, args = args[0], args[1:]
        (text,) = args
        assert isinstance(text, str | bytes)
        return Plans(folder).write(text, name, org=org)

    return write


@pytest.fixture
def run_cli() -> Callable[..., CliResult]:
    """`run_cli(args, env=None, cwd=None) -> CliResult` (unpacks as exit_code, stdout, stderr)."""
    return run_cli_in_process


@pytest.fixture
def run_planctl() -> Callable[..., CliResult]:
    """`run_planctl(args, env=None, cwd=None, timeout=10) -> CliResult`: a real
    `python -m planctl` process, for the true exit code."""
    return run_cli_subprocess
