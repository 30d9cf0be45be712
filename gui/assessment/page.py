"""The assessment workspace: header with the saved state, the walker, the check view and the results."""

from __future__ import annotations

import contextlib
import itertools
from typing import Literal

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import KaoError
from core.linebreak import with_break_hints
from core.model import Checklist
from core.records import AssessmentService, AssessmentStatus
from core.storage import LockedAssessmentError
from core.thai import format_datetime
from gui.announce import announce
from gui.assessment.check_view import CheckView
from gui.assessment.reopen_dialog import ReopenDialog
from gui.assessment.results_view import ResultsView
from gui.assessment.search_dialog import ItemSearchDialog
from gui.assessment.session import AssessmentSession, SaveState
from gui.assessment.walker import Walker
from gui.i18n import LanguageManager, Retranslating
from gui.labels import status_label
from gui.none_refcount import keep_none_alive
from gui.widgets.wrapping_label import WrappingLabel

WALKER_TAB, CHECK_TAB, RESULTS_TAB = 0, 1, 2


class AssessmentPage(Retranslating, QWidget):
    """One assessment, open for answering. Raises the service's KaoError if the assessment cannot be read.

    Signals: ``closed()`` when the user asks to go back home (typed text is written first, see
    :meth:`confirm_leave`);
    ``status_changed()`` when it was finalized or reopened, and when leaving after answers changed.
    ``report_button`` and ``export_button`` are disabled until someone connects them and enables them.
    """

    closed = Signal()
    status_changed = Signal()

    def __init__(
        self,
        service: AssessmentService,
        checklist: Checklist,
        languages: LanguageManager,
        assessment_id: int,
        parent: QWidget | None = None,
    ) -> None:
        keep_none_alive()
        super().__init__(parent)
        self.setObjectName("assessmentPage")
        self.languages = languages
        self.session = AssessmentSession(service, checklist, assessment_id, self)
        self.active_dialog: QDialog | None = None  # the open message box or dialog, if any (tests click it)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)

        header = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.close_page)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title_label = WrappingLabel()
        self.title_label.setObjectName("pageTitle")
        self.subtitle_label = WrappingLabel()
        self.subtitle_label.setObjectName("muted")
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 3)
        self.saved_label = WrappingLabel()
        self.saved_label.setObjectName("savedState")
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.saved_label, 2)
        layout.addLayout(header)

        self.locked_banner = WrappingLabel()
        self.locked_banner.setObjectName("lockedBanner")
        layout.addWidget(self.locked_banner)

        # Children are made with their parents: a widget styled before it has one is styled
        # again when it gets one, and the stylesheet makes that cost (a third of opening a page).
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.walker = Walker(self.session, languages, self.tabs)
        self.check_view = CheckView(self.session, languages, self.tabs)
        self.results_view = ResultsView(self.session, languages, self.tabs)
        self.tabs.addTab(self.walker, "")
        self.tabs.addTab(self.check_view, "")
        self.tabs.addTab(self.results_view, "")
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 4)
        self.finalize_button = QPushButton()
        self.finalize_button.setObjectName("primary")
        self.finalize_button.clicked.connect(self.finalize_or_reopen)
        self.report_button = QPushButton()
        self.report_button.setEnabled(False)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        for button in (self.finalize_button, self.report_button, self.export_button):
            # The corner is as tall as the tab bar: a standard button's padding would press its text
            # onto the border (the stylesheet's QPushButton[compact="true"]).
            button.setProperty("compact", True)
            corner_layout.addWidget(button)
        self.report_button.installEventFilter(self)
        self.export_button.installEventFilter(self)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout.addWidget(self.tabs, 1)

        # Convenience aliases for the lead and the tests.
        self.navigator = self.walker.navigator
        self.card = self.walker.card

        self.walker.finished.connect(self.show_check)
        self.check_view.item_activated.connect(self.open_item)
        self.check_view.reason_wanted.connect(self.open_reason)
        self.results_view.item_activated.connect(self.open_item)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.session.save_state_changed.connect(self._show_save_state)
        self.session.answer_changed.connect(self._answer_changed)
        self.session.status_changed.connect(self._status_changed)
        self.session.undo_stack.canUndoChanged.connect(lambda _can: self._sync_undo())
        self.session.undo_stack.canRedoChanged.connect(lambda _can: self._sync_undo())
        self.walker.undo_button.clicked.connect(self.undo)
        self.walker.redo_button.clicked.connect(self.redo)

        # One shortcut per distinct key: two shortcuts on the same key are ambiguous and neither fires.
        bindings = {
            "undo": (*QKeySequence.keyBindings(QKeySequence.StandardKey.Undo), QKeySequence("Ctrl+Z")),
            "redo": (*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                     QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")),
            "find": (*QKeySequence.keyBindings(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+F")),
        }
        slots = {"undo": self.undo, "redo": self.redo, "find": self.open_search}
        seen: set[str] = set()
        for name, keys in bindings.items():
            for key in keys:
                if key.isEmpty() or key.toString() in seen:
                    continue
                seen.add(key.toString())
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slots[name])

        # Back comes last, after Export: whatever follows the last of the chain leads, through the tab
        # widget that hands its focus to the tab bar, back to the tab bar, so a Back put first (just
        # before the tab bar) was never reached with Tab.
        chain = [self.tabs.tabBar(), *self.walker.tab_chain(), self.check_view.tree, self.results_view,
                 self.finalize_button, self.report_button, self.export_button, self.back_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._apply_lock()
        self._sync_undo()
        self.retranslate_ui()

    # --- public --------------------------------------------------------------------------------------------

    @property
    def assessment_id(self) -> int:
        return self.session.assessment_id

    def flush(self) -> bool:
        """Write any typed text now (call before the page is hidden or the window closes)."""
        return self.session.flush()

    def confirm_leave(self) -> bool:
        """Write any typed text before the page goes; True when it may go.

        If the write is refused, the user chooses: try again (asked again while it keeps failing),
        leave without saving (the text is discarded), or stay (False: whoever was leaving cancels).
        Every way out of an assessment (Back, Home, New, Central office, another assessment,
        closing the window) asks here.
        """
        while not self.flush():
            choice = self._ask_leave_unsaved()
            if choice == "stay":
                return False
            if choice == "leave":
                self.session.discard_pending()
                return True
        return True

    def open_item(self, item_id: str) -> None:
        self.tabs.setCurrentIndex(WALKER_TAB)
        self.walker.open_item(item_id, True)

    def open_reason(self, item_id: str) -> None:
        """Show ``item_id`` with the keyboard in its N/A reason box, so the missing reason can be typed at once."""
        self.tabs.setCurrentIndex(WALKER_TAB)
        self.walker.open_item(item_id, False)
        self.card.focus_reason()

    def show_walker(self) -> None:
        self.tabs.setCurrentIndex(WALKER_TAB)
        self.card.focus_answer()

    def show_check(self) -> None:
        self.tabs.setCurrentIndex(CHECK_TAB)
        self.check_view.tree.setFocus()

    def show_results(self) -> None:
        self.tabs.setCurrentIndex(RESULTS_TAB)

    def close_page(self) -> None:
        if not self.confirm_leave():
            return
        self._emit_pending_status()
        self.closed.emit()

    def undo(self) -> None:
        stack = self.session.undo_stack
        if self.session.locked or not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        item_id = getattr(command, "item_id", "")
        stack.undo()
        if item_id:
            self.open_item(item_id)

    def redo(self) -> None:
        stack = self.session.undo_stack
        if self.session.locked or not stack.canRedo():
            return
        command = stack.command(stack.index())
        item_id = getattr(command, "item_id", "")
        stack.redo()
        if item_id:
            self.open_item(item_id)

    def open_search(self) -> None:
        dialog = ItemSearchDialog(self.session.checklist, self.languages, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: int) -> None:
            self.active_dialog = None
            if result == QDialog.DialogCode.Accepted and dialog.chosen_item_id:
                self.open_item(dialog.chosen_item_id)
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.active_dialog = dialog
        dialog.open()
        dialog.query.setFocus()

    def finalize_or_reopen(self) -> None:
        if self.session.locked:
            self._ask_reopen()
        else:
            self._ask_finalize()

    # --- Qt ------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.tabs.currentWidget() is self.walker:
            # Opening the page puts the keyboard on the current item's answer buttons.
            self.card.focus_answer()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        self._emit_pending_status()
        super().hideEvent(event)

    def retranslate_ui(self) -> None:
        lang = self.languages.lang
        detail = self.session.detail
        self.back_button.setText(self.tr("← Assessments"))
        self.back_button.setAccessibleName(self.tr("Back to the list of assessments"))
        self.title_label.set_plain_text(detail.agency.name.get(lang))
        self.subtitle_label.set_plain_text(
            self.tr("Fiscal year %1 · %2 · created %3")
            .replace("%1", str(detail.fiscal_year))
            .replace("%2", status_label(detail.status))
            .replace("%3", format_datetime(detail.created_at.astimezone(), lang))
        )
        self.tabs.setAccessibleName(self.tr("Assessment views"))
        self.tabs.tabBar().setAccessibleName(self.tr("Assessment views"))
        self.tabs.setTabToolTip(WALKER_TAB, self.tr("Answer the items one by one"))
        self.tabs.setTabToolTip(CHECK_TAB, self.tr("What is still open before finalizing"))
        self.tabs.setTabToolTip(RESULTS_TAB, self.tr("Score, level and the path to the next level"))
        self.tabs.setTabText(RESULTS_TAB, self.tr("Results"))
        self.report_button.setText(self.tr("Report…"))
        self.report_button.setAccessibleName(self.tr("Make the PDF report"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export the submission file"))
        self._sync_action_tooltips()
        self._sync_tab_titles()
        self._apply_lock()
        self._show_save_state()

    # --- internals -----------------------------------------------------------------------------------------

    def _sync_tab_titles(self) -> None:
        self.tabs.setTabText(WALKER_TAB, self.tr("Answer items"))
        open_count = len(self.session.unanswered()) + len(self.session.na_without_reason())
        self.tabs.setTabText(
            CHECK_TAB, self.tr("Check (%1 open)").replace("%1", str(open_count)) if open_count else self.tr("Check")
        )

    def _sync_action_tooltips(self) -> None:
        """Report/Export say why they are disabled, and what they do once someone enables them."""
        self.report_button.setToolTip(
            self.tr("Make the PDF report of this assessment") if self.report_button.isEnabled()
            else self.tr("Not available yet: PDF reports come in a later version.")
        )
        self.export_button.setToolTip(
            self.tr("Write the submission file for the central office") if self.export_button.isEnabled()
            else self.tr("Not available yet: exporting comes in a later version.")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and watched in (self.report_button, self.export_button):
            self._sync_action_tooltips()
        return super().eventFilter(watched, event)

    def _sync_undo(self) -> None:
        stack = self.session.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.walker):
            return  # the stack empties itself while the page is being destroyed
        self.walker.undo_button.setEnabled(stack.canUndo() and not self.session.locked)
        self.walker.redo_button.setEnabled(stack.canRedo() and not self.session.locked)

    def _apply_lock(self) -> None:
        locked = self.session.locked
        self.locked_banner.setVisible(locked)
        if self.session.detail.deleted:
            self.locked_banner.set_plain_text(self.tr(
                "This assessment is in the trash and read-only. Restore it from the list to change it."
            ))
        elif self.session.detail.status is AssessmentStatus.ACCEPTED:
            self.locked_banner.set_plain_text(self.tr(
                "Accepted by the central office: this result is final. To correct it, copy it from the list into "
                "a new draft for the same year and send that; the central office keeps the newer one."
            ))
        elif locked:
            self.locked_banner.set_plain_text(self.tr(
                "Status: %1. The answers are read-only; to change one, reopen the assessment and give a reason."
            ).replace("%1", status_label(self.session.detail.status)))
        accepted = self.session.detail.status is AssessmentStatus.ACCEPTED
        self.finalize_button.setEnabled(not self.session.detail.deleted and not accepted)
        self.finalize_button.setText(self.tr("Reopen…") if locked else self.tr("Finalize…"))
        self.finalize_button.setToolTip(
            self.tr("Make the answers editable again (a reason is required)") if locked
            else self.tr("Lock the answers once every item is answered")
        )
        self.finalize_button.setAccessibleName(
            self.tr("Reopen the assessment") if locked else self.tr("Finalize the assessment")
        )
        self.card.set_read_only(locked)
        self._sync_undo()

    def _show_save_state(self) -> None:
        lang = self.languages.lang
        s = self.session
        error = s.error
        refused = s.save_state is SaveState.FAILED and error is not None
        # The tooltip promises what the header shows: it must not say "saved" while text waits.
        self.back_button.setToolTip(
            self.tr("Back to the list of assessments (your latest change is not saved yet)") if refused
            else self.tr("Back to the list of assessments (your work is saved)"))
        if refused:
            assert error is not None
            was_refused = self.saved_label.objectName() == "savedStateError"
            self.saved_label.setObjectName("savedStateError")
            self.saved_label.set_plain_text(self.tr("Not saved: %1").replace("%1", error.text(lang)))
            if not was_refused:  # said once when saving starts to fail, not at every retry
                announce(self.saved_label, self.saved_label.plain_text(), urgent=True)
        else:
            self.saved_label.setObjectName("savedState")
            if s.save_state is SaveState.PENDING:
                text = self.tr("Saving…")
            elif s.save_state is SaveState.SAVED and s.saved_at is not None:
                text = self.tr("Saved %1").replace("%1", s.saved_at.strftime("%H:%M:%S"))
            else:
                updated = format_datetime(s.detail.updated_at.astimezone(), lang)
                text = self.tr("All changes saved · last change %1").replace("%1", updated)
            self.saved_label.set_plain_text(text)
        self.saved_label.style().unpolish(self.saved_label)
        self.saved_label.style().polish(self.saved_label)

    def _answer_changed(self, item_id: str) -> None:
        self.navigator.refresh_item(item_id)
        self._sync_tab_titles()

    def _status_changed(self) -> None:
        self.walker.refresh()
        self._apply_lock()
        self.retranslate_ui()
        self.session.changed_since_emit = False
        self.status_changed.emit()

    def _emit_pending_status(self) -> None:
        if self.session.changed_since_emit:
            self.session.changed_since_emit = False
            self.status_changed.emit()

    def _tab_changed(self, index: int) -> None:
        self.flush()
        if index == CHECK_TAB:
            self.check_view.refresh_if_stale()
        elif index == RESULTS_TAB:
            self.results_view.refresh_if_stale()

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, with_break_hints(text), parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def _show_dialog(self, dialog: QDialog, on_done: object) -> None:
        def done(result: int) -> None:
            self.active_dialog = None
            on_done(result)  # type: ignore[operator]
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.active_dialog = dialog
        dialog.open()

    def _ask_leave_unsaved(self) -> Literal["retry", "leave", "stay"]:
        """Ask what to do with typed text the service refused to store."""
        error = self.session.error
        assert error is not None  # a refused write always leaves its error
        box = self._message(QMessageBox.Icon.Warning, self.tr("Not saved"), "\n\n".join((
            self.tr("Your latest change could not be saved: %1.").replace("%1", error.text(self.languages.lang)),
            self.tr("If you leave now, that change is lost."),
        )))
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        leave = box.addButton(self.tr("Leave without saving"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        def saved_meanwhile() -> None:  # the periodic retry got through: nothing is lost any more
            if not self.session.has_pending():
                retry.click()

        # Whoever is leaving (a close event too) needs the answer now, so this box runs its own loop.
        self.active_dialog = box
        self.session.save_state_changed.connect(saved_meanwhile)
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            self.session.save_state_changed.disconnect(saved_meanwhile)
            self.active_dialog = None
            box.deleteLater()
        if clicked is retry:
            return "retry"
        return "leave" if clicked is leave else "stay"

    def _ask_finalize(self) -> None:
        if not self.flush():
            self._not_finalized_unsaved()
            return
        if self.session.unanswered() or self.session.na_without_reason():
            # Let the service say what is missing, in its own words.
            self._finalize()
            return
        box = self._message(QMessageBox.Icon.Question, self.tr("Finalize the assessment"), self.tr(
            "Every item is answered. Finalizing locks the answers so that the report and the submission file "
            "show exactly these results. You can reopen it later with a reason."
        ))
        confirm = box.addButton(self.tr("Finalize"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(confirm)
        self._show_dialog(box, lambda _r: self._finalize() if box.clickedButton() is confirm else None)

    def _finalize(self) -> None:
        try:
            self.session.finalize()
        except KaoError as exc:
            if self.session.has_pending():  # the text typed last could not be written first
                self._not_finalized_unsaved()
            elif isinstance(exc, LockedAssessmentError):
                # E.g. finalized meanwhile in another Kao window: show it as it is stored now.
                with contextlib.suppress(KaoError):  # if even that read fails, the message still says why
                    self.session.refresh()
                self._not_finalized(exc.sentence(self.languages.lang), self.tr("The assessment is locked"))
            elif self.session.unanswered() or self.session.na_without_reason():
                self._refused(exc)  # offers the check view, which lists what is missing
            else:  # e.g. the disk filled up while finalizing: nothing to show in the check view
                self._not_finalized(exc.sentence(self.languages.lang))
            return
        self.show_results()

    def _not_finalized_unsaved(self) -> None:
        error = self.session.error
        assert error is not None  # a refused write always leaves its error
        refused = self.tr("Your latest change could not be saved: %1.").replace("%1", error.text(self.languages.lang))
        if isinstance(error, LockedAssessmentError):  # retrying cannot help: the message says what can
            self._not_finalized(refused, self.tr("The assessment is locked"))
            return
        self._not_finalized("\n\n".join((
            refused, self.tr("Kao keeps trying to save it; finalize once the top of the page says it is saved."))))

    def _not_finalized(self, text: str, title: str = "") -> None:
        box = self._message(QMessageBox.Icon.Warning, title or self.tr("The assessment was not finalized"), text)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self._show_dialog(box, lambda _r: None)

    def _refused(self, exc: KaoError) -> None:
        box = self._message(QMessageBox.Icon.Warning, self.tr("The assessment cannot be finalized yet"),
                            exc.sentence(self.languages.lang))
        check = box.addButton(self.tr("Show what is missing"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(check)
        self._show_dialog(box, lambda _r: self.show_check() if box.clickedButton() is check else None)

    def _ask_reopen(self) -> None:
        dialog = ReopenDialog(self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            try:
                self.session.reopen(dialog.reason())
            except KaoError as exc:
                box = self._message(QMessageBox.Icon.Warning, self.tr("The assessment was not reopened"),
                                    exc.sentence(self.languages.lang))
                box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
                self._show_dialog(box, lambda _r: None)
                return
            self.show_walker()

        self._show_dialog(dialog, done)
