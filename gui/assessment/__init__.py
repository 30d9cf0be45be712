"""The assessment workspace: walker, check view, results, finalize and reopen (issue 4)."""

from gui.none_refcount import keep_none_alive

keep_none_alive()  # WORKAROUND for PySide6 6.12.0 on Python 3.11: see none_refcount.py

from gui.assessment.page import AssessmentPage  # noqa: E402

__all__ = ["AssessmentPage", "keep_none_alive"]
