"""U: units named in tasks and the signer, checked against the organisation registry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from rapidfuzz import fuzz, process

from planctl.checks.context import CheckContext, check
from planctl.findings import Finding
from planctl.model.registry import ResolvedUnit, normalize_name


def _suggestions(ctx: CheckContext, written: str) -> list[str]:
    names = ctx.units.all_names()
    matches = process.extract(
        normalize_name(written),
        {n: normalize_name(n) for n in names},
        scorer=fuzz.WRatio,
        limit=3,
        score_cutoff=70,
    )
    canonical: list[str] = []
    for _, _, name in matches:
        resolved = ctx.units.resolve(name)
        if resolved and resolved.canonical not in canonical:
            canonical.append(resolved.canonical)
    return canonical


def _validity(entry_from: dt.date | None, entry_to: dt.date | None) -> str:
    def day(value: dt.date | None) -> str:
        return value.strftime("%d/%m/%Y") if value else "…"

    return f"{day(entry_from)} → {day(entry_to)}"


@check("U001", "U002", "U003", "U004", "U005", "U007")
def task_units(ctx: CheckContext) -> Iterator[Finding]:
    day = ctx.reference_day
    registry_name = ctx.registry.issuer.id + "/org.yaml"
    for path, task, _parent in ctx.tasks():
        number = ctx.number(task)
        if not task.lead:
            yield Finding.of("U004", ctx.at(path), number=number)
        resolved: dict[str, list[ResolvedUnit]] = {"lead": [], "support": []}
        for role in ("lead", "support"):
            names: list[str] = getattr(task, role)
            seen: set[str] = set()
            for i, written in enumerate(names):
                where = ctx.at((*path, role, i))
                unit = ctx.units.resolve(written)
                if unit is None:
                    found = _suggestions(ctx, written)
                    yield Finding.of(
                        "U001",
                        where,
                        unit=written,
                        suggestions=found,
                        registry=registry_name,
                        suggestion_vi=f"; có phải “{found[0]}”?" if found else "",
                        suggestion_en=f"; did you mean “{found[0]}”?" if found else "",
                    )
                    continue
                resolved[role].append(unit)
                if unit.canonical in seen:
                    yield Finding.of("U007", where, unit=written)
                seen.add(unit.canonical)
                if unit.is_alias:
                    yield Finding.of("U005", where, unit=written, canonical=unit.canonical)
                if day is not None and not unit.entry.valid_on(day):
                    successor = getattr(unit.entry, "successor", None)
                    yield Finding.of(
                        "U002",
                        where,
                        unit=written,
                        date=day.strftime("%d/%m/%Y"),
                        valid=_validity(unit.entry.valid_from, unit.entry.valid_to),
                        successor=successor,
                        successor_vi=f" (“{successor}”)" if successor else "",
                        successor_en=f" (“{successor}”)" if successor else "",
                    )
        lead = {u.canonical for u in resolved["lead"]}
        for i, written in enumerate(task.support):
            unit = ctx.units.resolve(written)
            if unit is not None and unit.canonical in lead:
                yield Finding.of("U003", ctx.at((*path, "support", i)), unit=written)


@check("U006")
def signer_known(ctx: CheckContext) -> Iterator[Finding]:
    signer = ctx.document.signer
    if isinstance(signer, str) and ctx.registry.signer(signer) is None:
        known = [s.id for s in ctx.registry.signers]
        best = process.extractOne(signer, known, score_cutoff=60) if known else None
        yield Finding.of(
            "U006",
            ctx.at(("signer",)),
            signer=signer,
            known=", ".join(known) or "—",
            suggestion_vi=f"; có phải ý bạn là `{best[0]}`?" if best else "",
            suggestion_en=f"; did you mean `{best[0]}`?" if best else "",
        )
