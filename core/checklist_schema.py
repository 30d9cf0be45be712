"""The pydantic schema of a checklist file: the single source of truth for its shape."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = ["ChecklistDoc"]

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextDoc(_Strict):
    th: NonEmpty
    en: NonEmpty


class ChoiceDoc(_Strict):
    value: Literal["yes", "partial", "no", "na"]
    score: float | None = Field(ge=0, le=1)
    label: TextDoc
    description: TextDoc


class LevelDoc(_Strict):
    level: int = Field(ge=1, le=9)
    name: TextDoc
    description: TextDoc


class DimensionDoc(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^D\d+$")]
    weight: int = Field(gt=0)
    name: TextDoc


class ItemDoc(_Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Z]\d{2}$")]
    dimension: str
    level: int = Field(ge=1, le=9)
    na_allowed: bool
    text: TextDoc
    evidence: TextDoc
    na_hint: TextDoc | None = None
    source: str = ""


class BenchmarkDoc(_Strict):
    id: NonEmpty
    year: int
    name: TextDoc
    overall: float = Field(ge=0, le=100)
    dimensions: dict[str, float]
    lower_bounds: dict[str, float] = {}


class ChecklistDoc(_Strict):
    id: NonEmpty
    # A string on purpose: JSON/YAML readers turn 1.10 into 1.1.
    version: NonEmpty
    title: TextDoc
    threshold: float = Field(gt=0, le=1)
    min_coverage: float = Field(gt=0, le=1)
    answer_scale: list[ChoiceDoc] = Field(min_length=4, max_length=4)
    levels: list[LevelDoc] = Field(min_length=2)
    dimensions: list[DimensionDoc] = Field(min_length=1)
    items: list[ItemDoc] = Field(min_length=1)
    benchmarks: list[BenchmarkDoc] = []
