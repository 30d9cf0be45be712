"""The open assessment as the walker sees it: a working copy of the answers, autosaved through the service.

Answer values are written at once, through the undo stack; notes and N/A
reasons are written ~400 ms after the last keystroke, and at once by
``flush()`` (item change, focus-out, close). A failed write keeps what the
user typed and shows the service's one-line message; nothing is ever lost
silently. The failure stays shown while any text still waits. The waiting
text is sent again every few seconds, and at once after any other write that
succeeds, so a store that recovers by itself (a busy database freed, space
made on the disk) is noticed without the user doing anything. Only
:meth:`discard_pending` (the user chose to leave without saving) drops it.

Text refused because another Kao window finalized the assessment meanwhile is
not retried: the session takes the stored, locked state (the page offers
Reopen) and keeps the text, which a reopen then writes.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core.errors import KaoError
from core.model import Answer, AnswerValue, Checklist
from core.records import AssessmentDetail, AssessmentService, EvidenceFile
from core.scoring import ScoreCard
from core.storage import LockedAssessmentError

log = logging.getLogger(__name__)

TEXT_SAVE_DELAY_MS = 400
RETRY_DELAY_MS = 10_000  # while refused text waits: often enough to notice a recovery, rare in the log


class ItemState(Enum):
    UNANSWERED = "unanswered"
    ANSWERED = "answered"
    NA_WITHOUT_REASON = "na_without_reason"


class SaveState(Enum):
    LOADED = "loaded"  # nothing written in this session yet
    PENDING = "pending"  # typed text waits for its debounced write
    SAVED = "saved"
    FAILED = "failed"


class AssessmentSession(QObject):
    """Owns the working copy, the debounced text writes and the undo stack of one assessment."""

    answer_changed = Signal(str)  # item id: value, reason, note, review flag or evidence changed
    save_state_changed = Signal()
    status_changed = Signal()  # finalized or reopened

    def __init__(
        self, service: AssessmentService, checklist: Checklist, assessment_id: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.checklist = checklist
        self.assessment_id = assessment_id
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)
        self._pending: set[str] = set()
        self._state = SaveState.LOADED
        self._saved_at: datetime | None = None
        self._error: KaoError | None = None
        self.changed_since_emit = False
        self.detail: AssessmentDetail = service.get_assessment(assessment_id)
        self._answers: dict[str, Answer] = {}
        self._flags: set[str] = set()
        self._evidence: dict[str, tuple[EvidenceFile, ...]] = {}
        self._take(self.detail)

    def _take(self, detail: AssessmentDetail) -> None:
        self.detail = detail
        self._answers = dict(detail.answers)
        self._flags = set(detail.review_flags)
        self._evidence = dict(detail.evidence)

    # --- reading -------------------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """Finalized (or later), or in the trash: the service refuses writes, so the UI offers none."""
        return self.detail.locked or self.detail.deleted

    @property
    def save_state(self) -> SaveState:
        return self._state

    @property
    def saved_at(self) -> datetime | None:
        return self._saved_at

    @property
    def error(self) -> KaoError | None:
        return self._error

    def answer(self, item_id: str) -> Answer:
        return self._answers.get(item_id, Answer())

    def answers(self) -> dict[str, Answer]:
        return dict(self._answers)

    def flagged(self, item_id: str) -> bool:
        return item_id in self._flags

    def evidence(self, item_id: str) -> tuple[EvidenceFile, ...]:
        return self._evidence.get(item_id, ())

    def state(self, item_id: str) -> ItemState:
        answer = self.answer(item_id)
        if answer.value is None:
            return ItemState.UNANSWERED
        if answer.value is AnswerValue.NA and not answer.is_justified_na:
            return ItemState.NA_WITHOUT_REASON
        return ItemState.ANSWERED

    def answered_count(self, item_ids: list[str] | tuple[str, ...]) -> int:
        """Answered as the home list counts: an N/A still waiting for its reason is not."""
        return sum(1 for i in item_ids if self.state(i) is ItemState.ANSWERED)

    def unanswered(self) -> list[str]:
        return [i.id for i in self.checklist.items if self.answer(i.id).value is None]

    def review_items(self) -> list[str]:
        return [i.id for i in self.checklist.items if i.id in self._flags]

    def na_without_reason(self) -> list[str]:
        return [i.id for i in self.checklist.items if self.state(i.id) is ItemState.NA_WITHOUT_REASON]

    def score(self) -> ScoreCard:
        """The stored answers' score card, from the service: written text first."""
        self.flush()
        return self.service.score(self.assessment_id)

    # --- writing -------------------------------------------------------------------------------------------

    def choose(self, item_id: str, value: AnswerValue | None) -> None:
        """Set an item's answer as one undoable step (no-op when locked or unchanged)."""
        from gui.assessment.commands import SetAnswerCommand

        if self.locked:
            return
        old = self.answer(item_id).value
        if old == value:
            return
        self.undo_stack.push(SetAnswerCommand(self, item_id, old, value))

    def write_value(self, item_id: str, value: AnswerValue | None) -> bool:
        """Store ``value`` alone; False (and the error shown) if refused. Text typed here and not yet
        written follows on its own: each write names only its own fields, so what another window
        on the same assessment stored in between is kept."""
        try:
            self.service.save_value(self.assessment_id, item_id, value)
        except KaoError as exc:
            self._fail(exc)
            return False
        self._answers[item_id] = dataclasses.replace(self.answer(item_id), value=value)
        self._saved()
        self.answer_changed.emit(item_id)
        return True

    def set_text(self, item_id: str, *, note: str | None = None, reason: str | None = None) -> None:
        """Take typed text into the working copy; it is written after a short pause or on flush()."""
        if self.locked:
            return
        current = self.answer(item_id)
        updated = dataclasses.replace(
            current,
            note=current.note if note is None else note,
            reason=current.reason if reason is None else reason,
        )
        if updated == current:
            return
        self._answers[item_id] = updated
        self._pending.add(item_id)
        if self._state is not SaveState.FAILED:
            self._set_state(SaveState.PENDING)
        self._timer.start()
        self.answer_changed.emit(item_id)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def refused_items(self) -> frozenset[str]:
        """The items whose typed text the store refused and which still wait: shown as not saved."""
        return frozenset(self._pending) if self._state is SaveState.FAILED else frozenset()

    def flush(self) -> bool:
        """Write every pending note and reason now; False if a write was refused (the text is kept)."""
        self._timer.stop()
        self._retry.stop()
        return all(self._write_text(item_id) for item_id in sorted(self._pending))

    def discard_pending(self) -> None:
        """Give up the text not yet written: the user chose to leave without saving, and the page
        goes with this session. Nothing writes it later, and no failure is shown for it."""
        self._timer.stop()
        self._retry.stop()
        if self._pending:
            log.warning("unsaved text discarded at the user's request: items %s", ", ".join(sorted(self._pending)))
        self._pending.clear()
        self._error = None
        self._set_state(SaveState.SAVED if self._saved_at is not None else SaveState.LOADED, force=True)

    def set_review(self, item_id: str, flagged: bool) -> bool:
        if self.locked or flagged == self.flagged(item_id):
            return False
        try:
            self.service.set_review_flag(self.assessment_id, item_id, flagged)
        except KaoError as exc:
            self._fail(exc)
            self.answer_changed.emit(item_id)  # views re-read the stored flag
            return False
        if flagged:
            self._flags.add(item_id)
        else:
            self._flags.discard(item_id)
        self._saved()
        self.answer_changed.emit(item_id)
        return True

    def store_files(
        self, item_id: str, sources: list[Path], progress: Callable[[int, int], None] | None = None,
        stored: list[EvidenceFile] | None = None,
    ) -> tuple[list[EvidenceFile], KaoError | None]:
        """Copy files into storage, stopping at the first refusal. Touches only the service, so a
        worker thread may run it; :meth:`adopt` then takes the result on the UI thread.

        Each file is attached as it is stored. A caller that may stop part-way (its ``progress``
        raises on Cancel) passes ``stored`` and adopts what is in it then.
        """
        stored = [] if stored is None else stored
        for done, source in enumerate(sources, start=1):
            try:
                stored.append(self.service.attach_evidence(self.assessment_id, item_id, source))
            except KaoError as exc:
                return stored, exc
            if progress is not None:
                progress(done, len(sources))
        return stored, None

    def adopt(self, item_id: str, stored: list[EvidenceFile]) -> int:
        """Take in what :meth:`store_files` attached; returns how many files are new to the item.

        The store links one content to an item once: a file the item already has comes back as
        the stored one and changes nothing here (no reordering, no "saved")."""
        files = list(self.evidence(item_id))
        before = len(files)
        for file in stored:
            if all(f.sha256 != file.sha256 for f in files):
                files.append(file)
        if len(files) == before:
            return 0
        self._evidence[item_id] = tuple(files)
        self._saved()
        self.answer_changed.emit(item_id)
        return len(files) - before

    def report_failure(self, error: KaoError) -> None:
        self._fail(error)

    def detach(self, item_id: str, sha256: str) -> bool:
        if self.locked:
            return False
        try:
            self.service.detach_evidence(self.assessment_id, item_id, sha256)
        except KaoError as exc:
            self._fail(exc)
            return False
        self._evidence[item_id] = tuple(f for f in self.evidence(item_id) if f.sha256 != sha256)
        self._saved()
        self.answer_changed.emit(item_id)
        return True

    def evidence_path(self, sha256: str) -> Path:
        return self.service.evidence_path(sha256)

    def evidence_for_viewing(self, sha256: str, filename: str) -> Path:
        return self.service.evidence_for_viewing(sha256, filename)  # type: ignore[attr-defined, no-any-return]

    def finalize(self) -> None:
        """Lock the assessment; raises the service's KaoError when it refuses (e.g. items still open)."""
        if not self.flush():
            assert self._error is not None
            raise self._error
        self.service.finalize(self.assessment_id)
        self._reload()

    def reopen(self, reason: str) -> None:
        """Unlock with a recorded reason; raises the service's KaoError when it refuses.

        Text typed while another window had the assessment locked is written now."""
        self.service.reopen(self.assessment_id, reason)
        self._reload()
        if self._pending:
            self.flush()

    def refresh(self) -> None:
        """Take what is stored now: another Kao window may have finalized the assessment meanwhile.
        Text still waiting to be written stays in the working copy (see _take_stored)."""
        self._take_stored()
        self.status_changed.emit()

    def _reload(self) -> None:
        """After this session's own status change, which was a save."""
        self._take_stored()
        self._saved()
        self.status_changed.emit()

    def _take_stored(self) -> None:
        """The stored assessment as the working copy, except the note and reason of items whose
        typed text still waits: that text is the user's, and only a write or discard_pending ends it."""
        typed = {item_id: self.answer(item_id) for item_id in self._pending}
        self._take(self.service.get_assessment(self.assessment_id))
        for item_id, answer in typed.items():
            self._answers[item_id] = dataclasses.replace(self.answer(item_id), note=answer.note, reason=answer.reason)
        self.undo_stack.clear()
        self.changed_since_emit = True

    def _locked_elsewhere(self) -> None:
        """A write was refused as locked while this copy was editable: another Kao window finalized
        the assessment. Show it as stored (read-only, Reopen offered); the refused text stays."""
        if self.locked:
            return
        try:
            self._take_stored()
        except KaoError as exc:  # the header already says why the text was not saved
            log.warning("could not read the assessment after a locked refusal: %s", exc.text("en"))
            return
        self.status_changed.emit()

    # --- internals -----------------------------------------------------------------------------------------

    def _write_text(self, item_id: str) -> bool:
        answer = self.answer(item_id)
        try:
            self.service.save_text(self.assessment_id, item_id, note=answer.note, reason=answer.reason)
        except KaoError as exc:
            self._fail(exc)
            return False
        self._pending.discard(item_id)
        self._saved()
        return True

    def _saved(self) -> None:
        self._saved_at = datetime.now()
        self.changed_since_emit = True
        if self._error is not None and self._pending:
            # This write went through but text refused earlier still waits: the failure stays shown,
            # and that text goes again shortly (the storage may work again).
            self._set_state(SaveState.FAILED, force=True)
            self._timer.start()
            return
        self._error = None
        self._set_state(SaveState.PENDING if self._pending else SaveState.SAVED, force=True)

    def _fail(self, exc: KaoError) -> None:
        log.warning("write refused: %s", exc.text("en"))
        self._error = exc
        if isinstance(exc, LockedAssessmentError):  # locked stays locked: retrying is no use
            # Not now: the refusal may come from inside an undo command, whose stack this clears.
            QTimer.singleShot(0, self, self._locked_elsewhere)
        elif self._pending:
            self._retry.start()
        self._set_state(SaveState.FAILED, force=True)

    def _set_state(self, state: SaveState, *, force: bool = False) -> None:
        if state is self._state and not force:
            return
        self._state = state
        self.save_state_changed.emit()
