"""The home screen: every assessment with its progress, search and filters, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.errors import KaoError
from core.linebreak import with_break_hints
from core.model import Checklist
from core.records import AssessmentService, AssessmentStatus, AssessmentSummary
from gui.crash import show_error
from gui.i18n import LanguageManager, Retranslating
from gui.labels import status_label
from gui.pages.assessment_table import SUMMARY_ROLE, AssessmentFilter, AssessmentTableModel
from gui.pages.checklist_overview import ChecklistOverview
from gui.widgets.wrapping_label import WrappingLabel


class HomePage(Retranslating, QWidget):
    open_requested = Signal(int)
    import_requested = Signal()
    export_requested = Signal(int)

    def __init__(self, service: AssessmentService, checklist: Checklist, languages: LanguageManager,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._languages = languages
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        self._heading = QLabel()
        self._heading.setObjectName("pageTitle")
        header.addWidget(self._heading, 1)
        self.new_button = QPushButton()
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_assessment)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self._intro = WrappingLabel()
        self._intro.setObjectName("muted")
        layout.addWidget(self._intro)

        body = self._body = QHBoxLayout()
        layout.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 1)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem("", None)
        for status in AssessmentStatus:
            self.status_filter.addItem("", status)
        self.show_deleted = QCheckBox()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.show_deleted)
        left.addLayout(filters)

        self.model = AssessmentTableModel()
        self.proxy = AssessmentFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setModel(self.model.header)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # Tab leaves the list for the buttons under it; a table's default walks every cell of every
        # row instead, and never got past the last one, so Open, Copy, Import and Export were out
        # of the keyboard's reach. The arrow keys move between rows.
        self.table.setTabKeyNavigation(False)
        # Fixed widths from the header texts (see _fit_columns): sizing every column and row to
        # its contents makes Qt measure every cell on each layout pass, seconds for a long list.
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        left.addWidget(self.table, 1)
        self.empty_hint = WrappingLabel()
        self.empty_hint.setObjectName("muted")
        left.addWidget(self.empty_hint)

        actions = QHBoxLayout()
        self.open_button = QPushButton()
        self.copy_button = QPushButton()
        self.delete_button = QPushButton()
        self.restore_button = QPushButton()
        self.agency_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        for button in (self.open_button, self.copy_button, self.agency_button, self.delete_button,
                       self.restore_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        left.addLayout(actions)
        self.overview = ChecklistOverview(checklist, languages, self)
        # A reference panel: it must never squeeze the agency names out of the list.
        self.overview.setMaximumWidth(330)
        body.addWidget(self.overview)

        self.open_button.clicked.connect(self.open_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.agency_button.clicked.connect(self.edit_agency)
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.returnPressed.connect(self._enter_in_search)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_filter.currentData()))
        # After the filter has its new rows: the hint says whether the search found nothing.
        self.search.textChanged.connect(lambda _t: self._update_hint())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._update_hint())
        self.show_deleted.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for key, slot in (("Del", self.delete_selected), ("Return", self.open_selected)):
            # On the list only: window-wide, Delete in the status filter asked to trash the selected
            # assessment. The context by name keeps `Qt` off start-up (see assessment_table.DISPLAY_ROLE).
            QShortcut(QKeySequence(key), self.table, slot).setProperty("context", "WidgetShortcut")
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self._export_selected)
        self.refresh()
        self.retranslate_ui()

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected()
        rows = self._service.list_assessments(include_deleted=self.show_deleted.isChecked())
        if self.show_deleted.isChecked():
            rows = [r for r in rows if r.deleted]
        # In the order the list opens sorted by, so it is right before sorting is turned on.
        rows.sort(key=lambda r: r.updated_at, reverse=True)
        self.model.set_rows(rows)
        self._fit_rows()
        if keep is not None:
            self.select(keep.id)
        self._update_buttons()

    def enable_sorting(self) -> None:
        """Sort by last change, newest first, and let header clicks sort; MainWindow calls this
        once the window has been painted. Before then the rows are already in this order: naming
        the order builds PySide's whole `Qt` namespace, 12 ms (see assessment_table.DISPLAY_ROLE)."""
        if self.table.isSortingEnabled():
            return
        from PySide6.QtCore import Qt

        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)

    # Below this width the checklist panel gives its room to the list: agency names must have
    # enough width to wrap between words, never inside one.
    OVERVIEW_MIN_WIDTH = 1180

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_overview()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Settings › font size: the panel grows or shrinks
            QTimer.singleShot(0, self, self._fit_overview)  # once the labels have the new font too

    def _fit_overview(self) -> None:
        """Show the checklist panel whole or not at all. Squeezed into too little height (the
        large font on a 768-pixel screen), a wrapped dimension name lost its tone marks."""
        room = self._body.geometry().height()
        fits = room <= 0 or self.overview.heightForWidth(self.overview.maximumWidth()) <= room
        self.overview.setVisible(self.width() >= self.OVERVIEW_MIN_WIDTH and fits)

    def _fit_columns(self) -> None:
        metrics = self.table.horizontalHeader().fontMetrics()
        samples = ("2570", "", "100%", "100.0", "4", "30 ก.ย. 2570 23:59")
        headers = self.model.header_labels()
        for column in range(1, AssessmentTableModel.COLUMNS):
            header = headers[column]
            texts = [header, samples[column - 1]]
            if column == 2:
                texts += [status_label(s) for s in AssessmentStatus]
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + 24)

    def _fit_rows(self) -> None:
        # Room for an agency name wrapped on two lines (the tooltip has it whole). Sizing each
        # row to its contents would measure every cell of the list at each refresh.
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * line + 10)

    def _enter_in_search(self) -> None:
        """Enter after typing a search: open the selected match, or go to the first one."""
        if self.selected() is not None:
            self.open_selected()
        elif self.proxy.rowCount():
            self.select(self.proxy.index(0, 0).data(SUMMARY_ROLE).id)
            self.table.setFocus()

    def selected(self) -> AssessmentSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SUMMARY_ROLE) if rows else None

    def select(self, assessment_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(SUMMARY_ROLE).id == assessment_id:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().select(index, flags)
                self.table.setCurrentIndex(index)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected()
        trash = self.show_deleted.isChecked()
        self.open_button.setEnabled(chosen is not None and not trash)
        self.copy_button.setEnabled(chosen is not None and not trash)
        self.delete_button.setEnabled(chosen is not None and not trash)
        self.export_button.setEnabled(chosen is not None and not trash)
        self.agency_button.setEnabled(chosen is not None and not trash)
        self.restore_button.setVisible(trash)
        self.restore_button.setEnabled(chosen is not None and trash)
        self._update_hint()

    def _update_hint(self) -> None:
        """Say why the list is empty. 'No assessments yet' over an empty trash, or a search that
        found nothing, would tell someone whose work is all there that it is gone."""
        if self.proxy.rowCount():
            self.empty_hint.hide()
            return
        if self.model.rowCount():
            text = self.tr("No assessment matches the search or the chosen status.")
        elif self.show_deleted.isChecked():
            text = self.tr("The trash is empty.")
        else:
            text = self.tr("No assessments here yet. Choose “New assessment…” to begin.")
        self.empty_hint.set_plain_text(text)
        self.empty_hint.show()

    # --- actions ----------------------------------------------------------------------------

    def new_assessment(self) -> None:
        from gui.dialogs.new_assessment_dialog import NewAssessmentDialog  # loaded on first use

        dialog = NewAssessmentDialog(self._service, self)
        if dialog.exec() and dialog.created_id is not None:
            self.refresh()
            self.open_requested.emit(dialog.created_id)

    def _export_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and not chosen.deleted:
            self.export_requested.emit(chosen.id)

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and not chosen.deleted:
            self.open_requested.emit(chosen.id)

    def copy_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from gui.dialogs.year_dialog import ask_year  # loaded on first use

        year = ask_year(
            self, self.tr("Copy from last year"),
            self.tr("Fiscal year (B.E.) of the new assessment. Answers are carried forward and marked for review."),
            chosen.fiscal_year + 1)
        if year is None:
            return
        same = [s for s in self._service.list_assessments()
                if s.agency.id == chosen.agency.id and s.fiscal_year == year]
        # Beside accepted results only (a correction); any other one the copy refuses, and says why.
        correcting = bool(same) and all(s.status is AssessmentStatus.ACCEPTED for s in same)
        if correcting and QMessageBox.question(
            self, self.tr("Copy from last year"),
            with_break_hints(
                self.tr("%1 already has an assessment for fiscal year %2. Make another one? (Do this to correct a "
                        "result the central office has accepted: the newer submission replaces the older.)")
                .replace("%1", chosen.agency.name.get(self._languages.lang)).replace("%2", str(year))),
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            created = self._service.copy_from_previous(chosen.id, year)
        except KaoError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.open_requested.emit(created.id)

    def edit_agency(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from gui.dialogs.agency_dialog import AgencyDialog  # loaded on first use

        dialog = AgencyDialog(chosen.agency, self, save=self._service.save_agency)  # closes once the profile is stored
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.deleted:
            return
        answer = QMessageBox.question(
            self, self.tr("Move to trash"),
            with_break_hints(
                self.tr("Move the assessment of %1, fiscal year %2, to the trash? You can restore it later.")
                .replace("%1", chosen.agency.name.get(self._languages.lang)).replace("%2", str(chosen.fiscal_year))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete(chosen.id)
        except KaoError as exc:
            show_error(self, exc)
        self.refresh()

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self._service.restore(chosen.id)
        except KaoError as exc:
            show_error(self, exc)
        self.show_deleted.setChecked(False)
        self.refresh()
        self.select(chosen.id)

    # --- language ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Assessments"))
        self._intro.set_plain_text(self.tr(
            "Assess your agency against the digital government maturity checklist, offline. "
            "Every answer is saved as you go."))
        self.new_button.setText(self.tr("New assessment…"))
        self.new_button.setToolTip(self.tr("Start an assessment for an agency and fiscal year (Ctrl+N)"))
        self.search.setPlaceholderText(self.tr("Search by agency, code, province or year"))
        self.search.setAccessibleName(self.tr("Search assessments"))
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for index in range(1, self.status_filter.count()):
            self.status_filter.setItemText(index, status_label(self.status_filter.itemData(index)))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.show_deleted.setText(self.tr("Show trash"))
        self.table.setAccessibleName(self.tr("Assessments"))
        self._update_hint()
        self.open_button.setText(self.tr("Open"))
        self.copy_button.setText(self.tr("Copy from last year…"))
        self.copy_button.setToolTip(self.tr("Start next year's assessment from this one"))
        self.delete_button.setText(self.tr("Move to trash"))
        self.restore_button.setText(self.tr("Restore"))
        self.agency_button.setText(self.tr("Agency…"))
        self.agency_button.setToolTip(self.tr("Edit the profile of the selected assessment's agency"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export…"))
        self.import_button.setToolTip(self.tr(
            "Import receipts from the central office, or (at the central office) submission files"))
        self.export_button.setToolTip(self.tr("Write the selected finalized assessment as a signed submission file"))
        for button in (self.new_button, self.open_button, self.copy_button, self.agency_button,
                       self.delete_button, self.restore_button, self.import_button, self.export_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.model.refresh_language()
        self._fit_columns()
        self._fit_rows()
