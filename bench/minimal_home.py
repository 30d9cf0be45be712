"""A second reference for bench_startup: the least any home screen must do, not a product.

The bare window (packaging/bare_window.py), plus what every list of assessments needs:
read the 100 rows from the database and show them through a Python table model, which
also makes Qt build its `Qt` namespace (about 100 Python enums, ~12 ms on Python 3.11).
What Kao takes beyond this is Kao's own: its modules, stylesheet, panels and checks.

    python bench/minimal_home.py DATA_DIR/kao.sqlite
"""

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root))
from gui.first_paint import report_shown_and_quit  # noqa: E402

app = QApplication(sys.argv[:1])
for name in ("Sarabun-Regular.ttf", "Sarabun-Bold.ttf"):
    QFontDatabase.addApplicationFont(str(root / "resources" / "fonts" / name))
app.setFont(QFont("Sarabun", 11))
with sqlite3.connect(f"{Path(sys.argv[1]).resolve().as_uri()}?mode=ro", uri=True) as db:
    rows = db.execute("SELECT g.name_th, a.fiscal_year, a.status, a.updated_at "
                      "FROM assessments a JOIN agencies g ON g.id = a.agency_id").fetchall()


class Rows(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return str(rows[index.row()][index.column()]) if role == Qt.ItemDataRole.DisplayRole else None


window = QMainWindow()
table = QTableView()
model = Rows()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1366, 768)
report_shown_and_quit(window)
window.show()
sys.exit(app.exec())
