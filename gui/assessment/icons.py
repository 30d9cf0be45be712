"""Item state marks, painted (no image files, crisp at any DPI): done, open, N/A lacking a reason, flagged."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from gui.assessment.session import ItemState

GREEN = QColor("#2e7d32")
GREY = QColor("#8a949e")
AMBER = QColor("#c77700")
RED = QColor("#b3261e")
SIZE = 32  # drawn large, scaled down by Qt for the view's icon size


def _paint_state(p: QPainter, state: ItemState) -> None:
    box = QRectF(3, 3, 22, 22)
    if state is ItemState.ANSWERED:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(GREEN)
        p.drawEllipse(box)
        pen = QPen(QColor("white"), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        path = QPainterPath(QPointF(8.5, 14.5))
        path.lineTo(12.5, 18.5)
        path.lineTo(19.5, 9.5)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    elif state is ItemState.NA_WITHOUT_REASON:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(AMBER)
        p.drawPolygon(QPolygonF([QPointF(14, 2.5), QPointF(26, 24.5), QPointF(2, 24.5)]))
        p.setPen(QPen(QColor("white"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(14, 10), QPointF(14, 16.5))
        p.drawPoint(QPointF(14, 21))
    else:
        p.setPen(QPen(GREY, 2.4))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(box.adjusted(1, 1, -1, -1))


def _paint_flag(p: QPainter) -> None:
    p.setPen(QPen(RED, 2))
    p.drawLine(QPointF(22, 31), QPointF(22, 15))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawPolygon(QPolygonF([QPointF(22, 15), QPointF(31, 18.5), QPointF(22, 22)]))


@cache
def state_icon(state: ItemState, flagged: bool) -> QIcon:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_state(p, state)
    if flagged:
        _paint_flag(p)
    p.end()
    return QIcon(pixmap)
