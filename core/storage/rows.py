"""Between database rows and the records of core/records.py: one place for the column mapping."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from core.model import Answer, AnswerValue
from core.records import Agency, AgencyKind, AuditEntry, EvidenceFile
from core.text import Text

__all__ = [
    "agency_from_row",
    "agency_to_json",
    "answer_from_row",
    "audit_from_row",
    "evidence_from_row",
    "now_iso",
    "parse_time",
]


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
