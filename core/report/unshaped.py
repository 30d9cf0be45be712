"""The naive way, kept only to measure what correct Thai costs (bench/bench_report.py).

Inside :func:`unshaped_typesetting` the report and certificate are built with
plain reportlab Paragraphs: no shaping, reportlab's own line breaking. That
output is wrong for Thai (THAI_TEXT.md §2–3) and is never written for users.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from core.report import certificate, full_report, page, sections

__all__ = ["unshaped_typesetting"]


def _plain_paragraph(text: str, style: ParagraphStyle, keep: Sequence[str] = ()) -> Paragraph:
    plain = ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)
    return Paragraph(escape(text).replace("\n", "<br/>"), plain)


def _plain_line(canv: Any, text: str, style: ParagraphStyle, x: float, baseline: float, width: float) -> None:
    para = _plain_paragraph(text, style)
    para.wrap(width, 1000)
    para.drawOn(canv, x, baseline - float(style.fontSize) * 0.25)


_SWAPS: tuple[tuple[ModuleType, str, object], ...] = (
    (sections, "ThaiParagraph", _plain_paragraph),
    (certificate, "ThaiParagraph", _plain_paragraph),
    (full_report, "draw_line", _plain_line),
    (page, "draw_line", _plain_line),
)


@contextmanager
def unshaped_typesetting() -> Iterator[None]:
    """Swap ThaiParagraph and the shaped one-line drawer for plain unshaped reportlab (not thread-safe)."""
    saved = [(module, name, getattr(module, name)) for module, name, _ in _SWAPS]
    for module, name, replacement in _SWAPS:
        setattr(module, name, replacement)
    try:
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)
