"""Start-up benchmark (issue 4): ``python -m bench.bench_startup``. Not a test: it prints figures.

From process start to the home screen shown, with 100 assessments in the data
folder, against the floor of a bare PySide6 window that registers the same font
(packaging/bare_window.py, also the floor of the frozen build), measured in the
same run and interleaved so machine drift hits both. Target: Kao ≤ 1.5 × the
floor. Each run is a fresh process, `python main.py --exit-after-start`; "shown"
is the end of the window's first paint, which the program reports before it
quits (bench/startup_timing.py). Time to exit is printed too: it adds the closing
backup and teardown, which are not start-up. A second reference, bench/minimal_home.py,
shows the least any home screen costs (the database read and a Python table model).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.startup_timing import interleaved_medians  # noqa: E402

ASSESSMENTS = 100  # issue 4's start-up workload; the packaging build times the frozen app with it too


def seed(data_dir: Path, count: int) -> None:
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--assessments", type=int, default=ASSESSMENTS)
    opts = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kao-bench-start-") as tmp:
        data = Path(tmp) / "data"
        seed(data, opts.assessments)
        bare_cmd = [sys.executable, str(ROOT / "packaging" / "bare_window.py")]
        minimal_cmd = [sys.executable, str(ROOT / "bench" / "minimal_home.py"), str(data / "kao.sqlite")]
        kao_cmd = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--exit-after-start"]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        bare, kao, minimal = interleaved_medians([bare_cmd, kao_cmd, minimal_cmd], env, opts.runs, ROOT)
    b, k, m = bare.shown, kao.shown, minimal.shown
    b_exit, k_exit = bare.exited, kao.exited
    print(f"start-up to home shown, {opts.assessments} assessments, median of {opts.runs} runs")
    print(f"  bare PySide6 window + Sarabun: {b * 1000:7.1f} ms   (to exit {b_exit * 1000:6.1f} ms)")
    print(f"  Kao:                           {k * 1000:7.1f} ms   (to exit {k_exit * 1000:6.1f} ms)")
    print(f"  ratio Kao / bare: {k / b:.2f} (target ≤ 1.50)")
    # Two programs taking turns can inflate one's median (the bare window's went 110 → 160 ms in
    # one run while its fastest stayed put): read the ratio of the fastest runs beside it.
    print(f"  ratio of the fastest runs: {kao.fastest / bare.fastest:.2f} "
          f"({kao.fastest * 1000:.1f} / {bare.fastest * 1000:.1f} ms)")
    print(f"  for reference, a minimal home screen (database read + Python table model): {m * 1000:.1f} ms, "
          f"{m / b:.2f} × bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
