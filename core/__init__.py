"""Kao's core: the checklist, the scoring engine, storage and exchange.

Nothing under ``core`` imports Qt or ``gui`` (tests/test_architecture.py
enforces it), so the command line, the report builder and the central office
tools all share exactly the numbers the desktop app shows.
"""

__version__ = "0.1.0"
APP_NAME = "Kao"
APP_AUTHOR = "Kao"
