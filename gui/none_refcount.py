"""WORKAROUND: PySide6 6.12.0 (the cp310-abi3 wheel) on CPython 3.11 releases a reference to None it never took.

Every call of a void Qt method (``QLabel.setText``, ``QTreeWidgetItem.setData`` …) and every
conversion of an empty value to None lowers ``sys.getrefcount(None)`` by one. Python 3.11
starts with a few thousand references, so after a few thousand such calls the process aborts
with "Fatal Python error: none_dealloc: deallocating None". Python 3.12+ makes None immortal,
where the stray decrements are harmless; this gives 3.11 the same immunity by adding a very
large number of references once. Reproduce: ``for _ in range(200_000): QLabel().setText("a")``.

gui/app.py calls it before the QApplication exists, and tests/conftest.py for the test run;
the assessment workspace calls it too, as the heaviest user of such calls. Remove it once the
project runs on Python ≥ 3.12 or on a PySide6 release that no longer drops the reference.
"""

from __future__ import annotations

import ctypes
import sys

_PIN = 1 << 40  # far more void calls than any session can make
_pinned = False


def keep_none_alive() -> None:
    """Idempotent; does nothing on Python 3.12+ (None is immortal there)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return
    # ob_refcnt is the first field of every CPython object, at the address id() returns.
    ctypes.c_ssize_t.from_address(id(None)).value += _PIN
    _pinned = True
