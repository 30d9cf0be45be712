"""ThaiParagraph: a wrapped paragraph drawn as one shaped single-line Paragraph per line.

Why not reportlab's Paragraph for the whole text (THAI_TEXT.md §2–3):
- it breaks Thai only at spaces, cutting long runs mid-word;
- when it splits a shaped paragraph across frames it re-shapes already
  shaped text and prints .notdef boxes (the "split bug").

So the lines are chosen by :mod:`core.report.linefill` and each is handed to
reportlab as a Paragraph that is one line long and is never split; splitting
across pages happens here, between lines. Leading is at least 1.6× the font
size because stacked Thai marks reach 1.265 em above the baseline.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from core.report.fonts import ensure_fonts, font_safe
from core.report.linefill import break_lines

__all__ = ["MIN_LEADING", "LineOverflowWarning", "ThaiParagraph", "draw_line", "line_style"]

MIN_LEADING = 1.6
_MIN_LINES_AT_BREAK = 2  # no single orphan or widow line when a paragraph crosses a page


def line_style(style: ParagraphStyle) -> ParagraphStyle:
    """The style a one-line Paragraph gets: shaped, with leading ≥ 1.6 × size."""
    leading = max(float(style.leading), MIN_LEADING * float(style.fontSize))
    return ParagraphStyle(
        f"{style.name}-line", parent=style, leading=leading, shaping=1,
        leftIndent=0, rightIndent=0, firstLineIndent=0, spaceBefore=0, spaceAfter=0,
    )


class LineOverflowWarning(UserWarning):
    """A line was wider than its box. The tests turn warnings into errors, so a
    layout that chose a line too wide for where it is drawn fails there."""


def _baseline_drop(style: ParagraphStyle) -> float:
    """Distance from the top of a line box to its baseline.

    Sarabun's ascent is 1.068 em and its descent 0.232 em, with stacked marks
    reaching 1.265 em up and 0.535 em down. Putting the baseline 1.15 em down a
    1.6 em box shares the overhang between the line above and the line below.
    """
    size = float(style.fontSize)
    return 1.15 * size + (float(style.leading) - MIN_LEADING * size) / 2


def _draw_one(canv: Any, text: str, style: ParagraphStyle, x: float, top: float, width: float) -> None:
    """One shaped line, inside an ActualText span that holds its source text.

    Why the span: a tone mark that HarfBuzz shifts left (ปั้น, ฟื้น) is drawn
    before its base's end, so text extractors take it for a new word or even
    a new line ("ปั้ น", "ฟื / ้น"), although the ToUnicode fix gives the right
    characters. ActualText tells extractors and viewers what the line says.
    The span sits inside our own translated state: poppler maps its position
    with the state current at EMC.
    """
    para = Paragraph(escape(text), style)
    _, height = para.wrap(width, float(style.leading) * 2)
    if height > float(style.leading) * 1.5:
        # reportlab wrapped it onto two lines, and as the Paragraph is placed by
        # its bottom edge the first would be printed over the line above. Print
        # it as one line running past its box instead: untidy, but readable.
        warnings.warn(f"a line is wider than its {width:.1f} pt box: {text!r}", LineOverflowWarning, stacklevel=3)
        para = Paragraph(escape(text), ParagraphStyle(f"{style.name}-overflow", parent=style, alignment=TA_LEFT))
        para.wrap(width + 2 * float(pdfmetrics.stringWidth(text, style.fontName, style.fontSize)), height)
    # A single-line Paragraph puts its baseline fontSize below its top edge.
    baseline = top - _baseline_drop(style)
    canv.saveState()
    canv.translate(x, baseline + float(style.fontSize) - float(style.leading))
    # poppler measures an ActualText span with the font current at EMC; for a
    # TrueType font reportlab sets none outside the text object, so set it here.
    subset = pdfmetrics.getFont(style.fontName).getSubsetInternalName(0, canv._doc)
    canv.addLiteral(f"BT {subset} {float(style.fontSize):g} Tf ET")
    actual = text.encode("utf-16-be").hex().upper()
    canv.addLiteral(f"/Span <</ActualText <FEFF{actual}>>> BDC")
    para.drawOn(canv, 0, 0)
    canv.addLiteral("EMC")
    canv.restoreState()


def draw_line(
    canv: Any, text: str, style: ParagraphStyle, x: float, baseline: float, width: float
) -> None:
    """Draw one shaped line whose baseline is at ``baseline`` (alignment from ``style``).

    ``canvas.drawString`` cannot shape without rlbidi (THAI_TEXT.md §2), so
    even headers, footers and the watermark go through a Paragraph.
    """
    ensure_fonts()
    ls = line_style(style)
    _draw_one(canv, font_safe(text).replace("\n", " "), ls, x, baseline + _baseline_drop(ls), width)


class ThaiParagraph(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph of one style, wrapped at Thai word boundaries.

    ``keep`` lists names (agency, people) that must not be broken across lines.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, keep: Sequence[str] = (), *, _lines: list[str] | None = None
    ) -> None:
        super().__init__()
        ensure_fonts()
        self.text = font_safe(text)
        self.style = style
        self.keep = tuple(keep)
        self._line_style = line_style(style)
        self._fixed_lines = _lines
        self._cache: tuple[float, list[str]] | None = None
        self.lines: list[str] = []
        self.width = 0.0
        self.height = 0.0

    @property
    def leading(self) -> float:
        return float(self._line_style.leading)

    def _text_width(self, avail_width: float) -> float:
        return max(1.0, avail_width - float(self.style.leftIndent) - float(self.style.rightIndent))

    def _lines_for(self, text_width: float) -> list[str]:
        if self._fixed_lines is not None:
            return self._fixed_lines
        if self._cache is None or self._cache[0] != text_width:
            ls = self._line_style
            self._cache = (
                text_width,
                break_lines(self.text, ls.fontName, float(ls.fontSize), text_width, self.keep),
            )
        return self._cache[1]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.lines = self._lines_for(self._text_width(availWidth))
        self.height = len(self.lines) * self.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lines_for(self._text_width(availWidth))
        fits = int((availHeight + 1e-6) // self.leading)
        if fits >= len(lines):
            return [self]
        if fits < _MIN_LINES_AT_BREAK or len(lines) - fits < _MIN_LINES_AT_BREAK:
            fits = min(fits, len(lines) - _MIN_LINES_AT_BREAK)
            if fits < _MIN_LINES_AT_BREAK:
                return []
        first = ThaiParagraph(self.text, self.style, self.keep, _lines=lines[:fits])
        rest = ThaiParagraph(self.text, self.style, self.keep, _lines=lines[fits:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        ls = self._line_style
        x = float(self.style.leftIndent)
        width = self._text_width(self.width)
        top = self.height
        for line in self.lines:
            if line:
                _draw_one(self.canv, line, ls, x, top, width)
            top -= self.leading

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:40]!r}…, {len(self.lines)} lines)"
