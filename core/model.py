"""The domain model: the checklist and the answers, as frozen values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from core.errors import AnswersError
from core.text import Text

__all__ = [
    "Answer",
    "AnswerChoice",
    "AnswerValue",
    "Benchmark",
    "Checklist",
    "Dimension",
    "Item",
    "Level",
]


class AnswerValue(StrEnum):
    YES = "yes"
    PARTIAL = "partial"
    NO = "no"
    NA = "na"


@dataclass(frozen=True, slots=True)
class AnswerChoice:
    value: AnswerValue
    score: Fraction | None  # None for N/A: excluded from every ratio
    label: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Level:
    level: int
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Dimension:
    id: str
    weight: int
    name: Text


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    dimension: str
    level: int
    na_allowed: bool
    text: Text
    evidence: Text
    na_hint: Text | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Benchmark:
    """Published figures of a past survey; unpublished dimensions have only a lower bound."""

    id: str
    year: int
    name: Text
    overall: Decimal
    dimensions: Mapping[str, Decimal]
    lower_bounds: Mapping[str, Decimal]


@dataclass(frozen=True)
class Checklist:
    id: str
    version: str
    title: Text
    threshold: Fraction
    min_coverage: Fraction
    answer_scale: tuple[AnswerChoice, ...]
    levels: tuple[Level, ...]
    dimensions: tuple[Dimension, ...]
    items: tuple[Item, ...]
    benchmarks: tuple[Benchmark, ...]
    _by_id: dict[str, Item] = field(init=False, repr=False, compare=False)
    _by_dimension: dict[str, tuple[Item, ...]] = field(init=False, repr=False, compare=False)
    _by_level: dict[int, tuple[Item, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Indexes built once: scoring asks for these per dimension and level on every score.
        object.__setattr__(self, "_by_id", {item.id: item for item in self.items})
        object.__setattr__(self, "_by_dimension", {
            d.id: tuple(i for i in self.items if i.dimension == d.id) for d in self.dimensions})
        object.__setattr__(self, "_by_level", {
            lv.level: tuple(i for i in self.items if i.level == lv.level) for lv in self.levels})

    def item(self, item_id: str) -> Item:
        return self._by_id[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._by_id

    def items_in(self, dimension_id: str) -> tuple[Item, ...]:
        return self._by_dimension.get(dimension_id, ())

    def items_at(self, level: int) -> tuple[Item, ...]:
        return self._by_level.get(level, ())

    def dimension(self, dimension_id: str) -> Dimension:
        return next(d for d in self.dimensions if d.id == dimension_id)

    def level(self, level: int) -> Level:
        return next(lv for lv in self.levels if lv.level == level)

    def check_answer(self, item_id: str, value: AnswerValue | None) -> None:
        """Refuse an unknown item, and N/A where the item does not allow it (one message for every caller)."""
        if item_id not in self._by_id:
            raise AnswersError(f"ไม่มีข้อ {item_id} ในแบบประเมิน", f"unknown item id {item_id}")
        if value is AnswerValue.NA and not self._by_id[item_id].na_allowed:
            raise AnswersError(f"ข้อ {item_id} เลือก 'ไม่เกี่ยวข้อง' ไม่ได้", f"item {item_id} does not allow N/A")

    def choice(self, value: AnswerValue) -> AnswerChoice:
        return next(c for c in self.answer_scale if c.value == value)

    @property
    def top_level(self) -> int:
        return max(lv.level for lv in self.levels)


@dataclass(frozen=True, slots=True)
class Answer:
    """One item's answer. ``value`` None means the item is not answered yet."""

    value: AnswerValue | None = None
    reason: str = ""  # the N/A justification
    note: str = ""

    @property
    def is_justified_na(self) -> bool:
        return self.value is AnswerValue.NA and bool(self.reason.strip())
