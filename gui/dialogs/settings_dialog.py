"""Settings: language, font size, and where the data lives (with a button to open it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.fonts import apply_font
from gui.i18n import LanguageManager, Retranslating
from gui.settings import Settings
from gui.widgets.path_field import PathField
from gui.widgets.wrapping_label import WrappingLabel


class SettingsDialog(Retranslating, QDialog):
    def __init__(self, settings: Settings, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._data_dir = data_dir
        self._languages = LanguageManager.for_app()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.font_size = QComboBox()
        for key in ("small", "normal", "large"):
            self.font_size.addItem("", key)
        self.font_size.setCurrentIndex(self.font_size.findData(settings.font_size))
        self.data_folder = PathField(str(data_dir))
        self.data_folder.setReadOnly(True)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(self.open_folder)
        self._labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self._labels, (self.language, self.font_size, self.data_folder), strict=True):
            label.setBuddy(field)
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], self.font_size)
        form.addRow(self._labels[2], folder_row)
        self._folder_hint = WrappingLabel()
        self._folder_hint.setObjectName("muted")
        layout.addWidget(self._folder_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        self._settings.font_size = self.font_size.currentData()
        self._settings.sync()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_font(app, self._settings.font_size)
        self._languages.set_language(self._settings.language)
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for label, text in zip(self._labels, (self.tr("Language"), self.tr("Font size"), self.tr("Data folder")),
                               strict=True):
            label.setText(text)
        self.language.setAccessibleName(self.tr("Language"))
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        for index, text in enumerate((self.tr("Small"), self.tr("Normal"), self.tr("Large"))):
            self.font_size.setItemText(index, text)
        self.open_folder.setText(self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self._folder_hint.set_plain_text(self.tr(
            "Answers, evidence files and backups are kept here. Back up this folder; "
            "do not put it in a synchronised folder such as OneDrive."))
