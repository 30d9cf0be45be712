"""The PySide6 6.12 / Python 3.11 None-refcount workaround keeps a long session alive."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LONG_SESSION = """
import sys
sys.path.insert(0, {root!r})
from gui.app import ensure_app
from PySide6.QtWidgets import QLabel
app = ensure_app()
label = QLabel()
for _ in range(300_000):  # more void Qt calls than the few thousand None references at start
    label.setText("ก้าว")
print("alive")
"""


def test_a_long_session_of_qt_calls_does_not_abort():
    result = subprocess.run([sys.executable, "-c", LONG_SESSION.format(root=str(ROOT))], capture_output=True,
                            text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
