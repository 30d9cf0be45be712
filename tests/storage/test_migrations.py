"""Every schema version ever shipped opens in the current one with nothing lost (tests/data/db_v*.sqlite)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.model import Answer, AnswerValue
from core.records import Agency, AgencyKind, AssessmentStatus, EvidenceFile
from core.storage import SCHEMA_VERSION, LockedAssessmentError, StorageError, list_backups, open_service
from core.storage import db as storage_db
from core.storage.migrations import STEPS, Step
from core.text import Text
from tests.storage.helpers import DATA, example

SHA = "5d41402abc4b2a76b9719d911017c592" * 2


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def install(version: int, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(DATA / f"db_v{version}.sqlite", data / "kao.sqlite")
    return data


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert [s.version for s in STEPS] == list(range(1, SCHEMA_VERSION + 1))
    for version in range(1, SCHEMA_VERSION + 1):
        assert user_version(DATA / f"db_v{version}.sqlite") == version


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_old_database_opens_in_the_current_version_with_nothing_lost(version: int, tmp_path: Path) -> None:
    data = install(version, tmp_path)
    with open_service(data, actor="tester") as svc:
        assert svc.list_agencies() == [
            Agency("CMI-PO", Text("สำนักงานจังหวัดเชียงใหม่", "Chiang Mai Provincial Office"), AgencyKind.PROVINCIAL,
                   "กระทรวงมหาดไทย", "", "เชียงใหม่", "สมชาย 053-112233", id=1)
        ]
        last_year = svc.get_assessment(1)
        assert last_year.uid == "uid-2567-cmi" and last_year.fiscal_year == 2567
        assert last_year.status is AssessmentStatus.FINALIZED and last_year.assessors == ("สมชาย ใจดี",)
        assert last_year.answers == example("c")
        assert last_year.created_at == datetime(2025, 3, 1, 2, 0, tzinfo=UTC)

        draft = svc.get_assessment(2)
        assert draft.answers == {
            "P01": Answer(AnswerValue.YES),
            "P02": Answer(AnswerValue.PARTIAL, note="รอเอกสารจากกองคลัง"),
            "S04": Answer(AnswerValue.NA, "ไม่มีการเรียกเก็บค่าธรรมเนียม"),
        }
        assert draft.review_flags == {"P01", "S04", "C01"}
        assert draft.assessors == ("สมหญิง", "สมชาย ใจดี")
        assert draft.evidence == {
            "P01": (EvidenceFile(SHA, "หน้าเว็บ.png", 5, datetime(2025, 11, 20, 4, 0, tzinfo=UTC)),)
        }
        assert draft.answer_meta["P02"].updated_by == "somying"
        assert [(e.action, e.actor) for e in svc.audit_log(1)][:2] == [("create", "somchai"), ("finalize", "somchai")]
        if version >= 2:
            assert svc.get_assessment(3).deleted
            assert [s.id for s in svc.list_assessments()] == [2, 1]
            assert svc.audit_log(1)[-1].reason == "แก้ข้อ P05"

        # ... and it behaves as the current version: locked stays locked, the draft takes answers.
        with pytest.raises(LockedAssessmentError):
            svc.save_answer(1, "P01", Answer(AnswerValue.NO))
        svc.save_answer(2, "P03", Answer(AnswerValue.YES))
        assert svc.get_assessment(2).answers["P03"] == Answer(AnswerValue.YES)

    assert user_version(data / "kao.sqlite") == SCHEMA_VERSION
    premigrate = [b for b in list_backups(data) if b.kind == "premigrate"]
    if version < SCHEMA_VERSION:
        [backup] = premigrate
        assert user_version(backup.path) == version  # the backup is the database as it was before
    else:
        assert premigrate == []


def test_a_failed_upgrade_leaves_the_old_database_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = install(SCHEMA_VERSION, tmp_path)
    broken = Step(SCHEMA_VERSION + 1, "9999_broken",
                  "CREATE TABLE half_done (x INTEGER); UPDATE agencies SET code = 'X'; SELECT no_such_fn();")
    monkeypatch.setattr(storage_db, "STEPS", (*STEPS, broken))
    monkeypatch.setattr(storage_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StorageError) as err:
        open_service(data, actor="tester")
    assert "upgrading the database failed" in err.value.message.en
    monkeypatch.undo()

    assert user_version(data / "kao.sqlite") == SCHEMA_VERSION
    with open_service(data, actor="tester") as svc:
        assert [a.code for a in svc.list_agencies()] == ["CMI-PO"]
        assert svc.get_assessment(1).answers == example("c")
    conn = sqlite3.connect(data / "kao.sqlite")
    assert conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").fetchone()[0] == 0
    conn.close()
    assert [b.kind for b in list_backups(data)].count("premigrate") == 1


def test_two_kao_upgrading_the_same_file_at_once_both_open_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two windows started together on an older file: one upgrades, the other waits and finds
    nothing left to do. Before, the second applied steps the first had just applied and said
    "upgrading the database failed … contact support"."""
    from core.storage import DatabaseBusyError

    Migrations = type(storage_db._migrations())  # sqlite-utils' class: storage alone names the library
    data = install(1, tmp_path)
    other = storage_db.open_store(data / "kao.sqlite", busy_ms=50)
    real_pending, real_apply = Migrations.pending, Migrations.apply
    raced: list[str] = []
    applying: list[bool] = []

    def apply(self: object, db: object, **kwargs: object) -> None:
        applying.append(True)
        real_apply(self, db, **kwargs)

    def pending_then_the_other_kao_upgrades(self: object, db: object) -> list:
        steps = real_pending(self, db)
        if steps and applying and not raced:
            raced.append("tried")
            try:
                storage_db.migrate(other)  # the other window, between this one's look and its first step
                raced.append("upgraded")
            except DatabaseBusyError:
                raced.append("waited")  # it has to wait for this one's upgrade
        return steps

    monkeypatch.setattr(Migrations, "pending", pending_then_the_other_kao_upgrades)
    monkeypatch.setattr(Migrations, "apply", apply)
    with open_service(data, actor="tester") as svc:
        assert svc.get_assessment(1).answers == example("c")
    monkeypatch.undo()
    assert raced[-1] == "waited"
    assert storage_db.schema_state(other).pending == () and user_version(data / "kao.sqlite") == SCHEMA_VERSION
    other.close()


