"""Receiving one submission file: a private copy, verified, turned into the rows it will become.

No database here, and nothing kept: this is the part of an import that can
run in a worker process (see :mod:`core.bundle.parallel`). A file that fails
any check raises one :class:`~core.bundle.errors.BundleError`.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from core.bundle.limits import Limits
from core.bundle.reader import (
    VerifiedSubmission,
    open_regular,
    read_submission,
    read_submission_bytes,
    too_large,
    unreadable,
)
from core.errors import os_reason
from core.model import Checklist
from core.storage.db import storage_error
from core.storage.errors import StorageError
from core.storage.submissions import AnswerRow, EvidenceRow, NewSubmission, StoredSubmission

__all__ = ["Received", "folder_error", "new_submission", "receive", "remove_quietly", "stamped", "utc_iso"]

_CHUNK = 1024 * 1024


def utc_iso(at: datetime) -> str:
    """The stored form of a time: UTC, microseconds, so text order is time order."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _read_source(source: Path, limit: int) -> bytes:
    """The whole file, never more than ``limit`` bytes (the file may grow while it is read)."""
    try:
        with open_regular(source) as src:
            data = src.read(limit + 1)
    except OSError as exc:
        raise unreadable(source, exc) from None
    if len(data) > limit:
        raise too_large()
    return data


def folder_error(exc: OSError, folder: Path) -> StorageError:
    """Why a file could not be kept in ``folder``: not the file's fault, but this file's result."""
    mapped = storage_error(exc, folder)
    if mapped is not None:  # a full disk or a read-only folder says what to do about it
        return mapped
    return StorageError(
        f"เก็บไฟล์ไว้ในโฟลเดอร์ {folder} ไม่ได้ ({os_reason(exc).th}) ข้อมูลที่บันทึกไว้แล้วไม่ถูกแก้ไข",
        f"cannot keep the file in the folder {folder} ({os_reason(exc).en}); nothing saved was changed",
    )


def remove_quietly(path: Path) -> None:
    """Remove a temporary or half-written file; failing to must not hide why it is being removed."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _copy_in(source: Path, folder: Path, limit: int) -> Path:
    """A private copy under a temporary name, never more than ``limit`` bytes (for files too big for memory)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".incoming-", suffix=".kao", dir=folder)
    except OSError as exc:
        raise folder_error(exc, folder) from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            _copy(source, out, limit)
    except OSError as exc:
        # Reading the source raises a BundleError, so this is writing the copy (a full disk,
        # a read-only folder): the data folder's problem, not the file's.
        remove_quietly(tmp)
        raise folder_error(exc, folder) from None
    except BaseException:
        remove_quietly(tmp)
        raise
    return tmp


def _copy(source: Path, out: BinaryIO, limit: int) -> None:
    """Copy ``source`` into ``out``; a failure to read it is the BundleError naming the file."""
    try:
        src = open_regular(source)
    except OSError as exc:
        raise unreadable(source, exc) from None
    with src:
        copied = 0
        while True:
            try:
                chunk = src.read(_CHUNK)
            except OSError as exc:
                raise unreadable(source, exc) from None
            if not chunk:
                return
            copied += len(chunk)
            if copied > limit:
                raise too_large()
            out.write(chunk)


def new_submission(v: VerifiedSubmission, imported_at: str, file_name: str, file_size: int) -> NewSubmission:
    """The rows a verified file becomes; ``imported_at`` may be filled in later (see :func:`stamped`)."""
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


def _in_memory(path: Path, limits: Limits) -> bool:
    try:
        return path.stat().st_size <= min(limits.max_archive_bytes, limits.max_in_memory_bytes)
    except OSError:
        return True  # let the read report the problem


@dataclass
class Received:
    """A file read into a private copy and verified, not yet in the database.

    Only what storing it needs, so that it is small to send back from a worker process.
    """

    path: Path
    new: NewSubmission  # the rows, with imported_at still empty
    public_key: str  # the signer's key as the manifest gives it (pinned by the agency's first file)
    size: int
    data: bytes | None = None  # the copy in memory, or
    tmp: Path | None = None  # a temporary file in the submissions folder, for very large files

    def discard(self) -> None:
        if self.tmp is not None:
            remove_quietly(self.tmp)


def receive(path: Path, limits: Limits, checklist: Checklist, folder: Path) -> Received:
    """Read a private copy (so the file cannot change between check and import) and verify it.

    Touches neither the database nor a kept file. Ordinary files are verified
    in memory; very large ones are first copied to a temporary file in ``folder``.
    """
    limit = limits.max_archive_bytes
    if _in_memory(path, limits):
        data = _read_source(path, limit)
        return _received(path, read_submission_bytes(data, path, limits, checklist), len(data), data=data)
    tmp = _copy_in(path, folder, limit)
    try:
        return _received(path, read_submission(tmp, limits, checklist), tmp.stat().st_size, tmp=tmp)
    except BaseException:
        remove_quietly(tmp)
        raise


def _received(path: Path, v: VerifiedSubmission, size: int, *, data: bytes | None = None,
              tmp: Path | None = None) -> Received:
    new = new_submission(v, "", f"{v.bundle_id}.kao", size)
    return Received(path, new, v.manifest.signer.public_key, size, data, tmp)


def stamped(new: NewSubmission, imported_at: str) -> NewSubmission:
    return replace(new, row=replace(new.row, imported_at=imported_at))
