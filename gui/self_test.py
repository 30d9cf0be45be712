"""``kao --self-test``: prove this installation works, end to end, in a throw-away data folder.

It prints one line per step and exits 0 only if every step passed, so an
installer, a packaging script or a support call can rely on its exit code.
The sample is DOMAIN.md's worked example C, whose figures are known
(overall 24947/264, level 4), so a wrong engine in a frozen build is caught too.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any, TextIO

log = logging.getLogger(__name__)

EXPECTED_OVERALL = Fraction(24947, 264)
EXPECTED_LEVEL = 4


@dataclass
class _Run:
    root: Path
    out: TextIO
    state: dict[str, Any] = field(default_factory=dict)
    failed: int = 0

    def step(self, name: str, action: Callable[[], str]) -> None:
        try:
            detail = action()
        except Exception as exc:
            log.exception("self-test step failed: %s", name)
            self.failed += 1
            print(f"FAIL {name}: {exc}", file=self.out, flush=True)
        else:
            print(f"ok   {name}: {detail}", file=self.out, flush=True)


def _open_folder(run: _Run) -> str:
    from core.records import Agency, AgencyKind
    from core.storage import open_service
    from core.text import Text

    service = open_service(run.root / "office")
    run.state["service"] = service
    for warning in service.warnings:  # e.g. a full temporary disk: a note, as a message box would wait for nobody
        print(f"note: {warning.text('en')}", file=run.out, flush=True)
    service.warnings.clear()
    agency = service.save_agency(Agency("SELFTEST", Text("หน่วยงานทดสอบระบบ", "Self-test agency"),
                                        AgencyKind.DEPARTMENT, ministry="กระทรวงทดสอบ"))
    detail = service.create_assessment(agency.id or 0, 2569, ("ผู้ทดสอบ",))
    run.state["assessment_id"] = detail.id
    return str(service.database_path)


def _main_window(run: _Run) -> str:
    from gui.app import build_main_window, ensure_app

    window = build_main_window(run.root / "office", "th", service=run.state["service"])
    if window is None:
        raise RuntimeError("the main window could not be built")
    window.show()
    ensure_app().processEvents()
    run.state["window"] = window
    rows = window.home.model.rowCount()
    if rows != 1:
        raise RuntimeError(f"the home list shows {rows} assessments, expected 1")
    return f"{window.width()}×{window.height()}, home lists {rows} assessment"


def _score(run: _Run) -> str:
    from core.answers import load_answers_file
    from core.resources import resource

    service = run.state["service"]
    answers = load_answers_file(resource("samples", "example_c.json"), service.checklist)
    service.save_answers(run.state["assessment_id"], answers)
    card = service.score(run.state["assessment_id"])
    if card.overall != EXPECTED_OVERALL or card.level != EXPECTED_LEVEL:
        raise RuntimeError(f"scored {card.overall} level {card.level}, expected {EXPECTED_OVERALL} level 4")
    service.finalize(run.state["assessment_id"])
    return f"overall {float(card.overall):.4f}, level {card.level}, finalized"


def _reports(run: _Run) -> str:
    from core.report import render_certificate, render_full_report
    from core.report.source import source_from_service

    source = source_from_service(run.state["service"], run.state["assessment_id"], issue_date=date.today())
    sizes = []
    for name, render in (("certificate.pdf", render_certificate), ("report.pdf", render_full_report)):
        path = render(source, run.root / name, "th")
        data = path.read_bytes()
        if not data.startswith(b"%PDF") or len(data) < 10_000:
            raise RuntimeError(f"{name} is not a complete PDF ({len(data)} bytes)")
        sizes.append(f"{name} {len(data) // 1024} KB")
    return ", ".join(sizes)


def _exchange(run: _Run) -> str:
    from core.bundle.central import ImportStatus, import_submissions, open_central
    from core.bundle.office import export_submission

    exported = export_submission(run.state["service"], run.state["assessment_id"], run.root / "selftest.kao")
    # Once here, once on a worker process as long imports do: a frozen build must be able to start one.
    for folder, workers in (("central", 0), ("central-workers", 1)):
        with open_central(run.root / folder, backup=False) as central:
            [result] = import_submissions([exported.path], central, workers=workers)
        if result.status is not ImportStatus.IMPORTED:
            raise RuntimeError(result.error.text("en") if result.error else f"import ended as {result.status}")
    return f"code {exported.code}, imported by the central office, also on a worker process"


def run_self_test(out: TextIO | None = None) -> int:
    # The self-test never needs a screen: it must pass on a build server and on a locked-down PC alike.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    stream = out or sys.stdout or open(os.devnull, "w")  # noqa: SIM115 - a windowed build has no stdout
    with tempfile.TemporaryDirectory(prefix="kao-selftest-") as tmp:
        run = _Run(Path(tmp), stream)
        from core import __version__

        print(f"Kao {__version__} self-test", file=stream, flush=True)
        run.step("1 open a temporary data folder", lambda: _open_folder(run))
        if "service" in run.state:
            run.step("2 build the main window offscreen", lambda: _main_window(run))
            run.step("3 score a sample assessment", lambda: _score(run))
            run.step("4 render the certificate and the full report", lambda: _reports(run))
            run.step("5 export a submission and import it again", lambda: _exchange(run))
        window = run.state.get("window")
        if window is not None:
            # Closed here, not by the window: its "backup not made" box would wait for nobody.
            window.on_close.clear()
            window.close()
        if "service" in run.state:
            problem = run.state["service"].close()
            if problem is not None:
                print(f"note: closing backup not made: {problem.text('en')}", file=stream, flush=True)
        total = 5
        verdict = "passed" if run.failed == 0 and "service" in run.state else "FAILED"
        print(f"self-test {verdict} ({total - run.failed if 'service' in run.state else 0}/{total} steps)",
              file=stream, flush=True)
        return 0 if verdict == "passed" else 1
