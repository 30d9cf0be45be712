"""The bundled Sarabun faces, registered with reportlab for HarfBuzz shaping.

Every Thai string in a PDF must be shaped (THAI_TEXT.md §2): without it the
tone marks in ที่ ป่า ปั้น vanish or collide. Registration is idempotent and
also installs the ToUnicode fix, so no PDF is ever written without it.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from core.errors import KaoError
from core.report import tounicode
from core.resources import resource

__all__ = ["BOLD", "REGULAR", "ensure_fonts", "font_safe"]

REGULAR = "KaoSarabun"
BOLD = "KaoSarabun-Bold"

_FILES = {REGULAR: "Sarabun-Regular.ttf", BOLD: "Sarabun-Bold.ttf"}
_lock = threading.Lock()
_ready = False
_covered: frozenset[int] = frozenset()

# Zero-width characters the font has no glyph for. U+200B in particular is
# what the UI inserts as a wrap hint; if one reaches a note it must not reach
# reportlab, which would draw .notdef (THAI_TEXT.md §1).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def ensure_fonts() -> None:
    """Register the Sarabun faces (once) and make sure shaping is available."""
    global _ready, _covered
    with _lock:
        if _ready:
            return
        tounicode.install()
        covered: set[int] = set()
        for name, filename in _FILES.items():
            path = resource("fonts", filename)
            try:
                font = TTFont(name, str(path), shapable=True)
            except OSError as exc:
                raise KaoError(f"ไม่พบแบบอักษร {path}", f"font file missing: {path}") from exc
            if not font.shapable:
                # Unshaped Thai is wrong on paper; refuse rather than print it.
                raise KaoError(
                    "ติดตั้ง uharfbuzz ไม่ครบ จึงจัดรูปอักษรไทยในไฟล์ PDF ไม่ได้",
                    "uharfbuzz is missing, so Thai cannot be shaped in PDFs",
                )
            pdfmetrics.registerFont(font)
            tounicode.register_font(font)
            covered |= set(font.face.charToGlyph)
        # <b> inside a Paragraph resolves through this family mapping.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
        _covered = frozenset(covered)
        _ready = True


def font_safe(text: str) -> str:
    """Text the font can draw: zero-width marks dropped, unknown characters as '?'.

    Tabs become spaces; line feeds are kept for the caller to treat as breaks.
    """
    ensure_fonts()
    cleaned = text.translate(_INVISIBLE).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c if c == "\n" or ord(c) in _covered else "?" for c in cleaned)
