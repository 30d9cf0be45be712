"""Page furniture: the draft watermark, headers, footers and "หน้า x จาก y".

The total page count is only known once layout is done, so pages are held
back by :class:`CountingCanvas` and decorated when the document is saved.
The watermark, in contrast, is drawn when a page starts so that the text is
printed over it, not under it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas

from core.report.fonts import BOLD
from core.report.labels import L
from core.report.styles import WATERMARK
from core.report.thai_paragraph import draw_line

__all__ = ["CountingCanvas", "Decorator", "counting_canvas_maker", "draw_watermark"]

Decorator = Callable[[Canvas, int, int], None]  # (canvas, page number, page count)


class CountingCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """A canvas that finishes its pages only at save time, when their count is known."""

    def __init__(self, *args: Any, decorate: Decorator, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()


def counting_canvas_maker(decorate: Decorator) -> Callable[..., CountingCanvas]:
    return partial(CountingCanvas, decorate=decorate)


def draw_watermark(canv: Canvas, width: float, height: float) -> None:
    """"ฉบับร่าง / DRAFT" across the page, diagonally, in light grey."""
    size = min(width, height) / 6.5
    style = ParagraphStyle("watermark", fontName=BOLD, fontSize=size, leading=size * 1.6,
                           alignment=TA_CENTER, textColor=WATERMARK, shaping=1)
    canv.saveState()
    canv.translate(width / 2, height / 2)
    canv.rotate(35 if width < height else 20)
    span = (width**2 + height**2) ** 0.5
    draw_line(canv, L.DRAFT_WATERMARK.th, style, -span / 2, -size * 0.35, span)
    canv.restoreState()
