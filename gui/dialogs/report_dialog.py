"""Choose what to print: the certificate, the full report or the editable XLSX copy, and where."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.text import Lang
from gui.i18n import LanguageManager, Retranslating
from gui.widgets.path_field import PathField

KINDS = ("certificate", "full", "xlsx")


@dataclass(frozen=True)
class ReportChoice:
    kind: str  # one of KINDS
    lang: Lang
    thai_digits: bool
    path: Path


class ReportDialog(Retranslating, QDialog):
    def __init__(self, folder: Path, base_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._base = base_name
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self._kind_title = QLabel()
        self._kind_title.setObjectName("sectionTitle")
        layout.addWidget(self._kind_title)
        self.kinds = QButtonGroup(self)
        self.kind_buttons = {kind: QRadioButton() for kind in KINDS}
        for index, (_kind, button) in enumerate(self.kind_buttons.items()):
            self.kinds.addButton(button, index)
            layout.addWidget(button)
        self.kind_buttons["certificate"].setChecked(True)

        form = QFormLayout()
        layout.addLayout(form)
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(LanguageManager.for_app().lang))
        self.thai_digits = QCheckBox()
        self.path = PathField()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self._labels = [QLabel(), QLabel()]
        self._labels[0].setBuddy(self.language)
        self._labels[1].setBuddy(self.path)
        form.addRow(self._labels[0], self.language)
        form.addRow("", self.thai_digits)
        form.addRow(self._labels[1], row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kinds.idToggled.connect(lambda _id, on: on and self._update())
        self.language.currentIndexChanged.connect(lambda _i: self._update())
        self._update()
        self.retranslate_ui()

    def kind(self) -> str:
        return KINDS[self.kinds.checkedId()]

    def _suffix(self) -> str:
        return ".xlsx" if self.kind() == "xlsx" else ".pdf"

    def _update(self) -> None:
        kind, lang = self.kind(), self.language.currentData()
        self.thai_digits.setEnabled(lang == "th" and kind != "xlsx")
        name = {"certificate": "certificate", "full": "report", "xlsx": "report"}[kind]
        self.path.setText(str(self._folder / f"{self._base}-{name}-{lang}{self._suffix()}"))

    def _browse(self) -> None:
        kind_filter = self.tr("Excel workbook (*.xlsx)") if self.kind() == "xlsx" else self.tr("PDF document (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), self.path.text(), kind_filter)
        if chosen:
            path = Path(chosen)
            self.path.setText(str(path if path.suffix.lower() == self._suffix() else path.with_suffix(self._suffix())))

    def choice(self) -> ReportChoice:
        return ReportChoice(self.kind(), self.language.currentData(),
                            self.thai_digits.isEnabled() and self.thai_digits.isChecked(),
                            Path(self.path.text().strip()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print or save a report"))
        self._kind_title.setText(self.tr("What to make"))
        self.kind_buttons["certificate"].setText(self.tr("Certificate (PDF, A4 landscape) for signing"))
        self.kind_buttons["full"].setText(self.tr("Full report (PDF, A4) with every item, note and evidence"))
        self.kind_buttons["xlsx"].setText(self.tr("Editable copy (Excel) of the full report"))
        self._labels[0].setText(self.tr("Language of the document"))
        self._labels[1].setText(self.tr("Save to"))
        self.thai_digits.setText(self.tr("Use Thai digits (๑๒๓) for dates and numbers"))
        self.browse.setText(self.tr("Browse…"))
        self.language.setAccessibleName(self._labels[0].text())
        self.path.setAccessibleName(self._labels[1].text())
        self.thai_digits.setAccessibleName(self.thai_digits.text())
        self.browse.setAccessibleName(self.tr("Choose where to save"))
        for button in self.kind_buttons.values():
            button.setAccessibleName(button.text())
