"""Paragraph styles and colours shared by the certificate and the report.

Every style is shaped (``shaping=1``) and uses the bundled Sarabun; leading is
1.6 × the size (THAI_TEXT.md §1). Sarabun at 11 pt reads about like TH Sarabun
New at 16 pt, the usual size of Thai official documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from core.report.fonts import BOLD, REGULAR, ensure_fonts

__all__ = ["ACCENT", "BENCH", "GRID", "INK", "MUTED", "SHADE", "SMALLEST_SIZE", "WATERMARK", "Styles", "make_styles"]

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#8a8a8a")  # greyed lower bounds, secondary text
ACCENT = colors.HexColor("#1f4e79")  # the agency's own figures
BENCH = colors.HexColor("#c55a11")  # published benchmark figures
GRID = colors.HexColor("#b7b7b7")
SHADE = colors.HexColor("#eef2f7")
WATERMARK = colors.HexColor("#e6e6e6")  # a solid light grey: no transparency, PDF/A stays possible

# The smallest type the report prints: an agency name too long for the running header
# or the cover gets smaller type, down to this size and no further (5 pt was hard to read).
SMALLEST_SIZE = 7.0


def _style(name: str, size: float, *, bold: bool = False, align: int = TA_LEFT,
           color: colors.Color = INK, before: float = 0, after: float = 0, heading: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=BOLD if bold else REGULAR, fontSize=size, leading=round(size * 1.6, 2),
        alignment=align, textColor=color, spaceBefore=before, spaceAfter=after, shaping=1,
        keepWithNext=1 if heading else 0,  # a heading never ends a page
    )


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    name: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    body_bold: ParagraphStyle
    body_centre: ParagraphStyle
    small: ParagraphStyle
    small_centre: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_small: ParagraphStyle
    cell_flag: ParagraphStyle
    header: ParagraphStyle
    big_figure: ParagraphStyle
    level: ParagraphStyle


def make_styles() -> Styles:
    ensure_fonts()
    return Styles(
        title=_style("title", 22, bold=True, align=TA_CENTER, color=ACCENT, after=4),
        subtitle=_style("subtitle", 14, align=TA_CENTER, after=2),
        name=_style("name", 20, bold=True, align=TA_CENTER, before=2, after=2),
        h1=_style("h1", 15, bold=True, color=ACCENT, before=10, after=4, heading=True),
        h2=_style("h2", 12.5, bold=True, before=8, after=3, heading=True),
        body=_style("body", 11, after=3),
        body_bold=_style("body_bold", 11, bold=True, before=3, after=3),
        body_centre=_style("body_centre", 12, align=TA_CENTER, after=2),
        small=_style("small", 9, color=INK),
        small_centre=_style("small_centre", 9, align=TA_CENTER),
        muted=_style("muted", 9, color=MUTED),
        cell=_style("cell", 9.5),
        cell_bold=_style("cell_bold", 9.5, bold=True),
        cell_right=_style("cell_right", 9.5, align=TA_RIGHT),
        cell_muted=_style("cell_muted", 9.5, color=MUTED),
        cell_small=_style("cell_small", 8.5),
        cell_flag=_style("cell_flag", 8.5, bold=True, color=BENCH),
        header=_style("header", 8.5, color=MUTED),
        big_figure=_style("big_figure", 26, bold=True, align=TA_CENTER, color=ACCENT),
        level=_style("level", 18, bold=True, align=TA_CENTER, color=ACCENT, before=2),
    )
