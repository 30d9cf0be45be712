"""Start-up benchmark (issue 4): ``python -m bench.bench_startup``. Not a test: it prints figures.

From process start to the home screen shown, with 100 assessments in the data
folder, against the floor of a bare PySide6 window that registers the same
font, measured in the same run and interleaved so machine drift hits both.
Target: Kao ≤ 1.5 × the floor. Each run is a fresh process, timed by the parent
from spawn until the child says the window is shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtGui import QFontDatabase, QFont
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
QFontDatabase.addApplicationFont(sys.argv[1])
QFontDatabase.addApplicationFont(sys.argv[2])
app.setFont(QFont("Sarabun", 11))
w = QMainWindow(); w.setCentralWidget(QLabel("ก้าว: การประเมินตนเองด้านรัฐบาลดิจิทัล")); w.resize(1366, 768); w.show()
app.processEvents()
print("shown", flush=True)
"""

# The path of `python main.py` up to the shown window: parse the command line, then the GUI.
KAO = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from core.cli import parse
args = parse(["--data-dir", sys.argv[1]])
from gui.app import build_main_window, ensure_app
w = build_main_window(Path(args.data_dir), "th")
w.show()
ensure_app().processEvents()
print("shown", w.home.model.rowCount(), flush=True)
w.close()
"""


def seed(data_dir: Path, count: int) -> None:
    sys.path.insert(0, str(ROOT))
    from core.checklist import default_checklist
    from core.model import Answer, AnswerValue
    from core.records import Agency, AgencyKind
    from core.storage import open_service
    from core.text import Text

    items = default_checklist().items
    values = (AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO)
    with open_service(data_dir, backup=False) as service:
        for n in range(count):
            agency = service.save_agency(Agency(f"A{n:04d}", Text(f"หน่วยงานทดสอบที่ {n}", f"Agency {n}"),
                                                AgencyKind.DEPARTMENT, ministry="กระทรวงทดสอบ"))
            detail = service.create_assessment(agency.id or 0, 2569, ("ผู้ประเมิน",))
            service.save_answers(detail.id, {i.id: Answer(values[(n + k) % 3]) for k, i in enumerate(items)})


def timed(args: list[str]) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait(timeout=60)
    if not line.startswith("shown"):
        raise SystemExit(f"child failed: {args[:3]} said {line!r}")
    return elapsed, line.strip()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--assessments", type=int, default=100)
    opts = parser.parse_args()
    fonts = ROOT / "resources" / "fonts"
    with tempfile.TemporaryDirectory(prefix="kao-bench-start-") as tmp:
        data = Path(tmp) / "data"
        seed(data, opts.assessments)
        bare_cmd = [sys.executable, "-c", BARE, str(fonts / "Sarabun-Regular.ttf"), str(fonts / "Sarabun-Bold.ttf")]
        kao_cmd = [sys.executable, "-c", KAO, str(data), str(ROOT)]
        timed(bare_cmd)  # warm the page cache for both before measuring
        _, said = timed(kao_cmd)
        bare, kao = [], []
        for _ in range(opts.runs):
            bare.append(timed(bare_cmd)[0])
            kao.append(timed(kao_cmd)[0])
    b, k = statistics.median(bare), statistics.median(kao)
    print(f"start-up to home shown, {opts.assessments} assessments ({said}), median of {opts.runs} runs")
    print(f"  bare PySide6 window + Sarabun: {b * 1000:7.1f} ms")
    print(f"  Kao:                           {k * 1000:7.1f} ms")
    print(f"  ratio Kao / bare: {k / b:.2f} (target ≤ 1.50)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
