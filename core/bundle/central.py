"""Central mode: import submission files into a data folder, with progress and per-file results.

Each file is read once into a private copy (memory, or a temporary file when
very large) and verified there, so it cannot change between the check and the
import; then it is written in one transaction that also applies the key and
supersede rules, and kept as received. A rejected file leaves the database and
the folder exactly as they were.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from core.bundle.errors import BundleError, OtherKeyError
from core.bundle.keys import SigningKey, load_or_create_key
from core.bundle.limits import DEFAULT_LIMITS, Limits
from core.bundle.reader import VerifiedSubmission, read_submission, read_submission_bytes
from core.checklist import default_checklist
from core.errors import KaoError
from core.model import Checklist
from core.storage import open_service
from core.storage.submissions import (
    AnswerRow,
    CentralTx,
    EvidenceRow,
    NewSubmission,
    OfficeKey,
    StoredSubmission,
    SubmissionStore,
)

__all__ = [
    "SUBMISSIONS_DIR",
    "CentralOffice",
    "ImportResult",
    "ImportStatus",
    "import_submissions",
    "open_central",
    "stored_file",
    "utc_iso",
]

log = logging.getLogger(__name__)

SUBMISSIONS_DIR = "submissions"  # the original files, as received, named <bundle id>.kao
IN_MEMORY_BYTES = 64 * 1024 * 1024  # larger files are verified from a temporary copy instead
_CHUNK = 1024 * 1024

FileProgress = Callable[[int, int], None]  # (files done, files in all)


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


def utc_iso(at: datetime) -> str:
    """The stored form of a time: UTC, microseconds, so text order is time order."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def stored_file(central: CentralOffice, bundle_id: str) -> Path:
    return central.submissions_dir / f"{bundle_id}.kao"


def _read_source(source: Path, limit: int) -> bytes:
    """The whole file, never more than ``limit`` bytes (the file may grow while it is read)."""
    try:
        with source.open("rb") as src:
            data = src.read(limit + 1)
    except FileNotFoundError:
        raise BundleError(f"ไม่พบไฟล์ {source}", f"file not found: {source}") from None
    except IsADirectoryError:
        raise BundleError(f"{source} เป็นโฟลเดอร์", f"{source} is a folder") from None
    except OSError as exc:
        raise BundleError(f"อ่านไฟล์ {source} ไม่ได้ ({exc.strerror})", f"cannot read {source} ({exc.strerror})") from None
    if len(data) > limit:
        raise BundleError("ไฟล์ใหญ่เกินกำหนด", "the file is larger than allowed")
    return data


