"""Start-up keeps PySide's `Qt` namespace off the path to the first paint (issue 4's benchmark).

The first use of any `Qt.*` enum, by name or handed to Python by Qt, makes PySide build the
whole namespace: about 100 Python enums, 12 ms, some 5% of start-up. The home screen uses the
plain int or the enum's name instead (gui/pages/assessment_table.py), and the one setting that
must name one, the list's sort order, waits for the first paint (HomePage.enable_sorting).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from core.model import Answer, AnswerValue
from core.records import Agency, AgencyKind
from core.storage import open_service
from core.text import Text

ROOT = Path(__file__).resolve().parents[2]

# Runs Kao as `main.py --exit-after-start` does, and looks at the namespace from inside the
# window's first Paint event, before any work queued behind that paint has run.
PROBE = """
import sys
import PySide6.QtCore as QtCore
import gui.first_paint

seen = []
report = gui.first_paint.report_shown_and_quit


class Probe(QtCore.QObject):
    def eventFilter(self, watched, event):
        if event.type() == QtCore.QEvent.Type.Paint and not seen:
            seen.append("Qt" in QtCore.__dict__)
        return False


def probing(window):
    report(window)
    window.installEventFilter(Probe(window))  # installed last, so it sees the paint first


gui.first_paint.report_shown_and_quit = probing
import main

code = main.main(["--data-dir", sys.argv[1], "--exit-after-start"])
print("namespace built before the first paint:", seen)
sys.exit(code)
"""


def test_the_first_paint_does_not_build_the_qt_namespace(tmp_path):
    data = tmp_path / "data"
    with open_service(data, backup=False) as service:  # a list with rows: painting them asks the model
        for n in range(3):
            agency = service.save_agency(Agency(f"A{n}", Text(f"หน่วยงานที่ {n}", f"Agency {n}"),
                                                AgencyKind.DEPARTMENT, ministry="กระทรวงทดสอบ"))
            detail = service.create_assessment(agency.id or 0, 2569, ("ผู้ประเมิน",))
            service.save_answer(detail.id, "P01", Answer(AnswerValue.YES))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(data)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-800:]
    assert "namespace built before the first paint: [False]" in result.stdout, result.stdout + result.stderr[-800:]


def test_the_home_lists_plain_roles_are_qts_own_values():
    from PySide6.QtCore import Qt

    from gui.pages import assessment_table as table

    plain = (table.DISPLAY_ROLE, table.TOOLTIP_ROLE, table.ALIGNMENT_ROLE, table.USER_ROLE, table.ALIGN_CENTER)
    assert plain == (Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.ToolTipRole.value,
                     Qt.ItemDataRole.TextAlignmentRole.value, Qt.ItemDataRole.UserRole.value,
                     Qt.AlignmentFlag.AlignCenter.value)
