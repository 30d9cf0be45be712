"""A damaged or lost database at start: offer the newest good backup by its date, restore it, say what happened.

Loaded only when the database fails its check, so start-up never pays for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from core.errors import KaoError
from core.linebreak import with_break_hints
from core.storage import (
    CorruptDatabaseError,
    SqliteAssessmentService,
    database_path,
    list_backups,
    open_service,
    restore_backup,
)
from core.storage.backups import BACKUP_DIR
from core.text import Lang
from core.thai import format_datetime


def offer_backup(data_dir: Path, error: CorruptDatabaseError, lang: Lang) -> SqliteAssessmentService | None:
    """Ask to restore ``error.backup``; the service on the restored file, or None if the user quits."""
    assert error.backup
    translate = QCoreApplication.translate
    title = translate("Startup", "Kao cannot open its data")
    chosen = next((b for b in list_backups(data_dir) if b.name == error.backup), None)
    # When the copy was made is what the user weighs: what they did after it is not in it.
    when = format_datetime(chosen.created_at, lang) if chosen else error.backup
    offer = translate("Startup", "Restore the newest good backup, made on %1? Changes made after that time "
                                 "are not in it.").replace("%1", when)
    if database_path(data_dir).exists():  # a lost file may be gone altogether: then nothing is kept
        offer += " " + translate("Startup", "The damaged file is kept aside in the backups folder.")
    box = QMessageBox(QMessageBox.Icon.Warning, title, with_break_hints(f"{error.sentence(lang)}\n\n{offer}"))
    restore = box.addButton(translate("Startup", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    quit_kao = box.addButton(translate("Startup", "Quit Kao"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(quit_kao)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    try:
        result = restore_backup(data_dir, database_path(data_dir), error.backup)
        service = open_service(data_dir)
    except KaoError as again:
        QMessageBox.critical(None, title, with_break_hints(again.sentence(lang)))
        return None
    told = translate("Startup", "Kao restored the backup made on %1. Changes made after that time are not in it.")
    told = told.replace("%1", when)
    if result.previous is not None:
        kept = translate("Startup", "The damaged file is kept as %1 in %2, for your support contact.")
        told += " " + kept.replace("%1", result.previous.name).replace("%2", str(data_dir / BACKUP_DIR))
    QMessageBox.information(None, translate("Startup", "Backup restored"), with_break_hints(told))
    return service
