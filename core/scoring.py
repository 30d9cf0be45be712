"""The scoring engine of DOMAIN.md §3: pure, exact, and the single source of every figure.

Two separate results come out of one set of answers:
- the **score** (EGA lens): dimension scores and their weighted overall;
- the **level** (OCSC lens): staged gating on per-level ratios against θ.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from core.model import Answer, AnswerValue, Checklist

if TYPE_CHECKING:
    from core.pathway import NextLevelPath

__all__ = ["DimensionResult", "LevelResult", "ScoreCard", "score"]

HUNDRED = Fraction(100)
_UNANSWERED = Answer()


@dataclass(frozen=True, slots=True)
class DimensionResult:
    dimension: str
    earned: Fraction
    applicable: int
    total: int
    assessable: bool
    score: Fraction | None  # 0..100; None when not assessable


@dataclass(frozen=True, slots=True)
class LevelResult:
    level: int
    earned: Fraction
    applicable: int
    total: int
    creditable: bool
    ratio: Fraction | None
    passed: bool


@dataclass(frozen=True)
class ScoreCard:
    checklist_id: str
    checklist_version: str
    dimensions: Mapping[str, DimensionResult]
    overall: Fraction | None
    provisional: bool  # weights renormalised because a dimension was not assessable
    levels: Mapping[int, LevelResult]
    level: int
    blocked_levels: tuple[int, ...]  # above the level reached, yet R ≥ θ
    unanswered: tuple[str, ...]
    na_without_reason: tuple[str, ...]
    next_level_path: NextLevelPath | None

    @property
    def complete(self) -> bool:
        return not self.unanswered and not self.na_without_reason


def _check_answers(checklist: Checklist, answers: Mapping[str, Answer]) -> None:
    for item_id, answer in answers.items():
        checklist.check_answer(item_id, answer.value)


def _credited_units(checklist: Checklist, answers: Mapping[str, Answer]) -> tuple[dict[str, int | None], int]:
    """Each item's credited value as a whole multiple of 1/D (D = 2 for a scale with ½); None = excluded.

    Unanswered items count as No for the draft preview, and so does an N/A that
    lacks its reason: no credit, and no exclusion, without a justification.
    Integers, not Fractions, because a sum of Fractions costs a gcd per addition
    (the central office scores thousands of files); each ratio becomes one Fraction at the end.
    """
    _check_answers(checklist, answers)
    scores = [c.score for c in checklist.answer_scale if c.score is not None]
    denominator = math.lcm(*(f.denominator for f in scores)) if scores else 1
    scale = {c.value: None if c.score is None else int(c.score * denominator) for c in checklist.answer_scale}
    units: dict[str, int | None] = {}
    for item in checklist.items:
        answer = answers.get(item.id)
        if answer is None or answer.value is None or (answer.value is AnswerValue.NA and not answer.is_justified_na):
            units[item.id] = 0
        else:
            units[item.id] = scale[answer.value]
    return units, denominator


def _ratio_parts(units: list[int | None], denominator: int) -> tuple[Fraction, int]:
    applicable = [u for u in units if u is not None]
    return Fraction(sum(applicable), denominator), len(applicable)


def score(checklist: Checklist, answers: Mapping[str, Answer], *, with_path: bool = True) -> ScoreCard:
    """Score the answers. ``with_path=False`` skips the path to the next level (about half the
    work) for callers that never show it, such as lists and the central office's import."""
    units, denominator = _credited_units(checklist, answers)
    theta, coverage = checklist.threshold, checklist.min_coverage

    dimensions: dict[str, DimensionResult] = {}
    for dim in checklist.dimensions:
        items = checklist.items_in(dim.id)
        earned, applicable = _ratio_parts([units[i.id] for i in items], denominator)
        assessable = applicable > 0 and Fraction(applicable, len(items)) >= coverage
        dimensions[dim.id] = DimensionResult(
            dim.id, earned, applicable, len(items), assessable,
            HUNDRED * earned / applicable if assessable else None,
        )

    weighted = [(d.weight, dimensions[d.id].score) for d in checklist.dimensions]
    counted = [(w, s) for w, s in weighted if s is not None]
    total_weight = sum(w for w, _ in counted)
    overall = sum((w * s for w, s in counted), Fraction(0)) / total_weight if counted else None

    levels: dict[int, LevelResult] = {}
    for lv in checklist.levels:
        items = checklist.items_at(lv.level)
        earned, applicable = _ratio_parts([units[i.id] for i in items], denominator)
        creditable = applicable > 0 and Fraction(applicable, len(items)) >= coverage
        ratio = earned / applicable if applicable else None
        passed = creditable and ratio is not None and ratio >= theta
        levels[lv.level] = LevelResult(lv.level, earned, applicable, len(items), creditable, ratio, passed)

    # Level 1 is the floor. Level N needs R_1 … R_N all ≥ θ, checked in order.
    reached = 1
    for n in range(2, checklist.top_level + 1):
        if all(levels[k].passed for k in range(1, n + 1)):
            reached = n
        else:
            break
    blocked = tuple(n for n in range(reached + 1, checklist.top_level + 1) if levels[n].passed)

    unanswered = tuple(i.id for i in checklist.items if answers.get(i.id, _UNANSWERED).value is None)
    na_missing = tuple(
        i.id for i in checklist.items
        if (a := answers.get(i.id, _UNANSWERED)).value is AnswerValue.NA and not a.is_justified_na
    )
    path = None
    if with_path and reached < checklist.top_level:
        from core.pathway import next_level_path  # loaded only by callers that show the path

        values = {k: None if u is None else Fraction(u, denominator) for k, u in units.items()}
        path = next_level_path(checklist, values, reached, {d: r.assessable for d, r in dimensions.items()})
    return ScoreCard(
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        dimensions=dimensions,
        overall=overall,
        provisional=len(counted) < len(weighted),
        levels=levels,
        level=reached,
        blocked_levels=blocked,
        unanswered=unanswered,
        na_without_reason=na_missing,
        next_level_path=path,
    )
