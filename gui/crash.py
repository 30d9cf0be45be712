"""Unexpected errors: logged with the traceback, shown as a calm dialog, and the app goes on.

The user sees a message in the UI language and a "Copy details" button for
support; never a raw traceback in the main view.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import KaoError
from core.linebreak import with_break_hints
from gui.i18n import LanguageManager

log = logging.getLogger(__name__)


def show_error(parent: object, error: BaseException) -> None:
    """A known problem (KaoError) is one line; anything else is an unexpected error."""
    if isinstance(error, KaoError):
        # Break hints: a long Thai message wraps between words even without libthai (Windows).
        QMessageBox.warning(parent, QCoreApplication.translate("Crash", "Kao"),  # type: ignore[arg-type]
                            with_break_hints(error.sentence(LanguageManager.for_app().lang)))
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    _unexpected_dialog(details)


def _unexpected_dialog(details: str) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Crash", "Unexpected error"))
    box.setText(QCoreApplication.translate(
        "Crash", "Something went wrong inside Kao. Your saved answers are safe. "
        "The details were written to the log file; please send them to your support contact."))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    # Enter closes. Left to itself the box made "Show details" the default, so the Enter a user
    # presses to get rid of a box they cannot read opened the traceback instead.
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    copy.clicked.disconnect()  # keep the box open after copying
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log.critical("unexpected error", exc_info=(kind, error, tb))
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    if isinstance(error, KaoError):
        show_error(QApplication.activeWindow(), error)
    else:
        _unexpected_dialog("".join(traceback.format_exception(kind, error, tb)))


def install() -> None:
    sys.excepthook = excepthook
