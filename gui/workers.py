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

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
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


class _Delivery(QObject):
    """Hands a job's outcome to its callbacks, on the UI thread.

    A child of the window that started the job: if the user closed that window while the job
    ran, Qt disconnects the job's signals from this object as it goes, and callbacks written
    for the window never run against its deleted widgets.
    """

    def __init__(self, parent: QWidget, dialog: QProgressDialog, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None], on_cancel: Callable[[], None] | None) -> None:
        super().__init__(parent)
        self._dialog = dialog
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(done)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self._finish()
        self._on_failure(exc)

    @Slot()
    def cancelled(self) -> None:
        self._finish()
        if self._on_cancel is not None:
            self._on_cancel()

    def _finish(self) -> None:
        self._dialog.close()
        self._dialog.deleteLater()
        self.deleteLater()


def run_with_progress(
    parent: QWidget,
    label: str,
    job: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None = None,
    *,
    at_once: bool = False,
) -> _Job:
    """Run ``job`` on a worker thread behind a window-modal progress dialog.

    The dialog waits 300 ms, so quick jobs finish without a flash of it; until it shows, the
    window takes input. ``at_once`` shows it at once, for a job whose results belong to the
    widget that started it: the user cannot then leave that widget while the job runs.
    """
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    if at_once:
        dialog.show()
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    runner = _Job(job)
    runner.setAutoDelete(False)
    delivery = _Delivery(parent, dialog, on_success, on_failure, on_cancel)
    runner.signals.progressed.connect(delivery.progressed)
    runner.signals.succeeded.connect(delivery.succeeded)
    runner.signals.failed.connect(delivery.failed)
    runner.signals.cancelled.connect(delivery.cancelled)
    dialog.canceled.connect(runner.cancel)
    QThreadPool.globalInstance().start(runner)
    return runner
