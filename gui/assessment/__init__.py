"""The assessment workspace: walker, check view, results, finalize and reopen (issue 4)."""

from gui.assessment.page import AssessmentPage

__all__ = ["AssessmentPage"]
