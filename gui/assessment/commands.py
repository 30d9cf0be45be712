"""Undoable answer changes: each stores the value before and after, and writes through the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from core.model import AnswerValue

if TYPE_CHECKING:
    from gui.assessment.session import AssessmentSession


class SetAnswerCommand(QUndoCommand):
    """Change one item's answer value; the note and the N/A reason are left as they are."""

    def __init__(
        self, session: AssessmentSession, item_id: str, old: AnswerValue | None, new: AnswerValue | None
    ) -> None:
        super().__init__(QCoreApplication.translate("SetAnswerCommand", "Answer %1").replace("%1", item_id))
        self.session = session
        self.item_id = item_id
        self.old = old
        self.new = new
        self._done_once = False

    def redo(self) -> None:
        self._apply(self.new)
        self._done_once = True

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, value: AnswerValue | None) -> None:
        if self.session.write_value(self.item_id, value):
            return
        if not self._done_once:
            # The first write was refused: QUndoStack drops an obsolete command at push().
            self.setObsolete(True)
        else:
            # Stored and stacked states no longer agree; history before this point is unreliable.
            stack = self.session.undo_stack
            QTimer.singleShot(0, stack, stack.clear)
