"""Schema step 3: submission files, at both ends (issue 6).

Central office tables (``central_*``): every imported submission is kept,
superseded ones too, with its signed documents verbatim; office keys are
pinned per agency. Office tables (``office_*``): which files this office
exported, the receipts it got back, and the central office's pinned key.

Imported history is never rewritten: only ``superseded_by`` (a later event)
may change, and nothing may be deleted. Triggers enforce it, as for the audit log.
"""

from __future__ import annotations

__all__ = ["SUBMISSIONS_V3"]

SUBMISSIONS_V3 = """
CREATE TABLE central_submissions (
    bundle_id TEXT PRIMARY KEY,
    manifest_sha256 TEXT NOT NULL,
    code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    agency_name_th TEXT NOT NULL,
    agency_name_en TEXT NOT NULL,
    agency_kind TEXT NOT NULL,
    ministry TEXT NOT NULL,
    department TEXT NOT NULL,
    province TEXT NOT NULL,
    fiscal_year INTEGER NOT NULL,
    assessment_uid TEXT NOT NULL,
    checklist_id TEXT NOT NULL,
    checklist_version TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    overall TEXT,
    level INTEGER NOT NULL,
    provisional INTEGER NOT NULL CHECK (provisional IN (0, 1)),
    dimensions TEXT NOT NULL,
    manifest_json TEXT NOT NULL,
    signature BLOB NOT NULL,
    answers_json TEXT NOT NULL,
    audit_json TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    superseded_by TEXT REFERENCES central_submissions (bundle_id)
) STRICT;
CREATE INDEX central_submissions_by_agency ON central_submissions (agency_code, fiscal_year, created_at);

CREATE TABLE central_answers (
    bundle_id TEXT NOT NULL REFERENCES central_submissions (bundle_id),
    item_id TEXT NOT NULL,
    value TEXT CHECK (value IN ('yes', 'partial', 'no', 'na')),
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    flagged INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    PRIMARY KEY (bundle_id, item_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE central_evidence (
    bundle_id TEXT NOT NULL REFERENCES central_submissions (bundle_id),
    item_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    filename TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (bundle_id, item_id, sha256)
) STRICT, WITHOUT ROWID;

CREATE TABLE central_office_keys (
    agency_code TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    public_key TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    first_bundle_id TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('first-file', 'operator')),
    retired_at TEXT,
    PRIMARY KEY (agency_code, fingerprint)
) STRICT, WITHOUT ROWID;

CREATE TABLE central_receipts (
    bundle_id TEXT PRIMARY KEY REFERENCES central_submissions (bundle_id),
    receipt_id TEXT NOT NULL UNIQUE,
    issued_at TEXT NOT NULL,
    receipt_json TEXT NOT NULL,
    signature BLOB NOT NULL
) STRICT;

CREATE TABLE office_exports (
    bundle_id TEXT PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    manifest_sha256 TEXT NOT NULL,
    code TEXT NOT NULL,
    created_at TEXT NOT NULL,
    file_path TEXT NOT NULL
) STRICT;
CREATE INDEX office_exports_by_assessment ON office_exports (assessment_id, created_at);

CREATE TABLE office_receipts (
    receipt_id TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL REFERENCES office_exports (bundle_id),
    central_fingerprint TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    receipt_json TEXT NOT NULL,
    signature BLOB NOT NULL
) STRICT;

CREATE TABLE office_central_keys (
    fingerprint TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('first-receipt', 'operator')),
    retired_at TEXT
) STRICT;

CREATE TRIGGER central_submissions_keep BEFORE UPDATE ON central_submissions
WHEN NEW.bundle_id IS NOT OLD.bundle_id OR NEW.manifest_json IS NOT OLD.manifest_json
  OR NEW.answers_json IS NOT OLD.answers_json OR NEW.audit_json IS NOT OLD.audit_json
  OR NEW.overall IS NOT OLD.overall OR NEW.level IS NOT OLD.level OR NEW.dimensions IS NOT OLD.dimensions
BEGIN SELECT RAISE(ABORT, 'kao: imported submissions are kept as received'); END;
CREATE TRIGGER central_submissions_no_delete BEFORE DELETE ON central_submissions
BEGIN SELECT RAISE(ABORT, 'kao: imported submissions are kept as received'); END;
CREATE TRIGGER central_answers_no_update BEFORE UPDATE ON central_answers
BEGIN SELECT RAISE(ABORT, 'kao: imported submissions are kept as received'); END;
CREATE TRIGGER central_answers_no_delete BEFORE DELETE ON central_answers
BEGIN SELECT RAISE(ABORT, 'kao: imported submissions are kept as received'); END;
"""
