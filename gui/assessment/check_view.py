"""What is still open before finalizing: unanswered items, items marked for review, N/A without a reason."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from core.linebreak import segment_all, with_break_hints
from gui.assessment.icons import state_icon
from gui.assessment.session import AssessmentSession
from gui.assessment.wrapping_tree import WrappingTree
from gui.i18n import LanguageManager, Retranslating
from gui.widgets.wrapping_label import WrappingLabel

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class CheckView(Retranslating, QWidget):
    """``item_activated(item_id)``: the user wants to go to that item (Enter or double-click);
    ``reason_wanted(item_id)`` instead for an item listed as N/A without a reason (its reason is what is missing).
    """

    item_activated = Signal(str)
    reason_wanted = Signal(str)

    def __init__(self, session: AssessmentSession, languages: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkView")
        self._session = session
        self._languages = languages
        self._stale = True
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setIndent(0)
        layout.addWidget(self.title)
        self.summary = WrappingLabel()
        layout.addWidget(self.summary)
        self.tree = WrappingTree()
        self.tree.setIconSize(QSize(18, 18))
        self.tree.itemActivated.connect(self._on_activated)
        layout.addWidget(self.tree, 1)
        self._groups = [QTreeWidgetItem(self.tree) for _ in range(3)]
        bold = QFont(self.font())
        bold.setBold(True)
        for group in self._groups:
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        session.answer_changed.connect(self._mark_stale)
        session.status_changed.connect(self._mark_stale)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Rebuild the lists from the session's working copy."""
        self._stale = False
        lang = self._languages.lang
        checklist = self._session.checklist
        unanswered = self._session.unanswered()
        review = self._session.review_items()
        na_missing = self._session.na_without_reason()
        headings = (
            (self.tr("Not answered yet (%1)"), unanswered),
            (self.tr("Marked for review (%1)"), review),
            (self.tr("N/A without a reason (%1)"), na_missing),
        )
        current = self.current_item_id()
        segment_all(checklist.item(i).text.get(lang) for _, ids in headings for i in ids)
        for group, (heading, ids) in zip(self._groups, headings, strict=True):
            text = heading.replace("%1", str(len(ids)))
            group.setText(0, text)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
            group.takeChildren()
            for item_id in ids:
                item = checklist.item(item_id)
                child = QTreeWidgetItem(group)
                child.setData(0, ITEM_ID_ROLE, item_id)
                plain = f"{item_id}  {item.text.get(lang)}"
                child.setText(0, f"{item_id}  {with_break_hints(item.text.get(lang))}")
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole, plain)
                child.setIcon(0, state_icon(self._session.state(item_id), self._session.flagged(item_id)))
            group.setExpanded(True)
            group.setHidden(False)
        total = len(unanswered) + len(na_missing)
        if total == 0:
            self.summary.set_plain_text(
                self.tr("Every item is answered and every N/A has a reason: the assessment can be finalized.")
            )
        else:
            self.summary.set_plain_text(
                self.tr("%1 item(s) must be answered or given a reason before the assessment can be finalized. "
                        "Press Enter or double-click an item to go to it.").replace("%1", str(total))
            )
        if current:
            self.select(current)
        elif self.tree.currentItem() is None:
            first = next((g.child(0) for g in self._groups if g.childCount()), None)
            if first is not None:
                self.tree.setCurrentItem(first)

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def current_item_id(self) -> str:
        row = self.tree.currentItem()
        if row is None:
            return ""
        return row.data(0, ITEM_ID_ROLE) or ""

    def select(self, item_id: str) -> None:
        for group in self._groups:
            for n in range(group.childCount()):
                if group.child(n).data(0, ITEM_ID_ROLE) == item_id:
                    self.tree.setCurrentItem(group.child(n))
                    return

    def entries(self) -> dict[str, list[str]]:
        """The listed item ids per group: ``unanswered``, ``review``, ``na_without_reason``."""
        self.refresh_if_stale()
        keys = ("unanswered", "review", "na_without_reason")
        return {
            key: [g.child(n).data(0, ITEM_ID_ROLE) for n in range(g.childCount())]
            for key, g in zip(keys, self._groups, strict=True)
        }

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Check before finalizing"))
        self.tree.setAccessibleName(self.tr("Items to check"))
        self.refresh()

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item_id = row.data(0, ITEM_ID_ROLE)
        if not item_id:
            return
        if row.parent() is self._groups[2]:
            self.reason_wanted.emit(item_id)
        else:
            self.item_activated.emit(item_id)

