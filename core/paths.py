"""The data and log folders: platformdirs by default, overridable for tests and portable use.

Never a Documents folder: OneDrive and similar sync tools corrupt SQLite files.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from core import APP_AUTHOR, APP_NAME

__all__ = ["DATA_DIR_ENV", "resolve_data_dir", "resolve_log_dir", "shown_path"]

DATA_DIR_ENV = "KAO_DATA_DIR"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``KAO_DATA_DIR``, then the per-user data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def resolve_log_dir(data_dir: Path | None = None) -> Path:
    """Logs sit beside an overridden data folder, else in the per-user log folder."""
    if data_dir is not None and (os.environ.get(DATA_DIR_ENV) or data_dir != resolve_data_dir()):
        return data_dir / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def shown_path(path: Path) -> str:
    """The path as text that can be stored and shown: a Linux file name that is not UTF-8
    reaches Python with lone surrogates, which SQLite and a UTF-8 stream refuse to encode."""
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")
