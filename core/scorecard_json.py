"""The score card as plain JSON-ready data: for ``score --json``, exports and reports."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from core.benchmark import compare_benchmarks
from core.model import Checklist
from core.numbers import fmt_number, fmt_signed
from core.scoring import ScoreCard

__all__ = ["scorecard_to_dict"]


def _f(x: Fraction | None) -> float | None:
    return None if x is None else float(x)


def scorecard_to_dict(card: ScoreCard, checklist: Checklist) -> dict[str, Any]:
    path = card.next_level_path
    return {
        "checklist": {"id": card.checklist_id, "version": card.checklist_version},
        "overall": _f(card.overall),
        "overall_display": None if card.overall is None else fmt_number(card.overall),
        "level": card.level,
        "level_name": checklist.level(card.level).name.as_dict(),
        "complete": card.complete,
        "provisional": card.provisional,
        "unanswered": list(card.unanswered),
        "na_without_reason": list(card.na_without_reason),
        "dimensions": {
            d.dimension: {
                "score": _f(d.score),
                "display": None if d.score is None else fmt_number(d.score),
                "earned": float(d.earned),
                "applicable": d.applicable,
                "total": d.total,
                "assessable": d.assessable,
            }
            for d in card.dimensions.values()
        },
        "level_ratios": {str(n): _f(r.ratio) for n, r in card.levels.items()},
        "levels": {
            str(n): {
                "ratio": _f(r.ratio),
                "earned": float(r.earned),
                "applicable": r.applicable,
                "total": r.total,
                "creditable": r.creditable,
                "passed": r.passed,
            }
            for n, r in card.levels.items()
        },
        "blocked_levels": list(card.blocked_levels),
        "next_level_path": list(path.item_ids) if path else [],
        "next_level": None if path is None else {
            "target_level": path.target_level,
            "reachable": path.reachable,
            "steps": [
                {"item": s.item_id, "level": s.level, "dimension": s.dimension, "overall_gain": float(s.overall_gain)}
                for s in path.steps
            ],
        },
        "benchmarks": [
            {
                "id": c.benchmark.id,
                "indicative": True,
                "overall": None if c.overall is None else {
                    "benchmark": float(c.overall.benchmark),
                    "delta": float(c.overall.delta),
                    "display": fmt_signed(c.overall.delta),
                    "direction": c.overall.direction,
                },
                "dimensions": {
                    dim: {
                        "benchmark": float(d.benchmark),
                        "delta": float(d.delta),
                        "display": fmt_signed(d.delta),
                        "direction": d.direction,
                    }
                    for dim, d in c.dimensions.items()
                },
            }
            for c in compare_benchmarks(card, checklist)
        ],
    }
