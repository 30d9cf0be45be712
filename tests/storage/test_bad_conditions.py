"""Bad conditions on an office PC: each gives a clear bilingual message and loses nothing."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from core.errors import KaoError, os_reason
from core.model import Answer, AnswerValue
from core.records import AssessmentStatus
from core.storage import (
    SCHEMA_VERSION,
    BackupError,
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    NewerSchemaError,
    ReadOnlyError,
    SqliteAssessmentService,
    StorageError,
    list_backups,
    open_service,
    restore_backup,
    start_early_check,
)
from core.storage import backups as storage_backups
from core.storage import evidence as storage_evidence
from core.text import Text
from tests.storage.helpers import DATA, add_agency, example, kao, obey_file_permissions

PAGE = 4096


def one_line(exc: KaoError) -> None:
    assert exc.message.th.strip() and exc.message.en.strip()
    assert "\n" not in exc.message.th and "\n" not in exc.message.en


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled_folder(data_dir: Path, answers: dict[str, Answer] | None = None) -> int:
    """A closed data folder with one agency and one assessment holding ``answers`` (example A)."""
    with open_service(data_dir, actor="somchai") as svc:
        agency = add_agency(svc)
        assert agency.id is not None
        assessment = svc.create_assessment(agency.id, 2568, ("สมชาย",)).id
        svc.save_answers(assessment, example("a") if answers is None else answers)
    return assessment


def folder_due_for_backup(data_dir: Path) -> int:
    """A closed data folder changed since its last backup (P06 now Yes), so the next open makes one."""
    assessment = filled_folder(data_dir)
    with open_service(data_dir, actor="somchai", backup=False) as svc:
        svc.save_answer(assessment, "P06", Answer(AnswerValue.YES))
    return assessment


def stored_answers(data_dir: Path, assessment: int) -> dict[str, Answer]:
    with open_service(data_dir, actor="checker", backup=False) as svc:
        return dict(svc.get_assessment(assessment).answers)


# -- read-only -----------------------------------------------------------------------------


def test_read_only_data_folder_is_refused_clearly_and_nothing_changes(data_dir: Path) -> None:
    assessment = filled_folder(data_dir)
    before = digest(data_dir / "kao.sqlite")
    paths = sorted(data_dir.rglob("*"))
    try:
        for p in [*paths, data_dir]:
            p.chmod(0o555 if p.is_dir() else 0o444)
        loaded = kao("--lang", "en", "--data-dir", str(data_dir), "load-answers", str(assessment),
                     str(DATA / "example_c.json"), preexec_fn=obey_file_permissions)
        listed = kao("--lang", "th", "--data-dir", str(data_dir), "assessments", preexec_fn=obey_file_permissions)
    finally:
        for p in [*paths, data_dir]:
            p.chmod(0o755 if p.is_dir() else 0o644)
    assert loaded.returncode == 2 and listed.returncode == 2
    assert loaded.stderr.count("\n") == 1 and "read-only" in loaded.stderr and str(data_dir) in loaded.stderr
    assert "--data-dir" in loaded.stderr and "--data-dir" in listed.stderr  # the command line's own way out
    assert listed.stderr.count("\n") == 1 and "อ่านอย่างเดียว" in listed.stderr
    assert "Traceback" not in loaded.stderr + listed.stderr
    assert digest(data_dir / "kao.sqlite") == before
    assert stored_answers(data_dir, assessment) == example("a")


def test_database_turning_read_only_mid_session_refuses_the_save_and_keeps_the_rest(
    service: SqliteAssessmentService, draft: int
) -> None:
    service.save_answer(draft, "P01", Answer(AnswerValue.YES))
    # As if the folder's drive were remounted read-only under the running app.
    service._store.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyError) as err:
        service.save_answer(draft, "P02", Answer(AnswerValue.NO))
    one_line(err.value)
    service._store.conn.execute("PRAGMA query_only = OFF")
    assert service.get_assessment(draft).answers == {"P01": Answer(AnswerValue.YES)}
    service.save_answer(draft, "P02", Answer(AnswerValue.NO))
    assert len(service.get_assessment(draft).answers) == 2


# -- full disk ----------------------------------------------------------------------------


def test_full_disk_refuses_the_save_and_keeps_everything_saved_before(
    service: SqliteAssessmentService, draft: int
) -> None:
    service.save_answers(draft, example("a"))
    conn = service._store.conn
    # SQLite reports SQLITE_FULL exactly as on a full disk once the file may not grow.
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    long_note = "บันทึกการตรวจ " * 1400  # 19,600 characters, 57 kB: more than the file may grow
    with pytest.raises(DiskFullError) as err:
        service.save_answer(draft, "P06", Answer(AnswerValue.YES, note=long_note))
    one_line(err.value)
    assert "free some space" in err.value.message.en
    assert service.get_assessment(draft).answers == example("a")
    assert [e.item_id for e in service.audit_log(draft)].count("P06") == 1  # only the original save

    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    service.save_answer(draft, "P06", Answer(AnswerValue.YES, note=long_note))
    assert service.get_assessment(draft).answers["P06"].note == long_note


def test_full_disk_while_copying_evidence_leaves_no_half_file(
    service: SqliteAssessmentService, draft: int, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8" + b"pixels" * 5000)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_evidence.os, "fsync", disk_full)
    with pytest.raises(DiskFullError) as err:
        service.attach_evidence(draft, "P01", photo)
    one_line(err.value)
    monkeypatch.undo()
    assert [p for p in (data_dir / "evidence").rglob("*") if p.is_file()] == []
    assert service.get_assessment(draft).evidence == {}
    assert service.attach_evidence(draft, "P01", photo).size == photo.stat().st_size


def test_full_disk_during_backups_warns_but_never_locks_the_user_out(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment = folder_due_for_backup(data_dir)
    backups_before = [b.name for b in list_backups(data_dir)]

    def disk_full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_backups, "_sync_file", disk_full)
    svc = open_service(data_dir, actor="somchai")
    assert [type(w) for w in svc.warnings] == [BackupError]
    # Says what failed (the copy) and that nothing stored was lost: not a full disk's "not saved".
    assert svc.warnings[0].text("en") == (
        f"could not make a backup copy in {data_dir / 'backups'} (the disk is full); everything saved is intact")
    assert svc.warnings[0].text("th") == (
        f"ทำสำเนาสำรองใน {data_dir / 'backups'} ไม่สำเร็จ (พื้นที่ดิสก์เต็ม) ข้อมูลที่บันทึกไว้ยังอยู่ครบ")
    svc.save_answer(assessment, "P07", Answer(AnswerValue.YES))
    closing = svc.close()
    assert isinstance(closing, BackupError) and closing.reason.en == "the disk is full"
    monkeypatch.undo()

    assert [b.name for b in list_backups(data_dir)] == backups_before
    assert not list((data_dir / "backups").glob("*.partial"))
    answers = stored_answers(data_dir, assessment)
    assert answers["P06"] == answers["P07"] == Answer(AnswerValue.YES)


@pytest.mark.parametrize("failure", [errno.EIO, errno.EACCES, errno.ENOSPC])
def test_any_failure_to_write_a_backup_is_a_message_and_leaves_no_partial_copy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    folder_due_for_backup(data_dir)
    backups_before = list_backups(data_dir)

    def refuse(path: Path) -> None:
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(storage_backups, "_sync_file", refuse)
    svc = open_service(data_dir, actor="somchai")
    closing = svc.close()
    monkeypatch.undo()
    assert [type(w) for w in svc.warnings] == [BackupError] and isinstance(closing, BackupError)
    expected = {errno.EIO: os.strerror(errno.EIO), errno.EACCES: "the folder cannot be written to",
                errno.ENOSPC: "the disk is full"}[failure]
    assert closing.reason.en == expected
    assert not re.search("[A-Za-z]", closing.reason.th), closing.reason.th  # the system's English, in Thai
    one_line(closing)
    assert list_backups(data_dir) == backups_before
    assert not list((data_dir / "backups").glob("*.partial"))


@pytest.mark.parametrize(("failure", "thai"), [(errno.EACCES, "ไม่มีสิทธิ์เข้าถึง"), (errno.EIO, "ดิสก์มีปัญหา"),
                                              (errno.ENAMETOOLONG, "ยาวเกินไป")])
def test_why_a_file_was_refused_is_said_in_thai(
    service: SqliteAssessmentService, draft: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    failure: int, thai: str,
) -> None:
    # The system's reason is English ("Permission denied"), on a Thai Windows too.
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 pixels")
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == photo:
            raise OSError(failure, os.strerror(failure), str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(KaoError) as err:
        service.attach_evidence(draft, "P01", photo)
    message = err.value.message
    assert thai in message.th and not re.search("[A-Za-z]", message.th.replace("photo.jpg", "")), message.th
    assert os.strerror(failure) in message.en
    assert service.get_assessment(draft).evidence == {}


def test_a_file_another_windows_program_holds_open_is_said_so():
    held = PermissionError(errno.EACCES, "Permission denied")
    held.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION: Excel has it open
    assert os_reason(held) == Text("ไฟล์ถูกเปิดใช้อยู่ในโปรแกรมอื่น", "the file is open in another program")
    odd = OSError(errno.ELOOP, os.strerror(errno.ELOOP))
    assert os_reason(odd) == Text(f"ระบบแจ้งว่า {os.strerror(errno.ELOOP)}", os.strerror(errno.ELOOP))


def test_a_checkpoint_failing_after_finalize_does_not_undo_the_finalize_or_say_it_failed(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment = filled_folder(data_dir)  # example A answers every item
    svc = open_service(data_dir, actor="somchai", backup=False)
    try:
        def disk_full() -> bool:
            raise DiskFullError(data_dir)

        monkeypatch.setattr(svc._store, "checkpoint", disk_full)
        svc.finalize(assessment)  # committed: the status change is in the write-ahead log
        assert svc.get_assessment(assessment).status is AssessmentStatus.FINALIZED
        svc.reopen(assessment, "แก้ไขหลักฐานข้อ P03")
        assert svc.get_assessment(assessment).status is AssessmentStatus.DRAFT
        closing = svc.close()  # its checkpoint fails too: what is missing is only the closing backup
    finally:
        monkeypatch.undo()
        svc.close()
    assert isinstance(closing, BackupError) and closing.reason.en == "the disk is full"
    assert "not saved" not in closing.text("en")
    with open_service(data_dir, actor="checker", backup=False) as again:
        audit = [e.action for e in again.audit_log(assessment)]
    assert audit[-2:] == ["finalize", "reopen"]


def test_an_unreadable_backup_folder_is_a_warning_and_never_locks_the_user_out(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment = folder_due_for_backup(data_dir)

    def unreadable(_data_dir: Path) -> list[storage_backups.BackupInfo]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage_backups, "list_backups", unreadable)
    svc = open_service(data_dir, actor="somchai")  # opens: the backup is what failed, not the data
    svc.save_answer(assessment, "P07", Answer(AnswerValue.YES))
    closing = svc.close()
    monkeypatch.undo()
    assert [type(w) for w in svc.warnings] == [BackupError] and isinstance(closing, BackupError)
    assert closing.reason.en == "the folder cannot be written to"
    answers = stored_answers(data_dir, assessment)
    assert answers["P06"] == answers["P07"] == Answer(AnswerValue.YES)


def test_old_backups_that_cannot_be_removed_do_not_fail_the_new_one(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder_due_for_backup(data_dir)
    before = {b.name for b in list_backups(data_dir)}

    def cannot_prune(_data_dir: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage_backups, "_prune", cannot_prune)
    svc = open_service(data_dir, actor="somchai")
    svc.close()
    monkeypatch.undo()
    assert svc.warnings == []
    assert {b.name for b in list_backups(data_dir)} > before  # the opening copy was made all the same


def test_no_upgrade_without_its_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(DATA / "db_v1.sqlite", data / "kao.sqlite")

    def disk_full(path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_backups, "_sync_file", disk_full)
    with pytest.raises(StorageError) as err:
        open_service(data, actor="tester")
    assert err.value.text("en") == ("this version of Kao must upgrade the database and first makes a backup copy,"
                                    " which failed (the disk is full); nothing was changed")
    one_line(err.value)
    conn = sqlite3.connect(data / "kao.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


# -- locked -------------------------------------------------------------------------------


def test_locked_database_gives_a_busy_message_then_saves_once_free(
    service: SqliteAssessmentService, draft: int
) -> None:
    service.save_answer(draft, "P01", Answer(AnswerValue.YES))
    other = sqlite3.connect(service.database_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as err:
            service.save_answer(draft, "P02", Answer(AnswerValue.NO))
        assert time.monotonic() - started < 5  # waited busy_timeout (200 ms here), did not hang
        one_line(err.value)
        assert "try again" in err.value.message.en
        assert service.get_assessment(draft).answers == {"P01": Answer(AnswerValue.YES)}  # reading still works
    finally:
        other.execute("ROLLBACK")
        other.close()
    service.save_answer(draft, "P02", Answer(AnswerValue.NO))
    assert set(service.get_assessment(draft).answers) == {"P01", "P02"}


def test_restore_refuses_while_kao_is_open_elsewhere(service: SqliteAssessmentService, draft: int) -> None:
    service.save_answer(draft, "P01", Answer(AnswerValue.YES))
    service.checkpoint()
    with open_service(service.data_dir, actor="x", backup=False) as second:
        second.save_answer(draft, "P02", Answer(AnswerValue.YES))
    saved = storage_backups.make_backup(service._store, service.data_dir, "close")
    assert saved is not None
    with pytest.raises(DatabaseBusyError):
        restore_backup(service.data_dir, service.database_path, saved.name)
    assert set(service.get_assessment(draft).answers) == {"P01", "P02"}


# -- corrupt ------------------------------------------------------------------------------


def corrupt_page(path: Path, page: int) -> None:
    """Overwrite a b-tree page header, the way a torn write or a bad sector would."""
    data = bytearray(path.read_bytes())
    offset = (page - 1) * PAGE
    data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def test_corrupt_database_is_never_touched_and_the_newest_good_backup_is_offered(data_dir: Path) -> None:
    assessment = filled_folder(data_dir)
    with open_service(data_dir, actor="somchai") as svc:
        svc.save_answer(assessment, "P06", Answer(AnswerValue.YES, note="ล่าสุด"))
    newest = list_backups(data_dir)[0]
    live = data_dir / "kao.sqlite"
    assert not (data_dir / "kao.sqlite-wal").exists()
    corrupt_page(live, 3)
    before = live.read_bytes()

    with pytest.raises(CorruptDatabaseError) as err:
        open_service(data_dir, actor="somchai")
    one_line(err.value)
    assert err.value.backup == newest.name
    assert newest.name in err.value.message.en and newest.name in err.value.message.th
    assert live.read_bytes() == before

    cli = kao("--lang", "en", "--data-dir", str(data_dir), "assessments")
    assert cli.returncode == 2 and cli.stderr.count("\n") == 1
    assert f"kao backup restore {newest.name}" in cli.stderr  # the app offers a button instead
    assert live.read_bytes() == before

    restored = kao("--lang", "en", "--data-dir", str(data_dir), "backup", "restore", newest.name)
    assert restored.returncode == 0, restored.stderr
    damaged = [b for b in list_backups(data_dir) if b.kind == "damaged"]
    assert len(damaged) == 1 and damaged[0].path.read_bytes() == before and damaged[0].name in restored.stdout
    answers = stored_answers(data_dir, assessment)
    assert answers["P06"] == Answer(AnswerValue.YES, note="ล่าสุด")
    assert {k: v for k, v in answers.items() if k != "P06"} == {k: v for k, v in example("a").items() if k != "P06"}


class _Damaged:
    """A connection whose every statement meets a damaged page, as SQLite reports one mid-session."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self._real = real

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)

    def execute(self, *_args: object) -> sqlite3.Cursor:
        raise sqlite3.DatabaseError("database disk image is malformed")


