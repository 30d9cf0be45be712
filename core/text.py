"""Bilingual text: every user-visible string of the domain exists in Thai and English."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["CONTROL_CHARACTERS", "LANGS", "Lang", "Text"]

Lang = Literal["th", "en"]
LANGS: tuple[Lang, ...] = ("th", "en")

# Code points no text should carry to a screen, a page or a terminal: C0, DEL, C1 (some terminals
# take U+009B as the start of an escape sequence) and the Unicode line and paragraph separators.
CONTROL_CHARACTERS = frozenset((*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029))


@dataclass(frozen=True, slots=True)
class Text:
    """A string in both languages; Thai is the primary one."""

    th: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.th if lang == "th" else self.en

    def as_dict(self) -> dict[str, str]:
        return {"th": self.th, "en": self.en}
