"""About Kao: version, and the licences of what it bundles."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from core import __version__
from core.resources import resource
from gui.i18n import Retranslating
from gui.widgets.wrapping_label import WrappingLabel


class AboutDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._body = WrappingLabel()
        self._licence_title = QLabel()
        self._licence_title.setObjectName("sectionTitle")
        self.licence = QPlainTextEdit(resource("fonts", "OFL.txt").read_text("utf-8"))
        self.licence.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for widget in (self._title, self._body, self._licence_title, self.licence, buttons):
            layout.addWidget(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("About Kao"))
        self._title.setText(self.tr("Kao %1").replace("%1", __version__))
        self._body.set_plain_text(self.tr(
            "Offline self-assessment of an agency's digital-government maturity. "
            "Built with Qt for Python (PySide6 %1, LGPL-3.0), ReportLab (BSD), HarfBuzz (MIT), ICU (Unicode licence), "
            "SQLite (public domain) and sqlite-utils (Apache-2.0).").replace("%1", pyside_version))
        self._licence_title.setText(self.tr("The Sarabun font: SIL Open Font License 1.1"))
        self.licence.setAccessibleName(self.tr("Licence text"))
