"""The central office's view: every submission in force, the country at a glance, and drill-down.

The files a newer one replaced can be listed too (for "did you receive our first file?"), but
they never enter the figures, the summary export or a receipt: ``rows`` holds only those in force.

Central mode is any data folder that has received submission files. The
figures come from core.bundle.dashboard (exact); this page only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.agency_rules import province_name
from core.bundle.central import CentralOffice
from core.bundle.dashboard import (
    Dashboard,
    GroupSummary,
    ResultRow,
    agency_count,
    dashboard,
    in_name_order,
    result_rows,
)
from core.ministries import ministry_name
from core.model import Checklist
from core.numbers import fmt_number, fmt_signed
from core.records import AgencyKind
from gui.i18n import LanguageManager, Retranslating
from gui.labels import kind_label
from gui.pages.submission_table import BUNDLE_ROLE, SubmissionFilter, SubmissionTableModel
from gui.widgets.wrapping_label import WrappingLabel

NATIONAL = "TH-2560"

def _cell(text: str, align_center: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_center:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class CentralPage(Retranslating, QWidget):
    import_requested = Signal()
    export_summary_requested = Signal()
    receipt_requested = Signal(str)  # bundle id
    report_requested = Signal(str)  # bundle id

    def __init__(self, central: CentralOffice, checklist: Checklist, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.central = central
        self._checklist = checklist
        self._languages = LanguageManager.for_app()
        self.rows: list[ResultRow] = []  # in force: what the figures and the summary export count
        self._replaced: list[ResultRow] = []  # of the year shown, listed only on request
        self.dash: Dashboard | None = None
        layout = QVBoxLayout(self)
        self._heading = QLabel()
        self._heading.setObjectName("pageTitle")
        layout.addWidget(self._heading)
        self._intro = WrappingLabel()
        self._intro.setObjectName("muted")
        layout.addWidget(self._intro)

        controls = QHBoxLayout()
        self._year_label, self._group_label = QLabel(), QLabel()
        self.year = QComboBox()
        # Its years arrive with the first import, after it was first laid out with "All years" only.
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.grouping = QComboBox()
        for key in ("province", "ministry", "kind"):
            self.grouping.addItem("", key)
        self._year_label.setBuddy(self.year)
        self._group_label.setBuddy(self.grouping)
        self.import_button, self.export_button = QPushButton(), QPushButton()
        for widget in (self._year_label, self.year, self._group_label, self.grouping):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.import_button)
        controls.addWidget(self.export_button)
        layout.addLayout(controls)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.groups = QTableWidget(0, 8)
        self.model = SubmissionTableModel()
        self.proxy = SubmissionFilter()
        self.proxy.setSourceModel(self.model)
        self.submissions = QTableView()
        self.submissions.setModel(self.proxy)
        self.submissions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # In the dashboard's name order until a header is clicked ("(not given)" last).
        self.submissions.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.submissions.setSortingEnabled(True)
        for table in (self.groups, self.submissions):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setAlternatingRowColors(True)
            table.verticalHeader().hide()
            table.setWordWrap(True)
            # Tab moves on to the next control, as on the home screen; a table's default walks
            # every cell and never lets go. The arrow keys move between rows.
            table.setTabKeyNavigation(False)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.groups)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        self._list_title = QLabel()
        self._list_title.setObjectName("sectionTitle")
        list_header = QHBoxLayout()
        list_header.addWidget(self._list_title)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        list_header.addWidget(self.search, 1)
        self.show_replaced = QCheckBox()
        list_header.addWidget(self.show_replaced)
        below_layout.addLayout(list_header)
        below_layout.addWidget(self.submissions, 1)
        actions = QHBoxLayout()
        self.report_button, self.receipt_button = QPushButton(), QPushButton()
        actions.addWidget(self.report_button)
        actions.addWidget(self.receipt_button)
        actions.addStretch(1)
        below_layout.addLayout(actions)
        splitter.addWidget(below)
        layout.addWidget(splitter, 1)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("muted")
        layout.addWidget(self.empty_hint)

        self._year_picked = False
        self.year.currentIndexChanged.connect(self._year_changed)
        self.grouping.currentIndexChanged.connect(lambda _i: self._show_groups())
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_summary_requested)
        self.report_button.clicked.connect(lambda: self._emit_selected(self.report_requested))
        self.receipt_button.clicked.connect(lambda: self._emit_selected(self.receipt_requested))
        self.submissions.doubleClicked.connect(lambda _i: self._emit_selected(self.report_requested))
        self.submissions.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._hidden_choice: str | None = None  # selected, then hidden by the search
        self.search.textChanged.connect(self._search)
        self.show_replaced.toggled.connect(self._replaced_toggled)
        # The assessment page has its own Ctrl+F: a hidden page's shortcuts are off, so only the
        # page on show takes it. One shortcut per key: two on the same key are ambiguous, neither fires.
        keys = {k.toString(): k for k in (*QKeySequence.keyBindings(QKeySequence.StandardKey.Find),
                                          QKeySequence("Ctrl+F")) if not k.isEmpty()}
        for key in keys.values():
            QShortcut(key, self, self._focus_search)
        self.retranslate_ui()
        self.refresh()

    # --- data -------------------------------------------------------------------------------

    def selected_bundle(self) -> str | None:
        rows = self.submissions.selectionModel().selectedRows()
        return str(rows[0].data(BUNDLE_ROLE)) if rows else None

    def select_bundle(self, bundle_id: str) -> bool:
        """Select the row of this submission, if the list shows it."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(BUNDLE_ROLE) == bundle_id:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.submissions.selectionModel().select(index, flags)
                self.submissions.setCurrentIndex(index)
                self.submissions.scrollTo(index)
                return True
        return False

    def _search(self, text: str) -> None:
        # A submission the search hides is unselected (Report must not act on what is not shown),
        # and selected again when a wider search shows it.
        keep = self.selected_bundle() or self._hidden_choice
        self.submissions.selectionModel().clear()  # the current row too: hiding it would select its neighbour
        self.proxy.set_text(text)
        found = keep is not None and self.select_bundle(keep)
        self._hidden_choice = None if found else keep
        self._show_list_title()
        self._update_buttons()

    def _replaced_toggled(self, _on: bool) -> None:
        self._show_submissions()
        self._show_list_title()
        self._update_buttons()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit_selected(self, signal: Signal) -> None:
        bundle = self.selected_bundle()
        if bundle is not None:
            signal.emit(bundle)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        everything = result_rows(self.central.store.list_submissions(include_superseded=True))
        all_rows = [r for r in everything if r.superseded_by is None]
        years = sorted({r.fiscal_year for r in all_rows}, reverse=True)
        # The latest year by default: an agency counted in two years would weigh twice in a mean.
        chosen = self.year.currentData() if self._year_picked else (years[0] if years else None)
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self._all_rows = all_rows
        self._all_replaced = [r for r in everything if r.superseded_by is not None]
        self._show()

    def _year_changed(self, _index: int) -> None:
        self._year_picked = True
        self._show()

    def _show(self) -> None:
        year = self.year.currentData()
        self.rows = [r for r in self._all_rows if year is None or r.fiscal_year == year]
        self._replaced = [r for r in self._all_replaced if year is None or r.fiscal_year == year]
        self.dash = dashboard(self.rows, self._checklist)
        self._show_groups()
        # Room for an agency name on two lines, as on the home screen: the names of thousands of
        # local offices begin alike (องค์การบริหารส่วนตำบล…), and one line cut off the part that
        # tells them apart. (Sizing rows to their contents would measure every cell.)
        self.submissions.verticalHeader().setDefaultSectionSize(2 * self.submissions.fontMetrics().lineSpacing() + 10)
        self._show_submissions()
        self._show_counts()
        self.empty_hint.setVisible(not self.rows)
        self._update_buttons()

    def _group_name(self, g: GroupSummary) -> str:
        if g.grouping == "all":
            return self.tr("All agencies")
        if not g.key:
            return self.tr("(not given)")
        if g.grouping == "kind":
            try:
                return kind_label(AgencyKind(g.key))
            except ValueError:
                return g.key
        if g.grouping == "province":
            return province_name(g.key, self._languages.lang)
        return ministry_name(g.label, self._languages.lang)

    def _show_groups(self) -> None:
        if self.dash is None:
            return
        grouping = self.grouping.currentData()
        groups = in_name_order(self.dash.groups[grouping], self._group_name, self._languages.lang)
        summaries = [self.dash.total, *groups]
        self.groups.setRowCount(len(summaries))
        for row, g in enumerate(summaries):
            delta = g.overall_vs.get(NATIONAL)
            values = [
                self._group_name(g), str(g.count),
                "-" if g.mean_overall is None else fmt_number(g.mean_overall),
                *(str(g.levels.get(level, 0)) for level in (1, 2, 3, 4)),
                "-" if delta is None else fmt_signed(delta),
            ]
            for column, text in enumerate(values):
                self.groups.setItem(row, column, _cell(text, column > 0))
            if row == 0:
                for column in range(len(values)):
                    cell = self.groups.item(row, column)
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
        _fit_columns(self.groups)

    def _show_submissions(self) -> None:
        # The selection must stay with the submission, not the row number: the rows move when a
        # year is picked or files arrive, and Report and Make receipt act on what is selected.
        chosen = self.selected_bundle() or self._hidden_choice
        self.submissions.selectionModel().clear()  # the current row too: removing it would select its neighbour
        history = self.show_replaced.isChecked()
        self.model.set_rows([*self.rows, *self._replaced] if history else self.rows, self._languages.lang,
                            history=history)
        header = self.submissions.horizontalHeader()
        if header.sortIndicatorSection() >= self.model.columnCount():  # sorted by "Replaced by", now gone
            self.submissions.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        if chosen is not None and not self.select_bundle(chosen):
            self._hidden_choice = chosen if self.search.text().strip() else None
        _fit_columns(self.submissions)

    def _show_counts(self) -> None:
        """Over all years an agency has one submission per year: the count says submissions, not agencies."""
        all_years = self.year.currentData() is None
        count = self.groups.horizontalHeaderItem(1)
        if count is not None:
            count.setText(self.tr("Submissions", "column: how many") if all_years else self.tr("Agencies"))
            count.setToolTip(self.tr("With all years, an agency is counted once for each year it sent a result")
                             if all_years else "")
        self._show_list_title()
        _fit_columns(self.groups)

    def _show_list_title(self) -> None:
        """How many submissions; while a search is on, how many of them it shows; then how many replaced ones."""
        replaced = sum(1 for row in range(self.proxy.rowCount())
                       if self.model.row(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).superseded_by)
        shown, total = self.proxy.rowCount() - replaced, len(self.rows)
        if self.search.text().split():  # "4 of 4" too: the officer sees the list is searched
            title = self.tr("Submissions: showing %1 of %2").replace("%2", str(total))
        elif self.year.currentData() is None:
            title = self.tr("Submissions: %1 from %2 agencies").replace("%2", str(agency_count(self.rows)))
        else:
            title = self.tr("Submissions: %1")
        title = title.replace("%1", str(shown))
        if self.show_replaced.isChecked():
            title = self.tr("%1, plus %2 replaced").replace("%2", str(replaced)).replace("%1", title)
        self._list_title.setText(title)

    def _update_buttons(self) -> None:
        chosen = self.selected_bundle()
        # A replaced file is history: a receipt says "accepted", and only the file in force is.
        replaced = chosen is not None and any(r.bundle_id == chosen for r in self._replaced)
        self.report_button.setEnabled(chosen is not None)
        self.receipt_button.setEnabled(chosen is not None and not replaced)
        self.receipt_button.setToolTip(
            self.tr("A replaced file gets no receipt: choose the file in force") if replaced
            else self.tr("Write a signed receipt for the selected submission, to send back"))
        self.export_button.setEnabled(bool(self.rows))

    # --- language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # Retranslating re-reads the strings
        if event.type() == QEvent.Type.LanguageChange and self.dash is not None:
            self._show()  # the figures' labels are built with the text

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Central office: results received"))
        self._intro.set_plain_text(self.tr(
            "Submissions in force, one per agency and year (a newer file from the same agency replaces the older; "
            "the history is kept). Comparisons with the 2017 survey are indicative only."))
        self._year_label.setText(self.tr("Fiscal year"))
        self._group_label.setText(self.tr("Group by"))
        for index, text in enumerate((self.tr("Province"), self.tr("Ministry"), self.tr("Agency type"))):
            self.grouping.setItemText(index, text)
        if self.year.count():
            self.year.setItemText(0, self.tr("All years"))
        self.import_button.setText(self.tr("Import files…"))
        self.export_button.setText(self.tr("Export summary…"))
        self.export_button.setToolTip(self.tr("Save the summary as Excel (.xlsx) or CSV"))
        self.report_button.setText(self.tr("Report…"))
        self.report_button.setToolTip(self.tr("Print the certificate or full report of the selected submission"))
        self.receipt_button.setText(self.tr("Make receipt…"))
        self.empty_hint.setText(self.tr("No submission files imported yet. Choose “Import files…”."))
        self.search.setPlaceholderText(self.tr("Search by agency, code, province or ministry"))
        self.search.setAccessibleName(self.tr("Search submissions"))
        self.show_replaced.setText(self.tr("Show replaced files too"))
        self.show_replaced.setToolTip(self.tr(
            "Also list the older files an agency sent for a year before a newer one replaced them. "
            "They are not counted in the figures above."))
        self.search.setToolTip(self.tr("Agency name in Thai or English, agency code, province, ministry or "
                                       "verification code (Ctrl+F)"))
        self.groups.setHorizontalHeaderLabels([
            self.tr("Group"), "", self.tr("Mean score"), self.tr("Level 1"), self.tr("Level 2"),
            self.tr("Level 3"), self.tr("Level 4"), self.tr("vs Thailand 2017"),
        ])
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        for widget, name in ((self.year, self.tr("Fiscal year")), (self.grouping, self.tr("Group by")),
                             (self.groups, self.tr("Summary by group")), (self.submissions, self.tr("Submissions"))):
            widget.setAccessibleName(name)
        for button in (self.import_button, self.export_button, self.report_button, self.receipt_button):
            button.setAccessibleName(button.text().rstrip("…"))


COLUMN_PADDING = 16  # Qt's fit leaves a header's text touching the next one ("ระดับ 1ระดับ 2")


def _fit_columns(table: QTableView | QTableWidget) -> None:
    """Each figure column as wide as its widest text plus some air; the first (names) takes the rest."""
    table.resizeColumnsToContents()
    for column in range(1, table.model().columnCount()):
        table.setColumnWidth(column, table.columnWidth(column) + COLUMN_PADDING)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
