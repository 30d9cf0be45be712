"""Rotating file logs, so support can read what happened on an office PC without a console."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

__all__ = ["setup_logging"]

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/kao.log`` (1 MB × 5). Returns the file, or None if it cannot be written.

    A read-only profile must not stop the app: logging then goes nowhere.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for handler in root.handlers:
        if getattr(handler, "_kao", False):
            return Path(getattr(handler, "baseFilename", ""))
    path = log_dir / "kao.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._kao = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
