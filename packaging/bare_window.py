"""The floor for start-up and size: a bare PySide6 window that registers Kao's font.

bench/bench_startup.py runs it beside `python main.py --exit-after-start`;
build_linux.py freezes it the same way as Kao (PyInstaller one-folder, same venv)
and times it against the frozen `kao --exit-after-start`. Both print the moment
their window was first painted (gui/first_paint.py) and quit.
"""

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root))
from gui.first_paint import report_shown_and_quit  # noqa: E402

here = Path(getattr(sys, "_MEIPASS", root))
app = QApplication(sys.argv[:1])
for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
    QFontDatabase.addApplicationFont(str(here / "resources" / "fonts" / name))
app.setFont(QFont("Sarabun", 11))
window = QMainWindow()
window.setCentralWidget(QLabel("ก้าว: การประเมินตนเองด้านรัฐบาลดิจิทัล"))
window.resize(1366, 768)
report_shown_and_quit(window)
window.show()
sys.exit(app.exec())
