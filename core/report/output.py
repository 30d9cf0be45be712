"""Writing a finished document: atomically, one render at a time.

- Atomic: the file is written beside its target and renamed over it, so a
  reader (or a crash, or a cancelled render) never leaves a half PDF behind.
- One at a time: reportlab's fonts keep per-document state and the shaper
  extends a shared glyph table, so renders from the GUI's worker thread and
  anything else in the process are serialised by :data:`RENDER_LOCK`.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from core.errors import KaoError

__all__ = ["RENDER_LOCK", "atomic_output"]

RENDER_LOCK = threading.RLock()


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """Yield a temporary file; on success it replaces ``path``, on any error it is removed."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
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
        if isinstance(exc, OSError):  # disk full, read-only folder, target is a folder …
            raise _cannot_write(target, exc) from exc
        raise


def _cannot_write(target: Path, exc: OSError) -> KaoError:
    reason = exc.strerror or str(exc)
    return KaoError(f"เขียนไฟล์ {target} ไม่ได้: {reason}", f"cannot write {target}: {reason}")
