"""Knowing when a window has really been seen: after its first paint, not merely after show().

`--exit-after-start` and the bare-window floor (packaging/bare_window.py) both use this, so
the start-up benchmark times the two programs to the same moment. A zero-delay timer after
show() is not that moment: Qt paints a new window in a later turn of the event loop.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

SHOWN_PREFIX = "shown-at-monotonic "


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window's children are painted in this same pass; the timer runs once it is flushed.
            QTimer.singleShot(0, self._callback)
            self.deleteLater()  # its work is done; the timer holds the callback
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call back once, after `window` (shown or about to be) has finished its first paint."""
    _FirstPaint(window, callback)


def report_shown_and_quit(window: QWidget) -> None:
    """Print the monotonic time the window was first seen (for the benchmarks), then close and quit."""
    def done() -> None:
        if sys.stdout is not None:  # a windowed Windows build has no console
            print(f"{SHOWN_PREFIX}{time.monotonic():.6f}", flush=True)
        window.close()
        QCoreApplication.quit()

    after_first_paint(window, done)
