"""User settings, kept in the data folder so a portable or test data folder carries its own."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QSettings

from core.text import Lang


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self._qs = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> Lang:
        value = self._qs.value("ui/language", "th")
        return cast(Lang, value if value in ("th", "en") else "th")

    @language.setter
    def language(self, lang: Lang) -> None:
        self._qs.setValue("ui/language", lang)

    @property
    def font_size(self) -> str:
        value = str(self._qs.value("ui/font_size", "normal"))
        return value if value in ("small", "normal", "large") else "normal"

    @font_size.setter
    def font_size(self, size: str) -> None:
        self._qs.setValue("ui/font_size", size)

    def sync(self) -> None:
        self._qs.sync()
