"""The floor for frozen start-up and size: a bare PySide6 window that registers Kao's font.

Frozen the same way as Kao (PyInstaller one-folder, same venv) by build_linux.py,
then timed against `kao --exit-after-start`.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

here = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
app = QApplication(sys.argv[:1])
for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
    QFontDatabase.addApplicationFont(str(here / "resources" / "fonts" / name))
app.setFont(QFont("Sarabun", 11))
window = QMainWindow()
window.setCentralWidget(QLabel("ก้าว: การประเมินตนเองด้านรัฐบาลดิจิทัล"))
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
