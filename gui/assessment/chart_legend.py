"""The charts' shared colours, and a legend made of real labels (so long Thai entries wrap, never clip)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QGridLayout, QWidget

from gui.widgets.wrapping_label import WrappingLabel

AGENCY = QColor("#1f4e79")
AGENCY_FILL = QColor(31, 78, 121, 60)
BENCHMARK = QColor("#c8501e")
GRID = QColor("#c9d0d8")
TRACK = QColor("#e8ecf0")
MUTED = QColor("#5b6570")


class Mark(Enum):
    AREA = "area"
    BAR = "bar"
    DIAMOND = "diamond"


def draw_diamond(p: QPainter, centre: QPointF, half: float) -> None:
    p.setPen(QPen(QColor("white"), 1.2))
    p.setBrush(BENCHMARK)
    p.drawPolygon(QPolygonF([
        QPointF(centre.x(), centre.y() - half), QPointF(centre.x() + half, centre.y()),
        QPointF(centre.x(), centre.y() + half), QPointF(centre.x() - half, centre.y()),
    ]))


class _Swatch(QWidget):
    def __init__(self, mark: Mark, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mark = mark
        self.setFixedSize(QSize(18, 18))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(2, 3, 14, 12)
        if self._mark is Mark.AREA:
            p.setPen(QPen(AGENCY, 2))
            p.setBrush(AGENCY_FILL)
            p.drawRect(box)
        elif self._mark is Mark.BAR:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(AGENCY)
            p.drawRect(box)
        else:
            draw_diamond(p, box.center(), 7)
        p.end()


class ChartLegend(QWidget):
    """Rows of a painted mark and a wrapping label."""

    def __init__(self, marks: tuple[Mark, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.labels: list[WrappingLabel] = []
        for row, mark in enumerate(marks):
            grid.addWidget(_Swatch(mark), row, 0, Qt.AlignmentFlag.AlignTop)
            label = WrappingLabel()
            grid.addWidget(label, row, 1)
            self.labels.append(label)

    def set_texts(self, texts: list[str]) -> None:
        for label, text in zip(self.labels, texts, strict=True):
            label.set_plain_text(text)
