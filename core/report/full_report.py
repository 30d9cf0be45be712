"""The full report: A4 portrait, what the provincial office sends up and acts on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from core.atomic import atomic_output
from core.report.fonts import REGULAR, ensure_fonts
from core.report.labels import L, fiscal_year_text, issue_date_text
from core.report.linefill import fits, shorten
from core.report.output import RENDER_LOCK
from core.report.page import counting_canvas_maker, draw_watermark
from core.report.sections import Context, cover, items_section, later_sections, summary
from core.report.source import ReportSource
from core.report.styles import GRID, MUTED, SMALLEST_SIZE, make_styles
from core.report.thai_paragraph import draw_line
from core.text import Lang

__all__ = ["Progress", "render_full_report"]

Progress = Callable[[int, int], None]  # (done, total); raise from it to cancel

PAGE = A4
_LEFT = _RIGHT = 18 * mm
_TOP, _BOTTOM = 22 * mm, 20 * mm
_FURNITURE_SIZE = 8.5


def _furniture_style(align: int) -> ParagraphStyle:
    return ParagraphStyle(f"furniture-{align}", fontName=REGULAR, fontSize=_FURNITURE_SIZE,
                          leading=_FURNITURE_SIZE * 1.6, textColor=MUTED, alignment=align, shaping=1)


def _fit(text: str, style: ParagraphStyle, width: float) -> tuple[str, ParagraphStyle]:
    """``text`` and its style for one line ``width`` wide: a long name in smaller
    type, down to a size still easy to read; a longer one shortened with an
    ellipsis at a word boundary (the cover page has it whole)."""
    size = float(style.fontSize)
    while size > SMALLEST_SIZE and not fits(text, style.fontName, size, width):
        size -= 0.25
    if size != style.fontSize:
        style = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.6)
    return shorten(text, style.fontName, size, width), style


class _Furniture:
    """Header and footer, drawn once the page count is known."""

    def __init__(self, source: ReportSource, lang: Lang, thai_digits: bool) -> None:
        self.agency = source.agency(lang)
        self.right = fiscal_year_text(source.fiscal_year, lang, digits=thai_digits)
        self.date = issue_date_text(source.issue_date, lang, digits=thai_digits)
        self.code = f"{L.VERIFICATION.get(lang)} {source.verification.code}"
        self.lang = lang

    def __call__(self, canv: Any, number: int, total: int) -> None:
        width, height = PAGE
        inner = width - _LEFT - _RIGHT
        left, centre, right = (_furniture_style(a) for a in (TA_LEFT, TA_CENTER, TA_RIGHT))
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        if number > 1:  # the cover carries the same facts in large type
            top = height - _TOP + 6 * mm
            year_w = stringWidth(self.right, REGULAR, _FURNITURE_SIZE) + 1
            draw_line(canv, self.right, right, width - _RIGHT - year_w, top, year_w)
            # The agency's name gets the rest of the line.
            name_w = inner - year_w - 6 * mm
            draw_line(canv, *_fit(self.agency, left, name_w), _LEFT, top, name_w)
            canv.line(_LEFT, top - 2.5 * mm, width - _RIGHT, top - 2.5 * mm)
        bottom = _BOTTOM - 9 * mm
        canv.line(_LEFT, bottom + 4.5 * mm, width - _RIGHT, bottom + 4.5 * mm)
        page = L.PAGE.get(self.lang).format(x=number, y=total)
        third = inner / 3
        draw_line(canv, self.date, left, _LEFT, bottom, third)
        draw_line(canv, self.code, centre, _LEFT + third, bottom, third)
        draw_line(canv, page, right, _LEFT + 2 * third, bottom, third)
        canv.restoreState()


class _BlockDone(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """An invisible marker after each block of the story, for the progress callback."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class _ReportDoc(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    def __init__(self, *args: Any, progress: Progress | None, total: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._progress = progress
        self._total = total
        self._done = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._progress is not None and isinstance(flowable, _BlockDone):
            self._done += 1
            self._progress(min(self._done, self._total - 1), self._total)


def render_full_report(
    source: ReportSource,
    out_path: Path,
    lang: Lang,
    progress: Progress | None = None,
    *,
    thai_digits: bool = False,
) -> Path:
    """Write the full report PDF to ``out_path`` (atomically) and return the path.

    ``progress(done, total)`` is called as the report is laid out; raising from
    it cancels the render and leaves ``out_path`` untouched.
    """
    # Building the story already shapes text (chart labels), so it is inside the lock too.
    with RENDER_LOCK:
        return _render(source, out_path, lang, progress, thai_digits)


def _render(source: ReportSource, out_path: Path, lang: Lang, progress: Progress | None, thai_digits: bool) -> Path:
    ensure_fonts()
    width, height = PAGE[0] - _LEFT - _RIGHT, PAGE[1] - _TOP - _BOTTOM
    context = Context(source, lang, make_styles(), width, height, thai_digits)
    blocks = [cover(context), summary(context), *items_section(context), *later_sections(context)]
    story = [flowable for block in blocks for flowable in [*block, _BlockDone()]]
    total = len(blocks) + 1  # the last step is writing the file
    if progress is not None:
        progress(0, total)
    frame = Frame(_LEFT, _BOTTOM, width, height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    draft = not source.finalized

    def on_page(canv: Any, _doc: Any) -> None:
        if draft:
            draw_watermark(canv, *PAGE)

    with atomic_output(out_path) as handle:
        doc = _ReportDoc(
            handle, pagesize=PAGE, initialFontName=REGULAR, invariant=1,
            title=f"{L.REPORT_TITLE.get(lang)}: {source.agency(lang)}",
            author="Kao", creator="Kao", subject=fiscal_year_text(source.fiscal_year, lang),
            progress=progress, total=total,
        )
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        doc.build(story, canvasmaker=counting_canvas_maker(_Furniture(source, lang, thai_digits)))
    if progress is not None:
        progress(total, total)
    return out_path
