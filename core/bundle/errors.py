"""The error types a submission or receipt file can produce, so callers catch exactly one thing.

Their messages often quote what the file says (a member name, an item id), so
they are made safe here: control characters and line separators escaped, the
length capped. A hostile file cannot turn its refusal into several lines, nor
send the terminal an escape sequence. The command line shows every other text
a file brings (an agency's name) through :func:`one_line` too.
"""

from __future__ import annotations

from core.errors import KaoError
from core.text import CONTROL_CHARACTERS

__all__ = ["BundleError", "OtherKeyError", "ReceiptError", "escaped", "one_line"]

MAX_MESSAGE = 300
_UNSAFE = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in CONTROL_CHARACTERS}
# A note's own line breaks and tabs, written as people read them: "ข้อ 1\nข้อ 2", not "\x0a".
_UNSAFE |= {0x09: "\\t", 0x0A: "\\n", 0x0D: "\\r"}


def escaped(text: str) -> str:
    """``text`` safe for a terminal and on one line, however long: for a note printed whole."""
    return text.translate(_UNSAFE)


def one_line(text: str) -> str:
    safe = escaped(text)
    return safe if len(safe) <= MAX_MESSAGE else safe[: MAX_MESSAGE - 1] + "…"


class BundleError(KaoError):
    """A submission file is unreadable, unsafe, tampered with or not acceptable here."""

    def __init__(self, th: str, en: str) -> None:
        super().__init__(one_line(th), one_line(en))


class ReceiptError(BundleError):
    """A receipt file is unreadable, not signed correctly or does not match any export."""


class OtherKeyError(BundleError):
    """Validly signed, but not by the key on record: the operator may accept it after confirming.

    Callers (the GUI) offer "accept the new key" for exactly this error and no other.
    """

    def __init__(self, th: str, en: str, *, pinned: str, presented: str, agency: str = "",
                 agency_name: str = "") -> None:
        super().__init__(th, en)
        self.pinned = pinned
        self.presented = presented
        self.agency = agency  # the agency code the file claims; "" for a central office key
        self.agency_name = one_line(agency_name)


class OtherCentralKeyError(ReceiptError, OtherKeyError):
    """A receipt signed by a central office key other than the one this office has on record."""
