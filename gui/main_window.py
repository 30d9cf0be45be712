"""The main window: the page stack, the toolbar with the language switch, and the menus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QThreadPool, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QToolBar, QWidget

from core.errors import KaoError
from core.model import Checklist
from core.storage import SqliteAssessmentService
from gui.first_paint import after_first_paint
from gui.i18n import LanguageManager, Retranslating
from gui.pages.home_page import HomePage
from gui.settings import Settings

MIN_SIZE = QSize(1024, 700)
CHECKPOINT_EVERY_MS = 60_000
BACKGROUND_GRACE_MS = 60_000

log = logging.getLogger(__name__)


class MainWindow(Retranslating, QMainWindow):
    def __init__(self, service: SqliteAssessmentService, checklist: Checklist, languages: LanguageManager,
                 settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.service = service
        self.checklist = checklist
        self.languages = languages
        self.settings = settings
        self.data_dir = data_dir
        self.on_close: list[Callable[[], None]] = []
        self.setMinimumSize(MIN_SIZE)
        self.resize(1366, 768)

        # Pages are made inside their parents: the stylesheet styles a widget when it is first
        # shown or measured, and again whenever it moves to a new parent.
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.home = HomePage(service, checklist, languages, self.pages)
        self.home.open_requested.connect(self.open_assessment)
        self.home.import_requested.connect(self._import)
        self.home.export_requested.connect(self._export)
        self.pages.addWidget(self.home)
        after_first_paint(self, self.home.enable_sorting)  # a moment's work kept off the first paint
        self.assessment_page: QWidget | None = None
        self.central_page: QWidget | None = None

        # With synchronous=NORMAL a power cut can lose commits not yet checkpointed into the
        # database file; checkpoint regularly and whenever the user leaves an assessment.
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_EVERY_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        self._checkpoint_timer.start()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        languages.language_changed.connect(self._sync_language_actions)
        self._sync_language_actions(languages.lang)
        self.retranslate_ui()

    # --- construction -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.action_home = self._action(QKeySequence("Ctrl+H"), self.show_home)
        self.action_new = self._action(QKeySequence.StandardKey.New, self._new_assessment)
        self.action_central = self._action(QKeySequence("Ctrl+Shift+C"), self.show_central)
        self.action_settings = self._action(QKeySequence("Ctrl+,"), self.open_settings)
        self.action_quit = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.action_about = QAction(self)
        self.action_about.triggered.connect(self.open_about)
        self.action_checklist = self._action(QKeySequence("F1"), self.open_checklist)
        group = QActionGroup(self)
        self.action_thai = QAction(self, checkable=True)
        self.action_english = QAction(self, checkable=True)
        for action, lang in ((self.action_thai, "th"), (self.action_english, "en")):
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, lang=lang: self._switch_language(lang))

    def _action(self, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads through the `Qt`
        # namespace and builds all of it, 12 ms of start-up (see assessment_table.DISPLAY_ROLE).
        # For a standard key it also takes every binding the platform has, not only the first.
        action.setShortcuts(keys if isinstance(keys, QKeySequence.StandardKey) else [keys])
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.menu_file = QMenu(self)
        for action in (self.action_home, self.action_new, self.action_central, None, self.action_settings, None,
                       self.action_quit):
            self.menu_file.addSeparator() if action is None else self.menu_file.addAction(action)
        self.menu_language = QMenu(self)
        self.menu_language.addActions([self.action_thai, self.action_english])
        self.menu_help = QMenu(self)
        self.menu_help.addActions([self.action_checklist, self.action_about])
        for menu in (self.menu_file, self.menu_language, self.menu_help):
            self.menuBar().addMenu(menu)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.toolbar.addActions([self.action_home, self.action_new, self.action_central])
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addActions([self.action_thai, self.action_english, self.action_settings])

    # --- navigation -------------------------------------------------------------------------

    def show_home(self) -> bool:
        """Go to the list; False if the user chose to stay in an assessment whose last change was not saved."""
        if not self._leave_assessment():
            return False
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)
        self.home.table.setFocus()
        self.checkpoint()  # after the refresh, which may update the list's cache
        return True

    def show_central(self) -> None:
        """The central office's dashboard of received submissions (built on first use)."""
        from core.bundle.central import CentralOffice
        from core.storage.submissions import SubmissionStore
        from gui import exchange
        from gui.pages.central_page import CentralPage

        if not self._leave_assessment():
            return
        if self.central_page is None:
            store = SubmissionStore.open(self.service.database_path)
            self.on_close.insert(0, store.close)
            central = CentralOffice(self.data_dir, store, self.checklist)
            page = CentralPage(central, self.checklist, self.pages)
            page.import_requested.connect(
                lambda: exchange.import_files(self, self.service, lambda: (page.refresh(), self.home.refresh())))
            page.export_summary_requested.connect(lambda: exchange.export_summary(self, page))
            page.report_requested.connect(lambda bundle: exchange.central_report(self, central, bundle))
            page.receipt_requested.connect(lambda bundle: exchange.central_receipt(self, central, bundle))
            self.central_page = page
            self.pages.addWidget(page)
        else:
            self.central_page.refresh()  # type: ignore[attr-defined]
        self.pages.setCurrentWidget(self.central_page)

    def _new_assessment(self) -> None:
        if self.show_home():
            self.home.new_assessment()

    def open_assessment(self, assessment_id: int) -> None:
        from gui.assessment.page import AssessmentPage  # the walker's package loads only when used

        if not self._leave_assessment():
            return
        page = AssessmentPage(self.service, self.checklist, self.languages, assessment_id, self.pages)
        page.closed.connect(self.show_home)
        page.status_changed.connect(self.home.refresh)
        page.report_button.clicked.connect(lambda: self._report(assessment_id))
        page.export_button.clicked.connect(lambda: self._export(assessment_id))
        page.report_button.setEnabled(True)
        page.export_button.setEnabled(True)
        self.assessment_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    # Exchange code (reports, bundles, workers) loads on first use, not at start-up.
    def _import(self) -> None:
        from gui import exchange

        exchange.import_files(self, self.service, self.home.refresh)

    def _report(self, assessment_id: int) -> None:
        from gui import exchange

        exchange.make_report(self, self.service, assessment_id)

    def _export(self, assessment_id: int) -> None:
        from gui import exchange

        def exported() -> None:
            self.home.refresh()
            page = self.assessment_page
            if page is not None and getattr(page, "assessment_id", None) == assessment_id:
                self.open_assessment(assessment_id)  # rebuilt with its new, locked status

        exchange.export_assessment(self, self.service, assessment_id, exported)

    def checkpoint(self) -> None:
        try:
            self.service.checkpoint()
        except KaoError as exc:  # a busy database: the next tick tries again
            log.info("checkpoint skipped: %s", exc)

    def _leave_assessment(self) -> bool:
        """Close the open assessment, if any; False if the user chose to stay (its last change was not saved).

        Every way out of an assessment comes through here, so none can drop typed text unasked."""
        page = self.assessment_page
        if page is None:
            return True
        confirm_leave = getattr(page, "confirm_leave", None)
        if callable(confirm_leave) and not confirm_leave():  # typed text is written, or the user decides
            return False
        self.pages.removeWidget(page)
        page.deleteLater()
        self.assessment_page = None
        return True

    # --- settings and language --------------------------------------------------------------

    def _switch_language(self, lang: str) -> None:
        self.settings.language = "th" if lang == "th" else "en"
        self.settings.sync()
        self.languages.set_language(self.settings.language)

    # Dialogs load on first use, not at start-up.
    def open_settings(self) -> None:
        from gui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self.data_dir, self).exec()

    def open_checklist(self) -> None:
        from gui.dialogs.checklist_dialog import ChecklistDialog

        ChecklistDialog(self.checklist, self.languages, self).exec()

    def open_about(self) -> None:
        from gui.dialogs.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _sync_language_actions(self, lang: str) -> None:
        self.action_thai.setChecked(lang == "th")
        self.action_english.setChecked(lang == "en")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_assessment():
            event.ignore()  # the user stays with the change that could not be saved
            return
        # A report or export still running uses the database: let it finish before closing it.
        QThreadPool.globalInstance().waitForDone(BACKGROUND_GRACE_MS)
        self._checkpoint_timer.stop()  # a closing message may wait for the user: the database is closed by then
        for callback in self.on_close:
            callback()
        self.on_close.clear()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kao: digital government self-assessment"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.action_home.setText(self.tr("Home"))
        self.action_home.setToolTip(self.tr("Back to the list of assessments (Ctrl+H)"))
        self.action_new.setText(self.tr("New assessment…"))
        self.action_central.setText(self.tr("Central office"))
        self.action_central.setToolTip(self.tr("Results received from agencies, by province, ministry and type"))
        self.action_settings.setText(self.tr("Settings…"))
        self.action_quit.setText(self.tr("Quit"))
        self.action_about.setText(self.tr("About Kao"))
        self.action_checklist.setText(self.tr("The checklist at a glance…"))
        self.action_checklist.setToolTip(self.tr("The six dimensions with their weights, and the four levels (F1)"))
        # Each language is named in itself, so a user can always find their own.
        self.action_thai.setText("ไทย")
        self.action_thai.setToolTip(self.tr("Show the program in Thai"))
        self.action_english.setText("English")
        self.action_english.setToolTip(self.tr("Show the program in English"))
