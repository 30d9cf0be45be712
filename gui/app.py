"""The composition root: QApplication, logging, fonts, language, settings, the main window."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core import APP_NAME, __version__
from core.checklist import default_checklist
from core.logs import setup_logging
from core.paths import resolve_data_dir, resolve_log_dir
from core.resources import resource
from core.text import Lang
from gui.fonts import apply_font, register_fonts
from gui.i18n import LanguageManager
from gui.main_window import MainWindow
from gui.settings import Settings

log = logging.getLogger(__name__)


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


def build_main_window(data_dir: Path, lang: Lang | None = None) -> MainWindow:
    """Everything a session needs, wired together; used by run_gui, the self-test and the tests."""
    app = ensure_app()
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir)
    register_fonts()
    apply_font(app, settings.font_size)
    app.setStyleSheet(resource("styles", "kao.qss").read_text("utf-8"))
    languages = LanguageManager.for_app()
    languages.set_language(lang or settings.language)
    return MainWindow(default_checklist(), languages)


def run_gui(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    setup_logging(resolve_log_dir(data_dir))
    app = ensure_app()
    explicit_lang = "--lang" in sys.argv or any(a.startswith("--lang=") for a in sys.argv)
    window = build_main_window(data_dir, args.lang if explicit_lang else None)
    window.show()
    log.info("Kao %s started, data folder %s", __version__, data_dir)
    return app.exec()
