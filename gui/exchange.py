"""Reports, submission export and import, driven from the GUI with progress off the UI thread.

Each action validates cheaply on the UI thread, runs the heavy work through
:func:`gui.workers.run_with_progress`, and reports the outcome in the UI
language. Known problems arrive as KaoError and are shown as one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from core.bundle.errors import OtherKeyError
from core.errors import KaoError
from core.linebreak import with_break_hints
from core.storage import SqliteAssessmentService
from gui.crash import show_error
from gui.dialogs.report_dialog import ReportDialog
from gui.i18n import LanguageManager
from gui.workers import Cancelled, Progress, run_with_progress

_UNSAFE = re.compile(r"[^0-9A-Za-z_-]+")


def documents_folder() -> Path:
    return Path(platformdirs.user_documents_dir())


def _offer_to_open(parent: QWidget, title: str, message: str, path: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, with_break_hints(message), parent=parent)
    open_button = box.addButton(QCoreApplication.translate("Exchange", "Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(QCoreApplication.translate("Exchange", "Open folder"),
                                  QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


# --- reports --------------------------------------------------------------------------------------


def make_report(parent: QWidget, service: SqliteAssessmentService, assessment_id: int) -> ReportDialog | None:
    from core.report.source import source_from_service

    detail = service.get_assessment(assessment_id)
    return make_report_from(parent, lambda: source_from_service(service, assessment_id),
                            _base_name(detail.agency.code, detail.fiscal_year))


def _base_name(agency_code: str, fiscal_year: int) -> str:
    return f"kao-{_UNSAFE.sub('-', agency_code).strip('-') or 'agency'}-{fiscal_year}"


def make_report_from(parent: QWidget, source_factory: Any, base_name: str) -> ReportDialog | None:
    """Ask what to make, then build the source (a KaoError is shown) and render off the UI thread."""
    dialog = ReportDialog(documents_folder(), base_name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    try:
        source = source_factory()
    except KaoError as exc:
        show_error(parent, exc)
        return None

    def job(progress: Progress) -> Path:
        from core.report import render_certificate, render_full_report, write_xlsx

        if choice.kind == "certificate":
            return render_certificate(source, choice.path, choice.lang, thai_digits=choice.thai_digits)
        if choice.kind == "full":
            return render_full_report(source, choice.path, choice.lang, progress, thai_digits=choice.thai_digits)
        return write_xlsx(source, choice.path, choice.lang)

    def done(path: Any) -> None:
        _offer_to_open(parent, QCoreApplication.translate("Exchange", "Report saved"),
                       QCoreApplication.translate("Exchange", "Saved to %1").replace("%1", str(path)), Path(path))

    run_with_progress(parent, QCoreApplication.translate("Exchange", "Making the report…"), job, done,
                      lambda exc: show_error(parent, exc))
    return dialog


# --- central office -------------------------------------------------------------------------------


def central_report(parent: QWidget, central: Any, bundle_id: str) -> None:
    """Print from the stored submission file itself: its verification code goes on the paper."""
    from core.bundle.central import stored_file
    from core.report.submission import source_from_submission

    row = next((r for r in central.store.list_submissions(include_superseded=True) if r.bundle_id == bundle_id), None)
    base = _base_name(row.agency_code, row.fiscal_year) if row else "kao-submission"
    make_report_from(parent, lambda: source_from_submission(stored_file(central, bundle_id)), base)


def central_receipt(parent: QWidget, central: Any, bundle_id: str) -> None:
    from core.bundle.receipts import issue_receipt

    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Exchange", "Folder for the receipt"), str(documents_folder()))
    if not folder:
        return
    try:
        path = issue_receipt(central, bundle_id, Path(folder))
    except KaoError as exc:
        show_error(parent, exc)
        return
    _offer_to_open(parent, QCoreApplication.translate("Exchange", "Receipt saved"),
                   QCoreApplication.translate(
                       "Exchange", "Saved to %1\n\nSend it back to the office: importing it marks their assessment "
                       "as accepted. The first time, the office checks that it is signed by this computer's key: "
                       "%2. Publish the key to the offices, or read it out when they call.")
                   .replace("%1", str(path)).replace("%2", central.key.fingerprint), path)


def export_summary(parent: QWidget, central_page: Any) -> None:
    from core.bundle.summary_files import summary_filename, write_summary

    year = central_page.year.currentData()  # None: all years
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Exchange", "Save the summary"),
        str(documents_folder() / summary_filename(year)),
        QCoreApplication.translate("Exchange", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if not chosen:
        return
    path = Path(chosen)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx")
    lang = LanguageManager.for_app().lang
    dash, rows, checklist = central_page.dash, list(central_page.rows), central_page.central.checklist
    run_with_progress(
        parent, QCoreApplication.translate("Exchange", "Writing the summary…"),
        lambda _progress: write_summary(path, dash, rows, checklist, lang, year),
        lambda written: _offer_to_open(
            parent, QCoreApplication.translate("Exchange", "Summary saved"),
            QCoreApplication.translate("Exchange", "Saved to %1").replace("%1", str(written)), Path(written)),
        lambda exc: show_error(parent, exc))


# --- export ---------------------------------------------------------------------------------------


def export_assessment(parent: QWidget, service: SqliteAssessmentService, assessment_id: int,
                      on_done: Any = None) -> None:
    from core.bundle.office import export_size_summary, export_submission, suggested_filename

    lang = LanguageManager.for_app().lang
    try:
        summary = export_size_summary(service, assessment_id)
        name = suggested_filename(service, assessment_id)
    except KaoError as exc:
        show_error(parent, exc)
        return
    title = QCoreApplication.translate("Exchange", "Export the submission file")
    confirm = QMessageBox(QMessageBox.Icon.Question, title, with_break_hints(QCoreApplication.translate(
        "Exchange", "The file holds the answers, notes, history and every evidence file. "
        "Check its size fits the way you will send it (e-mail, LINE, USB).")), parent=parent)
    confirm.setDetailedText("\n".join(summary.lines(lang)))
    confirm.setInformativeText(with_break_hints(summary.lines(lang)[0]))
    confirm.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    if confirm.exec() != QMessageBox.StandardButton.Save:
        return
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Exchange", "Save the submission file"),
                                            str(documents_folder() / name),
                                            QCoreApplication.translate("Exchange", "Kao submission (*.kao)"))
    if not chosen:
        return
    path = Path(chosen) if chosen.lower().endswith(".kao") else Path(chosen + ".kao")

    def done(result: Any) -> None:
        message = QCoreApplication.translate(
            "Exchange", "Saved to %1\n\nVerification code: %2\nThis computer's key: %3\n"
            "Send the file to the central office, and read them the key when they ask to confirm it.")
        if on_done is not None:
            on_done()  # the assessment is now "submitted": views must show it locked
        _offer_to_open(parent, QCoreApplication.translate("Exchange", "Submission file saved"),
                       message.replace("%1", str(result.path)).replace("%2", result.code)
                       .replace("%3", result.fingerprint), Path(result.path))

    run_with_progress(parent, QCoreApplication.translate("Exchange", "Writing the submission file…"),
                      lambda progress: export_submission(service, assessment_id, path, progress), done,
                      lambda exc: show_error(parent, exc))


# --- import ---------------------------------------------------------------------------------------


def import_files(parent: QWidget, service: SqliteAssessmentService, on_done: Any = None) -> None:
    """Receipts (.kaor) mark this office's assessments accepted; submissions (.kao) go to central mode."""
    chosen, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("Exchange", "Import submission files or receipts"), str(documents_folder()),
        QCoreApplication.translate("Exchange", "Kao files (*.kao *.kaor)"))
    if not chosen:
        return
    paths = [Path(p) for p in chosen]
    import_paths(parent, service, paths, on_done)


