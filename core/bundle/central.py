"""Central mode: import submission files into a data folder, with progress and per-file results.

Each file is read once into a private copy (memory, or a temporary file when
very large) and verified there, so it cannot change between the check and the
import; then it is written in one transaction that also applies the key and
supersede rules, and kept as received. A rejected file leaves the database and
the folder exactly as they were. Reading and verifying is in core.bundle.receive
(on worker processes for long lists, core.bundle.parallel); the rules and the
writing are here.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from core.bundle.errors import BundleError, OtherKeyError
from core.bundle.keys import SigningKey, load_or_create_key
from core.bundle.limits import DEFAULT_LIMITS, Limits
from core.bundle.parallel import received_in_order
from core.bundle.receive import Received, folder_error, remove_quietly, stamped, utc_iso
from core.checklist import default_checklist
from core.errors import KaoError
from core.model import Checklist
from core.storage import open_service
from core.storage.submissions import CentralTx, NewSubmission, OfficeKey, SubmissionStore

__all__ = [
    "SUBMISSIONS_DIR",
    "AcceptedKey",
    "CentralOffice",
    "ImportResult",
    "ImportStatus",
    "import_submissions",
    "open_central",
    "stored_file",
]

log = logging.getLogger(__name__)

SUBMISSIONS_DIR = "submissions"  # the original files, as received, named <bundle id>.kao

FileProgress = Callable[[int, int], None]  # (files done, files in all)
AcceptedKey = tuple[str, str]  # (agency code, key fingerprint) as the operator confirmed it with the office


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # this very file was imported before: nothing to do
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportResult:
    path: Path
    status: ImportStatus
    error: KaoError | None = None
    bundle_id: str | None = None
    code: str | None = None
    agency_code: str | None = None
    agency_name: str | None = None
    fiscal_year: int | None = None
    superseded: str | None = None  # the bundle id this file replaced as the current one
    history_only: bool = False  # an older file than the current one: kept as history
    new_key: str | None = None  # fingerprint pinned by this file (first file, or accepted new key)
    replaced_key: str | None = None  # the fingerprint retired by --accept-new-key


@dataclass
class CentralOffice:
    """One data folder in central mode. Open with :func:`open_central`."""

    data_dir: Path
    store: SubmissionStore
    checklist: Checklist = field(default_factory=default_checklist)
    limits: Limits = DEFAULT_LIMITS

    @property
    def key(self) -> SigningKey:
        return load_or_create_key(self.data_dir)

    @property
    def submissions_dir(self) -> Path:
        return self.data_dir / SUBMISSIONS_DIR


@contextlib.contextmanager
def open_central(data_dir: Path, *, backup: bool = True, limits: Limits = DEFAULT_LIMITS) -> Iterator[CentralOffice]:
    """The data folder opened by storage (integrity check, migrations, backups), plus the submission tables."""
    service = open_service(data_dir, backup=backup)
    try:
        with SubmissionStore.open(service.database_path) as store:
            yield CentralOffice(data_dir, store, service.checklist, limits)
    finally:
        service.close()


def stored_file(central: CentralOffice, bundle_id: str) -> Path:
    return central.submissions_dir / f"{bundle_id}.kao"


def _other_key(agency: str, agency_name: str, pinned: OfficeKey, fp: str) -> OtherKeyError:
    # The message never names the presented key: the operator must type it as the office reads
    # it out, and a key shown here could be copied instead (an impostor's as easily as the office's).
    return OtherKeyError(
        f"หน่วยงาน {agency} เคยส่งไฟล์ที่ลงนามด้วยกุญแจ {pinned.fingerprint} แต่ไฟล์นี้ลงนามด้วยกุญแจอื่น"
        f" รับกุญแจใหม่ได้เมื่อหน่วยงานอ่านรหัสกุญแจให้ฟังแล้วเท่านั้น",
        f"agency {agency} signs with key {pinned.fingerprint}, but this file is signed by another key;"
        f" accept the new key only as the office reads it out to you",
        pinned=pinned.fingerprint, presented=fp, agency=agency, agency_name=agency_name,
    )


@dataclass
class _Outcome:
    duplicate: bool = False
    superseded: str | None = None
    history_only: bool = False
    new_key: str | None = None
    replaced_key: str | None = None


def _apply(tx: CentralTx, received: Received, new: NewSubmission, accept_keys: Collection[AcceptedKey]) -> _Outcome:
    """The import rules, inside the transaction: raise to refuse (nothing is written)."""
    out = _Outcome()
    row = new.row
    seen = tx.manifest_sha256(row.bundle_id)
    if seen is not None:
        if seen != row.manifest_sha256:
            raise BundleError(
                "มีไฟล์อื่นที่ใช้รหัสชุดข้อมูล (bundle id) เดียวกันนำเข้าไว้แล้ว",
                f"a different file with the same bundle id {row.bundle_id} was imported before",
            )
        out.duplicate = True
        return out
    agency, fingerprint = row.agency_code, row.key_fingerprint
    pinned = tx.active_key(agency)
    if pinned is None or pinned.fingerprint != fingerprint:
        # A replacement key only as the operator confirmed it, and for this agency: a blanket "yes"
        # would also let in an impostor's file from the same batch, and a key confirmed for one
        # agency would let its computer send in another agency's name.
        if pinned is not None and (agency, fingerprint) not in accept_keys:
            raise _other_key(agency, row.agency_name_th, pinned, fingerprint)
        how = "first-file" if pinned is None else "operator"
        tx.pin_key(OfficeKey(agency, fingerprint, received.public_key, row.imported_at, how, None), row.bundle_id)
        out.new_key = fingerprint
        out.replaced_key = None if pinned is None else pinned.fingerprint
    current = tx.current(agency, row.fiscal_year)
    if current is not None and (current[1], current[0]) > (row.created_at, row.bundle_id):
        # An older file arriving late: kept, but the newer one stays in force.
        new = replace(new, row=replace(row, superseded_by=current[0]))
        out.history_only = True
    tx.insert(new)
    if current is not None and not out.history_only:
        tx.supersede(current[0], row.bundle_id)
        out.superseded = current[0]
    return out


def _store(received: Received, central: CentralOffice, accept_keys: Collection[AcceptedKey]) -> ImportResult:
    """One transaction: the import rules, the rows, and the kept file (removed again if the commit fails)."""
    new = stamped(received.new, utc_iso(datetime.now(UTC)))
    row = new.row
    final = central.submissions_dir / row.file_name
    placed: Path | None = None
    try:
        with central.store.transaction() as tx:
            outcome = _apply(tx, received, new, accept_keys)
            if not outcome.duplicate:
                placed = final
                if received.tmp is not None:
                    os.replace(received.tmp, final)
                else:
                    assert received.data is not None
                    _write_kept(final, received.data)
    except BaseException as exc:
        if placed is not None:
            remove_quietly(placed)
        if isinstance(exc, OSError):
            raise folder_error(exc, final.parent) from exc
        raise
    finally:
        received.discard()
    return ImportResult(
        path=received.path,
        status=ImportStatus.DUPLICATE if outcome.duplicate else ImportStatus.IMPORTED,
        bundle_id=row.bundle_id,
        code=row.code,
        agency_code=row.agency_code,
        agency_name=row.agency_name_th,
        fiscal_year=row.fiscal_year,
        superseded=outcome.superseded,
        history_only=outcome.history_only,
        new_key=outcome.new_key,
        replaced_key=outcome.replaced_key,
    )


def _write_kept(final: Path, data: bytes) -> None:
    """Write the kept file straight under its final name, inside the import's transaction.

    No temporary name and rename: until the transaction commits, no row names
    this file, so nothing reads it; if the commit fails the caller removes it,
    and a crash before the commit leaves at most a partial file that the next
    import of the same bundle overwrites. Creating and renaming a second name
    cost as much as the rows' whole database write on a slow disk.
    """
    try:
        final.write_bytes(data)
    except FileNotFoundError:  # the folder is made once per batch; someone removed it since
        final.parent.mkdir(parents=True, exist_ok=True)
        final.write_bytes(data)


def import_submissions(
    paths: Sequence[Path],
    central: CentralOffice,
    accept_keys: Collection[AcceptedKey] = (),
    progress: FileProgress | None = None,
    stop: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import each file in its own transaction; one result per file, in order. Never raises a KaoError.

    ``accept_keys``: (agency code, fingerprint) pairs the operator confirmed with the office; a file
    for that agency signed by that key replaces the agency's key on record.
    ``stop`` is asked before each file: once it says so, the files not yet
    stored are left alone and the results so far are returned (one per file tried).
    Long lists are verified on ``workers`` processes (default: by the machine's
    cores, see :mod:`core.bundle.parallel`); 0 verifies everything in this process.
    """
    results: list[ImportResult] = []
    with contextlib.suppress(OSError):  # a real problem shows up, with its reason, on the first write
        central.submissions_dir.mkdir(parents=True, exist_ok=True)
    incoming = received_in_order(paths, central.limits, central.checklist, central.submissions_dir, workers=workers)
    with contextlib.closing(incoming):
        for done in range(1, len(paths) + 1):
            if stop is not None and stop():
                break
            path, received = next(incoming)
            try:
                if isinstance(received, KaoError):
                    raise received
                results.append(_store(received, central, accept_keys))
            except KaoError as exc:
                log.info("submission %s rejected: %s", path, exc)
                results.append(ImportResult(path, ImportStatus.REJECTED, error=exc))
            if progress is not None:
                progress(done, len(paths))
    central.store.checkpoint()  # what was imported is in the main database file, not only the WAL
    return results
