"""The checklist at a glance: the six weighted dimensions and the four levels."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from core.linebreak import segment_all
from core.model import Checklist
from gui.i18n import LanguageManager, Retranslating
from gui.widgets.wrapping_label import WrappingLabel


class ChecklistOverview(Retranslating, QFrame):
    def __init__(self, checklist: Checklist, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checklist = checklist
        self._languages = languages
        self.setObjectName("checklistOverview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self._title = QLabel()
        self._title.setObjectName("sectionTitle")
        layout.addWidget(self._title)
        self._subtitle = WrappingLabel()
        layout.addWidget(self._subtitle)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self._dimension_names: list[WrappingLabel] = []
        self._weights: list[QLabel] = []
        for row, dim in enumerate(checklist.dimensions):
            code = QLabel(dim.id)
            name = WrappingLabel()
            weight = QLabel()
            weight.setProperty("alignment", "AlignRight|AlignVCenter")  # by name: see WrappingLabel
            grid.addWidget(code, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(weight, row, 2)
            self._dimension_names.append(name)
            self._weights.append(weight)
        layout.addLayout(grid)

        self._levels_title = QLabel()
        self._levels_title.setObjectName("sectionTitle")
        layout.addWidget(self._levels_title)
        self._level_labels = [WrappingLabel() for _ in checklist.levels]
        for label in self._level_labels:
            layout.addWidget(label)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang = self._languages.lang
        c = self._checklist
        names = [dim.name.get(lang) for dim in c.dimensions]
        levels = [self.tr("Level %1: %2").replace("%1", str(level.level)).replace("%2", level.name.get(lang))
                  for level in c.levels]
        segment_all([c.title.get(lang), *names, *levels])
        self._title.setText(self.tr("The six dimensions and their weights"))
        self._subtitle.set_plain_text(c.title.get(lang))
        for dim, name, label, weight in zip(c.dimensions, names, self._dimension_names, self._weights, strict=True):
            count = len(c.items_in(dim.id))
            label.set_plain_text(name)
            weight.setText(self.tr("%1% · %2 items").replace("%1", str(dim.weight)).replace("%2", str(count)))
            weight.setAccessibleName(weight.text())
        self._levels_title.setText(self.tr("The four levels"))
        for text, label in zip(levels, self._level_labels, strict=True):
            label.set_plain_text(text)
