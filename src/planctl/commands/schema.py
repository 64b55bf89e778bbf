"""`planctl schema`: write the JSON Schema editors use to complete and check plans.

    planctl schema -o schema/plan.schema.json                  # generic: any organisation
    planctl schema --registry plans/btttt/org.yaml -o plans/btttt/plan.schema.json
    planctl schema --org -o schema/org.schema.json             # for org.yaml files
    planctl schema -o schema/plan.schema.json --check          # CI: is the file current?

Without `-o` the schema goes to standard output. The file is only rewritten when its content
changes, atomically.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from planctl.findings import has_errors
from planctl.i18n import t
from planctl.report.output import output_problem, write_output


@dataclass
class SchemaArgs:
    output: Path | None = None
    registry: Path | None = None
    org: bool = False
    check: bool = False
    lang: str = "vi"


def _command(args: SchemaArgs) -> str:
    parts = ["planctl", "schema"]
    if args.org:
        parts.append("--org")
    if args.registry is not None:
        parts += ["--registry", args.registry.as_posix()]
    if args.output is not None:
        parts += ["-o", args.output.as_posix()]
    return " ".join(parts)


def run(args: SchemaArgs, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    from planctl import schema
    from planctl.workspace import load_registry

    if args.org and args.registry is not None:
        err.write(f"planctl: {t('schema.org_and_registry', args.lang)}\n")
        return 2
    if args.check and args.output is None:
        err.write(f"planctl: {t('schema.check_needs_output', args.lang)}\n")
        return 2
    if args.output is not None and (problem := output_problem(args.output, args.lang)):
        err.write(f"planctl: {problem}\n")
        return 2
    if args.org:
        document = schema.registry_schema(args.lang)
    elif args.registry is not None:
        if not args.registry.is_file():
            err.write(f"planctl: {t('usage.missing_path', args.lang, path=args.registry)}\n")
            return 2
        loaded = load_registry(args.registry)
        if loaded.registry is None or has_errors(loaded.findings):
            from planctl.report.text import report_text

            report_text(sorted(loaded.findings), 1, args.lang, err)
            err.write(f"planctl: {t('schema.registry_invalid', args.lang, path=args.registry)}\n")
            return 1
        document = schema.plan_schema(loaded.registry, args.lang)
    else:
        document = schema.plan_schema(lang=args.lang)
    text = schema.dumps(document)
    if args.output is None:
        out.write(text)
        return 0
    try:
        current = args.output.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    if args.check:
        if current == text:
            err.write(t("schema.current", args.lang, path=args.output) + "\n")
            return 0
        stale = t("schema.stale", args.lang, path=args.output, command=_command(args))
        err.write(f"planctl: {stale}\n")
        return 1
    if current != text and (problem := write_output(args.output, text, args.lang)):
        err.write(f"planctl: {problem}\n")
        return 2
    return 0
