"""The SQLite connection: pragmas, transactions, integrity check, schema guard and migrations.

This is the only module that imports sqlite_utils. Everything else in
core/storage talks to a :class:`Store`, whose transactions translate every
SQLite or file-system failure into a bilingual :class:`StorageError`.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from core.storage.errors import (
    CorruptDatabaseError,
    DatabaseBusyError,
    DiskFullError,
    NewerSchemaError,
    ReadOnlyError,
    StorageError,
)
from core.storage.migrations import SCHEMA_VERSION, STEPS

if TYPE_CHECKING:
    # Imported where a migration runs: at a normal start the schema is current and
    # sqlite_utils' import (~40 ms) would only delay the window.
    from sqlite_utils import Database, Migrations

__all__ = [
    "DEFAULT_BUSY_MS",
    "EarlyCheck",
    "FileCheck",
    "SchemaState",
    "Store",
    "check_file",
    "file_marker",
    "migrate",
    "open_exclusive",
    "open_store",
    "schema_state",
    "storage_error",
]

log = logging.getLogger(__name__)

DEFAULT_BUSY_MS = 5000
_MIGRATION_SET = "kao"

# Primary SQLite result codes (https://sqlite.org/rescode.html).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26

Params = Sequence[Any] | dict[str, Any]


def storage_error(exc: BaseException, where: Path) -> StorageError | None:
    """The user-facing error for a SQLite or OS failure, or None for a programming error."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DiskFullError(where)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyError(where)
        return None
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary is None:
        # An error raised without a result code (a wrapper, a test double): go by its words.
        primary = next((c for words, c in _BY_WORDS if words in text), None)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseBusyError()
    if primary == _SQLITE_FULL:
        return DiskFullError(where)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return ReadOnlyError(where.parent if where.suffix else where)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return CorruptDatabaseError(where, str(exc), None, searched=False)
    if primary == _SQLITE_IOERR:
        return StorageError(
            f"อ่านหรือเขียนไฟล์ฐานข้อมูล {where} ไม่ได้ (ดิสก์มีปัญหา) ข้อมูลที่บันทึกไว้แล้วไม่ถูกแก้ไข",
            f"cannot read or write the database {where} (disk I/O error); nothing saved was changed",
        )
    if primary == _SQLITE_CANTOPEN:
        return StorageError(
            f"เปิดไฟล์ฐานข้อมูล {where} ไม่ได้ โปรดตรวจสอบว่าโฟลเดอร์ยังอยู่และมีสิทธิ์เขียน",
            f"cannot open the database {where}: check that its folder exists and is writable",
        )
    if "kao: assessment is locked" in text:
        return StorageError(
            "แบบประเมินนี้ถูกล็อก ต้องเปิดแก้ไขใหม่พร้อมระบุเหตุผลก่อน",
            "this assessment is locked; reopen it with a reason before changing it",
        )
    return None


_BY_WORDS = (
    ("disk is full", _SQLITE_FULL),
    ("database is locked", _SQLITE_BUSY),
    ("database is busy", _SQLITE_BUSY),
    ("readonly database", _SQLITE_READONLY),
    ("malformed", _SQLITE_CORRUPT),
    ("not a database", _SQLITE_NOTADB),
    ("disk i/o error", _SQLITE_IOERR),
    ("unable to open database", _SQLITE_CANTOPEN),
)


