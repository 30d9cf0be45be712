"""Evidence files, stored once by content: ``evidence/<first 2 hex>/<sha256>``.

Content addressing lets one photo back several answers (and several years)
without copies, and makes a half-written file harmless: it only ever appears
under its final name once complete and synced.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from core import paths
from core.errors import KaoError, os_reason
from core.paths import NAME_MAX, fit_name
from core.storage.db import storage_error
from core.storage.errors import NotFoundError, StorageError

__all__ = ["DEFAULT_MAX_EVIDENCE_BYTES", "EVIDENCE_DIR", "evidence_file", "import_file"]

EVIDENCE_DIR = "evidence"
DEFAULT_MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024
_SHORTEST_NAME = 24  # in a temporary folder so deep that even this fails, the error says so
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def evidence_file(data_dir: Path, sha256: str) -> Path:
    if not _SHA256.match(sha256):
        raise NotFoundError(f"รหัสไฟล์หลักฐาน {sha256!r} ไม่ถูกต้อง", f"bad evidence file id {sha256!r}")
    return data_dir / EVIDENCE_DIR / sha256[:2] / sha256


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def _too_big(source: Path, size: int, limit: int) -> KaoError:
    return KaoError(
        f"ไฟล์ {source.name} มีขนาด {_mb(size)} MB เกินขนาดสูงสุด {_mb(limit)} MB"
        " โปรดย่อขนาดไฟล์ (เช่น ลดความละเอียดภาพหรือบีบอัด PDF) แล้วแนบใหม่",
        f"{source.name} is {_mb(size)} MB, over the {_mb(limit)} MB limit for evidence:"
        " make it smaller (e.g. a lower-resolution photo or a compressed PDF) and attach it again",
    )


def import_file(data_dir: Path, source: Path, max_bytes: int) -> tuple[str, int]:
    """Copy ``source`` into the store; returns (sha256, size). Nothing is left behind on failure.

    A refusal names the file, not its folder: the user just chose it, and the message goes
    into one line of the page header, which a full path wrapped over three."""
    name = source.name
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise KaoError(f"{name} ไม่ใช่ไฟล์", f"{name} is not a file")
        reader = source.open("rb")
    except FileNotFoundError as exc:
        raise KaoError(f"ไม่พบไฟล์ {name}", f"file not found: {name}") from exc
    except OSError as exc:
        raise KaoError(f"อ่านไฟล์ {name} ไม่ได้: {os_reason(exc).th}", f"cannot read {name}: {os_reason(exc).en}") from exc
    if size > max_bytes:
        reader.close()
        raise _too_big(source, size, max_bytes)
    folder = data_dir / EVIDENCE_DIR
    tmp: Path | None = None
    try:
        with reader:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
            tmp = Path(name)
            digest, copied = hashlib.sha256(), 0
            with os.fdopen(fd, "wb") as out:
                while chunk := reader.read(_CHUNK):
                    copied += len(chunk)
                    if copied > max_bytes:  # the file grew while we read it
                        raise _too_big(source, copied, max_bytes)
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = evidence_file(data_dir, sha)
        if final.exists():
            tmp.unlink()
        else:
            final.parent.mkdir(exist_ok=True)
            os.replace(tmp, final)
        tmp = None
        return sha, copied
    except OSError as exc:
        raise storage_error(exc, data_dir) or StorageError(
            f"คัดลอกไฟล์ {source.name} เข้าโฟลเดอร์ข้อมูลไม่ได้: {os_reason(exc).th}",
            f"cannot copy {source.name} into the data folder: {os_reason(exc).en}",
        ) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def viewing_copy(data_dir: Path, sha256: str, filename: str) -> Path:
    """A copy of a stored file under its original name, for opening in another program.

    Stored files are named by their hash, without an extension, so the system
    cannot tell which program opens them. The copy lives in a temporary folder
    per file; the stored original is never handed out, so nothing edits it.
    """
    source = evidence_file(data_dir, sha256)
    if not source.is_file():
        raise NotFoundError(f"ไม่พบไฟล์หลักฐาน {sha256[:12]}… ในโฟลเดอร์ข้อมูล", f"evidence file {sha256[:12]}… is missing")
    safe_name = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", Path(filename).name).strip(" .") or sha256[:12]
    folder = Path(tempfile.gettempdir()) / "kao-evidence" / sha256[:16]
    # A name from another office's file may be longer than this system allows (Windows counts
    # 255 characters, Linux 255 bytes, and on Windows the temporary folder's path counts too);
    # cut it, keeping the extension that picks the program.
    limit = NAME_MAX if paths.MAX_PATH is None else min(NAME_MAX, paths.MAX_PATH - len(str(folder)) - 1)
    safe_name = fit_name(safe_name, max(limit, _SHORTEST_NAME))
    target = folder / safe_name
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.stat().st_size != source.stat().st_size:
            # A short name of its own: "<name>.part" is over the limit for a name of 251-255 bytes.
            fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=".part")
            partial = Path(name)
            with os.fdopen(fd, "wb") as out:
                out.write(source.read_bytes())
            os.replace(partial, target)
            partial = None
    except OSError as exc:
        raise storage_error(exc, folder) or StorageError(
            f"เตรียมไฟล์หลักฐานเพื่อเปิดไม่ได้: {os_reason(exc).th}",
            f"cannot prepare the evidence file for opening: {os_reason(exc).en}",
        ) from exc
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
    return target
