"""Long work off the UI thread, with progress and cancel (the pattern of Anki's CollectionOp).

``run_with_progress`` runs ``job(progress)`` on a worker thread while a modal
progress dialog shows ``progress(done, total)`` updates; Cancel makes the next
``progress`` call raise :class:`Cancelled` inside the job. Only the callbacks,
delivered on the UI thread, may touch widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:
            log.exception("background job failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


def run_with_progress(
    parent: QWidget,
    label: str,
    job: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None = None,
) -> _Job:
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs finish without a flash of dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    runner = _Job(job)
    runner.setAutoDelete(False)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finish() -> None:
        dialog.close()
        dialog.deleteLater()

    runner.signals.progressed.connect(progressed)
    runner.signals.succeeded.connect(lambda result: (finish(), on_success(result)))
    runner.signals.failed.connect(lambda exc: (finish(), on_failure(exc)))
    runner.signals.cancelled.connect(lambda: (finish(), on_cancel() if on_cancel else None))
    dialog.canceled.connect(runner.cancel)
    QThreadPool.globalInstance().start(runner)
    return runner