class Store:
    """One connection to the data folder's database. Thread-safe: one operation at a time."""

    def __init__(self, conn: sqlite3.Connection, path: Path, busy_ms: int = DEFAULT_BUSY_MS) -> None:
        self.conn = conn
        self.path = path
        self.busy_ms = busy_ms
        self._lock = threading.RLock()
        self._depth = 0
        self._writing = False

    def mapped(self, exc: BaseException) -> BaseException:
        """The exception to raise for ``exc``: its StorageError, or itself (a programming error)."""
        error = storage_error(exc, self.path)
        if error is None:
            return exc
        log.warning("storage operation failed: %r", exc)
        return error

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Turn SQLite and OS failures into one-line bilingual errors."""
        try:
            yield
        except (sqlite3.Error, OSError) as exc:
            error = self.mapped(exc)
            if error is exc:
                raise
            raise error from exc

    def write(self) -> _Transaction:
        """One write transaction; nested calls join the outer one.

        BEGIN IMMEDIATE takes the write lock up front, so a busy database
        waits for busy_timeout instead of failing halfway through.
        """
        return _Transaction(self)

    @contextmanager
    def write_if_free(self) -> Iterator[sqlite3.Connection]:
        """A write that gives up at once (DatabaseBusyError) rather than wait: for optional writes."""
        with self._lock:
            self.conn.execute("PRAGMA busy_timeout = 0")
            try:
                with self.write() as conn:
                    yield conn
            finally:
                self.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_ms)}")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for several queries (another process may be writing)."""
        with self._lock, self.errors():
            if self._depth:
                yield self.conn
                return
            self.conn.execute("BEGIN")
            self._depth = 1
            try:
                yield self.conn
            finally:
                self._depth = 0
                if self.conn.in_transaction:
                    self.conn.rollback()

    def checkpoint(self) -> bool:
        """Copy the WAL into the database, sync it and truncate the WAL. False if readers held it back."""
        with self._lock, self.errors():
            busy, _, _ = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return not busy

    def vacuum_into(self, dest: Path) -> None:
        """A compact, consistent copy of the database (the WAL included) at ``dest``."""
        # The name as the file system's bytes: SQLite hands them to the system as they are, while a
        # Python str of a folder named in another encoding (d\udcff) cannot even be passed to it.
        with self._lock, self.errors():
            self.conn.execute("VACUUM INTO CAST(? AS TEXT)", (os.fsencode(dest),))

    def marker(self) -> str | None:
        """Identifies the stored state: every change appends to the audit log (see file_marker)."""
        with self._lock, self.errors():
            return _marker(self.conn)

    def close(self) -> None:
        with self._lock:
            self.conn.close()


class _Transaction:
    """The context manager behind Store.write(): a class rather than @contextmanager because
    every autosave goes through it, and this is measurably cheaper (bench/bench_storage.py)."""

    __slots__ = ("_outer", "_store")

    def __init__(self, store: Store) -> None:
        self._store = store
        self._outer = False

    def __enter__(self) -> sqlite3.Connection:
        store = self._store
        store._lock.acquire()
        if store._depth:
            if not store._writing:
                store._lock.release()
                raise RuntimeError("a write transaction cannot start inside a read snapshot")
            store._depth += 1
            return store.conn
        try:
            store.conn.execute("BEGIN IMMEDIATE")
        except BaseException as exc:
            store._lock.release()
            error = store.mapped(exc)
            if error is exc:
                raise
            raise error from exc
        store._depth, store._writing, self._outer = 1, True, True
        return store.conn

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        store = self._store
        try:
            store._depth -= 1
            if not self._outer:
                return  # joined an outer transaction: it commits or rolls back
            store._writing = False
            if exc is None:
                try:
                    store.conn.execute("COMMIT")
                    return
                except BaseException as commit_exc:
                    exc = commit_exc
            if store.conn.in_transaction:
                store.conn.rollback()
            raised = store.mapped(exc)
            if raised is not exc:
                raise raised from exc
            if exc_type is None:  # COMMIT itself failed, with nothing to translate
                raise exc
            # Otherwise returning lets the body's own exception propagate unchanged.
        finally:
            store._lock.release()


# The newest audit entry's id and time. Ids alone could repeat after restoring
# an older backup; together with the timestamp two different states never match.
_MARKER_SQL = "SELECT id || '@' || at FROM audit_log ORDER BY id DESC LIMIT 1"


