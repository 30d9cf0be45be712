"""Runtime language switching: one translator for Kao's own strings and Qt's standard ones.

Widgets re-read their strings in ``retranslate_ui()``, called on
``QEvent.LanguageChange``, which Qt sends to every widget when a translator is
installed or removed (the ``Retranslating`` mixin). No restart is needed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

from core.resources import bundle_dir
from core.text import Lang

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _WidgetBase
else:
    _WidgetBase = object


class Retranslating(_WidgetBase):
    """Mixin for a widget that re-reads its strings when the language changes.

    List it before the Qt class, ``class Page(Retranslating, QWidget)``, and give the
    widget a ``retranslate_ui()``; the event then goes on to Qt's own handler.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def qm_path() -> str:
    return str(bundle_dir() / "i18n" / "kao_th.qm")


class LanguageManager(QObject):
    """Owns the installed translator; ``language_changed`` fires after widgets were retranslated.

    There is one per application (``for_app``): translators are installed
    application-wide, so two managers would fight over them.
    """

    _instance: LanguageManager | None = None

    @classmethod
    def for_app(cls) -> LanguageManager:
        if cls._instance is None:
            app = QCoreApplication.instance()
            cls._instance = cls(app)
        return cls._instance

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._lang: Lang = "en"

    @property
    def lang(self) -> Lang:
        return self._lang

    def set_language(self, lang: Literal["th", "en"]) -> None:
        app = QCoreApplication.instance()
        if app is None or (lang == self._lang and (lang == "en" or self._translator is not None)):
            return
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if lang == "th":
            translator = QTranslator(self)
            if translator.load(qm_path()):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.error("Thai translations not found at %s", qm_path())
        QLocale.setDefault(QLocale(QLocale.Language.Thai if lang == "th" else QLocale.Language.English))
        self._lang = lang
        # Qt posts LanguageChange to every widget; deliver them now so the whole
        # window is consistent before anyone hears language_changed.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(lang)
