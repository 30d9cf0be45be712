"""An item's evidence files: add by file dialog or drag & drop, open with the system viewer, remove."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import KaoError
from core.linebreak import with_break_hints
from core.numbers import fmt_bytes
from core.records import EvidenceFile
from core.thai import format_datetime
from gui.announce import announce
from gui.assessment.session import AssessmentSession
from gui.i18n import LanguageManager, Retranslating
from gui.widgets.notice import open_warning
from gui.widgets.wrapping_label import WrappingLabel

SHA_ROLE = Qt.ItemDataRole.UserRole


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


class Repeated(NamedTuple):
    """A file chosen for an item that already has its content (the store keeps it once)."""

    sha256: str
    chosen: str  # the name of the file the user chose
    attached: str  # the name it is attached under


# Above this many bytes in one go, files are hashed and copied on a worker thread.
BACKGROUND_BYTES = 4 * 1024 * 1024

class EvidenceList(Retranslating, QWidget):
    """Shows the current item's files; every change goes through the session (and so to storage)."""

    files_changed = Signal()

    def __init__(self, session: AssessmentSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidenceList")
        self._session = session
        self._languages = languages
        self._item_id = ""
        self._shown: tuple[str, tuple[EvidenceFile, ...]] | None = None
        self.setAcceptDrops(True)
        self.confirm_box: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(lambda _row: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        layout.addWidget(self.list)
        self.notice = WrappingLabel()
        self.notice.setObjectName("warning")
        self.notice.hide()
        self._repeated: list[Repeated] = []
        layout.addWidget(self.notice)
        self.hint = WrappingLabel()
        self.hint.setObjectName("muted")
        layout.addWidget(self.hint)

        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_from_dialog)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    # --- public --------------------------------------------------------------------------------------------

    def show_item(self, item_id: str) -> None:
        if item_id != self._item_id:
            self._repeated = []
            self._show_repeated()
        self._item_id = item_id
        self.refresh()

    def refresh(self, *, force: bool = False) -> None:
        files = self._session.evidence(self._item_id)
        if not force and self._shown == (self._item_id, files):
            return
        self._shown = (self._item_id, files)
        lang = self._languages.lang
        selected = self._selected_sha()
        self.list.clear()
        for file in files:
            row = QListWidgetItem(self._row_text(file, lang))
            row.setData(SHA_ROLE, file.sha256)
            row.setToolTip(file.filename)
            self.list.addItem(row)
            if file.sha256 == selected:
                self.list.setCurrentItem(row)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setAccessibleName(
            self.tr("Evidence files: %1").replace("%1", str(self.list.count()))
        )
        self._sync_buttons()

    def attach(self, paths: list[Path]) -> int:
        """Attach now, or (for large files) on a worker thread with progress; returns how many now."""
        if self._session.locked:
            return 0
        if self._total_bytes(paths) > BACKGROUND_BYTES:
            self._attach_in_background(paths)
            return 0
        stored, error = self._session.store_files(self._item_id, paths)
        return self._take_in(self._item_id, paths, stored, error)

    @staticmethod
    def _total_bytes(paths: list[Path]) -> int:
        total = 0
        for path in paths:
            with contextlib.suppress(OSError):  # a missing file is reported by the attach itself
                total += path.stat().st_size
        return total

    def _take_in(self, item_id: str, paths: list[Path], stored: list[EvidenceFile], error: KaoError | None) -> int:
        """Show what the store attached (``stored`` follows ``paths`` up to the first refusal)."""
        attached = {f.sha256: f.filename for f in self._session.evidence(item_id)}
        repeated: list[Repeated] = []
        for path, file in zip(paths, stored, strict=False):
            if file.sha256 in attached:
                repeated.append(Repeated(file.sha256, path.name, attached[file.sha256]))
            else:
                attached[file.sha256] = file.filename
        added = self._session.adopt(item_id, stored)
        if error is not None:  # after adopt, which marks what it took as saved: the refusal must show
            self._session.report_failure(error)
        if item_id == self._item_id:
            self._show_added(added)
            self._repeated = repeated
            self._show_repeated()
            if repeated:  # the row the user was looking for
                self._select(repeated[0].sha256)
                announce(self.notice, self.notice.plain_text())
        return added

    def _show_added(self, added: int) -> None:
        if added:
            self.refresh()
            self.list.setCurrentRow(self.list.count() - 1)
            self.files_changed.emit()

    def _show_repeated(self) -> None:
        """One line for files the item already has: without it, adding one looked like nothing happened."""
        repeated = self._repeated
        if not repeated:
            self.notice.hide()
            return
        if len(repeated) > 1:
            text = self.tr("%1 of these files are already attached to this item.").replace("%1", str(len(repeated)))
        elif repeated[0].chosen == repeated[0].attached:
            text = self.tr("“%1” is already attached to this item.").replace("%1", repeated[0].chosen)
        else:
            text = (self.tr("“%1” has the same content as “%2”, already attached to this item.")
                    .replace("%1", repeated[0].chosen).replace("%2", repeated[0].attached))
        self.notice.set_plain_text(text)
        self.notice.show()

    def _attach_in_background(self, paths: list[Path]) -> None:
        # Hashing and copying tens of megabytes would freeze the window on an old PC.
        from gui.workers import run_with_progress

        item_id, session = self._item_id, self._session
        stored: list[EvidenceFile] = []  # filled on the worker; read here once it has stopped

        def take_in(error: KaoError | None) -> None:
            self._take_in(item_id, paths, stored, error)

        def done(result: object) -> None:
            take_in(result[1])  # type: ignore[index]

        def failed(exc: BaseException) -> None:
            take_in(exc if isinstance(exc, KaoError) else None)

        # Shown at once: the results belong to this page, which the user must not leave meanwhile.
        run_with_progress(self, self.tr("Adding evidence files…"),
                          lambda progress: session.store_files(item_id, paths, progress, stored), done, failed,
                          lambda: take_in(None),  # cancelled: the files stored before it stay attached
                          at_once=True)

    def add_from_dialog(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.attach([Path(n) for n in names])

    def open_selected(self) -> None:
        sha = self._selected_sha()
        if not sha:
            return
        filename = next((f.filename for f in self._session.evidence(self._item_id) if f.sha256 == sha), sha[:12])
        try:
            path = self._session.evidence_for_viewing(sha, filename)
        except KaoError as exc:
            self._warn(exc.sentence(self._languages.lang))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._warn(self.tr("No program on this computer opens this kind of file. The file is kept at: %1")
                       .replace("%1", str(path)))

    def _warn(self, text: str) -> None:
        self.confirm_box = open_warning(self, self.tr("Cannot open the evidence file"), text, self.tr("Close"))

    def remove_selected(self) -> None:
        row = self.list.currentItem()
        if row is None or self._session.locked:
            return
        sha = row.data(SHA_ROLE)
        name = row.toolTip()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove evidence"), "", parent=self)
        box.setText(with_break_hints(self.tr("Remove “%1” from this item? The file on your computer is not touched.")
                                     .replace("%1", name)))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        # Left to itself the box makes Remove the default: a stray Enter would remove the file.
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm_box = box

        def done() -> None:
            self.confirm_box = None
            # Read before detach: the card's refresh it sets off already disables Remove.
            on_remove = self.window().focusWidget() is self.remove_button
            if box.clickedButton() is remove and self._session.detach(self._item_id, sha):
                self.refresh()
                if on_remove and not self.remove_button.isEnabled():
                    # Qt hands the keyboard of a disabled button to whatever follows it, here the
                    # language toggle: Add is where the user goes on from an emptied list.
                    self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
                self.files_changed.emit()
            box.deleteLater()

        box.finished.connect(done)
        box.open()

    def set_read_only(self, read_only: bool) -> None:
        self.setAcceptDrops(not read_only)
        self.add_button.setEnabled(not read_only)
        self.hint.setVisible(not read_only)
        self._sync_buttons()

    # --- Qt ------------------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._session.locked and local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event)
        if paths and not self._session.locked:
            event.acceptProposedAction()
            self.attach(paths)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add files…"))
        self.add_button.setAccessibleName(self.tr("Add evidence files"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected evidence file"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected evidence file from this item"))
        self.hint.set_plain_text(self.tr("You can also drag files from your computer and drop them here."))
        if self._item_id:
            self.refresh(force=True)
        self._show_repeated()

    # --- internals -----------------------------------------------------------------------------------------

    def _row_text(self, file: EvidenceFile, lang: str) -> str:
        added = format_datetime(file.added_at, "th" if lang == "th" else "en")
        return f"{file.filename}  ({fmt_bytes(file.size)} · {added})"

    def _select(self, sha256: str) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(SHA_ROLE) == sha256:
                self.list.setCurrentRow(n)

    def _selected_sha(self) -> str:
        row = self.list.currentItem()
        return row.data(SHA_ROLE) if row is not None else ""

    def _sync_buttons(self) -> None:
        has = self.list.currentItem() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and not self._session.locked)
