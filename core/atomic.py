"""Write a file so that readers only ever see nothing or the complete file (exports, reports, receipts)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from core.errors import KaoError, os_reason
from core.paths import fit_name

__all__ = ["atomic_output"]

_PREFIX_BYTES = 32


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a temporary file in the target's folder; on success fsync it and rename it over ``path``.

    Same folder, so the rename never crosses file systems and stays atomic. On any
    error the temporary file is removed and ``path`` is left as it was; a file-system
    error (disk full, read-only folder, target is a folder) becomes a one-line KaoError.
    """
    target = Path(path)
    try:
        _make_folder(target)
        # The start of the target's name keeps a stray temporary file recognisable. Only the
        # start: the dots, mkstemp's 8 random letters and ".part" add 15 characters, and a
        # temporary path longer than the one the user chose could pass a system limit (a name
        # of 255 bytes; on Windows a whole path of 259 characters) that the target does not.
        prefix = f".{fit_name(target.name, _PREFIX_BYTES)}."
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _cannot_write(target, exc) from exc
        raise


def _make_folder(target: Path) -> None:
    """The target's folder, made if missing. A file in the way (``--out report.pdf`` where a folder
    was meant) is named: the system's "file exists" would seem to be about the file being written."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
        if blocker is None:
            raise
        raise KaoError(f"เขียนไฟล์ {target} ไม่ได้: {blocker} เป็นไฟล์ ไม่ใช่โฟลเดอร์",
                       f"cannot write {target}: {blocker} is a file, not a folder") from None


def _cannot_write(target: Path, exc: OSError) -> KaoError:
    reason = os_reason(exc)
    return KaoError(f"เขียนไฟล์ {target} ไม่ได้: {reason.th}", f"cannot write {target}: {reason.en}")
