"""``kao checklist``: print the checklist, readable or as JSON."""

from __future__ import annotations

import argparse
from typing import Any

from core.checklist import default_checklist
from core.cli.context import EXIT_OK, Context
from core.model import Checklist

__all__ = ["checklist_to_dict", "register"]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("checklist", parents=[common], help="print the checklist")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run)


def checklist_to_dict(c: Checklist) -> dict[str, Any]:
    return {
        "id": c.id,
        "version": c.version,
        "title": c.title.as_dict(),
        "threshold": float(c.threshold),
        "min_coverage": float(c.min_coverage),
        "answer_scale": [
            {"value": ch.value.value, "score": None if ch.score is None else float(ch.score),
             "label": ch.label.as_dict(), "description": ch.description.as_dict()}
            for ch in c.answer_scale
        ],
        "dimensions": [{"id": d.id, "weight": d.weight, "name": d.name.as_dict()} for d in c.dimensions],
        "levels": [{"level": lv.level, "name": lv.name.as_dict(), "description": lv.description.as_dict()}
                   for lv in c.levels],
        "items": [
            {
                "id": i.id,
                "dimension": i.dimension,
                "level": i.level,
                "na_allowed": i.na_allowed,
                "text": i.text.as_dict(),
                "evidence": i.evidence.as_dict(),
                "na_hint": i.na_hint.as_dict() if i.na_hint else None,
            }
            for i in c.items
        ],
        "benchmarks": [
            {"id": b.id, "year": b.year, "name": b.name.as_dict(), "overall": float(b.overall),
             "dimensions": {k: float(v) for k, v in b.dimensions.items()},
             "lower_bounds": {k: float(v) for k, v in b.lower_bounds.items()}}
            for b in c.benchmarks
        ],
    }


def run(args: argparse.Namespace, ctx: Context) -> int:
    c = default_checklist()
    if args.json:
        ctx.print_json(checklist_to_dict(c))
        return EXIT_OK
    lang = ctx.lang
    ctx.print(f"{c.title.get(lang)} ({c.id} {c.version})")
    ctx.print(ctx.t(f"เกณฑ์ผ่านแต่ละระดับ θ = {float(c.threshold):.2f}", f"Level threshold θ = {float(c.threshold):.2f}"))
    for lv in c.levels:
        ctx.print(ctx.t(f"  ระดับ {lv.level}: {lv.name.th}", f"  Level {lv.level}: {lv.name.en}"))
    for d in c.dimensions:
        ctx.print()
        ctx.print(f"{d.id} {d.name.get(lang)} ({d.weight}%)")
        for i in c.items_in(d.id):
            na = ctx.t(" [ไม่เกี่ยวข้องได้]", " [N/A allowed]") if i.na_allowed else ""
            ctx.print(f"  {i.id} L{i.level}{na} {i.text.get(lang)}")
            ctx.print(ctx.t(f"      หลักฐาน: {i.evidence.th}", f"      Evidence: {i.evidence.en}"))
    return EXIT_OK