def test_damage_met_while_saving_does_not_say_there_is_no_backup(data_dir: Path) -> None:
    assessment = filled_folder(data_dir)
    assert list_backups(data_dir)  # its closing backup
    with open_service(data_dir, actor="somchai", backup=False) as svc:
        real = svc._store.conn
        svc._store.conn = _Damaged(real)  # type: ignore[assignment]
        try:
            with pytest.raises(CorruptDatabaseError) as err:
                svc.save_answer(assessment, "P06", Answer(AnswerValue.YES))
        finally:
            svc._store.conn = real
    one_line(err.value)
    # Nobody looked for a backup here: opening again checks the file and offers the newest good one.
    assert "no good backup" not in err.value.message.en and "ไม่พบสำเนาสำรอง" not in err.value.message.th
    assert "open it again" in err.value.message.en and "เปิดใหม่" in err.value.message.th


@pytest.mark.parametrize("lost", ["missing", "empty"])
def test_a_lost_database_file_is_not_opened_as_a_new_empty_one_while_backups_hold_the_data(
    data_dir: Path, lost: str
) -> None:
    assessment = filled_folder(data_dir)
    (newest,) = list_backups(data_dir)
    live = data_dir / "kao.sqlite"
    if lost == "missing":  # moved away, deleted, or left online-only by a sync tool
        live.unlink()
    else:  # cut to nothing by a crash while it was being copied
        live.write_bytes(b"")

    with pytest.raises(CorruptDatabaseError) as err:
        open_service(data_dir, actor="somchai")
    one_line(err.value)
    assert err.value.backup == newest.name and newest.name in err.value.message.th
    if lost == "missing":
        assert not live.exists()  # no empty database made in its place
    else:
        assert live.stat().st_size == 0
    assert list_backups(data_dir) == [newest]  # nothing rotated away

    cli = kao("--lang", "en", "--data-dir", str(data_dir), "assessments")
    assert cli.returncode == 2 and f"kao backup restore {newest.name}" in cli.stderr
    restore_backup(data_dir, live, newest.name)
    assert stored_answers(data_dir, assessment) == example("a")


