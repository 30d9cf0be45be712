"""Kao's desktop UI (PySide6 Widgets). Talks to core only through its services and values."""
