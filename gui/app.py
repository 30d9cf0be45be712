"""The composition root: QApplication, logging, fonts, language, the data folder, the main window."""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core import APP_NAME, __version__
from core.checklist import default_checklist
from core.errors import KaoError
from core.linebreak import with_break_hints
from core.logs import setup_logging
from core.paths import resolve_data_dir, resolve_log_dir
from core.resources import resource
from core.storage import (
    CorruptDatabaseError,
    EarlyCheck,
    SqliteAssessmentService,
    open_service,
)
from core.text import Lang
from gui import crash, enter_clicks
from gui.first_paint import after_first_paint, report_shown_and_quit
from gui.fonts import apply_font, register_fonts
from gui.i18n import LanguageManager
from gui.main_window import MainWindow
from gui.none_refcount import keep_none_alive
from gui.settings import Settings

log = logging.getLogger(__name__)

COLLECTOR_PAUSE_LIMIT_MS = 3000


def ensure_app() -> QApplication:
    keep_none_alive()  # WORKAROUND: PySide6 6.12 on Python 3.11 (see gui/none_refcount.py)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource("icons", "kao.png"))))
    enter_clicks.install(app)
    return app


def open_data_folder(data_dir: Path, lang: Lang, early: EarlyCheck | None = None) -> SqliteAssessmentService | None:
    """Open the database; a damaged one is never replaced silently: the user chooses a backup."""
    title = QCoreApplication.translate("Startup", "Kao cannot open its data")
    try:
        return open_service(data_dir, early=early)
    except CorruptDatabaseError as exc:
        if not exc.backup:
            QMessageBox.critical(None, title, with_break_hints(exc.sentence(lang)))
            return None
        from gui.damaged_data import offer_backup  # only ever needed on this path

        return offer_backup(data_dir, exc, lang)
    except KaoError as exc:
        QMessageBox.critical(None, title, with_break_hints(exc.sentence(lang)))
        return None


def close_data_folder(window: MainWindow, service: SqliteAssessmentService, languages: LanguageManager) -> None:
    """Close the service (checkpoint, closing backup). If the backup could not be made, say so in one
    line, and close all the same: the answers are stored, only their safety copy is missing."""
    problem = service.close()
    if problem is None:
        return
    reason = problem.reason.get(languages.lang)
    QMessageBox.warning(window, QCoreApplication.translate("Shutdown", "Backup not made"), with_break_hints(
        QCoreApplication.translate(
            "Shutdown", "Your answers are saved, but the backup copy Kao makes on closing could not be written: %1. "
            "Kao will close now; it makes a new backup the next time it opens or closes.").replace("%1", reason)))


def build_main_window(data_dir: Path, lang: Lang | None = None, service: SqliteAssessmentService | None = None,
                      early: EarlyCheck | None = None) -> MainWindow | None:
    """Everything a session needs, wired together; used by run_gui, the self-test and the tests.

    Returns None when the data folder cannot be opened (the user has been told why).
    """
    app = ensure_app()
    register_fonts()
    languages = LanguageManager.for_app()
    with contextlib.suppress(OSError):  # open_data_folder explains a folder it cannot use
        data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir)
    apply_font(app, settings.font_size)
    app.setStyleSheet(resource("styles", "kao.qss").read_text("utf-8"))
    languages.set_language(lang or settings.language)
    service = service or open_data_folder(data_dir, languages.lang, early)
    if service is None:
        return None
    window = MainWindow(service, default_checklist(), languages, settings, data_dir)
    window.on_close.append(functools.partial(close_data_folder, window, service, languages))
    for warning in service.warnings:  # the opening backup failed, e.g. on a full disk; Kao opens all the same
        QMessageBox.warning(window, QCoreApplication.translate("Startup", "Backup not made"),
                            with_break_hints(warning.sentence(languages.lang)))
    return window


def _collect_from_now_on() -> None:
    """main.py paused the cycle collector for start-up. What start-up built lives as long as the
    app: freeze it, so a later full collection (while the user answers) does not walk those
    ~30,000 objects again; one such walk takes about 16 ms on the UI thread."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(args: argparse.Namespace, open_files: list[str] | None = None, early: EarlyCheck | None = None) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    setup_logging(resolve_log_dir(data_dir))
    app = ensure_app()
    crash.install()
    explicit_lang = "--lang" in sys.argv or any(a.startswith("--lang=") for a in sys.argv)
    window = build_main_window(data_dir, args.lang if explicit_lang else None, early=early)
    if window is None:
        return 2
    after_first_paint(window, _collect_from_now_on)
    QTimer.singleShot(COLLECTOR_PAUSE_LIMIT_MS, _collect_from_now_on)  # a window started minimized paints late
    if getattr(args, "exit_after_start", False):
        report_shown_and_quit(window)
    window.show()
    log.info("Kao %s started, data folder %s", __version__, data_dir)
    if open_files:
        from gui import exchange

        files = [Path(f) for f in open_files]
        QTimer.singleShot(0, lambda: exchange.import_paths(window, window.service, files, window.home.refresh))
    return app.exec()
