"""Where the bundled files are: the source tree, or PyInstaller's unpack folder."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["bundle_dir", "licences_dir", "resource"]


def bundle_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return bundle_dir().joinpath("resources", *parts)


def licences_dir() -> Path:
    """The bundled components' licence texts, which the build collects (packaging/licences.py)."""
    return bundle_dir() / "licences"
