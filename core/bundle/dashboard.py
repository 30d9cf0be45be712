"""The central dashboard's numbers: current submissions grouped by province, ministry and agency type.

Pure and exact (fractions); rounding happens only when shown or exported.
Compared with the 2017 benchmarks as DOMAIN.md §3.5 says: overall and the
published dimensions only, never the inferred lower bounds, indicative only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from core.ministries import ministry_key, ministry_label
from core.model import Checklist
from core.storage.submissions import StoredSubmission
from core.text import Lang, Text

__all__ = [
    "GROUPINGS",
    "Dashboard",
    "GroupSummary",
    "Grouping",
    "ResultRow",
    "agency_count",
    "dashboard",
    "in_name_order",
    "name_order",
    "result_rows",
    "summarize",
    "thai_sort_key",
]

Grouping = Literal["all", "province", "ministry", "kind"]
GROUPINGS: tuple[Grouping, ...] = ("province", "ministry", "kind")


@dataclass(frozen=True)
class ResultRow:
    """One submission as the drill-down list shows it: in force, or replaced (kept as history)."""

    bundle_id: str
    code: str
    agency_code: str
    agency_name: Text
    kind: str
    ministry: str
    province: str
    fiscal_year: int
    overall: Fraction | None
    dimensions: Mapping[str, Fraction | None]
    level: int
    provisional: bool
    created_at: str
    superseded_by: str | None = None  # the bundle id of the newer file that replaced it: never counted
    replaced_on: str | None = None  # that newer file's created_at, to say which file replaced it


def agency_count(rows: Iterable[ResultRow]) -> int:
    """How many agencies the rows come from: over several years an agency has one row per year."""
    return len({r.agency_code for r in rows})


def _fraction(text: str | None) -> Fraction | None:
    return None if text is None else Fraction(text)


def result_rows(stored: Iterable[StoredSubmission]) -> list[ResultRow]:
    """The rows as stored; a replaced one names the date of the file that replaced it when that file is among them
    (it always is in ``list_submissions(include_superseded=True)``)."""
    stored = list(stored)
    created = {s.bundle_id: s.created_at for s in stored}
    return [
        ResultRow(
            bundle_id=s.bundle_id, code=s.code, agency_code=s.agency_code,
            # An office's agency may have no English name (an older Kao stored it empty): Thai stands in.
            agency_name=Text(s.agency_name_th, s.agency_name_en or s.agency_name_th), kind=s.agency_kind,
            ministry=s.ministry,
            province=s.province, fiscal_year=s.fiscal_year, overall=_fraction(s.overall),
            dimensions={d: _fraction(v) for d, v in json.loads(s.dimensions).items()}, level=s.level,
            provisional=s.provisional, created_at=s.created_at,
            superseded_by=s.superseded_by, replaced_on=created.get(s.superseded_by or ""),
        )
        for s in stored
    ]


@dataclass(frozen=True)
class GroupSummary:
    grouping: Grouping
    key: str  # the province, ministry (see core.ministries.ministry_key) or kind ("" when not given); "" for "all"
    label: str  # what a group is called: the key, but a ministry by one of its spellings (ministry_label)
    count: int
    mean_overall: Fraction | None
    mean_dimensions: Mapping[str, Fraction | None]
    levels: Mapping[int, int]  # level → how many agencies reached it
    overall_vs: Mapping[str, Fraction | None]  # benchmark id → mean overall − published overall
    dimensions_vs: Mapping[str, Mapping[str, Fraction]]  # benchmark id → published dimension → delta


@dataclass(frozen=True)
class Dashboard:
    total: GroupSummary
    groups: Mapping[Grouping, Sequence[GroupSummary]]


def _mean(values: Iterable[Fraction | None]) -> Fraction | None:
    """Mean of the values present: a not-assessable dimension is left out, not counted as zero."""
    present = [v for v in values if v is not None]
    return sum(present, Fraction(0)) / len(present) if present else None


def _delta(mean: Fraction | None, published: Decimal) -> Fraction | None:
    return None if mean is None else mean - Fraction(published)


def _summary(grouping: Grouping, key: str, rows: Sequence[ResultRow], checklist: Checklist) -> GroupSummary:
    label = ministry_label(r.ministry for r in rows) if grouping == "ministry" else key
    mean_overall = _mean(r.overall for r in rows)
    mean_dims = {d.id: _mean(r.dimensions.get(d.id) for r in rows) for d in checklist.dimensions}
    levels = {lv.level: sum(1 for r in rows if r.level == lv.level) for lv in checklist.levels}
    overall_vs = {b.id: _delta(mean_overall, b.overall) for b in checklist.benchmarks}
    dims_vs: dict[str, dict[str, Fraction]] = {}
    for b in checklist.benchmarks:
        deltas = {d: _delta(mean_dims.get(d), v) for d, v in b.dimensions.items()}
        dims_vs[b.id] = {d: x for d, x in deltas.items() if x is not None}
    return GroupSummary(grouping, key, label, len(rows), mean_overall, mean_dims, levels, overall_vs, dims_vs)


_KEYS: dict[Grouping, Callable[[ResultRow], str]] = {
    "province": lambda r: r.province.strip(),
    "ministry": lambda r: ministry_key(r.ministry),  # one group however the name was typed
    "kind": lambda r: r.kind,
}


_LEADING_VOWELS = frozenset("เแโใไ")


def thai_sort_key(text: str) -> str:
    """Dictionary order for Thai: a leading vowel sorts after its consonant (เชียงใหม่ among the ช).

    Code-point order would put every เ… name after every ล…; this swap is the
    core of the Royal Institute order and enough for province and ministry names.
    """
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] in _LEADING_VOWELS and i + 1 < len(text):
            out += [text[i + 1], text[i]]
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def summarize(rows: Sequence[ResultRow], checklist: Checklist, grouping: Grouping) -> list[GroupSummary]:
    """One summary per group, in Thai dictionary order of the key ("not given" last)."""
    if grouping == "all":
        return [_summary("all", "", rows, checklist)]
    key_of = _KEYS[grouping]
    groups: dict[str, list[ResultRow]] = {}
    for row in rows:
        groups.setdefault(key_of(row), []).append(row)
    ordered = sorted(groups, key=lambda k: (k == "", thai_sort_key(k)))
    return [_summary(grouping, k, groups[k], checklist) for k in ordered]


def name_order(lang: Lang) -> Callable[[str], str]:
    """The sort key of names as a reader of ``lang`` looks them up: Thai dictionary order, or A to Z."""
    return thai_sort_key if lang == "th" else str.casefold


def in_name_order(
    groups: Iterable[GroupSummary], name: Callable[[GroupSummary], str], lang: Lang
) -> list[GroupSummary]:
    """The groups in dictionary order of the names they are shown by ("not given" last).

    :func:`summarize` orders by the stored keys, which are Thai; in English a province is
    shown by its English name, and a reader looks for Nan after Krabi, not after Chiang Mai.
    """
    order = name_order(lang)
    return sorted(groups, key=lambda g: (g.key == "", order(name(g))))


def dashboard(rows: Sequence[ResultRow], checklist: Checklist) -> Dashboard:
    return Dashboard(
        total=_summary("all", "", rows, checklist),
        groups={g: summarize(rows, checklist, g) for g in GROUPINGS},
    )
