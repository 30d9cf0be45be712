"""Accept an office's new key: typed as the office reads it out, for the agencies it was confirmed for.

One computer may send for several agencies (an assessor's laptop), so a key is
accepted per agency: a file from that computer in the name of an agency the
operator did not confirm it with stays out. The key that signed the files is
never shown here; typing it must mean hearing it from the office.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.bundle.code import normalize_code
from gui.i18n import Retranslating
from gui.widgets.wrapping_label import WrappingLabel


class OfficeKeyDialog(Retranslating, QDialog):
    def __init__(self, signed: dict[str, dict[str, str]], parent: QWidget | None = None) -> None:
        """``signed``: each key not on record → the agencies (code → name) its refused files claim."""
        super().__init__(parent)
        self._signed = signed
        layout = QVBoxLayout(self)
        self._intro = WrappingLabel()
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("ABCD-EFGH-JKMN-PQRS")
        self._found = WrappingLabel()
        self.agencies = QListWidget()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        for widget in (self._intro, self.key_edit, self._found, self.agencies, self._buttons):
            layout.addWidget(widget)
        self.key_edit.textChanged.connect(lambda _text: self._show_agencies())
        self.agencies.itemChanged.connect(lambda _item: self._update_ok())
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def key(self) -> str:
        """As typed, forgiving case, spaces and look-alikes (O for 0, I or L for 1)."""
        return normalize_code(self.key_edit.text())

    def accepted_keys(self) -> frozenset[tuple[str, str]]:
        """(agency code, key) for each agency ticked."""
        key = self.key()
        return frozenset((item.data(Qt.ItemDataRole.UserRole), key) for item in self._items()
                         if item.checkState() == Qt.CheckState.Checked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.agencies.item(row) for row in range(self.agencies.count())]

    def _show_agencies(self) -> None:
        self.agencies.clear()
        claims = self._signed.get(self.key(), {})
        for code, name in sorted(claims.items()):
            item = QListWidgetItem(f"{code}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)  # each agency is one the operator confirmed, not a default
            self.agencies.addItem(item)
        self._update_found()
        self._update_ok()

    def _update_found(self) -> None:
        if self.agencies.count():
            self._found.set_plain_text(self.tr(
                "Files signed by this key are in the name of these agencies. Tick each agency whose office "
                "confirmed this key to you."))
        elif len(self.key()) >= len("ABCD-EFGH-JKMN-PQRS"):
            self._found.set_plain_text(self.tr("No file here is signed by this key."))
        else:
            self._found.set_plain_text("")

    def _update_ok(self) -> None:
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.accepted_keys()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Accept a new office key"))
        self._intro.set_plain_text(self.tr(
            "Type the key as the office reads it out to you, for example by phone."))
        self.key_edit.setAccessibleName(self.tr("The office's key"))
        self.agencies.setAccessibleName(self.tr("Agencies that confirmed this key"))
        self._update_found()
