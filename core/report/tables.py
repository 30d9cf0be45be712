"""Tables whose cells are ThaiParagraphs, with Sarabun as the cell font.

reportlab's Table sets its cell font (Helvetica by default) on the canvas for
every cell, flowable or not, which puts a non-embedded Helvetica into the
PDF; so every table here names Sarabun explicitly.

When a row splits across pages, reportlab 5.1 asks each cell's flowables to
split at the whole column width, yet wraps and draws them at that width less
the cell's padding; :class:`_Table` passes the padded width, so a
ThaiParagraph chooses its lines for the box it is drawn in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Table, TableStyle

from core.report.fonts import REGULAR
from core.report.styles import GRID, SHADE

__all__ = ["grid_table", "plain_table"]

_BASE: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), REGULAR, 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
]


class _Table(Table):  # type: ignore[misc]  # reportlab has no type hints
    def _splitCell(self, value: Any, style: Any, oldHeight: float, newHeight: float, width: float) -> Any:
        # reportlab uses ``width`` twice: to measure the cell (taking the padding
        # off itself) and to split its flowables (not taking it off). Giving it
        # the inner width with the side padding zeroed makes both the inner width.
        inner = style.copy()
        inner.leftPadding = inner.rightPadding = 0
        return super()._splitCell(value, inner, oldHeight, newHeight,
                                  width - style.leftPadding - style.rightPadding)


def plain_table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], extra: Sequence[tuple[Any, ...]] = (),
    *, split_rows: bool = False,
) -> Table:
    """A table without rules; ``split_rows`` lets a row taller than a page continue on the next."""
    table = _Table([list(r) for r in rows], colWidths=list(widths), splitInRow=1 if split_rows else 0)
    table.setStyle(TableStyle([*_BASE, *extra]))
    return table


def grid_table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], *, header_rows: int = 1,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table whose header repeats on every page and whose rows may split between lines."""
    table = _Table([list(r) for r in rows], colWidths=list(widths), repeatRows=header_rows, splitInRow=1)
    style: list[tuple[Any, ...]] = [
        *_BASE,
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, GRID),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    table.setStyle(TableStyle([*style, *extra]))
    return table
