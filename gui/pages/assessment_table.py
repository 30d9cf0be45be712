"""The home list's model: one row per assessment, sortable and filterable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QStandardItemModel

from core.checklist import default_checklist
from core.linebreak import segment_all, with_break_hints
from core.numbers import fmt_number
from core.records import AssessmentStatus, AssessmentSummary
from core.thai import format_datetime
from gui.i18n import LanguageManager
from gui.labels import status_label

# Qt's roles and alignment as the plain ints Qt takes for them. The home list is drawn at
# start-up, and naming any member of PySide's `Qt` namespace (or being handed one, as a Python
# headerData() is) makes PySide build all of it: about 100 Python enums, 12 ms, some 5% of
# start-up. tests/gui/test_startup_path.py checks the first paint does without it.
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
USER_ROLE = 0x100  # Qt.ItemDataRole.UserRole
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
SORT_ROLE = USER_ROLE + 1
SUMMARY_ROLE = USER_ROLE + 2
Index = QModelIndex | QPersistentModelIndex


class AssessmentTableModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AssessmentSummary] = []
        # Display strings per row, made once per refresh or language switch: Qt asks for them
        # on every paint and size query, tens of thousands of times for a long list.
        self._texts: list[tuple[str, ...]] = []
        self._texts_lang = ""  # the language _texts were made in
        self._languages = LanguageManager.for_app()
        # The column titles, for the table's header view, in a model of Qt's own: Qt hands a
        # Python headerData() the orientation as a `Qt` enum (see DISPLAY_ROLE above).
        self.header = QStandardItemModel(0, self.COLUMNS, self)

    def set_rows(self, rows: list[AssessmentSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._make_texts()
        self.endResetModel()

    def _make_texts(self) -> None:
        self._texts_lang = self._languages.lang
        segment_all(self._agency_text(s) for s in self._rows)
        self._texts = [self._row_texts(s) for s in self._rows]

    def _row_texts(self, s: AssessmentSummary) -> tuple[str, ...]:
        return tuple(self._display(s, column) for column in range(self.COLUMNS))

    def summary(self, row: int) -> AssessmentSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def header_labels(self) -> list[str]:
        # Literal calls, not an alias: lupdate only extracts what it can see.
        return [QCoreApplication.translate("AssessmentTable", "Agency"),
                QCoreApplication.translate("AssessmentTable", "Fiscal year"),
                QCoreApplication.translate("AssessmentTable", "Status"),
                QCoreApplication.translate("AssessmentTable", "Answered"),
                QCoreApplication.translate("AssessmentTable", "Score"),
                QCoreApplication.translate("AssessmentTable", "Level"),
                QCoreApplication.translate("AssessmentTable", "Last change")]

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == SUMMARY_ROLE:
            return s
        if role == SORT_ROLE:
            return self._sort_key(s, column)
        if role == DISPLAY_ROLE:
            return self._texts[index.row()][column]
        if role == ALIGNMENT_ROLE and column in (1, 3, 4, 5):
            return ALIGN_CENTER
        if role == TOOLTIP_ROLE and column == 0:
            return f"{s.agency.name.get(self._languages.lang)} ({s.agency.code})"
        if role == TOOLTIP_ROLE and column == 5:
            return default_checklist().level(s.level).name.get(self._languages.lang)
        return None

    def _sort_key(self, s: AssessmentSummary, column: int) -> Any:
        # One column's key: sorting asks for two keys per comparison, so build no more than that.
        if column == 0:
            return s.agency.name.get(self._languages.lang)
        if column == 1:
            return s.fiscal_year
        if column == 2:
            return s.status.value
        if column == 3:
            return s.percent_answered
        if column == 4:
            return float(s.overall or 0)
        if column == 5:
            return s.level
        return s.updated_at.timestamp()

    def _display(self, s: AssessmentSummary, column: int) -> str:
        lang = self._languages.lang
        if column == 0:
            # Break hints let a long Thai name wrap between words instead of being cut off.
            return with_break_hints(self._agency_text(s))
        if column == 1:
            return str(s.fiscal_year)
        if column == 2:
            text = status_label(s.status)
            return text + (QCoreApplication.translate("AssessmentTable", " (deleted)") if s.deleted else "")
        if column == 3:
            return f"{s.percent_answered}%"
        if column == 4:
            return "" if s.overall is None else fmt_number(s.overall)
        if column == 5:
            return str(s.level)
        return format_datetime(s.updated_at, lang)

    def _agency_text(self, s: AssessmentSummary) -> str:
        return f"{s.agency.name.get(self._languages.lang)} ({s.agency.code})"

    def refresh_language(self) -> None:
        self.header.setHorizontalHeaderLabels(self.header_labels())
        if self._texts_lang == self._languages.lang:
            return  # e.g. the first retranslation right after the first refresh, at start-up
        self._make_texts()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1))


class AssessmentFilter(QSortFilterProxyModel):
    """Free-text search over agency, code, province and year, plus a status filter."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self._status: AssessmentStatus | None = None

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def set_status(self, status: AssessmentStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AssessmentTableModel)
        s = model.summary(source_row)
        if self._status is not None and s.status is not self._status:
            return False
        if not self._text:
            return True
        haystack = " ".join((s.agency.name.th, s.agency.name.en, s.agency.code, s.agency.province,
                             s.agency.ministry, str(s.fiscal_year))).casefold()
        return all(word in haystack for word in self._text.split())