def test_a_first_start_still_creates_the_database(data_dir: Path) -> None:
    with open_service(data_dir, actor="somchai") as svc:
        assert svc.list_assessments() == []
    assert (data_dir / "kao.sqlite").stat().st_size > 0


def test_a_damaged_backup_is_not_offered(data_dir: Path) -> None:
    assessment = filled_folder(data_dir)
    older = list_backups(data_dir)[0]
    with open_service(data_dir, actor="somchai") as svc:
        svc.save_answer(assessment, "P06", Answer(AnswerValue.YES))
    newest = list_backups(data_dir)[0]
    assert newest.name != older.name
    corrupt_page(newest.path, 3)
    corrupt_page(data_dir / "kao.sqlite", 3)
    with pytest.raises(CorruptDatabaseError) as err:
        open_service(data_dir, actor="somchai")
    assert err.value.backup == older.name
    with pytest.raises(KaoError) as refused:
        restore_backup(data_dir, data_dir / "kao.sqlite", newest.name)
    assert "damaged" in refused.value.message.en


def test_a_damage_found_by_the_early_check_is_reported_and_the_file_left_alone(data_dir: Path) -> None:
    filled_folder(data_dir)
    live = data_dir / "kao.sqlite"
    corrupt_page(live, 3)
    before = live.read_bytes()
    early = start_early_check(data_dir)  # what the app starts before it loads Qt
    with pytest.raises(CorruptDatabaseError) as err:
        open_service(data_dir, actor="somchai", early=early)
    one_line(err.value)
    assert live.read_bytes() == before


