"""Opening the data folder: the order of checks that keeps a bad file from being made worse.

1. the folder exists and is writable (else a clear ReadOnlyError);
2. the database holds data, unless there are no good backups either (a first start): else
   LostDatabaseError naming the newest good backup, and no empty database is created;
3. the database passes ``PRAGMA quick_check`` (else CorruptDatabaseError naming
   the newest good backup; the file is not touched);
4. its schema is not newer than this app (else NewerSchemaError);
5. a ``premigrate`` backup, then pending migrations;
6. the rolling ``open`` backup.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from core.errors import os_reason
from core.model import Checklist
from core.paths import resolve_data_dir
from core.storage import backups
from core.storage.db import DEFAULT_BUSY_MS, EarlyCheck, Store, migrate, open_store, schema_state, storage_error
from core.storage.errors import BackupError, CorruptDatabaseError, LostDatabaseError, StorageError
from core.storage.evidence import DEFAULT_MAX_EVIDENCE_BYTES
from core.storage.service import SqliteAssessmentService

__all__ = ["DB_FILENAME", "database_path", "open_service", "prepare_folder", "start_early_check"]

log = logging.getLogger(__name__)

DB_FILENAME = "kao.sqlite"


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def start_early_check(data_dir: Path) -> EarlyCheck:
    """Start checking the folder's database on a thread; hand the result to open_service."""
    return EarlyCheck(database_path(data_dir))


def prepare_folder(data_dir: Path) -> None:
    """Create the folder if needed and prove it is writable (SQLite needs its -wal and -shm beside the file)."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=data_dir, prefix=".kao-probe-"):
            pass
    except OSError as exc:
        raise storage_error(exc, data_dir) or StorageError(
            f"ใช้โฟลเดอร์ข้อมูล {data_dir} ไม่ได้: {os_reason(exc).th}",
            f"cannot use the data folder {data_dir}: {os_reason(exc).en}",
        ) from exc


def _holds_data(path: Path) -> bool:
    """False for a database file that is missing or empty (Kao's own files never are: the first
    open writes page one). SQLite would take either for a new, empty database."""
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:  # not ours to judge: opening it meets the same problem and reports it
        return True


def _backup_before_upgrade(store: Store, folder: Path) -> backups.BackupInfo | None:
    try:
        return backups.make_backup(store, folder, "premigrate")
    except BackupError as exc:  # say why a backup was being made at all: the upgrade waits for it
        raise StorageError(
            f"ก้าวรุ่นนี้ต้องปรับรูปแบบฐานข้อมูล และต้องทำสำเนาสำรองก่อน แต่ทำไม่สำเร็จ ({exc.reason.th})"
            " ข้อมูลยังไม่ถูกแก้ไข",
            f"this version of Kao must upgrade the database and first makes a backup copy, which failed"
            f" ({exc.reason.en}); nothing was changed",
        ) from exc


def open_service(
    data_dir: Path | None = None,
    *,
    actor: str | None = None,
    checklist: Checklist | None = None,
    busy_ms: int = DEFAULT_BUSY_MS,
    max_evidence_bytes: int = DEFAULT_MAX_EVIDENCE_BYTES,
    backup: bool = True,
    early: EarlyCheck | None = None,
) -> SqliteAssessmentService:
    """Open (creating if new) the data folder's database. Close the service to take the closing backup.

    ``backup=False`` skips the open and close backups (tools that only read, benchmarks).
    ``early``: the integrity check, started while the app loaded (start_early_check).
    """
    folder = resolve_data_dir() if data_dir is None else data_dir
    prepare_folder(folder)
    path = database_path(folder)
    if not _holds_data(path):  # a first start has no backups; a lost file has
        good = backups.newest_good_backup(folder)
        if good is not None:
            raise LostDatabaseError(path, good.name)
    try:
        store = open_store(path, busy_ms=busy_ms, early=early)
    except CorruptDatabaseError as exc:
        good = backups.newest_good_backup(folder)
        raise CorruptDatabaseError(path, exc.detail, good.name if good else None) from exc
    try:
        state = schema_state(store)
        if state.pending:
            saved = _backup_before_upgrade(store, folder) if state.has_tables else None
            try:
                migrate(store)
            except StorageError:
                raise
            except Exception as exc:  # a step failed and was rolled back: the file is still the old version
                log.exception("database upgrade failed")
                kept = f" ({saved.name})" if saved else ""
                raise StorageError(
                    f"ปรับรูปแบบฐานข้อมูลเป็นรุ่นใหม่ไม่สำเร็จ ข้อมูลเดิมไม่ถูกแก้ไข{kept} โปรดติดต่อผู้ดูแลระบบ",
                    f"upgrading the database failed; the data was not changed{kept}, please contact support",
                ) from exc
        warnings: list[BackupError] = []
        if backup:
            try:
                backups.make_backup(store, folder, "open")
            except BackupError as exc:
                # A full disk must not lock the user out of their data: open, and say so.
                log.warning("opening backup failed: %s", exc)
                warnings.append(exc)
    except BaseException:
        store.close()
        raise
    service = SqliteAssessmentService(
        store, folder, actor=actor, checklist=checklist, max_evidence_bytes=max_evidence_bytes,
        backup_on_close=backup,
    )
    service.warnings.extend(warnings)
    return service
