"""Renders run one at a time (files are written atomically by core.atomic).

reportlab's fonts keep per-document state and the shaper extends a shared glyph
table, so renders from the GUI's worker thread and anything else in the process
are serialised by :data:`RENDER_LOCK`.
"""

from __future__ import annotations

import threading

__all__ = ["RENDER_LOCK"]

RENDER_LOCK = threading.RLock()
