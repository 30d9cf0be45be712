"""Background jobs: results reach the window that asked, and never a window the user has closed."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from gui.workers import Cancelled, run_with_progress


def _blocked_job(release: threading.Event, started: threading.Event):
    def job(progress):
        started.set()
        release.wait(10)
        progress(1, 1)
        return "done"

    return job


def test_the_result_reaches_the_window_that_asked(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    results: list[object] = []
    run_with_progress(window, "working", lambda progress: (progress(1, 2), 42)[1], results.append, results.append)
    qtbot.waitUntil(lambda: results == [42])


def test_a_failure_and_a_cancel_each_reach_their_callback(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    failures: list[BaseException] = []
    cancels: list[bool] = []

    def broken(_progress):
        raise ValueError("boom")

    def cancelled(_progress):
        raise Cancelled

    run_with_progress(window, "working", broken, lambda _r: None, failures.append)
    run_with_progress(window, "working", cancelled, lambda _r: None, failures.append, lambda: cancels.append(True))
    qtbot.waitUntil(lambda: len(failures) == 1 and cancels == [True])
    assert isinstance(failures[0], ValueError)


def test_a_window_closed_while_its_job_ran_gets_no_callback(qtbot):
    window = QWidget()
    window.show()
    release, started = threading.Event(), threading.Event()
    calls: list[object] = []
    run_with_progress(window, "working", _blocked_job(release, started), calls.append, calls.append)
    assert started.wait(10)
    window.close()
    window.deleteLater()
    with qtbot.waitSignal(window.destroyed):
        pass
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    # The job's queued result would now be delivered; drain it, then the callbacks must not have run.
    later = QWidget()
    qtbot.addWidget(later)
    delivered: list[object] = []
    run_with_progress(later, "working", lambda _p: "marker", delivered.append, delivered.append)
    qtbot.waitUntil(lambda: delivered == ["marker"])
    assert calls == []