def test_an_upgrade_that_fails_at_its_last_step_leaves_the_file_at_its_first_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps that worked are not kept without the ones after them: the file is the old version whole."""
    data = install(1, tmp_path)

    def tables() -> list[str]:
        conn = sqlite3.connect(data / "kao.sqlite")
        try:
            return [r[0] for r in conn.execute("SELECT name FROM sqlite_schema ORDER BY name")]
        finally:
            conn.close()

    before = tables()
    broken = Step(SCHEMA_VERSION + 1, "9999_broken", "SELECT no_such_fn();")
    monkeypatch.setattr(storage_db, "STEPS", (*STEPS, broken))
    monkeypatch.setattr(storage_db, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StorageError, match="upgrading the database failed"):
        open_service(data, actor="tester")
    monkeypatch.undo()
    assert user_version(data / "kao.sqlite") == 1 and tables() == before
    with open_service(data, actor="tester") as svc:  # and the real upgrade still runs
        assert svc.get_assessment(1).answers == example("c")


def test_a_central_key_on_record_survives_the_table_rebuild_of_version_5(tmp_path: Path) -> None:
    """Version 5 rebuilds office_central_keys to allow 'shipped': a key an office already
    confirmed must come through unchanged, or its next receipt would ask for the key again."""
    from core.storage.submissions import SubmissionStore

    data = install(4, tmp_path)
    conn = sqlite3.connect(data / "kao.sqlite")
    with conn:
        conn.execute("INSERT INTO office_central_keys VALUES ('ABCD-EFGH-JKMN-PQRS', 'AAAA', '2026-01-01', "
                     "'operator', NULL), ('0000-1111-2222-3333', 'BBBB', '2025-01-01', 'first-receipt', '2026-01-01')")
    conn.close()
    with open_service(data) as svc, SubmissionStore.open(svc.database_path) as store:
        pinned = store.central_key()
    assert pinned is not None and (pinned.fingerprint, pinned.public_key, pinned.how) == (
        "ABCD-EFGH-JKMN-PQRS", "AAAA", "operator")
    conn = sqlite3.connect(data / "kao.sqlite")
    try:
        rows = conn.execute("SELECT * FROM office_central_keys ORDER BY first_seen").fetchall()
        with conn:
            conn.execute("UPDATE office_central_keys SET how = 'shipped' WHERE retired_at IS NULL")
    finally:
        conn.close()
    assert rows == [("0000-1111-2222-3333", "BBBB", "2025-01-01", "first-receipt", "2026-01-01"),
                    ("ABCD-EFGH-JKMN-PQRS", "AAAA", "2026-01-01", "operator", None)]