@dataclass(frozen=True)
class AcceptedKeys:
    """Keys the user typed in, kept apart by kind: a key confirmed as one office's is not the
    central office's, even if a file of each kind in the batch is signed by it."""
    office: frozenset[tuple[str, str]] = frozenset()  # (agency code, key), for submissions (.kao)
    central: frozenset[str] = frozenset()  # for receipts (.kaor)


def import_paths(parent: QWidget, service: SqliteAssessmentService, paths: list[Path], on_done: Any = None,
                 accepted: AcceptedKeys = AcceptedKeys()) -> None:
    def done(outcome: ImportOutcome) -> None:
        _report_imports(parent, service, outcome, on_done)

    run_with_progress(parent, QCoreApplication.translate("Exchange", "Checking and importing files…"),
                      lambda progress: import_job(service, paths, accepted, progress), done,
                      lambda exc: show_error(parent, exc))


@dataclass
class ImportOutcome:
    results: list[Any]  # ImportResult, one per submission file tried
    receipts: list[tuple[Path, Any]]  # (file, receipt or KaoError)
    not_tried: int = 0  # files left alone because the user cancelled


def import_job(service: SqliteAssessmentService, paths: list[Path], accepted: AcceptedKeys,
               progress: Progress) -> ImportOutcome:
    """Receipts, then submissions. Cancel stops before the next file: what is in stays in, and is reported."""
    from core.bundle.central import import_submissions, open_central
    from core.bundle.receipts import import_receipt

    receipt_paths = [p for p in paths if p.suffix.lower() == ".kaor"]
    submissions = [p for p in paths if p.suffix.lower() != ".kaor"]
    outcome = ImportOutcome([], [])
    for path in receipt_paths:
        try:
            outcome.receipts.append((path, import_receipt(service, path, accepted.central)))
        except KaoError as exc:
            outcome.receipts.append((path, exc))
    cancelled = False

    def step(done: int, total: int) -> None:
        nonlocal cancelled
        try:
            progress(done, total)
        except Cancelled:
            cancelled = True

    if submissions:
        with open_central(service.data_dir, backup=False) as central:
            outcome.results = import_submissions(submissions, central, accepted.office, step, lambda: cancelled)
    outcome.not_tried = len(submissions) - len(outcome.results)
    return outcome


