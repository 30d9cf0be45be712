"""The home list: every assessment with its progress, level and score, from a cache kept in the database.

Scoring is exact and thorough (a next-level path included), about a millisecond
or more per assessment, so 1,000 assessments would take seconds at every start.
Each assessment's figures are cached in ``summary_cache`` with a marker: the
checklist id and version and the assessment's newest audit entry id. Every
change to answers appends an audit entry, so a changed marker means changed
answers (ids only grow, unlike clock times); only those are scored again.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from core.model import Answer, AnswerValue, Checklist
from core.records import AssessmentStatus, AssessmentSummary
from core.scoring import score
from core.storage.db import Store
from core.storage.errors import StorageError
from core.storage.rows import ASSESSMENT_SQL, agency_from_row, parse_time, scorable

__all__ = ["list_summaries"]

log = logging.getLogger(__name__)

# The assessment columns plus the marker's audit id (an index lookup per assessment).
_LIST_SQL = ASSESSMENT_SQL.replace(
    "\nFROM assessments a",
    ",\n       (SELECT max(id) FROM audit_log WHERE assessment_id = a.id) AS audit_max\nFROM assessments a",
)
assert "audit_max" in _LIST_SQL
_CACHE_SQL = (
    "SELECT assessment_id, marker, answered, level, overall_num, overall_den, answers_updated_at"
    " FROM summary_cache"
)
_STORE_SQL = "INSERT OR REPLACE INTO summary_cache VALUES (?, ?, ?, ?, ?, ?, ?)"
_ALL_ANSWERS_LIMIT = 50  # beyond this many stale assessments, one scan beats one query each


@dataclass(frozen=True, slots=True)
class _Figures:
    answered: int
    level: int
    overall: Fraction | None
    answers_updated_at: str | None


def _marker(checklist: Checklist, audit_max: int | None) -> str:
    return f"{checklist.id}@{checklist.version}#{audit_max}"


def _answers(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[dict[str, Answer], str | None]]:
    wanted = set(ids)
    out: dict[int, tuple[dict[str, Answer], str | None]] = {i: ({}, None) for i in ids}
    sql = "SELECT assessment_id, item_id, value, reason, updated_at FROM answers"
    batches: Iterable[sqlite3.Cursor]
    if len(ids) > _ALL_ANSWERS_LIMIT:
        batches = [conn.execute(sql)]
    else:
        batches = (conn.execute(sql + " WHERE assessment_id = ?", (i,)) for i in ids)
    for cursor in batches:
        for aid, item_id, value, reason, updated_at in cursor:
            if aid not in wanted:
                continue
            answers, newest = out[aid]
            if value is not None:
                answers[item_id] = Answer(AnswerValue(value), reason)
            out[aid] = (answers, updated_at if newest is None or updated_at > newest else newest)
    return out


def _figures(checklist: Checklist, answers: dict[str, Answer], newest: str | None) -> _Figures:
    card = score(checklist, scorable(checklist, answers), with_path=False)  # the list shows no path
    answered = len(checklist.items) - len(card.unanswered) - len(card.na_without_reason)
    return _Figures(answered, card.level, card.overall, newest)


def list_summaries(store: Store, checklist: Checklist, *, include_deleted: bool) -> list[AssessmentSummary]:
    where = "" if include_deleted else " WHERE a.deleted_at IS NULL"
    with store.read() as conn:
        rows = conn.execute(_LIST_SQL + where + " ORDER BY a.fiscal_year DESC, g.code, a.id").fetchall()
        markers = {r["id"]: _marker(checklist, r["audit_max"]) for r in rows}
        figures: dict[int, _Figures] = {}
        for aid, marker, answered, level, num, den, newest in conn.execute(_CACHE_SQL):
            if markers.get(aid) == marker:
                figures[aid] = _Figures(answered, level, None if num is None else Fraction(num, den), newest)
        stale = [aid for aid in markers if aid not in figures]
        loaded = _answers(conn, stale) if stale else {}
    fresh = {aid: _figures(checklist, *loaded[aid]) for aid in stale}
    figures.update(fresh)
    if fresh:
        _remember(store, fresh, markers)
    total = len(checklist.items)
    out = []
    for r in rows:
        f = figures[r["id"]]
        updated = max(r["updated_at"], f.answers_updated_at or r["updated_at"])
        out.append(
            AssessmentSummary(
                id=r["id"],
                agency=agency_from_row(r, "g_"),
                fiscal_year=r["fiscal_year"],
                status=AssessmentStatus(r["status"]),
                answered=f.answered,
                total=total,
                level=f.level,
                overall=f.overall,
                updated_at=parse_time(updated),
                deleted=r["deleted_at"] is not None,
            )
        )
    return out


def _remember(store: Store, fresh: dict[int, _Figures], markers: dict[int, str]) -> None:
    """Best effort: a busy or read-only database just means scoring again next time."""
    rows = [
        (aid, markers[aid], f.answered, f.level,
         None if f.overall is None else f.overall.numerator, None if f.overall is None else f.overall.denominator,
         f.answers_updated_at)
        for aid, f in fresh.items()
    ]
    try:
        with store.write_if_free() as conn:
            conn.executemany(_STORE_SQL, rows)
    except StorageError as exc:
        log.info("summary cache not updated: %s", exc)
