"""One bar per dimension, 0–100, with the benchmark's published figures as ticks (QPainter; no QtCharts).

Each row has its dimension name above the bar; long Thai names wrap at word
boundaries (U+200B hints), and the widget asks for the height its rows need.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from core.linebreak import with_break_hints
from gui.assessment.chart_legend import AGENCY, BENCHMARK, GRID, MUTED, TRACK, draw_diamond


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # e.g. "D1 แนวนโยบายและหลักปฏิบัติ (20%)"
    value: float | None  # None: not assessable
    value_text: str  # as the engine formats it, or a word such as "not assessable"
    benchmark: float | None = None


BAR_H = 14.0
ROW_GAP = 10.0
LABEL_GAP = 3.0
WRAP = int(Qt.TextFlag.TextWordWrap)


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self._bars: tuple[Bar, ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = tuple(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    # --- geometry ------------------------------------------------------------------------------------------

    def _value_width(self, fm: QFontMetricsF) -> float:
        return max((fm.horizontalAdvance(b.value_text) for b in self._bars), default=40.0) + 10

    def _label_height(self, fm: QFontMetricsF, width: float, text: str) -> float:
        rect = fm.boundingRect(QRectF(0, 0, max(width, 10.0), 10_000), WRAP, with_break_hints(text))
        return rect.height()

    def _row_heights(self, width: float) -> list[float]:
        fm = QFontMetricsF(self.font())
        return [self._label_height(fm, width, b.label) + LABEL_GAP + BAR_H for b in self._bars]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        fm = QFontMetricsF(self.font())
        rows = self._row_heights(float(width))
        return int(sum(rows) + ROW_GAP * len(rows) + fm.height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:
        # The height the current width needs: a taller "minimum" (at 280 px) would disagree with
        # heightForWidth, and the scroll area would then squash the page for one frame.
        return QSize(280, self.heightForWidth(max(self.width(), 280)))

    # --- painting ------------------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self._bars:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        fm = QFontMetricsF(font)
        width = float(self.width())
        value_w = self._value_width(fm)
        track_w = max(40.0, width - value_w - 4)
        heights = self._row_heights(width)
        y = 0.0
        text_colour = self.palette().text().color()
        for bar, row_h in zip(self._bars, heights, strict=True):
            label_h = row_h - LABEL_GAP - BAR_H
            p.setFont(font)
            p.setPen(text_colour)
            p.drawText(QRectF(0, y, width, label_h), WRAP, with_break_hints(bar.label))
            top = y + label_h + LABEL_GAP
            track = QRectF(0, top, track_w, BAR_H)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TRACK)
            p.drawRoundedRect(track, 3, 3)
            if bar.value is not None and bar.value > 0:
                filled = QRectF(track)
                filled.setWidth(track_w * min(bar.value, 100.0) / 100)
                p.setBrush(AGENCY)
                p.drawRoundedRect(filled, 3, 3)
            if bar.benchmark is not None:
                x = track_w * min(bar.benchmark, 100.0) / 100
                p.setPen(QPen(BENCHMARK, 2))
                p.drawLine(QPointF(x, top - 2), QPointF(x, top + BAR_H + 2))
                draw_diamond(p, QPointF(x, top + BAR_H / 2), 5)
            p.setPen(text_colour if bar.value is not None else MUTED)
            p.drawText(
                QRectF(track_w + 6, top - (fm.height() - BAR_H) / 2, value_w, fm.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), bar.value_text,
            )
            y += row_h + ROW_GAP
        # The scale under the last bar.
        p.setPen(QPen(GRID, 1))
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        p.setFont(small)
        sfm = QFontMetricsF(small)
        for tick in (0, 25, 50, 75, 100):
            x = track_w * tick / 100
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x, y - ROW_GAP + 2), QPointF(x, y - ROW_GAP + 6))
            p.setPen(MUTED)
            text = str(tick)
            tx = min(max(0.0, x - sfm.horizontalAdvance(text) / 2), width - sfm.horizontalAdvance(text))
            p.drawText(QPointF(tx, y - ROW_GAP + 6 + sfm.ascent()), text)
        p.end()
