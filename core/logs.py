"""File logs, so support can read what happened on an office PC without a console.

The log is rotated when a session starts, not while it runs: a session writes far less than
the 1 MB limit, and this keeps `logging.handlers` (which pulls in socket, pickle and queue)
out of the app's start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path

__all__ = ["KEEP_OLD_LOGS", "LOG_NAME", "ROTATE_AT_BYTES", "setup_logging"]

LOG_NAME = "kao.log"
ROTATE_AT_BYTES = 1_000_000
KEEP_OLD_LOGS = 5  # kao.log.1 (newest) … kao.log.5 (oldest)

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _KaoFileHandler(logging.FileHandler):
    """Marks the handler this module added, so a second setup in the same process adds no other."""


class _Nowhere(logging.NullHandler):
    """Where logs go when the file cannot be written: not to the console, where Python's fallback
    would print an unexpected error's traceback to a user."""


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/kao.log``. Returns the file, or None if it cannot be written.

    A read-only profile must not stop the app: logging then goes nowhere.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in root.handlers:
        if isinstance(handler, _KaoFileHandler):
            return Path(handler.baseFilename)
    path = log_dir / LOG_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        # backslashreplace: a file name that is not valid UTF-8 must not break the log line.
        handler = _KaoFileHandler(path, encoding="utf-8", errors="backslashreplace")
    except OSError:
        if not any(isinstance(h, _Nowhere) for h in root.handlers):
            root.addHandler(_Nowhere())
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return path


def _rotate(path: Path) -> None:
    """kao.log → kao.log.1 → … → kao.log.5 (dropped), once the current log reaches the limit."""
    try:
        if path.stat().st_size < ROTATE_AT_BYTES:
            return
    except FileNotFoundError:
        return
    for n in range(KEEP_OLD_LOGS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))
