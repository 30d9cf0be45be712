"""The data and log folders: platformdirs by default, overridable for tests and portable use.

Never a Documents folder: OneDrive and similar sync tools corrupt SQLite files.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import platformdirs

from core import APP_AUTHOR, APP_NAME

__all__ = [
    "DATA_DIR_ENV", "MAX_PATH", "NAME_MAX", "PATH_ERRORS",
    "fit_name", "resolve_data_dir", "resolve_log_dir", "shown_path",
]

DATA_DIR_ENV = "KAO_DATA_DIR"
# One file name's limit: 255 bytes on Linux and macOS, 255 UTF-16 units on Windows (never more
# than the UTF-8 bytes), so counting UTF-8 bytes is safe everywhere. A Thai letter takes 3.
NAME_MAX = 255
# A whole path's limit: Windows refuses one over 259 characters unless long paths were switched
# on, which an old office PC never has. Elsewhere the limit (4,096 bytes) is out of reach.
MAX_PATH = 259 if os.name == "nt" else None
_MAX_SUFFIX = 16  # a longer "extension" is more likely part of the name than a file type


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


def _escape_bytes(exc: UnicodeError) -> tuple[str | bytes, int]:
    """A Linux file name that is not UTF-8 reaches Python with each odd byte as a lone surrogate
    (0xE9 as U+DCE9): write the byte (``\\xe9``), not Python's stand-in (``\\udce9``)."""
    if isinstance(exc, UnicodeEncodeError):
        odd = exc.object[exc.start:exc.end]
        if all(0xDC80 <= ord(c) <= 0xDCFF for c in odd):
            return "".join(f"\\x{ord(c) - 0xDC00:02x}" for c in odd), exc.end
    return codecs.backslashreplace_errors(exc)


# An encoding error handler, for shown_path and the command line's output streams.
PATH_ERRORS = "kao-path"
codecs.register_error(PATH_ERRORS, _escape_bytes)


def shown_path(path: Path) -> str:
    """The path as text that can be stored and shown: the lone surrogates of a Linux file name
    that is not UTF-8 would make SQLite and a UTF-8 stream refuse it; each stands for a byte,
    written as ``\\xNN``."""
    return str(path).encode("utf-8", PATH_ERRORS).decode("utf-8")


def _size(text: str) -> int:
    # surrogatepass: a Linux name that is not UTF-8 carries lone surrogates; each counts 3 bytes
    # here and 1 on disk, so at worst a name is cut more than it had to be.
    return len(text.encode("utf-8", "surrogatepass"))


def fit_name(name: str, limit: int = NAME_MAX) -> str:
    """``name`` cut to ``limit`` UTF-8 bytes, keeping its extension (so the system still knows
    which program opens it) and marking the cut with "…"."""
    if _size(name) <= limit:
        return name
    stem, dot, ext = name.rpartition(".")
    suffix = dot + ext if stem and _size(dot + ext) <= _MAX_SUFFIX else ""
    base = name[: len(name) - len(suffix)]
    budget, used, cut = limit - _size(suffix) - _size("…"), 0, len(base)
    for index, char in enumerate(base):
        used += _size(char)
        if used > budget:
            cut = index
            break
    return base[:cut].rstrip(" .") + "…" + suffix
