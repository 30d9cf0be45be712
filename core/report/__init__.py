"""Print-quality PDFs in correct Thai (the certificate and the full report) and the XLSX copy.

This package is the only place that imports reportlab. The functions below
import it lazily, so code that merely mentions reports (the command line,
the GUI's menus) does not pay reportlab's start-up cost.

Renders are serialised by a process-wide lock, so the GUI may call them from
a worker thread; every output file is written atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from core.text import Lang

if TYPE_CHECKING:
    from core.report.source import ReportSource

__all__ = ["render_certificate", "render_full_report", "write_xlsx"]


def render_certificate(source: ReportSource, out_path: Path, lang: Lang, *, thai_digits: bool = False) -> Path:
    from core.report.certificate import render_certificate as render

    return render(source, out_path, lang, thai_digits=thai_digits)


def render_full_report(
    source: ReportSource, out_path: Path, lang: Lang, progress: Callable[[int, int], None] | None = None,
    *, thai_digits: bool = False,
) -> Path:
    from core.report.full_report import render_full_report as render

    return render(source, out_path, lang, progress, thai_digits=thai_digits)


def write_xlsx(source: ReportSource, out_path: Path, lang: Lang) -> Path:
    from core.report.xlsx import write_xlsx as write

    return write(source, out_path, lang)
