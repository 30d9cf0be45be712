"""Bilingual text: every user-visible string of the domain exists in Thai and English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["LANGS", "Lang", "Text"]

Lang = Literal["th", "en"]
LANGS: tuple[Lang, ...] = ("th", "en")


@dataclass(frozen=True, slots=True)
class Text:
    """A string in both languages; Thai is the primary one."""

    th: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.th if lang == "th" else self.en

    def as_dict(self) -> dict[str, str]:
        return {"th": self.th, "en": self.en}