def _marker(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute(_MARKER_SQL).fetchone()
    except sqlite3.OperationalError:  # no audit_log yet: an empty database
        return None
    return None if row is None else str(row[0])


def _connect(path: Path, *, create: bool, busy_ms: int, read_only: bool = False) -> sqlite3.Connection:
    mode = "ro" if read_only else ("rwc" if create else "rw")
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    if read_only:
        uri += "&immutable=1"  # a backup file: nobody writes it, so no locks and no -shm
    conn = sqlite3.connect(uri, uri=True, timeout=busy_ms / 1000, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def _quick_check(conn: sqlite3.Connection) -> str | None:
    """None if the file is healthy, else the first problem SQLite reports."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    first = str(rows[0][0]) if rows else "no result"
    if first == "ok":
        return None
    # The report can run to many lines ("*** in database main ***", then one per page): keep the first fact.
    facts = [line for line in first.splitlines() if line.strip() and not line.startswith("***")]
    return facts[0] if facts else first


class EarlyCheck:
    """``PRAGMA quick_check`` of a database file, started on a thread before it is opened.

    The check reads every page, about 13 ms for a year's data and growing with it.
    SQLite lets go of the GIL meanwhile, so the app starts this before it loads Qt and
    the check costs its start-up nothing. It answers once: the first open_store of
    `path` uses it, and any later open (after restoring a backup) checks the file again.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._problem: str | None = None
        self._known = False
        self._thread = threading.Thread(target=self._run, name="kao-early-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if not self.path.exists():
            return
        try:
            conn = _connect(self.path, create=False, busy_ms=DEFAULT_BUSY_MS)
        except sqlite3.Error:
            return  # open_store meets the same failure and reports it properly
        try:
            self._problem = _quick_check(conn)
            self._known = True
        except sqlite3.Error:
            pass  # likewise: not known, so checked again
        finally:
            conn.close()

    def take(self, path: Path) -> tuple[bool, str | None]:
        """(known, problem) for `path`; known is False if it ran on another file, failed, or was used."""
        self._thread.join()
        known, self._known = self._known and path == self.path, False
        return known, self._problem


def _problem_in(conn: sqlite3.Connection, path: Path, early: EarlyCheck | None) -> str | None:
    if early is not None:
        known, problem = early.take(path)
        if known:
            return problem
    return _quick_check(conn)


def open_store(path: Path, *, busy_ms: int = DEFAULT_BUSY_MS, checked: bool = False,
               early: EarlyCheck | None = None) -> Store:
    """Open or create the database: integrity check first, then the per-connection pragmas.

    A damaged file raises CorruptDatabaseError and is left byte-for-byte as it was.
    ``checked``: this process has just checked the file through another connection
    (a second connection to an open data folder); the check reads every page, so
    it is not repeated. ``early``: the check, already started (see EarlyCheck).
    """
    existed = path.exists()
    try:
        conn = _connect(path, create=not existed, busy_ms=busy_ms)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) or exc from exc
    store = Store(conn, path, busy_ms)
    try:
        with store.errors():
            conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
            if existed:
                problem = None if checked else _problem_in(conn, path, early)
                if problem is not None:
                    raise CorruptDatabaseError(path, problem, None, searched=False)
                # Before anything writes (even journal_mode does): a newer app's file stays untouched.
                version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                if version > SCHEMA_VERSION:
                    raise NewerSchemaError(path, version, SCHEMA_VERSION)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return store


def _migrations() -> Migrations:
    from sqlite_utils import Migrations

    migrations = Migrations(_MIGRATION_SET)
    for step in STEPS:

        def apply(db: Database, step_sql: str = step.sql, version: int = step.version) -> None:
            db.executescript(step_sql)
            # Inside the step's transaction: the version moves exactly when the schema does.
            db.execute(f"PRAGMA user_version = {version}")

        migrations(name=step.name)(apply)
    return migrations


@dataclass(frozen=True, slots=True)
class SchemaState:
    version: int
    pending: tuple[str, ...]
    has_tables: bool


def schema_state(store: Store) -> SchemaState:
    """Where the database stands; raises NewerSchemaError for a file from a newer Kao."""
    with store.errors():
        version = int(store.conn.execute("PRAGMA user_version").fetchone()[0])
        has_tables = store.conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
        if version == SCHEMA_VERSION and has_tables:
            # user_version moves in the same transaction as each step, so it being current
            # means every known step is applied and none is pending.
            return SchemaState(version, (), has_tables)
        from sqlite_utils import Database

        known = {step.name for step in STEPS}
        db = Database(store.conn, execute_plugins=False)
        applied = {m.name for m in _migrations().applied(db)}
        if version > SCHEMA_VERSION or applied - known:  # unknown steps: a newer app wrote this file
            raise NewerSchemaError(store.path, max(version, SCHEMA_VERSION + 1), SCHEMA_VERSION)
        pending = tuple(m.name for m in _migrations().pending(db))
    return SchemaState(version, pending, has_tables)


def migrate(store: Store, *, upto: int | None = None) -> None:
    """Apply pending steps, all in one transaction. The caller backs the file up first.

    The write lock is taken before looking at what is pending: another Kao opening the same
    older file at the same moment waits here, then finds nothing left to do, instead of
    applying a step a second time. ``upto`` stops at that schema version
    (tests/data/make_fixtures.py builds old databases with it).
    """
    stop = [step.name for step in STEPS if upto is not None and step.version > upto]
    from sqlite_utils import Database

    with store.write(), store.errors():
        # Each step runs in a savepoint (sqlite-utils nests them), so a failed step is undone
        # whole, and the outer rollback then leaves the file at the version it had.
        db = Database(store.conn, execute_plugins=False, strict=True)
        _migrations().apply(db, stop_before=stop[0] if stop else None)
        # foreign_keys was on throughout; a step that rebuilt a table must not have orphaned rows.
        orphans = store.conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            raise StorageError(
                "การปรับรูปแบบฐานข้อมูลพบข้อมูลที่อ้างอิงไม่ครบ โปรดติดต่อผู้ดูแลระบบ (มีสำเนาสำรองก่อนปรับแล้ว)",
                f"the database upgrade found {len(orphans)} broken references; please contact support"
                " (a backup was taken before the upgrade)",
            )


def file_marker(path: Path) -> str | None:
    """The state marker of a database file (a backup), or None if it has none or cannot be read."""
    try:
        conn = _connect(path, create=False, busy_ms=0, read_only=True)
    except sqlite3.Error:
        return None
    try:
        return _marker(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def open_exclusive(path: Path) -> tuple[Store, str | None]:
    """Open the live database alone (to restore over it): (store, problem or None if healthy).

    Fails with DatabaseBusyError while any other connection (another Kao) has it open.
    """
    try:
        conn = _connect(path, create=False, busy_ms=0)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) or exc from exc
    store = Store(conn, path)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            # Every open connection in WAL mode holds a shared lock, so this fails if Kao runs elsewhere.
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            mapped = storage_error(exc, path)
            if isinstance(mapped, DatabaseBusyError):
                raise mapped from exc
            return store, str(exc)
        try:
            return store, _quick_check(conn)
        except sqlite3.DatabaseError as exc:
            return store, str(exc)
    except BaseException:
        conn.close()
        raise


@dataclass(frozen=True, slots=True)
class FileCheck:
    ok: bool
    detail: str  # "ok" or the first problem found
    version: int  # user_version; -1 if unreadable


def check_file(path: Path) -> FileCheck:
    """Integrity and schema version of a database file (a backup), opened read-only."""
    try:
        conn = _connect(path, create=False, busy_ms=0, read_only=True)
    except sqlite3.Error as exc:
        return FileCheck(False, str(exc), -1)
    try:
        problem = _quick_check(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return FileCheck(problem is None, problem or "ok", version)
    except sqlite3.Error as exc:
        return FileCheck(False, str(exc), -1)
    finally:
        conn.close()
