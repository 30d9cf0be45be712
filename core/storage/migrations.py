"""The schema, as an ordered list of steps. Never edit a step that has shipped: add one.

Each step runs in one transaction together with its ``_sqlite_migrations``
row and the new ``PRAGMA user_version`` (core/storage/db.py), so a crash
mid-upgrade leaves the previous version intact. tests/data holds one
database per version (tests/data/make_fixtures.py) and the tests open each
of them with the current code.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.storage.submission_schema import SUBMISSIONS_V3

__all__ = ["SCHEMA_VERSION", "STEPS", "Step"]


@dataclass(frozen=True, slots=True)
class Step:
    version: int  # the user_version once this step is applied
    name: str
    sql: str


_V1_BASE = """
CREATE TABLE agencies (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_th TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('department', 'provincial', 'local')),
    ministry TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    agency_id INTEGER NOT NULL REFERENCES agencies (id),
    fiscal_year INTEGER NOT NULL,
    checklist_id TEXT NOT NULL,
    checklist_version TEXT NOT NULL,
    assessors TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'finalized', 'submitted', 'accepted')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    copied_from INTEGER REFERENCES assessments (id)
) STRICT;
CREATE INDEX assessments_by_agency ON assessments (agency_id, fiscal_year);

-- WITHOUT ROWID: an answer save touches one b-tree instead of a table and its index.
CREATE TABLE answers (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    item_id TEXT NOT NULL,
    value TEXT CHECK (value IN ('yes', 'partial', 'no', 'na')),
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    review INTEGER NOT NULL DEFAULT 0 CHECK (review IN (0, 1)),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (assessment_id, item_id)
) STRICT, WITHOUT ROWID;

-- The file itself lives in evidence/<2 hex>/<sha256>; one file can back several answers.
CREATE TABLE evidence_files (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    added_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE answer_evidence (
    assessment_id INTEGER NOT NULL REFERENCES assessments (id),
    item_id TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES evidence_files (sha256),
    filename TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    PRIMARY KEY (assessment_id, item_id, sha256)
) STRICT, WITHOUT ROWID;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER REFERENCES assessments (id),
    agency_id INTEGER REFERENCES agencies (id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    item_id TEXT,
    old TEXT,
    new TEXT
) STRICT;
CREATE INDEX audit_log_by_assessment ON audit_log (assessment_id, id);
"""

# Version 2: the trash, a reason on audit entries (reopen), and the database
# itself refusing what the service already refuses (a bug or a stray tool
# must not rewrite history or a finalized assessment).
_V2_TRASH_AND_GUARDS = """
ALTER TABLE assessments ADD COLUMN deleted_at TEXT;
ALTER TABLE audit_log ADD COLUMN reason TEXT;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'kao: the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'kao: the audit log is append-only'); END;

CREATE TRIGGER answers_locked_insert BEFORE INSERT ON answers
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'kao: assessment is locked'); END;
CREATE TRIGGER answers_locked_update BEFORE UPDATE ON answers
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'kao: assessment is locked'); END;
CREATE TRIGGER answers_locked_delete BEFORE DELETE ON answers
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'kao: assessment is locked'); END;

CREATE TRIGGER evidence_locked_insert BEFORE INSERT ON answer_evidence
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'kao: assessment is locked'); END;
CREATE TRIGGER evidence_locked_delete BEFORE DELETE ON answer_evidence
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'kao: assessment is locked'); END;
"""

# Version 4: the home list's figures per assessment, recomputed only when its answers changed
# (core/storage/summaries.py). Scoring 1,000 assessments at every start takes seconds.
_V4_SUMMARY_CACHE = """
CREATE TABLE summary_cache (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments (id),
    marker TEXT NOT NULL,
    answered INTEGER NOT NULL,
    level INTEGER NOT NULL,
    overall_num INTEGER,
    overall_den INTEGER,
    answers_updated_at TEXT
) STRICT;
"""

# Version 5: a central office key may also come built into Kao (resources/central_key.txt,
# core/bundle/receipts.py), recorded as 'shipped'. SQLite cannot change a CHECK in place.
_V5_SHIPPED_CENTRAL_KEY = """
CREATE TABLE office_central_keys_v5 (
    fingerprint TEXT PRIMARY KEY,
    public_key TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('first-receipt', 'operator', 'shipped')),
    retired_at TEXT
) STRICT;
INSERT INTO office_central_keys_v5 (fingerprint, public_key, first_seen, how, retired_at)
    SELECT fingerprint, public_key, first_seen, how, retired_at FROM office_central_keys;
DROP TABLE office_central_keys;
ALTER TABLE office_central_keys_v5 RENAME TO office_central_keys;
"""

STEPS: tuple[Step, ...] = (
    Step(1, "0001_base", _V1_BASE),
    Step(2, "0002_trash_and_guards", _V2_TRASH_AND_GUARDS),
    Step(3, "0003_submissions", SUBMISSIONS_V3),
    Step(4, "0004_summary_cache", _V4_SUMMARY_CACHE),
    Step(5, "0005_shipped_central_key", _V5_SHIPPED_CENTRAL_KEY),
)

SCHEMA_VERSION = STEPS[-1].version