def test_the_early_check_answers_once_so_a_restored_file_is_checked_afresh(data_dir: Path) -> None:
    assessment = filled_folder(data_dir)
    newest = list_backups(data_dir)[0]
    live = data_dir / "kao.sqlite"
    corrupt_page(live, 3)
    early = start_early_check(data_dir)
    with pytest.raises(CorruptDatabaseError):
        open_service(data_dir, actor="somchai", early=early)
    restore_backup(data_dir, live, newest.name)
    with open_service(data_dir, actor="somchai", early=early) as svc:  # its stale "damaged" is not reused
        assert svc.get_assessment(assessment).answers


def test_an_early_check_of_a_healthy_file_or_no_file_opens_normally(data_dir: Path, tmp_path: Path) -> None:
    assessment = filled_folder(data_dir)
    with open_service(data_dir, actor="somchai", early=start_early_check(data_dir)) as svc:
        assert svc.get_assessment(assessment).answers == example("a")
    fresh = tmp_path / "fresh"
    with open_service(fresh, actor="somchai", early=start_early_check(fresh)) as svc:
        assert svc.list_assessments() == []
    broken = tmp_path / "broken"
    early = start_early_check(broken)
    early._thread.join()  # the folder was empty when the check looked (else it could see the healthy file)
    filled_folder(broken)
    corrupt_page(broken / "kao.sqlite", 3)
    with pytest.raises(CorruptDatabaseError):  # so the file is checked now, not waved through
        open_service(broken, actor="somchai", early=early)


