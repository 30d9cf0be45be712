"""Translated names for enum values shown in several places (statuses, agency types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from core.records import AgencyKind, AssessmentStatus


def status_label(status: AssessmentStatus) -> str:
    labels = {
        AssessmentStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        AssessmentStatus.FINALIZED: QCoreApplication.translate("Labels", "Finalized"),
        AssessmentStatus.SUBMITTED: QCoreApplication.translate("Labels", "Submitted"),
        AssessmentStatus.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
    }
    return labels[status]


def kind_label(kind: AgencyKind) -> str:
    labels = {
        AgencyKind.DEPARTMENT: QCoreApplication.translate("Labels", "Department"),
        AgencyKind.PROVINCIAL: QCoreApplication.translate("Labels", "Provincial office"),
        AgencyKind.LOCAL: QCoreApplication.translate("Labels", "Local administration"),
    }
    return labels[kind]
