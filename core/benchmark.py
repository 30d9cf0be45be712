"""Comparison with published survey figures (DOMAIN.md §3.5). Indicative only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from core.model import Benchmark, Checklist
from core.numbers import round_half_away
from core.scoring import ScoreCard

__all__ = ["BenchmarkComparison", "Delta", "compare_benchmarks"]

Direction = Literal["above", "at", "below"]


@dataclass(frozen=True, slots=True)
class Delta:
    agency: Fraction
    benchmark: Decimal
    delta: Fraction  # unrounded agency − benchmark, in percentage points

    @property
    def direction(self) -> Direction:
        shown = round_half_away(self.delta, 1)
        return "above" if shown > 0 else "below" if shown < 0 else "at"


@dataclass(frozen=True, slots=True)
class BenchmarkComparison:
    benchmark: Benchmark
    overall: Delta | None
    dimensions: Mapping[str, Delta]  # only the published dimensions: bounds are never compared


def _delta(agency: Fraction | None, published: Decimal) -> Delta | None:
    return None if agency is None else Delta(agency, published, agency - Fraction(published))


def compare_benchmarks(card: ScoreCard, checklist: Checklist) -> tuple[BenchmarkComparison, ...]:
    comparisons = []
    for bench in checklist.benchmarks:
        dims = {}
        for dim_id, published in bench.dimensions.items():
            delta = _delta(card.dimensions[dim_id].score, published)
            if delta is not None:
                dims[dim_id] = delta
        comparisons.append(BenchmarkComparison(bench, _delta(card.overall, bench.overall), dims))
    return tuple(comparisons)
