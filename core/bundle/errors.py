"""The one error type a submission file can produce, so callers catch exactly one thing."""

from __future__ import annotations

from core.errors import KaoError

__all__ = ["BundleError", "ReceiptError"]


class BundleError(KaoError):
    """A submission file is unreadable, unsafe, tampered with or not acceptable here."""


class ReceiptError(KaoError):
    """A receipt file is unreadable, not signed correctly or does not match any export."""
