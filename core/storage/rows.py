"""Between database rows and the records of core/records.py: one place for the column mapping."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from core.model import Answer, AnswerValue, Checklist
from core.records import Agency, AgencyKind, AuditEntry, EvidenceFile
from core.text import Text

__all__ = [
    "ASSESSMENT_SQL",
    "agency_from_row",
    "agency_to_json",
    "answer_from_row",
    "audit_from_row",
    "evidence_from_row",
    "now_iso",
    "parse_time",
    "scorable",
]


ASSESSMENT_SQL = """
SELECT a.id, a.uid, a.fiscal_year, a.checklist_id, a.checklist_version, a.assessors, a.status,
       a.created_at, a.updated_at, a.deleted_at,
       g.id AS g_id, g.code AS g_code, g.name_th AS g_name_th, g.name_en AS g_name_en, g.kind AS g_kind,
       g.ministry AS g_ministry, g.department AS g_department, g.province AS g_province,
       g.contact AS g_contact
FROM assessments a JOIN agencies g ON g.id = a.agency_id
"""


def now_iso() -> str:
    """Stored times are UTC ISO 8601 with microseconds: they sort as text and compare exactly."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def agency_from_row(row: sqlite3.Row | Mapping[str, Any], prefix: str = "") -> Agency:
    return Agency(
        code=row[prefix + "code"],
        name=Text(row[prefix + "name_th"], row[prefix + "name_en"]),
        kind=AgencyKind(row[prefix + "kind"]),
        ministry=row[prefix + "ministry"],
        department=row[prefix + "department"],
        province=row[prefix + "province"],
        contact=row[prefix + "contact"],
        id=row[prefix + "id"],
    )


def agency_to_json(agency: Agency) -> str:
    """How an agency appears in the audit log: every field, so a change shows from → to."""
    return json.dumps(
        {
            "code": agency.code, "name_th": agency.name.th, "name_en": agency.name.en,
            "kind": agency.kind.value, "ministry": agency.ministry, "department": agency.department,
            "province": agency.province, "contact": agency.contact,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def answer_from_row(row: sqlite3.Row) -> Answer:
    value = row["value"]
    return Answer(None if value is None else AnswerValue(value), row["reason"], row["note"])


def evidence_from_row(row: sqlite3.Row) -> EvidenceFile:
    return EvidenceFile(row["sha256"], row["filename"], row["size"], parse_time(row["added_at"]))


def audit_from_row(row: sqlite3.Row) -> AuditEntry:
    return AuditEntry(
        at=parse_time(row["at"]),
        actor=row["actor"],
        action=row["action"],
        item_id=row["item_id"],
        old=row["old"],
        new=row["new"],
        reason=row["reason"],
    )


def scorable(checklist: Checklist, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """The answers the current checklist can score: a retired item or N/A rule must not break a list."""
    return {
        k: a for k, a in answers.items()
        if checklist.has_item(k) and (a.value is not AnswerValue.NA or checklist.item(k).na_allowed)
    }
