"""The walker's left side: the six dimensions with weight and progress, expandable to their items."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidgetItem, QWidget

from core.linebreak import segment_all, with_break_hints
from core.model import Checklist
from gui.assessment.icons import state_icon
from gui.assessment.session import AssessmentSession, ItemState
from gui.assessment.wrapping_tree import WrappingTree
from gui.i18n import LanguageManager, Retranslating

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
NOT_SAVED = QColor("#b3261e")  # the header's "Not saved" red


class DimensionNavigator(Retranslating, WrappingTree):
    """``item_chosen(item_id, focus_answer)``: the user picked an item (Enter/double-click asks for focus)."""

    item_chosen = Signal(str, bool)

    def __init__(
        self, session: AssessmentSession, languages: LanguageManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dimensionNavigator")
        self._session = session
        self._checklist: Checklist = session.checklist
        self._languages = languages
        self._syncing = False
        self.setIconSize(QSize(18, 18))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self._dim_rows: dict[str, QTreeWidgetItem] = {}
        self._item_rows: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for dim in self._checklist.dimensions:
            row = QTreeWidgetItem(self)
            row.setFont(0, bold)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._dim_rows[dim.id] = row
            for item in self._checklist.items_in(dim.id):
                child = QTreeWidgetItem(row)
                child.setData(0, ITEM_ID_ROLE, item.id)
                self._item_rows[item.id] = child
        self.expandAll()

        self.currentItemChanged.connect(self._on_current_changed)
        self.itemActivated.connect(self._on_activated)
        # An item left with a refused note must say so here too: the header names only the failure.
        self._refused: frozenset[str] = frozenset()
        session.save_state_changed.connect(self._sync_refused)
        self.retranslate_ui()

    # --- public --------------------------------------------------------------------------------------------

    def select_item(self, item_id: str) -> None:
        """Show ``item_id`` as current without announcing it (the card already shows it)."""
        row = self._item_rows[item_id]
        if self.currentItem() is row:
            return
        self._syncing = True
        try:
            row.parent().setExpanded(True)
            self.setCurrentItem(row)
            self.scrollToItem(row.parent())  # the dimension's heading too, where it fits
            self.scrollToItem(row)
        finally:
            self._syncing = False

    def refresh_item(self, item_id: str) -> None:
        self._update_item_row(item_id)
        self._update_dimension_row(self._checklist.item(item_id).dimension)

    def refresh_all(self) -> None:
        for item_id in self._item_rows:
            self._update_item_row(item_id)
        segment_all(self._checklist.dimension(d).name.get(self._languages.lang) for d in self._dim_rows)
        for dim_id in self._dim_rows:
            self._update_dimension_row(dim_id)

    # --- Qt ------------------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Dimensions and items"))
        self.setAccessibleDescription(self.tr("Choose an item to answer. Press Enter to go to its answer buttons."))
        self.refresh_all()

    # --- internals -----------------------------------------------------------------------------------------

    def _update_dimension_row(self, dim_id: str) -> None:
        lang = self._languages.lang
        dim = self._checklist.dimension(dim_id)
        ids = [i.id for i in self._checklist.items_in(dim_id)]
        answered = self._session.answered_count(ids)
        progress = (
            self.tr("Weight %1% · %2 of %3 answered")
            .replace("%1", str(dim.weight)).replace("%2", str(answered)).replace("%3", str(len(ids)))
        )
        row = self._dim_rows[dim_id]
        name = dim.name.get(lang)
        row.setText(0, f"{dim.id} {with_break_hints(name)}\n{progress}")
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{dim.id} {name}, {progress}")
        row.setToolTip(0, f"{dim.id} {name}\n{progress}")

    def _update_item_row(self, item_id: str) -> None:
        lang = self._languages.lang
        item = self._checklist.item(item_id)
        answer = self._session.answer(item_id)
        state = self._session.state(item_id)
        flagged = self._session.flagged(item_id)
        if answer.value is None:
            shown = self.tr("not answered")
        else:
            shown = self._checklist.choice(answer.value).label.get(lang)
        states = {
            ItemState.ANSWERED: self.tr("answered"),
            ItemState.UNANSWERED: self.tr("not answered"),
            ItemState.NA_WITHOUT_REASON: self.tr("N/A without a reason"),
        }
        described = [states[state]]
        if flagged:
            described.append(self.tr("marked for review"))
        if state is ItemState.NA_WITHOUT_REASON:
            shown = self.tr("%1 (reason missing)").replace("%1", shown)
        if flagged:
            shown = self.tr("%1 · for review").replace("%1", shown)
        row = self._item_rows[item_id]
        if item_id in self._session.refused_items():
            shown = self.tr("%1 · text not saved").replace("%1", shown)
            described.append(self.tr("the typed text is not saved yet"))
            row.setForeground(0, QBrush(NOT_SAVED))
        else:
            row.setData(0, Qt.ItemDataRole.ForegroundRole, None)
        row.setText(0, f"{item.id}  {with_break_hints(shown)}")  # may wrap: between words even without libthai
        row.setIcon(0, state_icon(state, flagged))
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{item.id}: {shown}; {', '.join(described)}")
        row.setToolTip(0, f"{item.id} · {', '.join(described)}\n{item.text.get(lang)}")

    def _sync_refused(self) -> None:
        refused = self._session.refused_items()
        changed, self._refused = refused ^ self._refused, refused
        for item_id in changed:
            self._update_item_row(item_id)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._syncing or current is None:
            return
        item_id = current.data(0, ITEM_ID_ROLE)
        if item_id:
            self.item_chosen.emit(item_id, False)

    def _on_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item_id = row.data(0, ITEM_ID_ROLE)
        if item_id:
            self.item_chosen.emit(item_id, True)
        else:
            row.setExpanded(not row.isExpanded())
