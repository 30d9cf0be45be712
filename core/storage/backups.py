"""Backups of the database: rolling copies on open and close, and safety copies.

Every backup is a ``VACUUM INTO`` snapshot written under a temporary name,
synced, then renamed, so a crash never leaves a half-written backup behind a
real name. Kinds:

- ``open`` / ``close``: the rolling set; the newest 7 are kept, and a copy is
  skipped when nothing changed since the newest one, so the 7 are 7 states.
  Besides those, the last state of each of the 7 most recent days with a
  backup is kept, so a burst of short sessions (a script, a busy afternoon)
  cannot push yesterday's state out;
- ``premigrate``: taken before a schema upgrade (the newest 7 are kept);
- ``prerestore``: the database as it was just before a restore (7 kept);
- ``damaged``: a damaged database moved aside by a restore. Never deleted.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from core.errors import KaoError
from core.storage.db import Store, check_file, file_marker, open_exclusive, storage_error
from core.storage.errors import BackupError, StorageError
from core.storage.migrations import SCHEMA_VERSION

__all__ = [
    "BACKUP_DIR",
    "KEEP",
    "BackupInfo",
    "RestoreResult",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "restore_backup",
]

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP = 7
DAYS = 7  # besides the newest KEEP rolling backups, the last one of each of this many recent days
_PREFIX, _SUFFIX, _PARTIAL = "kao-", ".sqlite", ".partial"
_ROLLING = ("open", "close")
_KINDS = (*_ROLLING, "premigrate", "prerestore", "damaged")
_STAMP = "%Y%m%d-%H%M%S-%f"
_STALE_PARTIAL_SECONDS = 24 * 3600


@dataclass(frozen=True, slots=True)
class BackupInfo:
    name: str  # what `kao backup restore NAME` takes
    path: Path
    kind: str
    created_at: datetime  # local time, from the name
    size: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupInfo
    previous: BackupInfo | None  # where the database it replaced went (None if there was none)


def _parse(path: Path) -> BackupInfo | None:
    name = path.name
    if not (name.startswith(_PREFIX) and name.endswith(_SUFFIX)):
        return None
    stamp, _, kind = name[len(_PREFIX) : -len(_SUFFIX)].rpartition("-")
    if kind not in _KINDS:
        return None
    try:
        created = _stamp_time(stamp)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(name, path, kind, created, size)


def _stamp_time(stamp: str) -> datetime:
    """The time in a backup's name (the layout of _STAMP), read by hand: every start lists the
    backups, and datetime.strptime would cost a module import and a regular expression there."""
    digits = stamp[:8] + stamp[9:15] + stamp[16:]
    if len(stamp) != 22 or stamp[8] != "-" or stamp[15] != "-" or not (digits.isascii() and digits.isdigit()):
        raise ValueError(f"not a backup time: {stamp!r}")
    return datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]), int(stamp[11:13]),
                    int(stamp[13:15]), int(stamp[16:]))


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """All backups, newest first."""
    folder = data_dir / BACKUP_DIR
    if not folder.is_dir():
        return []
    found = [info for p in folder.iterdir() if (info := _parse(p)) is not None]
    return sorted(found, key=lambda b: b.name[len(_PREFIX) :], reverse=True)


def _new_path(folder: Path, kind: str) -> Path:
    while True:
        path = folder / f"{_PREFIX}{datetime.now().strftime(_STAMP)}-{kind}{_SUFFIX}"
        if not path.exists():
            return path


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":  # Windows cannot open a directory; its renames are durable enough
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _sync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def make_backup(store: Store, data_dir: Path, kind: str) -> BackupInfo | None:
    """Snapshot the live database; None if a rolling backup was skipped (no change since the last).

    Raises BackupError for any failure, whatever the disk or SQLite said: a copy not made is
    something to tell the user, never a crash, and the database itself is untouched.
    """
    assert kind in _KINDS and kind != "damaged"
    folder = data_dir / BACKUP_DIR
    try:
        final = _write_backup(store, data_dir, kind)
    except OSError as exc:
        raise BackupError(folder, storage_error(exc, folder) or exc) from exc
    except StorageError as exc:  # SQLite's own refusal while copying: a full disk, a read-only folder
        raise BackupError(folder, exc) from exc
    if final is None:
        return None
    try:
        _prune(data_dir)
    except OSError as exc:  # the new copy is made; old ones left over cost only space
        log.warning("could not prune old backups: %s", exc)
    log.info("backup %s written", final.name)
    info = _parse(final)
    assert info is not None
    return info


def _write_backup(store: Store, data_dir: Path, kind: str) -> Path | None:
    folder = data_dir / BACKUP_DIR
    if kind in _ROLLING:
        newest = next((b for b in list_backups(data_dir) if b.kind in _ROLLING), None)
        marker = store.marker()
        if marker is None or (newest is not None and file_marker(newest.path) == marker):
            return None
    folder.mkdir(exist_ok=True)
    final = _new_path(folder, kind)
    partial = final.with_name(final.name + _PARTIAL)
    try:
        store.vacuum_into(partial)
        _sync_file(partial)
        os.replace(partial, final)
        _fsync_dir(folder)
    finally:
        partial.unlink(missing_ok=True)
    return final


def _kept(group: list[BackupInfo], rolling: bool) -> set[Path]:
    """The newest KEEP; for the rolling set also each recent day's last backup (groups are newest first)."""
    kept = {b.path for b in group[:KEEP]}
    if rolling:
        days: set[date] = set()
        for b in group:
            day = b.created_at.date()
            if day not in days and len(days) < DAYS:
                days.add(day)
                kept.add(b.path)
    return kept


