"""The radar and bar charts of the summary, drawn with reportlab.graphics shapes.

Drawn by hand rather than with reportlab's chart classes for two reasons:
- those classes default their labels to Helvetica, which ends up in the PDF
  as a non-embedded font (ECOSYSTEM.md §5); here every String names Sarabun
  and the Drawing's initial font is Sarabun too;
- a benchmark dimension that was not published has only a lower bound, which
  must be shown greyed and never as a value to compare (DOMAIN.md §3.5).

Labels are dimension codes and figures; the Thai names sit in the tables
next to the charts, typeset by ThaiParagraph. Any non-ASCII label is shaped.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.ttfonts import shapeStr

from core.model import Benchmark, Checklist
from core.numbers import fmt_number
from core.report.fonts import BOLD, REGULAR, ensure_fonts
from core.report.styles import ACCENT, BENCH, GRID, INK, MUTED
from core.scoring import ScoreCard

__all__ = ["ChartRow", "bar_chart", "chart_rows", "radar_chart"]

_AGENCY_FILL = colors.HexColor("#c9d9ec")


@dataclass(frozen=True, slots=True)
class ChartRow:
    label: str  # "D1" … or the overall label
    value: Fraction | None  # the agency's score; None when not assessable
    published: Decimal | None  # the benchmark's figure, when published
    bound: Decimal | None  # the inferred lower bound, when not published


def chart_rows(card: ScoreCard, checklist: Checklist, bench: Benchmark | None, overall_label: str) -> list[ChartRow]:
    rows = [ChartRow(overall_label, card.overall, bench.overall if bench else None, None)]
    for dim in checklist.dimensions:
        rows.append(ChartRow(
            dim.id,
            card.dimensions[dim.id].score,
            bench.dimensions.get(dim.id) if bench else None,
            bench.lower_bounds.get(dim.id) if bench else None,
        ))
    return rows


def _text(x: float, y: float, text: str, size: float, *, color: colors.Color = INK,
          anchor: str = "middle", bold: bool = False) -> String:
    font = BOLD if bold else REGULAR
    # canvas.drawString does not shape (THAI_TEXT.md §2); a pre-shaped string does.
    shown = text if text.isascii() else shapeStr(text, font, size)
    return String(x, y, shown, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def _bound_label(bound: Decimal) -> str:
    return f"≥{bound.normalize():f}"


def radar_chart(rows: Sequence[ChartRow], size: float = 230) -> Drawing:
    """Dimension scores on six spokes (0–100); published benchmark figures as diamonds.

    ``rows`` are the dimension rows of :func:`chart_rows` (the overall row is not a spoke).
    """
    ensure_fonts()
    drawing = Drawing(size, size, initialFontName=REGULAR)
    cx, cy, radius = size / 2, size / 2 - 4, size * 0.34
    n = len(rows)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.radians(90 - 360 * i / n)
        return cx + radius * value / 100 * math.cos(angle), cy + radius * value / 100 * math.sin(angle)

    for ring in (20, 40, 60, 80, 100):
        ring_points = [c for i in range(n) for c in point(i, ring)]
        drawing.add(Polygon(ring_points, strokeColor=GRID, strokeWidth=0.4, fillColor=None))
        # Ring values sit between the first two spokes, clear of the spoke labels.
        mid = [(a + b) / 2 for a, b in zip(point(0, ring), point(1, ring), strict=True)]
        drawing.add(_text(mid[0] + 1, mid[1] + 1, str(ring), 5.5, color=MUTED, anchor="start"))
    for i in range(n):
        drawing.add(Line(cx, cy, *point(i, 100), strokeColor=GRID, strokeWidth=0.4))

    agency = [c for i, row in enumerate(rows) for c in point(i, float(row.value or 0))]
    drawing.add(Polygon(agency, strokeColor=ACCENT, strokeWidth=1.4, fillColor=_AGENCY_FILL))
    for i, row in enumerate(rows):
        x, y = point(i, float(row.value or 0))
        drawing.add(Circle(x, y, 2, fillColor=ACCENT, strokeColor=None))
        if row.published is not None:
            bx, by = point(i, float(row.published))
            d = 3.2
            drawing.add(Polygon([bx, by + d, bx + d, by, bx, by - d, bx - d, by],
                                fillColor=BENCH, strokeColor=None))
        lx, ly = point(i, 118)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        value = fmt_number(row.value) if row.value is not None else "-"
        drawing.add(_text(lx, ly + 1, row.label, 8.5, anchor=anchor, bold=True))
        drawing.add(_text(lx, ly - 8.5, value, 8, color=ACCENT, anchor=anchor))
    return drawing


def bar_chart(rows: Sequence[ChartRow], width: float = 240, row_height: float = 27) -> Drawing:
    """One row per figure: the agency's bar, and under it the benchmark.

    A published benchmark is a thin solid bar with its figure; an unpublished
    one is a grey dashed outline up to its lower bound, labelled "≥ bound".
    """
    ensure_fonts()
    label_w, value_w, top_pad, axis_h = 40, 26, 4, 16
    plot_w = width - label_w - value_w
    height = top_pad + row_height * len(rows) + axis_h
    drawing = Drawing(width, height, initialFontName=REGULAR)
    x0 = label_w

    def x_at(value: float) -> float:
        return x0 + plot_w * max(0.0, min(value, 100.0)) / 100

    for tick in (0, 25, 50, 75, 100):
        drawing.add(Line(x_at(tick), axis_h - 2, x_at(tick), height - top_pad, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(_text(x_at(tick), axis_h - 10, str(tick), 6.5, color=MUTED))
    for i, row in enumerate(rows):
        top = height - top_pad - i * row_height
        bar_y = top - 12
        drawing.add(_text(x0 - 4, bar_y + 2, row.label, 8.5, anchor="end", bold=True))
        if row.value is not None:
            drawing.add(Rect(x0, bar_y, x_at(float(row.value)) - x0, 9, fillColor=ACCENT, strokeColor=None))
            drawing.add(_text(x_at(float(row.value)) + 3, bar_y + 1.5, fmt_number(row.value), 8,
                              color=ACCENT, anchor="start"))
        bench_y = bar_y - 7
        if row.published is not None:
            end = x_at(float(row.published))
            drawing.add(Rect(x0, bench_y, end - x0, 4, fillColor=BENCH, strokeColor=None))
            drawing.add(_text(end + 3, bench_y - 1, fmt_number(row.published), 7, color=BENCH, anchor="start"))
        elif row.bound is not None:
            end = x_at(float(row.bound))
            drawing.add(Rect(x0, bench_y, end - x0, 4, fillColor=None, strokeColor=MUTED,
                             strokeWidth=0.5, strokeDashArray=[1.5, 1.5]))
            drawing.add(_text(end + 3, bench_y - 1, _bound_label(row.bound), 7, color=MUTED, anchor="start"))
    return drawing
