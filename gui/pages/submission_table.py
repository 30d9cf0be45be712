"""The central office's list of submissions: one row per submission in force, sortable and searchable;
on request the replaced files too, muted, with a column saying which file replaced each.

Loaded with the central page, on first use, so it may name Qt's enums freely (the home list,
drawn at start-up, may not: see assessment_table.DISPLAY_ROLE).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from core.agency_rules import province_name
from core.bundle.dashboard import ResultRow, name_order
from core.linebreak import segment_all, with_break_hints
from core.ministries import official_names
from core.numbers import fmt_number
from core.text import Lang
from core.thai import format_date

BUNDLE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#5b6570")  # as QLabel#muted: 5.6:1 on the alternate rows' #f7f9fb


def _local_day(stamp: str) -> date:
    """The day a stored time (UTC) fell on here: a file sent at 06:00 in Bangkok is 23:00 UTC the day before."""
    return datetime.fromisoformat(stamp).astimezone().date()


class SubmissionTableModel(QAbstractTableModel):
    COLUMNS = 7  # and an eighth, "Replaced by", while replaced files are listed

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ResultRow] = []
        self._history = False
        self._texts: list[tuple[str, ...]] = []
        # Each row's place when sorted by a column: sorting then compares plain ints, and a
        # name's order can be the dictionary's with what is not given last.
        self._ranks: list[list[int]] = []
        self._lang: Lang = "th"

    def set_rows(self, rows: list[ResultRow], lang: Lang, *, history: bool = False) -> None:
        """``history``: the rows include replaced files; add the column naming the file that replaced each."""
        self.beginResetModel()
        self._rows, self._lang, self._history = rows, lang, history
        agencies = [self._agency(r) for r in rows]
        segment_all(agencies)
        self._texts = [self._row_texts(r, agency) for r, agency in zip(rows, agencies, strict=True)]
        self._ranks = [self._rank(column) for column in range(self.columnCount())]
        self.endResetModel()

    def row(self, source_row: int) -> ResultRow:
        return self._rows[source_row]

    def _replaced_by(self, r: ResultRow) -> str:
        # Short, under the heading "Replaced by": at 1024 pixels a whole sentence here left the
        # agency's name a few letters wide.
        if r.superseded_by is None:
            return "-"
        day = "-" if r.replaced_on is None else format_date(_local_day(r.replaced_on), self._lang, abbreviated=True)
        file_of = QCoreApplication.translate("CentralPage", "file of %1", "replaced by the file sent on")
        return file_of.replace("%1", day)

    def _agency(self, r: ResultRow) -> str:
        return f"{r.agency_name.get(self._lang)} ({r.agency_code})"

    def _row_texts(self, r: ResultRow, agency: str) -> tuple[str, ...]:
        lang = self._lang
        return (
            with_break_hints(agency),  # a long Thai name wraps between words, never inside one
            province_name(r.province, lang) if r.province else "-",
            str(r.fiscal_year), r.code, "-" if r.overall is None else fmt_number(r.overall), str(r.level),
            format_date(_local_day(r.created_at), lang, abbreviated=True),
            *((self._replaced_by(r),) if self._history else ()),
        )

    def _sort_key(self, r: ResultRow, column: int) -> Any:
        order = name_order(self._lang)
        name = r.agency_name.get(self._lang)
        # Of one agency's files for a year, the one in force comes first.
        by_name = (name == "", order(name), r.agency_code, -r.fiscal_year, r.superseded_by is not None)
        if column == 0:
            return by_name
        if column == 1:
            province = province_name(r.province, self._lang) if r.province else ""
            return (province == "", order(province), by_name)
        if column == 2:
            return (r.fiscal_year, by_name)
        if column == 3:
            return (r.code, by_name)
        if column == 4:
            return (r.overall is None, r.overall or 0, by_name)
        if column == 5:
            return (r.level, by_name)
        if column == 6:
            return (r.created_at, by_name)
        return (r.superseded_by is not None, r.replaced_on or "", by_name)

    def _rank(self, column: int) -> list[int]:
        order = sorted(range(len(self._rows)), key=lambda i: self._sort_key(self._rows[i], column))
        ranks = [0] * len(order)
        for place, i in enumerate(order):
            ranks[i] = place
        return ranks

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS + int(self._history)

    def header_labels(self) -> list[str]:
        # Literal calls: lupdate extracts only what it can see.
        return [QCoreApplication.translate("CentralPage", "Agency"),
                QCoreApplication.translate("CentralPage", "Province"),
                QCoreApplication.translate("CentralPage", "Year"),
                QCoreApplication.translate("CentralPage", "Verification code"),
                QCoreApplication.translate("CentralPage", "Score"),
                QCoreApplication.translate("CentralPage", "Level"),
                QCoreApplication.translate("CentralPage", "Sent on"),
                QCoreApplication.translate("CentralPage", "Replaced by")]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_labels()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("CentralPage", "Click to sort by this column; click again to reverse")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == SORT_ROLE:
            return self._ranks[column][row]
        if role == BUNDLE_ROLE:
            return self._rows[row].bundle_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 1:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._agency(self._rows[row])
        if role == Qt.ItemDataRole.ForegroundRole and self._rows[row].superseded_by is not None:
            return MUTED  # history, not counted: it must not read like one of the results
        return None


class SubmissionFilter(QSortFilterProxyModel):
    """Search over the agency's names in both languages, its code, province, ministry (as written and by
    its official names) and the verification code."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, SubmissionTableModel)
        r = model.row(source_row)
        haystack = " ".join((
            r.agency_name.th, r.agency_name.en, r.agency_code, r.province, province_name(r.province, "en"),
            r.ministry, *official_names(r.ministry), r.code,
        )).casefold()
        return all(word in haystack for word in self._words)
