"""The six dimensions as a radar, with the benchmark's published points (QPainter; no QtCharts)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.assessment.chart_legend import AGENCY, AGENCY_FILL, GRID, MUTED, draw_diamond


@dataclass(frozen=True, slots=True)
class RadarAxis:
    """One spoke: the agency's score (None when not assessable) and the benchmark's, if published."""

    label: str  # e.g. "D1"
    value: float | None
    value_text: str  # as the engine formats it, e.g. "72.5", or "–"
    benchmark: float | None = None


RINGS = (25, 50, 75, 100)


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radarChart")
        self._axes: tuple[RadarAxis, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_axes(self, axes: list[RadarAxis]) -> None:
        self._axes = tuple(axes)
        self.update()

    def axes(self) -> tuple[RadarAxis, ...]:
        return self._axes

    def minimumSizeHint(self) -> QSize:
        return QSize(300, 280)

    def sizeHint(self) -> QSize:
        return QSize(420, 360)

    def _label_box(self, fm: QFontMetricsF) -> tuple[float, float]:
        widest = max((fm.horizontalAdvance(t) for a in self._axes for t in (a.label, a.value_text)), default=30.0)
        return widest, fm.height() * 2

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._axes:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        p.setFont(font)
        fm = QFontMetricsF(font)
        label_w, label_h = self._label_box(fm)
        w, h = float(self.width()), float(self.height())
        radius = max(20.0, min((w - 2 * label_w - 24) / 2, (h - 2 * label_h - 16) / 2))
        centre = QPointF(w / 2, h / 2)
        n = len(self._axes)

        def point(k: int, value: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * k / n
            r = radius * max(0.0, min(value, 100.0)) / 100
            return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

        # Grid: rings and spokes.
        for ring in RINGS:
            p.setPen(QPen(GRID, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(QPolygonF([point(k, ring) for k in range(n)]))
        for k in range(n):
            p.setPen(QPen(GRID, 1))
            p.drawLine(centre, point(k, 100))

        # The agency: a filled polygon when every dimension has a score, else the scored points only.
        values = [a.value for a in self._axes]
        if all(v is not None for v in values):
            p.setPen(QPen(AGENCY, 2))
            p.setBrush(AGENCY_FILL)
            p.drawPolygon(QPolygonF([point(k, v or 0.0) for k, v in enumerate(values)]))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(AGENCY)
        for k, v in enumerate(values):
            if v is not None:
                p.drawEllipse(point(k, v), 3.5, 3.5)

        # The benchmark: only where it publishes a figure.
        for k, axis in enumerate(self._axes):
            if axis.benchmark is not None:
                draw_diamond(p, point(k, axis.benchmark), 6)

        # The ring values along the first spoke, over the data on a backing of the page colour:
        # the agency's outline often runs right through them (D1 near 75).
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        p.setFont(small)
        small_fm = QFontMetricsF(small)
        backing = self.palette().window().color()
        backing.setAlpha(215)
        for ring in RINGS:
            at = point(0, ring)
            text = str(ring)
            box = QRectF(at.x() + 3, at.y() + 1, small_fm.horizontalAdvance(text) + 2, small_fm.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(backing)
            p.drawRoundedRect(box, 2, 2)
            p.setPen(MUTED)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

        # Spoke labels: id (bold) and the score below it, placed outside the 100 ring.
        p.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        for k, axis in enumerate(self._axes):
            tip = point(k, 100)
            dx, dy = tip.x() - centre.x(), tip.y() - centre.y()
            box = QRectF(0, 0, label_w + 8, label_h)
            x = tip.x() - box.width() / 2 + (box.width() / 2 + 6) * (1 if dx > 1 else -1 if dx < -1 else 0)
            y = tip.y() - box.height() / 2 + (box.height() / 2 + 4) * (1 if dy > 1 else -1 if dy < -1 else 0)
            box.moveTo(x, y)
            top, bottom = QRectF(box), QRectF(box)
            top.setHeight(label_h / 2)
            bottom.setTop(box.top() + label_h / 2)
            p.setFont(bold)
            p.setPen(AGENCY)
            p.drawText(top, Qt.AlignmentFlag.AlignCenter, axis.label)
            p.setFont(font)
            p.setPen(MUTED if axis.value is None else self.palette().text().color())
            p.drawText(bottom, Qt.AlignmentFlag.AlignCenter, axis.value_text)
        p.end()