def _copy_in(source: Path, folder: Path, limit: int) -> Path:
    """A private copy under a temporary name, never more than ``limit`` bytes (for files too big for memory)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".incoming-", suffix=".kao", dir=folder)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            copied = 0
            while chunk := src.read(_CHUNK):
                copied += len(chunk)
                if copied > limit:
                    raise BundleError("ไฟล์ใหญ่เกินกำหนด", "the file is larger than allowed")
                out.write(chunk)
    except FileNotFoundError:
        tmp.unlink(missing_ok=True)
        raise BundleError(f"ไม่พบไฟล์ {source}", f"file not found: {source}") from None
    except IsADirectoryError:
        tmp.unlink(missing_ok=True)
        raise BundleError(f"{source} เป็นโฟลเดอร์", f"{source} is a folder") from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BundleError(f"อ่านไฟล์ {source} ไม่ได้ ({exc.strerror})", f"cannot read {source} ({exc.strerror})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _new_submission(v: VerifiedSubmission, imported_at: str, file_name: str, file_size: int) -> NewSubmission:
    m = v.manifest
    card = v.card
    row = StoredSubmission(
        bundle_id=m.bundle_id,
        manifest_sha256=v.manifest_sha256,
        code=v.code,
        agency_code=m.agency.code,
        agency_name_th=m.agency.name.th,
        agency_name_en=m.agency.name.en,
        agency_kind=m.agency.kind,
        ministry=m.agency.ministry,
        department=m.agency.department,
        province=m.agency.province,
        fiscal_year=m.assessment.fiscal_year,
        assessment_uid=m.assessment.uid,
        checklist_id=m.checklist.id,
        checklist_version=m.checklist.version,
        created_at=utc_iso(m.created_at),
        imported_at=imported_at,
        key_fingerprint=v.fingerprint,
        overall=None if card.overall is None else str(card.overall),
        level=card.level,
        provisional=card.provisional,
        dimensions=json.dumps(
            {d: (None if r.score is None else str(r.score)) for d, r in card.dimensions.items()}, sort_keys=True
        ),
        file_name=file_name,
        file_size=file_size,
        superseded_by=None,
    )
    answers = [
        AnswerRow(item_id, it.value, it.reason, it.note, it.flagged) for item_id, it in v.answers_doc.items.items()
    ]
    evidence = [
        EvidenceRow(item_id, e.sha256, e.filename, e.size)
        for item_id, it in v.answers_doc.items.items()
        for e in it.evidence
    ]
    return NewSubmission(row, v.manifest_bytes, v.signature, v.answers_bytes, v.audit_bytes, answers, evidence)


def _other_key(agency: str, pinned: OfficeKey, fp: str) -> OtherKeyError:
    return OtherKeyError(
        f"หน่วยงาน {agency} เคยส่งไฟล์ที่ลงนามด้วยกุญแจ {pinned.fingerprint} แต่ไฟล์นี้ลงนามด้วยกุญแจ {fp}"
        " หากยืนยันกับหน่วยงานแล้ว ให้นำเข้าใหม่พร้อม --accept-new-key",
        f"agency {agency} signs with key {pinned.fingerprint}, but this file is signed by key {fp};"
        " once confirmed with the office, import again with --accept-new-key",
        pinned=pinned.fingerprint, presented=fp,
    )


@dataclass
class _Outcome:
    duplicate: bool = False
    superseded: str | None = None
    history_only: bool = False
    new_key: str | None = None
    replaced_key: str | None = None


def _apply(tx: CentralTx, v: VerifiedSubmission, new: NewSubmission, accept_new_key: bool) -> _Outcome:
    """The import rules, inside the transaction: raise to refuse (nothing is written)."""
    out = _Outcome()
    seen = tx.manifest_sha256(v.bundle_id)
    if seen is not None:
        if seen != v.manifest_sha256:
            raise BundleError(
                "มีไฟล์อื่นที่ใช้รหัสชุดข้อมูล (bundle id) เดียวกันนำเข้าไว้แล้ว",
                f"a different file with the same bundle id {v.bundle_id} was imported before",
            )
        out.duplicate = True
        return out
    agency = v.manifest.agency.code
    pinned = tx.active_key(agency)
    if pinned is None or pinned.fingerprint != v.fingerprint:
        if pinned is not None and not accept_new_key:
            raise _other_key(agency, pinned, v.fingerprint)
        how = "first-file" if pinned is None else "operator"
        tx.pin_key(OfficeKey(agency, v.fingerprint, v.manifest.signer.public_key, new.row.imported_at, how, None),
                   v.bundle_id)
        out.new_key = v.fingerprint
        out.replaced_key = None if pinned is None else pinned.fingerprint
    current = tx.current(agency, new.row.fiscal_year)
    row = new.row
    if current is not None and (current[1], current[0]) > (row.created_at, row.bundle_id):
        # An older file arriving late: kept, but the newer one stays in force.
        new = replace(new, row=replace(row, superseded_by=current[0]))
        out.history_only = True
    tx.insert(new)
    if current is not None and not out.history_only:
        tx.supersede(current[0], row.bundle_id)
        out.superseded = current[0]
    return out


def _in_memory(path: Path, limit: int) -> bool:
    try:
        return path.stat().st_size <= min(limit, IN_MEMORY_BYTES)
    except OSError:
        return True  # let the read report the problem


@dataclass
class _Received:
    """A file read into a private copy and verified, not yet in the database."""

    path: Path
    verified: VerifiedSubmission
    size: int
    data: bytes | None = None  # the copy in memory, or
    tmp: Path | None = None  # a temporary file in the submissions folder, for very large files

    def discard(self) -> None:
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)


def _receive(path: Path, central: CentralOffice) -> _Received:
    """Read a private copy (so the file cannot change between check and import) and verify it.

    Touches neither the database nor a kept file. Ordinary files are verified
    in memory; very large ones are copied to a temporary file first.
    """
    limit = central.limits.max_archive_bytes
    if _in_memory(path, limit):
        data = _read_source(path, limit)
        verified = read_submission_bytes(data, path, central.limits, central.checklist)
        return _Received(path, verified, len(data), data=data)
    tmp = _copy_in(path, central.submissions_dir, limit)
    try:
        return _Received(path, read_submission(tmp, central.limits, central.checklist), tmp.stat().st_size, tmp=tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _store(received: _Received, central: CentralOffice, accept_new_key: bool) -> ImportResult:
    """One transaction: the import rules, the rows, and the kept file (removed again if the commit fails)."""
    verified = received.verified
    final = stored_file(central, verified.bundle_id)
    new = _new_submission(verified, utc_iso(datetime.now(UTC)), final.name, received.size)
    placed: Path | None = None
    try:
        with central.store.transaction() as tx:
            outcome = _apply(tx, verified, new, accept_new_key)
            if not outcome.duplicate:
                placed = final
                if received.tmp is not None:
                    os.replace(received.tmp, final)
                else:
                    assert received.data is not None
                    _write_new(final, received.data)
    except BaseException:
        if placed is not None:
            placed.unlink(missing_ok=True)
        raise
    finally:
        received.discard()
    m = verified.manifest
    return ImportResult(
        path=received.path,
        status=ImportStatus.DUPLICATE if outcome.duplicate else ImportStatus.IMPORTED,
        bundle_id=verified.bundle_id,
        code=verified.code,
        agency_code=m.agency.code,
        agency_name=m.agency.name.th,
        fiscal_year=m.assessment.fiscal_year,
        superseded=outcome.superseded,
        history_only=outcome.history_only,
        new_key=outcome.new_key,
        replaced_key=outcome.replaced_key,
    )


def _write_new(final: Path, data: bytes) -> None:
    """Write under a temporary name and rename, so the kept file is never seen half written."""
    tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    try:
        try:
            tmp.write_bytes(data)
        except FileNotFoundError:  # the folder is made once per batch; someone removed it since
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def import_submissions(
    paths: Sequence[Path],
    central: CentralOffice,
    accept_new_key: bool = False,
    progress: FileProgress | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[ImportResult]:
    """Import each file in its own transaction; one result per file, in order. Never raises a KaoError.

    ``stop`` is asked before each file: once it says so, the files not yet
    begun are left alone and the results so far are returned (one per file tried).
    """
    results: list[ImportResult] = []
    with contextlib.suppress(OSError):  # a real problem shows up, with its reason, on the first write
        central.submissions_dir.mkdir(parents=True, exist_ok=True)
    for done, path in enumerate(paths, start=1):
        if stop is not None and stop():
            break
        try:
            results.append(_store(_receive(path, central), central, accept_new_key))
        except KaoError as exc:
            log.info("submission %s rejected: %s", path, exc)
            results.append(ImportResult(path, ImportStatus.REJECTED, error=exc))
        if progress is not None:
            progress(done, len(paths))
    central.store.checkpoint()  # what was imported is in the main database file, not only the WAL
    return results
