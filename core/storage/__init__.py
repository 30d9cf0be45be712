"""Local storage: one SQLite database and an evidence folder in the data folder.

Use :func:`open_service` (and close the service, or use it in ``with``). Only
core/storage/db.py imports sqlite_utils. The data folder holds::

    kao.sqlite                    the database (with -wal and -shm beside it while open)
    evidence/<2 hex>/<sha256>     evidence files, stored once by content
    backups/kao-<time>-<kind>.sqlite
                                  VACUUM INTO snapshots: open/close (the last 7 states and
                                  each of the last 7 days), premigrate, prerestore, damaged
                                  (see backups.py)

Durability: WAL with synchronous=NORMAL survives a crash or kill of the app
with every committed save. A power cut can lose the saves made since the last
checkpoint, never corrupt the file; finalize, reopen, status changes and close
checkpoint, and :meth:`SqliteAssessmentService.checkpoint` (before an export,
or when the GUI goes idle) makes everything saved so far survive a power cut.
"""

from core.storage.backups import BackupInfo, RestoreResult, list_backups, newest_good_backup, restore_backup
from core.storage.db import EarlyCheck
from core.storage.errors import (
    BackupError,
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    LockedAssessmentError,
    LostDatabaseError,
    NewerSchemaError,
    NotFoundError,
    ReadOnlyError,
    StorageError,
)
from core.storage.folder import DB_FILENAME, database_path, open_service, start_early_check
from core.storage.migrations import SCHEMA_VERSION
from core.storage.service import SqliteAssessmentService, default_actor

__all__ = [
    "DB_FILENAME",
    "SCHEMA_VERSION",
    "BackupError",
    "BackupInfo",
    "CorruptDatabaseError",
    "DatabaseBusyError",
    "DiskFullError",
    "EarlyCheck",
    "LockedAssessmentError",
    "LostDatabaseError",
    "NewerSchemaError",
    "NotFoundError",
    "ReadOnlyError",
    "RestoreResult",
    "SqliteAssessmentService",
    "StorageError",
    "database_path",
    "default_actor",
    "list_backups",
    "newest_good_backup",
    "open_service",
    "restore_backup",
    "start_early_check",
]
