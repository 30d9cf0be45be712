"""Saying a line to a screen reader: text that appears beside the keyboard, not on it.

A screen reader reads the control that has the keyboard. A line that appears next to it (the
hint after a refused key, the answer just chosen with a number key, a failed save) stays unread
unless it is announced; Qt 6.8+ passes an announcement to the platform's screen reader
(UI Automation on Windows, AT-SPI on Linux), and does nothing when none is running.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have ``text`` read once; after what the reader is saying, or at once when ``urgent``."""
    if not text or not widget.isVisible():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