LIST_IN_FULL = 12  # longer reports show counts and the first problems; every file is under "Show Details…"
PROBLEMS_SHOWN = 8


def _import_summary(outcome: ImportOutcome, lines: list[str], problems: list[str]) -> str:
    from core.bundle.central import ImportStatus

    head: list[str] = []
    if outcome.not_tried:
        head.append(QCoreApplication.translate(
            "Exchange", "Cancelled: %1 files were not checked and not imported.").replace("%1", str(outcome.not_tried)))
    if len(lines) <= LIST_IN_FULL:
        body = lines or [QCoreApplication.translate("Exchange", "Nothing was imported.")]
        return "\n".join(head + body)
    counts = {status: sum(1 for r in outcome.results if r.status is status) for status in ImportStatus}
    head.append(QCoreApplication.translate("Exchange", "Imported: %1 · already imported: %2 · rejected: %3")
                .replace("%1", str(counts[ImportStatus.IMPORTED])).replace("%2", str(counts[ImportStatus.DUPLICATE]))
                .replace("%3", str(counts[ImportStatus.REJECTED])))
    if outcome.receipts:
        head.append(QCoreApplication.translate("Exchange", "Receipts: %1").replace("%1", str(len(outcome.receipts))))
    shown = problems[:PROBLEMS_SHOWN]
    more = len(problems) - len(shown)
    if more:
        shown.append(QCoreApplication.translate("Exchange", "… and %1 more problems").replace("%1", str(more)))
    return "\n".join([*head, "", *shown]) if shown else "\n".join(head)


