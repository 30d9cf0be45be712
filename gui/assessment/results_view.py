"""The results of the stored answers: score, level, charts, level ratios, the path onward, benchmark deltas.

Every figure is the engine's ScoreCard (via the service) formatted with
core.numbers, exactly as the command line and the report show it.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.benchmark import BenchmarkComparison, compare_benchmarks
from core.errors import KaoError
from core.model import Benchmark, Checklist
from core.numbers import fmt_number, fmt_signed
from core.scoring import ScoreCard
from gui.assessment.bar_chart import Bar, BarChart
from gui.assessment.chart_legend import ChartLegend, Mark
from gui.assessment.radar_chart import RadarAxis, RadarChart
from gui.assessment.session import AssessmentSession
from gui.i18n import LanguageManager, Retranslating
from gui.widgets.wrapping_label import WrappingLabel


def _place(grid: QGridLayout, widget: QWidget, row: int, col: int, align: Qt.AlignmentFlag | None = None) -> None:
    if align is None:
        grid.addWidget(widget, row, col)
    else:
        grid.addWidget(widget, row, col, align)
    # Shown now, not by the layout's queued show: hidden newcomers would make the first frame's
    # height estimate too small and the scroll area would squash the page once.
    widget.show()


def _section(title: QLabel, body: QWidget | None = None) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 10, 16, 14)
    title.setObjectName("sectionTitle")
    title.setIndent(0)
    layout.addWidget(title)
    if body is not None:
        layout.addWidget(body)
    return frame


class ResultsView(Retranslating, QScrollArea):
    """``item_activated(item_id)``: the user clicked an item on the path to the next level."""

    item_activated = Signal(str)

    def __init__(self, session: AssessmentSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._session = session
        self._checklist: Checklist = session.checklist
        self._languages = languages
        self._stale = True
        self.card: ScoreCard | None = None
        self.comparisons: tuple[BenchmarkComparison, ...] = ()

        content = QWidget()
        content.setObjectName("resultsContent")
        self.setWidget(content)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(4, 4, 12, 12)
        outer.setSpacing(12)
        self.error_label = WrappingLabel()
        self.error_label.setObjectName("savedStateError")
        self.error_label.hide()
        outer.addWidget(self.error_label)

        # Score and level, side by side.
        top = QHBoxLayout()
        top.setSpacing(12)
        score_box = QFrame()
        score_box.setObjectName("card")
        score_layout = QVBoxLayout(score_box)
        self.overall_title = QLabel()
        self.overall_title.setObjectName("fieldTitle")
        self.overall_value = QLabel()
        self.overall_value.setObjectName("bigFigure")
        self.overall_note = WrappingLabel()
        self.overall_note.setObjectName("muted")
        for w in (self.overall_title, self.overall_value, self.overall_note):
            score_layout.addWidget(w)
        score_layout.addStretch(1)
        top.addWidget(score_box, 2)
        badge = QFrame()
        badge.setObjectName("levelBadge")
        badge_layout = QVBoxLayout(badge)
        self.level_value = QLabel()
        self.level_value.setObjectName("badgeLevel")
        self.level_name_th = WrappingLabel()
        self.level_name_th.setObjectName("badgeName")
        self.level_name_en = WrappingLabel()
        self.level_name_en.setObjectName("badgeNameOther")
        for w in (self.level_value, self.level_name_th, self.level_name_en):
            badge_layout.addWidget(w)
        badge_layout.addStretch(1)
        top.addWidget(badge, 3)
        outer.addLayout(top)

        # The charts.
        charts = QHBoxLayout()
        charts.setSpacing(12)
        self.radar = RadarChart()
        self.radar_legend = ChartLegend((Mark.AREA, Mark.DIAMOND))
        radar_body = QWidget()
        radar_layout = QVBoxLayout(radar_body)
        radar_layout.setContentsMargins(0, 0, 0, 0)
        radar_layout.addWidget(self.radar, 1)
        radar_layout.addWidget(self.radar_legend)
        self.radar_title = QLabel()
        charts.addWidget(_section(self.radar_title, radar_body), 1)
        self.bars = BarChart()
        self.bar_legend = ChartLegend((Mark.BAR, Mark.DIAMOND))
        bar_body = QWidget()
        bar_layout = QVBoxLayout(bar_body)
        bar_layout.setContentsMargins(0, 0, 0, 0)
        bar_layout.addWidget(self.bars)
        bar_layout.addWidget(self.bar_legend)
        bar_layout.addStretch(1)
        self.bar_title = QLabel()
        charts.addWidget(_section(self.bar_title, bar_body), 1)
        outer.addLayout(charts)

        # Level ratios and blocked levels.
        self.levels_title = QLabel()
        levels_body = QWidget()
        levels_layout = QVBoxLayout(levels_body)
        levels_layout.setContentsMargins(0, 0, 0, 0)
        self.levels_intro = WrappingLabel()
        self.levels_intro.setObjectName("muted")
        levels_layout.addWidget(self.levels_intro)
        self.levels_grid = QGridLayout()
        self.levels_grid.setColumnStretch(0, 1)
        self.levels_grid.setHorizontalSpacing(14)
        levels_layout.addLayout(self.levels_grid)
        self.blocked_label = WrappingLabel()
        self.blocked_label.setObjectName("warning")
        levels_layout.addWidget(self.blocked_label)
        outer.addWidget(_section(self.levels_title, levels_body))

        # The path to the next level.
        self.path_title = QLabel()
        path_body = QWidget()
        path_layout = QVBoxLayout(path_body)
        path_layout.setContentsMargins(0, 0, 0, 0)
        self.path_intro = WrappingLabel()
        path_layout.addWidget(self.path_intro)
        self.path_grid = QGridLayout()
        self.path_grid.setColumnStretch(1, 1)
        self.path_grid.setHorizontalSpacing(12)
        path_layout.addLayout(self.path_grid)
        outer.addWidget(_section(self.path_title, path_body))

        # Benchmarks, marked indicative.
        self.bench_title = QLabel()
        bench_body = QWidget()
        bench_layout = QVBoxLayout(bench_body)
        bench_layout.setContentsMargins(0, 0, 0, 0)
        self.bench_intro = WrappingLabel()
        self.bench_intro.setObjectName("muted")
        bench_layout.addWidget(self.bench_intro)
        self.bench_grid = QGridLayout()
        self.bench_grid.setColumnStretch(0, 2)
        self.bench_grid.setColumnStretch(1, 5)
        self.bench_grid.setHorizontalSpacing(14)
        bench_layout.addLayout(self.bench_grid)
        outer.addWidget(_section(self.bench_title, bench_body))
        outer.addStretch(1)

        # Filled by refresh(), read by the tests: what is on screen, per figure.
        self.level_ratio_labels: dict[int, QLabel] = {}
        self.path_rows: list[tuple[QPushButton, WrappingLabel, QLabel]] = []
        self.delta_labels: dict[str, WrappingLabel] = {}
        self._level_rows: list[tuple[WrappingLabel, QLabel, QLabel, QLabel]] = []
        self._path_pool: list[tuple[QPushButton, WrappingLabel, QLabel]] = []
        self._bench_rows: list[tuple[WrappingLabel, WrappingLabel]] = []

        # The fixed rows are made now, while the page opens, not when the results are first shown.
        for row in range(len(self._checklist.levels)):
            self._level_row(row)
        session.answer_changed.connect(self._mark_stale)
        session.status_changed.connect(self._mark_stale)
        self.retranslate_ui()

    # --- public --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Score the stored answers and show every figure."""
        self._stale = False
        try:
            card = self._session.score()
        except KaoError as exc:
            self.error_label.set_plain_text(exc.sentence(self._languages.lang))
            self.error_label.show()
            return
        self.error_label.hide()
        self.card = card
        self.comparisons = compare_benchmarks(card, self._checklist)
        self._show_score(card)
        self._show_charts(card)
        self._show_levels(card)
        self._show_path(card)
        self._show_benchmarks()
        self._settle()

    def _settle(self) -> None:
        """Lay the new rows out now, so no frame shows them squashed while Qt catches up."""
        content = self.widget()
        layout = content.layout()
        layout.invalidate()
        layout.activate()
        width = self.viewport().width()
        content.resize(width, max(content.heightForWidth(width), layout.minimumSize().height(),
                                  self.viewport().height()))

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Results"))
        self.overall_title.setText(self.tr("Overall score (out of 100)"))
        self.radar_title.setText(self.tr("Dimensions at a glance"))
        self.radar.setAccessibleName(self.tr("Radar chart of the six dimension scores"))
        self.bar_title.setText(self.tr("Score per dimension"))
        self.bars.setAccessibleName(self.tr("Bar chart of the six dimension scores"))
        self.levels_title.setText(self.tr("Level ratios"))
        self.path_title.setText(self.tr("Path to the next level"))
        self.bench_title.setText(self.tr("Compared with the 2017 survey (indicative)"))
        self.bench_intro.set_plain_text(self.tr(
            "Indicative only: the 2017 survey used its own questions. Only the figures it published are "
            "compared; dimensions it did not publish are left out."
        ))
        if self.card is not None:
            self._mark_stale()

    # --- internals -----------------------------------------------------------------------------------------

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _national(self) -> Benchmark | None:
        """The benchmark drawn on the charts: the checklist's first, the national survey."""
        return self._checklist.benchmarks[0] if self._checklist.benchmarks else None

    def _show_score(self, card: ScoreCard) -> None:
        lang = self._languages.lang
        self.overall_value.setText("–" if card.overall is None else fmt_number(card.overall))
        self.overall_value.setAccessibleName(
            self.tr("Overall score %1").replace("%1", self.overall_value.text())
        )
        notes = []
        if not card.complete:
            missing = len(card.unanswered) + len(card.na_without_reason)
            notes.append(self.tr("Draft: %1 item(s) still open count as No.").replace("%1", str(missing)))
        if card.provisional:
            notes.append(self.tr("Provisional: a dimension has too few applicable items and is left out."))
        self.overall_note.set_plain_text(" ".join(notes))
        self.overall_note.setVisible(bool(notes))
        level = self._checklist.level(card.level)
        self.level_value.setText(self.tr("Level %1").replace("%1", str(card.level)))
        self.level_name_th.set_plain_text(level.name.th)
        self.level_name_en.set_plain_text(level.name.en)
        self.level_value.setAccessibleName(
            self.tr("Level %1: %2").replace("%1", str(card.level)).replace("%2", level.name.get(lang))
        )

    def _show_charts(self, card: ScoreCard) -> None:
        lang = self._languages.lang
        national = self._national()
        published = dict(national.dimensions) if national else {}
        axes: list[RadarAxis] = []
        bars: list[Bar] = []
        described: list[str] = []
        for dim in self._checklist.dimensions:
            score = card.dimensions[dim.id].score
            text = fmt_number(score) if score is not None else "–"
            bench = float(published[dim.id]) if dim.id in published else None
            axes.append(RadarAxis(dim.id, None if score is None else float(score), text, bench))
            bar_text = text if score is not None else self.tr("not assessable")
            bars.append(Bar(f"{dim.id} {dim.name.get(lang)} ({dim.weight}%)",
                            None if score is None else float(score), bar_text, bench))
            described.append(f"{dim.id} {dim.name.get(lang)}: {bar_text}")
        self.radar.set_axes(axes)
        self.bars.set_bars(bars)
        description = "; ".join(described)
        self.radar.setAccessibleDescription(description)
        self.bars.setAccessibleDescription(description)
        agency = self.tr("This assessment")
        if national is not None:
            ids = ", ".join(published)
            bench = (self.tr("%1: only the published figures (%2)")
                     .replace("%1", national.name.get(lang)).replace("%2", ids))
        else:
            bench = self.tr("No benchmark figures")
        self.radar_legend.set_texts([agency, bench])
        self.bar_legend.set_texts([agency, bench])

    def _level_row(self, row: int) -> tuple[WrappingLabel, QLabel, QLabel, QLabel]:
        """The widgets of one level row, made on first use and kept (making widgets is the slow part)."""
        while len(self._level_rows) <= row:
            n = len(self._level_rows)
            widgets = (WrappingLabel(), QLabel(), QLabel(), QLabel())
            widgets[1].setObjectName("figure")
            widgets[1].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widgets[2].setObjectName("muted")
            for col, widget in enumerate(widgets):
                _place(self.levels_grid, widget, n, col)
            self._level_rows.append(widgets)
        return self._level_rows[row]

    def _show_levels(self, card: ScoreCard) -> None:
        lang = self._languages.lang
        theta = fmt_number(self._checklist.threshold, 2)
        self.levels_intro.set_plain_text(self.tr(
            "Each level's ratio is the credit earned over its applicable items. A level passes at %1 or more, "
            "and a level counts only when every level below it passes too."
        ).replace("%1", theta))
        self.level_ratio_labels = {}
        for row, (n, result) in enumerate(card.levels.items()):
            name, ratio, counted, verdict = self._level_row(row)
            name.set_plain_text(self.tr("Level %1: %2").replace("%1", str(n))
                                .replace("%2", self._checklist.level(n).name.get(lang)))
            ratio.setText("–" if result.ratio is None else fmt_number(result.ratio, 4))
            ratio.setAccessibleName(self.tr("Ratio of level %1: %2").replace("%1", str(n)).replace("%2", ratio.text()))
            counted.setText(self.tr("%1 of %2 items apply").replace("%1", str(result.applicable))
                            .replace("%2", str(result.total)))
            if result.passed:
                verdict.setText(self.tr("passed"))
                style = "passed"
            elif not result.creditable:
                verdict.setText(self.tr("too few items apply"))
                style = "failed"
            else:
                verdict.setText(self.tr("not passed"))
                style = "failed"
            if verdict.objectName() != style:
                verdict.setObjectName(style)
                verdict.style().unpolish(verdict)
                verdict.style().polish(verdict)
            self.level_ratio_labels[n] = ratio
        if card.blocked_levels:
            lines = [
                self.tr("Level %1 passes on its own (ratio %2), but it does not count until every level below it "
                        "passes.").replace("%1", str(n)).replace("%2", fmt_number(card.levels[n].ratio or 0, 4))
                for n in card.blocked_levels
            ]
            self.blocked_label.set_plain_text("\n".join(lines))
            self.blocked_label.show()
        else:
            self.blocked_label.hide()

    def _path_row(self, row: int) -> tuple[QPushButton, WrappingLabel, QLabel]:
        while len(self._path_pool) <= row:
            n = len(self._path_pool)
            button = QPushButton()
            button.setObjectName("linkButton")
            button.clicked.connect(lambda _checked=False, b=button: self.item_activated.emit(b.text()))
            text = WrappingLabel()
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            gain = QLabel()
            gain.setObjectName("figure")
            gain.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            _place(self.path_grid, button, n, 0, Qt.AlignmentFlag.AlignTop)
            _place(self.path_grid, text, n, 1)
            _place(self.path_grid, gain, n, 2)
            # Made after the page set its tab order, a new button would land at the end of the chain,
            # past Back; Tab reaches the items right after the results themselves, in their order.
            QWidget.setTabOrder(self._path_pool[-1][0] if self._path_pool else self, button)
            self._path_pool.append((button, text, gain))
        return self._path_pool[row]

    def _show_path(self, card: ScoreCard) -> None:
        lang = self._languages.lang
        self.path_rows = []
        path = card.next_level_path
        if path is None:
            self.path_intro.set_plain_text(self.tr("The highest level is reached. Keep the evidence up to date."))
        elif not path.reachable:
            self.path_intro.set_plain_text(self.tr(
                "Level %1 cannot be reached by changing answers: too many items in a level are N/A."
            ).replace("%1", str(path.target_level)))
        else:
            self.path_intro.set_plain_text(self.tr(
                "To reach level %1, answer Yes (with evidence) to these %2 item(s). Click an item to open it."
            ).replace("%1", str(path.target_level)).replace("%2", str(len(path.steps))))
            for row, step in enumerate(path.steps):
                button, text, gain = self._path_row(row)
                button.setText(step.item_id)
                button.setAccessibleName(self.tr("Open item %1").replace("%1", step.item_id))
                text.set_plain_text(self._checklist.item(step.item_id).text.get(lang))
                gain.setText(self.tr("+%1 points").replace("%1", fmt_number(step.overall_gain, 2)))
                self.path_rows.append((button, text, gain))
        for row, widgets in enumerate(self._path_pool):
            for widget in widgets:
                widget.setVisible(row < len(self.path_rows))

    def _show_benchmarks(self) -> None:
        lang = self._languages.lang
        self.delta_labels = {}
        while len(self._bench_rows) < len(self.comparisons):
            n = len(self._bench_rows)
            name, deltas = WrappingLabel(), WrappingLabel()
            name.setObjectName("fieldTitle")
            _place(self.bench_grid, name, n, 0, Qt.AlignmentFlag.AlignTop)
            _place(self.bench_grid, deltas, n, 1)
            self._bench_rows.append((name, deltas))
        for (name, deltas), comp in zip(self._bench_rows, self.comparisons, strict=False):
            name.set_plain_text(comp.benchmark.name.get(lang))
            parts = []
            if comp.overall is not None:
                parts.append(self._delta_text(self.tr("Overall"), comp.overall.agency, comp.overall.benchmark,
                                              comp.overall.delta))
            for dim_id, delta in comp.dimensions.items():
                parts.append(self._delta_text(dim_id, delta.agency, delta.benchmark, delta.delta))
            if not parts:
                parts.append(self.tr("Nothing to compare yet."))
            deltas.set_plain_text(" · ".join(parts))
            self.delta_labels[comp.benchmark.id] = deltas

    def _delta_text(self, what: str, agency: Fraction, bench: Decimal, delta: Fraction) -> str:
        return (self.tr("%1 %2 vs %3 (%4)").replace("%1", what).replace("%2", fmt_number(agency))
                .replace("%3", fmt_number(bench)).replace("%4", fmt_signed(delta)))
