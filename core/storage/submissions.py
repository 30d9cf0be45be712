"""Data access for submission files (schema step 3): central imports, office keys, receipts, exports.

Plain SQL over :class:`~core.storage.db.Store`; the policies (when a key is
accepted, which submission is current) live in core/bundle and run inside
:meth:`SubmissionStore.transaction`, so a check and the write it allows can
never be split by another importer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from core.storage.db import Store, open_store

__all__ = [
    "AnswerRow",
    "CentralTx",
    "EvidenceRow",
    "ExportRow",
    "NewSubmission",
    "OfficeKey",
    "ReceiptRow",
    "StoredSubmission",
    "SubmissionStore",
]


# Named tuples, not dataclasses: an import makes about seventy of these per file, and during a
# parallel import they cross from a worker process, where tuples pickle several times faster.
class AnswerRow(NamedTuple):
    item_id: str
    value: str | None
    reason: str
    note: str
    flagged: bool


class EvidenceRow(NamedTuple):
    item_id: str
    sha256: str
    filename: str
    size: int


@dataclass(frozen=True, slots=True)
class StoredSubmission:
    """One imported file as the dashboard and the lists need it (documents left out)."""

    bundle_id: str
    manifest_sha256: str
    code: str
    agency_code: str
    agency_name_th: str
    agency_name_en: str
    agency_kind: str
    ministry: str
    department: str
    province: str
    fiscal_year: int
    assessment_uid: str
    checklist_id: str
    checklist_version: str
    created_at: str
    imported_at: str
    key_fingerprint: str
    overall: str | None  # str(Fraction): exact
    level: int
    provisional: bool
    dimensions: str  # JSON {dimension id: str(Fraction) or null}
    file_name: str
    file_size: int
    superseded_by: str | None


@dataclass(frozen=True, slots=True)
class NewSubmission:
    row: StoredSubmission
    manifest_json: bytes
    signature: bytes
    answers_json: bytes
    audit_json: bytes
    answers: Sequence[AnswerRow]
    evidence: Sequence[EvidenceRow]


@dataclass(frozen=True, slots=True)
class OfficeKey:
    agency_code: str  # "" for the central office's key, as pinned by an office
    fingerprint: str
    public_key: str
    first_seen: str
    how: str
    retired_at: str | None


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    bundle_id: str
    receipt_id: str
    issued_at: str
    receipt_json: bytes
    signature: bytes


@dataclass(frozen=True, slots=True)
class ExportRow:
    bundle_id: str
    assessment_id: int
    manifest_sha256: str
    code: str
    created_at: str
    file_path: str


_SUMMARY_COLUMNS = ", ".join(StoredSubmission.__slots__)
_INSERT_SUBMISSION = (
    f"INSERT INTO central_submissions ({_SUMMARY_COLUMNS}, manifest_json, signature, answers_json, audit_json)"
    f" VALUES ({', '.join('?' * (len(StoredSubmission.__slots__) + 4))})"
)


def _stored(row: sqlite3.Row) -> StoredSubmission:
    values = {name: row[name] for name in StoredSubmission.__slots__}
    values["provisional"] = bool(values["provisional"])
    return StoredSubmission(**values)


def _key(row: sqlite3.Row, agency_code: str = "") -> OfficeKey:
    return OfficeKey(
        row["agency_code"] if "agency_code" in row.keys() else agency_code,  # noqa: SIM118 - sqlite3.Row
        row["fingerprint"], row["public_key"], row["first_seen"], row["how"], row["retired_at"],
    )


class CentralTx:
    """The statements of one import, all inside one write transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def manifest_sha256(self, bundle_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT manifest_sha256 FROM central_submissions WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        return None if row is None else str(row[0])

    def active_key(self, agency_code: str) -> OfficeKey | None:
        row = self.conn.execute(
            "SELECT * FROM central_office_keys WHERE agency_code = ? AND retired_at IS NULL", (agency_code,)
        ).fetchone()
        return None if row is None else _key(row)

    def pin_key(self, key: OfficeKey, first_bundle_id: str) -> None:
        self.conn.execute(
            "UPDATE central_office_keys SET retired_at = ? WHERE agency_code = ? AND retired_at IS NULL",
            (key.first_seen, key.agency_code),
        )
        self.conn.execute(
            "INSERT INTO central_office_keys (agency_code, fingerprint, public_key, first_seen, first_bundle_id, how)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (agency_code, fingerprint) DO UPDATE SET retired_at = NULL",
            (key.agency_code, key.fingerprint, key.public_key, key.first_seen, first_bundle_id, key.how),
        )

    def current(self, agency_code: str, fiscal_year: int) -> tuple[str, str] | None:
        """(bundle id, created_at) of the submission now in force for this agency and year."""
        row = self.conn.execute(
            "SELECT bundle_id, created_at FROM central_submissions"
            " WHERE agency_code = ? AND fiscal_year = ? AND superseded_by IS NULL",
            (agency_code, fiscal_year),
        ).fetchone()
        return None if row is None else (str(row[0]), str(row[1]))

    def insert(self, new: NewSubmission) -> None:
        r = new.row
        values = [getattr(r, name) for name in StoredSubmission.__slots__]
        values[StoredSubmission.__slots__.index("provisional")] = int(r.provisional)
        self.conn.execute(
            _INSERT_SUBMISSION,
            (*values, new.manifest_json.decode("utf-8"), new.signature,
             new.answers_json.decode("utf-8"), new.audit_json.decode("utf-8")),
        )
        self.conn.executemany(
            "INSERT INTO central_answers VALUES (?, ?, ?, ?, ?, ?)",
            [(r.bundle_id, a.item_id, a.value, a.reason, a.note, int(a.flagged)) for a in new.answers],
        )
        self.conn.executemany(
            "INSERT INTO central_evidence VALUES (?, ?, ?, ?, ?)",
            [(r.bundle_id, e.item_id, e.sha256, e.filename, e.size) for e in new.evidence],
        )

    def supersede(self, old_bundle_id: str, new_bundle_id: str) -> None:
        self.conn.execute(
            "UPDATE central_submissions SET superseded_by = ? WHERE bundle_id = ?", (new_bundle_id, old_bundle_id)
        )


class SubmissionStore:
    """Submission tables of one data folder. Open it after open_service() has migrated the folder."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @classmethod
    def open(cls, database: Path) -> SubmissionStore:
        """A second connection to a data folder that open_service() has opened (and so checked)."""
        return cls(open_store(database, checked=True))

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> SubmissionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def checkpoint(self) -> None:
        """Copy the WAL into the database file (after a batch of imports)."""
        self._store.checkpoint()

    @contextmanager
    def transaction(self) -> Iterator[CentralTx]:
        with self._store.write() as conn:
            yield CentralTx(conn)

    # -- central: reading ---------------------------------------------------------------------

    def list_submissions(
        self, *, include_superseded: bool = False, fiscal_year: int | None = None
    ) -> list[StoredSubmission]:
        where, params = ["1 = 1"], []
        if not include_superseded:
            where.append("superseded_by IS NULL")
        if fiscal_year is not None:
            where.append("fiscal_year = ?")
            params.append(fiscal_year)
        with self._store.read() as conn:
            rows = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM central_submissions WHERE {' AND '.join(where)}"
                " ORDER BY province, agency_code, fiscal_year, created_at",
                params,
            ).fetchall()
        return [_stored(r) for r in rows]

    def get_submission(self, bundle_id: str) -> NewSubmission | None:
        with self._store.read() as conn:
            row = conn.execute("SELECT * FROM central_submissions WHERE bundle_id = ?", (bundle_id,)).fetchone()
            if row is None:
                return None
            answers = conn.execute(
                "SELECT * FROM central_answers WHERE bundle_id = ? ORDER BY item_id", (bundle_id,)
            ).fetchall()
            evidence = conn.execute(
                "SELECT * FROM central_evidence WHERE bundle_id = ? ORDER BY item_id, sha256", (bundle_id,)
            ).fetchall()
        return NewSubmission(
            row=_stored(row),
            manifest_json=row["manifest_json"].encode("utf-8"),
            signature=bytes(row["signature"]),
            answers_json=row["answers_json"].encode("utf-8"),
            audit_json=row["audit_json"].encode("utf-8"),
            answers=[AnswerRow(a["item_id"], a["value"], a["reason"], a["note"], bool(a["flagged"])) for a in answers],
            evidence=[EvidenceRow(e["item_id"], e["sha256"], e["filename"], e["size"]) for e in evidence],
        )

    def office_keys(self) -> list[OfficeKey]:
        with self._store.read() as conn:
            rows = conn.execute("SELECT * FROM central_office_keys ORDER BY agency_code, first_seen").fetchall()
        return [_key(r) for r in rows]

    # -- central: receipts --------------------------------------------------------------------

    def receipt(self, bundle_id: str) -> ReceiptRow | None:
        with self._store.read() as conn:
            row = conn.execute("SELECT * FROM central_receipts WHERE bundle_id = ?", (bundle_id,)).fetchone()
        return None if row is None else ReceiptRow(
            row["bundle_id"], row["receipt_id"], row["issued_at"], row["receipt_json"].encode("utf-8"),
            bytes(row["signature"]),
        )

    def save_receipt(self, receipt: ReceiptRow) -> ReceiptRow:
        """Store a newly issued receipt, or return the one issued before (a receipt is issued once)."""
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO central_receipts VALUES (?, ?, ?, ?, ?) ON CONFLICT (bundle_id) DO NOTHING",
                (receipt.bundle_id, receipt.receipt_id, receipt.issued_at, receipt.receipt_json.decode("utf-8"),
                 receipt.signature),
            )
        stored = self.receipt(receipt.bundle_id)
        assert stored is not None  # just written, or written before
        return stored

    # -- office -------------------------------------------------------------------------------

    def record_export(self, export: ExportRow) -> None:
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO office_exports VALUES (?, ?, ?, ?, ?, ?)",
                (export.bundle_id, export.assessment_id, export.manifest_sha256, export.code, export.created_at,
                 export.file_path),
            )

    def exports(self, assessment_id: int) -> list[ExportRow]:
        with self._store.read() as conn:
            rows = conn.execute(
                "SELECT * FROM office_exports WHERE assessment_id = ? ORDER BY created_at, rowid", (assessment_id,)
            ).fetchall()
        return [ExportRow(*(r[k] for k in ExportRow.__slots__)) for r in rows]

    def find_export(self, bundle_id: str) -> ExportRow | None:
        with self._store.read() as conn:
            row = conn.execute("SELECT * FROM office_exports WHERE bundle_id = ?", (bundle_id,)).fetchone()
        return None if row is None else ExportRow(*(row[k] for k in ExportRow.__slots__))

    def central_key(self) -> OfficeKey | None:
        with self._store.read() as conn:
            row = conn.execute("SELECT * FROM office_central_keys WHERE retired_at IS NULL").fetchone()
        return None if row is None else _key(row)

    def save_office_receipt(
        self, receipt: ReceiptRow, central: OfficeKey, imported_at: str, *, pin: bool
    ) -> None:
        """Keep the receipt (once) and, when ``pin``, make ``central`` the pinned central key."""
        with self._store.write() as conn:
            if pin:
                conn.execute("UPDATE office_central_keys SET retired_at = ? WHERE retired_at IS NULL", (imported_at,))
                conn.execute(
                    "INSERT INTO office_central_keys (fingerprint, public_key, first_seen, how) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (fingerprint) DO UPDATE SET retired_at = NULL, how = excluded.how",
                    (central.fingerprint, central.public_key, central.first_seen, central.how),
                )
            conn.execute(
                "INSERT INTO office_receipts VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (receipt_id) DO NOTHING",
                (receipt.receipt_id, receipt.bundle_id, central.fingerprint, receipt.issued_at, imported_at,
                 receipt.receipt_json.decode("utf-8"), receipt.signature),
            )

    # -- tests and support --------------------------------------------------------------------

    def dump(self) -> list[str]:
        """The whole database as SQL statements: compare two to prove nothing changed."""
        with self._store.read() as conn:
            return list(conn.iterdump())