def _prune(data_dir: Path) -> None:
    """Keep the newest KEEP of the rolling set (plus recent days) and of each safety kind; never
    touch damaged copies."""
    backups = list_backups(data_dir)
    groups: dict[str, list[BackupInfo]] = {}
    for b in backups:
        if b.kind != "damaged":
            groups.setdefault("rolling" if b.kind in _ROLLING else b.kind, []).append(b)
    for name, group in groups.items():
        kept = _kept(group, rolling=name == "rolling")
        for old in group:
            if old.path not in kept:
                old.path.unlink(missing_ok=True)
    cutoff = time.time() - _STALE_PARTIAL_SECONDS
    for p in (data_dir / BACKUP_DIR).glob(f"*{_PARTIAL}"):
        try:
            if p.stat().st_mtime < cutoff:  # left by a crash; a fresh one may be another Kao's
                p.unlink()
        except OSError:
            pass


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes quick_check and this version can open."""
    for b in list_backups(data_dir):
        if b.kind == "damaged":
            continue
        check = check_file(b.path)
        if check.ok and 0 < check.version <= SCHEMA_VERSION:
            return b
    return None


def _find(data_dir: Path, name: str) -> BackupInfo:
    wanted = name if name.endswith(_SUFFIX) else name + _SUFFIX
    for b in list_backups(data_dir):
        if b.name == wanted:
            return b
    raise KaoError(
        f"ไม่พบสำเนาสำรองชื่อ {name} (ดูรายการด้วย kao backup list)",
        f"no backup named {name} (see kao backup list)",
    )


def restore_backup(data_dir: Path, db_path: Path, name: str) -> RestoreResult:
    """Put a backup in place of the live database, which is kept: as a prerestore backup if healthy,
    else moved aside whole (with its -wal and -shm) as a damaged copy. Kao must be closed elsewhere.
    """
    chosen = _find(data_dir, name)
    check = check_file(chosen.path)
    if not check.ok:
        raise StorageError(
            f"สำเนาสำรอง {chosen.name} เสียหาย ({check.detail}) เลือกสำเนาอื่น",
            f"the backup {chosen.name} is damaged ({check.detail}); choose another one",
        )
    if check.version > SCHEMA_VERSION:
        raise StorageError(
            f"สำเนาสำรอง {chosen.name} มาจาก Kao รุ่นที่ใหม่กว่า โปรดอัปเดตโปรแกรม",
            f"the backup {chosen.name} comes from a newer version of Kao; please update the app",
        )
    previous = None
    if db_path.exists():
        previous = _set_aside(data_dir, db_path)
    else:
        _set_aside_leftovers(data_dir, db_path)
    incoming = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(chosen.path, incoming)
        _sync_file(incoming)
        os.replace(incoming, db_path)
        _fsync_dir(db_path.parent)
    except OSError as exc:
        raise storage_error(exc, data_dir) or exc from exc
    finally:
        incoming.unlink(missing_ok=True)
    log.info("restored backup %s (previous database: %s)", chosen.name, previous and previous.name)
    return RestoreResult(chosen, previous)


def _set_aside_leftovers(data_dir: Path, db_path: Path) -> None:
    """The -wal and -shm of a database file that is gone: SQLite would replay that log onto the
    restored file as if it were its own, and corrupt it. The log goes to the backups folder
    (it is all that is left of the lost file, for support to look at); the index is rebuilt."""
    wal, shm = (db_path.with_name(db_path.name + extra) for extra in ("-wal", "-shm"))
    try:
        if wal.exists():
            folder = data_dir / BACKUP_DIR
            folder.mkdir(exist_ok=True)
            aside = _new_path(folder, "damaged")
            os.replace(wal, aside.with_name(aside.name + "-wal"))
            _fsync_dir(folder)
            log.warning("the -wal of a missing database moved aside to %s-wal", aside.name)
        shm.unlink(missing_ok=True)
    except OSError as exc:
        raise storage_error(exc, data_dir) or exc from exc


def _set_aside(data_dir: Path, db_path: Path) -> BackupInfo:
    store, problem = open_exclusive(db_path)
    saved: BackupInfo | None = None
    try:
        if problem is None:
            store.checkpoint()
            saved = make_backup(store, data_dir, "prerestore")
    finally:
        store.close()
    if saved is not None:
        # The live file stays until the new one replaces it; its WAL is checkpointed and saved above.
        for extra in ("-wal", "-shm"):
            db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
        return saved
    folder = data_dir / BACKUP_DIR
    try:
        folder.mkdir(exist_ok=True)
        aside = _new_path(folder, "damaged")
        # The -wal may hold the newest changes: it moves with the file, under the matching name.
        for extra in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + extra)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + extra))
        os.replace(db_path, aside)
        _fsync_dir(folder)
    except OSError as exc:
        raise storage_error(exc, folder) or exc from exc
    log.warning("damaged database (%s) moved aside to %s", problem, aside.name)
    info = _parse(aside)
    assert info is not None
    return info
