"""Helpers shared by the storage tests: the worked examples of DOMAIN.md §3.7 and a sample agency."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from core.answers import load_answers_file
from core.checklist import default_checklist
from core.model import Answer
from core.records import Agency, AgencyKind
from core.storage import SqliteAssessmentService
from core.text import Text

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def example(name: str) -> dict[str, Answer]:
    return load_answers_file(DATA / f"example_{name}.json", default_checklist())


def add_agency(svc: SqliteAssessmentService, code: str = "DGA01") -> Agency:
    return svc.save_agency(
        Agency(code, Text("สำนักงานพัฒนารัฐบาลดิจิทัล", "Digital Government Development Agency"),
               AgencyKind.DEPARTMENT, ministry="กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")
    )


def obey_file_permissions() -> None:
    """For subprocess ``preexec_fn``: make a root child obey file permissions like any user.

    Tests often run as root (containers), and root ignores a read-only folder. Dropping
    CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from the bounding set before exec
    removes them from the child. For a normal user this does nothing.
    """
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2, 3):
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def kao(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user does, in a fresh process."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT, timeout=60,
        **kwargs,
    )
