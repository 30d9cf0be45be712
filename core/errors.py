"""Errors that reach the user carry their message in both languages.

The GUI and the command line show ``error.message.get(lang)``; neither ever
shows a traceback for a :class:`KaoError`.
"""

from __future__ import annotations

from typing import Any

from core.text import Lang, Text

__all__ = [
    "AnswersError",
    "ChecklistError",
    "KaoError",
]


class KaoError(Exception):
    """A problem the user can act on, described in one line per language."""

    def __init__(self, th: str, en: str) -> None:
        super().__init__(en)
        self.message = Text(th, en)

    def text(self, lang: Lang) -> str:
        """The message as a clause, to go inside another sentence ("Not saved: %1")."""
        return self.message.get(lang)

    def sentence(self, lang: Lang) -> str:
        """The message standing alone, as a dialog shows it: English starts with a capital."""
        text = self.text(lang)
        return text[:1].upper() + text[1:]

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt without calling __init__ (subclasses take other arguments), so that an error
        # found in a worker process (core.bundle.parallel) arrives whole: type, message, attributes.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[KaoError], args: tuple[Any, ...], state: dict[str, Any]) -> KaoError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class ChecklistError(KaoError):
    """The checklist file is missing, unreadable or does not match the schema."""


class AnswersError(KaoError):
    """An answers file or an answer is not acceptable for this checklist."""