def test_a_file_that_is_not_a_database_is_kept_and_reported(data_dir: Path) -> None:
    data_dir.mkdir()
    live = data_dir / "kao.sqlite"
    live.write_bytes("สำเนาที่ไม่ใช่ฐานข้อมูล".encode() * 500)
    before = live.read_bytes()
    with pytest.raises(CorruptDatabaseError) as err:
        open_service(data_dir, actor="somchai")
    one_line(err.value)
    assert err.value.backup is None and "no good backup" in err.value.message.en
    assert live.read_bytes() == before


# -- newer schema -------------------------------------------------------------------------


def test_database_from_a_newer_kao_is_refused_and_left_as_it_is(data_dir: Path) -> None:
    assessment = filled_folder(data_dir)
    live = data_dir / "kao.sqlite"
    raw = sqlite3.connect(live)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = live.read_bytes()
    with pytest.raises(NewerSchemaError) as err:
        open_service(data_dir, actor="somchai")
    one_line(err.value)
    assert "newer version of Kao" in err.value.message.en and "อัปเดต" in err.value.message.th
    cli = kao("--lang", "en", "--data-dir", str(data_dir), "answers", str(assessment), "--json")
    assert cli.returncode == 2 and cli.stderr.count("\n") == 1 and "newer version" in cli.stderr
    assert live.read_bytes() == before
