"""The path to the next level: the fewest items whose change to Yes reaches it.

Each item belongs to exactly one level, so the levels' shortfalls are
independent and the smallest set is the union of each level's smallest set.
Within a level an item changed to Yes adds 1 (from No) or ½ (from Partial) to
the level's sum, so the minimum count k is found by taking the largest steps
first. Among all sets of that size which close the gap, we keep the one that
adds the most to the overall score, then rank its items by that gain.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from core.model import Checklist, Item

__all__ = ["NextLevelPath", "PathStep", "next_level_path"]


@dataclass(frozen=True, slots=True)
class PathStep:
    item_id: str
    level: int
    dimension: str
    current: Fraction  # the item's credited value now: 0 or ½
    overall_gain: Fraction  # points added to the overall score by answering Yes


@dataclass(frozen=True, slots=True)
class NextLevelPath:
    target_level: int
    reachable: bool  # False when a level lacks coverage (too many N/A): no answer change helps
    steps: tuple[PathStep, ...]

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(s.item_id for s in self.steps)


def _overall_gains(
    checklist: Checklist, values: Mapping[str, Fraction | None], assessable: Mapping[str, bool]
) -> dict[str, Fraction]:
    weight = {d.id: d.weight for d in checklist.dimensions if assessable[d.id]}
    total_weight = sum(weight.values())
    gains: dict[str, Fraction] = {}
    for item in checklist.items:
        value = values[item.id]
        if value is None or item.dimension not in weight:
            gains[item.id] = Fraction(0)
            continue
        applicable = sum(1 for i in checklist.items_in(item.dimension) if values[i.id] is not None)
        gains[item.id] = Fraction(100 * weight[item.dimension], total_weight) * (1 - value) / applicable
    return gains


def _cheapest_set(
    candidates: list[Item], values: Mapping[str, Fraction | None], gains: Mapping[str, Fraction],
    shortfall: Fraction,
) -> list[Item]:
    by_gain = sorted(candidates, key=lambda i: (-gains[i.id], i.id))
    from_no = [i for i in by_gain if values[i.id] == 0]
    from_partial = [i for i in by_gain if values[i.id] != 0]
    steps = sorted((1 - (values[i.id] or 0) for i in candidates), reverse=True)
    k, closed = 0, Fraction(0)
    while closed < shortfall:
        closed += steps[k]
        k += 1
    best: tuple[Fraction, int] | None = None
    chosen: list[Item] = []
    for n_no in range(min(k, len(from_no)), -1, -1):
        n_partial = k - n_no
        if n_partial > len(from_partial) or n_no + Fraction(n_partial, 2) < shortfall:
            continue
        pick = from_no[:n_no] + from_partial[:n_partial]
        key = (sum((gains[i.id] for i in pick), Fraction(0)), n_no)
        if best is None or key > best:
            best, chosen = key, pick
    return chosen


def next_level_path(
    checklist: Checklist,
    values: Mapping[str, Fraction | None],
    reached: int,
    assessable: Mapping[str, bool],
) -> NextLevelPath:
    target = reached + 1
    gains = _overall_gains(checklist, values, assessable)
    chosen: list[Item] = []
    for level in range(1, target + 1):
        items = checklist.items_at(level)
        applicable = [i for i in items if values[i.id] is not None]
        if not applicable or Fraction(len(applicable), len(items)) < checklist.min_coverage:
            return NextLevelPath(target, False, ())
        earned = sum((values[i.id] or Fraction(0) for i in applicable), Fraction(0))
        shortfall = checklist.threshold * len(applicable) - earned
        if shortfall > 0:
            candidates = [i for i in applicable if (values[i.id] or 0) < 1]
            chosen += _cheapest_set(candidates, values, gains, shortfall)
    order = {item.id: n for n, item in enumerate(checklist.items)}
    chosen.sort(key=lambda i: (-gains[i.id], order[i.id]))
    return NextLevelPath(
        target,
        True,
        tuple(
            PathStep(i.id, i.level, i.dimension, values[i.id] or Fraction(0), gains[i.id]) for i in chosen
        ),
    )
