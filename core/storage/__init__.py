"""Local storage: one SQLite database and an evidence folder in the data folder.

Use :func:`open_service` (and close the service, or use it in ``with``). Only
core/storage/db.py imports sqlite_utils.
"""

from core.storage.backups import BackupInfo, RestoreResult, list_backups, newest_good_backup, restore_backup
from core.storage.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    LockedAssessmentError,
    NewerSchemaError,
    NotFoundError,
    ReadOnlyError,
    StorageError,
)
from core.storage.folder import DB_FILENAME, database_path, open_service
from core.storage.migrations import SCHEMA_VERSION
from core.storage.service import SqliteAssessmentService, default_actor

__all__ = [
    "DB_FILENAME",
    "SCHEMA_VERSION",
    "BackupInfo",
    "CorruptDatabaseError",
    "DatabaseBusyError",
    "DiskFullError",
    "LockedAssessmentError",
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
]
