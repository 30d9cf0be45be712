"""About Kao: version, the bundled components and their licences, and the Sarabun font's licence."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.resources import licences_dir, resource
from gui.i18n import Retranslating
from gui.widgets.notice import open_warning
from gui.widgets.wrapping_label import WrappingLabel


class AboutDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 640)
        layout = QVBoxLayout(self)
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._body = WrappingLabel()
        self._components_title = QLabel()
        self._components_title.setObjectName("sectionTitle")
        self._components_note = WrappingLabel()
        # The build writes the list (packaging/licences.py); from the source tree there is none.
        listing = licences_dir() / "THIRD-PARTY.txt"
        self.components = QPlainTextEdit(listing.read_text("utf-8") if listing.is_file() else "")
        self.components.setReadOnly(True)
        self.components.setVisible(listing.is_file())
        self.open_licences = QPushButton()
        self.open_licences.setEnabled(listing.is_file())
        self.open_licences.clicked.connect(self._open_licences)
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_licences)
        button_row.addStretch(1)
        self._licence_title = QLabel()
        self._licence_title.setObjectName("sectionTitle")
        self.licence = QPlainTextEdit(resource("fonts", "OFL.txt").read_text("utf-8"))
        self.licence.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (self._title, self._body, self._components_title, self._components_note, self.components):
            layout.addWidget(widget)
        layout.addLayout(button_row)
        for widget in (self._licence_title, self.licence, buttons):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Kao"))
        self._title.setText(self.tr("Kao %1").replace("%1", __version__))
        self._body.set_plain_text(self.tr(
            "Offline self-assessment of an agency's digital-government maturity. "
            "Built with Qt for Python (PySide6 %1, LGPL-3.0), ReportLab (BSD), HarfBuzz (MIT), ICU (Unicode licence), "
            "SQLite (public domain) and sqlite-utils (Apache-2.0).").replace("%1", pyside_version))
        self._components_title.setText(self.tr("Components included with Kao"))
        bundled = self.open_licences.isEnabled()
        self._components_note.set_plain_text(self.tr(
            "Each component below comes with its licence; the full texts are in the licences folder.") if bundled
            else self.tr("Kao is running from its source code: the list of components and their licence texts "
                         "is in the built app, in its licences folder."))
        self.components.setAccessibleName(self.tr("Components and their licences"))
        self.open_licences.setText(self.tr("Open licences folder"))
        self.open_licences.setToolTip("" if bundled else self.tr("Only the built app has a licences folder."))
        self._licence_title.setText(self.tr("The Sarabun font: SIL Open Font License 1.1"))
        self.licence.setAccessibleName(self.tr("Licence text"))

    def _open_licences(self) -> None:
        folder = licences_dir()
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return
        text = self.tr("No program on this computer opens folders. The licences are in: %1").replace("%1", str(folder))
        self.problem_box = open_warning(self, self.tr("Cannot open the licences folder"), text, self.tr("Close"))