def _report_imports(parent: QWidget, service: SqliteAssessmentService, outcome: ImportOutcome,
                    on_done: Any) -> None:
    from core.bundle.central import ImportStatus

    lang = LanguageManager.for_app().lang
    lines: list[str] = []
    problems: list[str] = []
    # A key not on record → the files it signed, by kind. Neither key is shown: the user types
    # it as its owner gives it (an office by phone, the central office as it published it).
    office_keys: dict[str, list[tuple[Path, str, str]]] = {}  # → (file, agency code, agency name)
    central_keys: dict[str, list[Path]] = {}
    for r in outcome.results:
        if r.status is ImportStatus.REJECTED:
            lines.append(QCoreApplication.translate("Exchange", "✗ %1: %2").replace("%1", r.path.name)
                         .replace("%2", r.error.text(lang) if r.error else ""))
            problems.append(lines[-1])
            if isinstance(r.error, OtherKeyError):
                office_keys.setdefault(r.error.presented, []).append((r.path, r.error.agency, r.error.agency_name))
        elif r.status is ImportStatus.DUPLICATE:
            lines.append(QCoreApplication.translate("Exchange", "= %1: already imported").replace("%1", r.path.name))
        else:
            line = QCoreApplication.translate("Exchange", "✓ %1: %2, fiscal year %3, code %4")
            lines.append(line.replace("%1", r.path.name).replace("%2", r.agency_name or "")
                         .replace("%3", str(r.fiscal_year)).replace("%4", r.code or ""))
            # Else an older file arriving late looks counted, and the figures seem not to match it.
            if r.history_only:
                lines.append(QCoreApplication.translate(
                    "Exchange", "   Older than the file in force for this agency and year: kept as history, "
                    "not counted."))
            elif r.superseded:
                lines.append(QCoreApplication.translate(
                    "Exchange", "   Replaces the file this agency sent before for this year."))
            if r.new_key:
                lines.append(QCoreApplication.translate(
                    "Exchange", "   New office key recorded: %1. Confirm it with the office by phone.")
                    .replace("%1", r.new_key))
    for path, r in outcome.receipts:
        if isinstance(r, KaoError):
            lines.append(QCoreApplication.translate("Exchange", "✗ %1: %2").replace("%1", path.name)
                         .replace("%2", r.text(lang)))
            problems.append(lines[-1])
            if isinstance(r, OtherKeyError):
                central_keys.setdefault(r.presented, []).append(path)
        else:
            lines.append(QCoreApplication.translate("Exchange", "✓ %1: receipt accepted, code %2")
                         .replace("%1", path.name).replace("%2", r.code))
    title = (QCoreApplication.translate("Exchange", "Import stopped") if outcome.not_tried
             else QCoreApplication.translate("Exchange", "Import finished"))
    # Break hints: long Thai lines wrap between words even without libthai (Windows).
    summary = with_break_hints(_import_summary(outcome, lines, problems))
    # A refused file needs the officer to act (ask the agency again): a warning, even if others went in.
    icon = QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, summary, parent=parent)
    if len(lines) > LIST_IN_FULL:
        box.setDetailedText("\n".join(lines))
    notes = []
    office_button = central_button = None
    if office_keys:
        office_button = box.addButton(QCoreApplication.translate("Exchange", "Accept a new office key…"),
                                      QMessageBox.ButtonRole.ActionRole)
        notes.append(QCoreApplication.translate(
            "Exchange", "Some files are signed by a key other than the one on record for their office. Accept a "
            "new key only as the office reads it out to you, for example by phone."))
    if central_keys:
        central_button = box.addButton(QCoreApplication.translate("Exchange", "Confirm the central office's key…"),
                                       QMessageBox.ButtonRole.ActionRole)
        notes.append(QCoreApplication.translate(
            "Exchange", "A receipt is signed by a key not yet confirmed as the central office's. To accept it, "
            "type in the key the central office published."))
    if notes:
        box.setInformativeText(with_break_hints("\n\n".join(notes)))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if on_done is not None:
        on_done()
    clicked = box.clickedButton()
    if office_button is not None and clicked is office_button:
        _accept_office_key(parent, service, office_keys, on_done)
    elif central_button is not None and clicked is central_button:
        _accept_central_key(parent, service, central_keys, on_done)


def _accept_office_key(parent: QWidget, service: SqliteAssessmentService,
                       signed_by: dict[str, list[tuple[Path, str, str]]], on_done: Any) -> None:
    """Import again the files signed by the key the user types in, for the agencies they tick.

    The user confirms a key with an office, not a batch: an impostor's file from the same batch
    carries another key, and a file from the same computer in another agency's name stays out.
    """
    from gui.dialogs.office_key_dialog import OfficeKeyDialog

    claims = {key: {agency: name for _path, agency, name in files} for key, files in signed_by.items()}
    dialog = OfficeKeyDialog(claims, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    accepted = dialog.accepted_keys()
    files = [path for path, agency, _name in signed_by.get(dialog.key(), []) if (agency, dialog.key()) in accepted]
    if files:
        import_paths(parent, service, files, on_done, AcceptedKeys(office=accepted))


def _accept_central_key(parent: QWidget, service: SqliteAssessmentService, signed_by: dict[str, list[Path]],
                        on_done: Any) -> None:
    """Import again the receipts signed by the key the user types in, as the central office published it."""
    from core.bundle.code import normalize_code

    typed, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Exchange", "Accept a new key"),
        with_break_hints(QCoreApplication.translate(
            "Exchange", "Type the key as its owner gave it to you, for example ABCD-EFGH-JKMN-PQRS:")))
    if not ok or not typed.strip():
        return
    key = normalize_code(typed)
    if key not in signed_by:
        QMessageBox.warning(parent, QCoreApplication.translate("Exchange", "Accept a new key"), with_break_hints(
            QCoreApplication.translate("Exchange", "No file here is signed by key %1. Nothing was imported.")
            .replace("%1", key)))
        return
    import_paths(parent, service, signed_by[key], on_done, AcceptedKeys(central=frozenset({key})))
