"""Rolling backups on open and close, and restoring one: always reversible, never a half file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from core.model import Answer, AnswerValue
from core.storage import SCHEMA_VERSION, list_backups, open_service, restore_backup
from tests.storage.helpers import DATA, add_agency, kao

VALUES = (AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO)


def backup_answer(path: Path, item_id: str) -> tuple[str, str] | None:
    """(value, note) of an item as a backup file holds it, read with plain sqlite3."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        row = conn.execute("SELECT value, note FROM answers WHERE item_id = ?", (item_id,)).fetchone()
        return None if row is None else (row[0], row[1])
    finally:
        conn.close()


def sessions(data_dir: Path, count: int) -> int:
    """``count`` open-change-close sessions; session i leaves P01's note as "session i"."""
    with open_service(data_dir, actor="somchai") as svc:
        agency = add_agency(svc)
        assert agency.id is not None
        assessment = svc.create_assessment(agency.id, 2568, ()).id
    for i in range(count):
        with open_service(data_dir, actor="somchai") as svc:
            svc.save_answer(assessment, "P01", Answer(VALUES[i % 3], note=f"session {i}"))
    return assessment


def test_rolling_backups_keep_the_last_seven_states(data_dir: Path) -> None:
    sessions(data_dir, 10)
    backups = list_backups(data_dir)
    assert [b.kind for b in backups] == ["close"] * 7
    # Newest first, and each one holds the state of its own session.
    assert [backup_answer(b.path, "P01") for b in backups] == [
        (VALUES[i % 3].value, f"session {i}") for i in range(9, 2, -1)
    ]
    assert not list((data_dir / "backups").glob("*.partial"))


def age(backup_path: Path, days: int) -> None:
    """Move a backup ``days`` into the past, as if the clock had said so when it was written."""
    stamp, kind = backup_path.name.removeprefix("kao-").removesuffix(".sqlite").rsplit("-", 1)
    then = datetime.strptime(stamp, "%Y%m%d-%H%M%S-%f") - timedelta(days=days)
    backup_path.rename(backup_path.with_name(f"kao-{then:%Y%m%d-%H%M%S-%f}-{kind}.sqlite"))


def test_a_burst_of_sessions_keeps_each_recent_days_last_state(data_dir: Path) -> None:
    assessment = sessions(data_dir, 3)  # setting up, then sessions 0, 1, 2 ...
    for days_ago, b in zip((1, 2, 3, 4), list_backups(data_dir), strict=True):
        age(b.path, days_ago)  # ... held on the three previous days
    for i in range(3, 13):  # then ten busy sessions today
        with open_service(data_dir, actor="somchai") as svc:
            svc.save_answer(assessment, "P01", Answer(VALUES[i % 3], note=f"session {i}"))
    notes = [note for b in list_backups(data_dir) if (held := backup_answer(b.path, "P01")) for note in held[1:]]
    # Today's newest seven, and the last state of each earlier day: nothing from yesterday was pushed out.
    assert notes == [f"session {i}" for i in range(12, 5, -1)] + ["session 2", "session 1", "session 0"]


def test_only_the_most_recent_days_are_kept_beyond_the_newest_seven(data_dir: Path) -> None:
    assessment = sessions(data_dir, 9)
    for days_ago, b in enumerate(list_backups(data_dir)[:7], start=1):
        age(b.path, days_ago)  # the last 7 sessions go to the 7 previous days, one each
    for i in range(3):  # three sessions today
        with open_service(data_dir, actor="somchai") as svc:
            svc.save_answer(assessment, "P01", Answer(AnswerValue.YES, note=f"today {i}"))
    kept = {b.created_at.date() for b in list_backups(data_dir)}
    # Today plus six earlier days: seven days in all, the oldest day is gone.
    assert len(kept) == 7 and min(kept) == (datetime.now() - timedelta(days=6)).date()


def test_a_session_without_changes_takes_no_backup(data_dir: Path) -> None:
    sessions(data_dir, 2)
    before = [b.name for b in list_backups(data_dir)]
    for _ in range(3):
        with open_service(data_dir, actor="somchai") as svc:
            svc.list_assessments()
    assert [b.name for b in list_backups(data_dir)] == before


def test_a_change_made_elsewhere_is_backed_up_on_the_next_open(data_dir: Path) -> None:
    assessment = sessions(data_dir, 1)
    with open_service(data_dir, actor="somchai", backup=False) as svc:  # e.g. killed before its close backup
        svc.save_answer(assessment, "P02", Answer(AnswerValue.NO, note="ไม่ได้สำรอง"))
    svc = open_service(data_dir, actor="somchai")
    newest = list_backups(data_dir)[0]
    svc.close()
    assert newest.kind == "open" and backup_answer(newest.path, "P02") == ("no", "ไม่ได้สำรอง")


def test_the_upgrade_backup_is_not_rotated_away(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(DATA / "db_v1.sqlite", data / "kao.sqlite")
    for i in range(9):
        with open_service(data, actor="somchai") as svc:
            svc.save_answer(2, "P05", Answer(VALUES[i % 3], note=str(i)))
    kinds = [b.kind for b in list_backups(data)]
    assert kinds.count("premigrate") == 1 and kinds.count("open") + kinds.count("close") == 7


def test_restore_brings_back_an_older_state_and_is_itself_undoable(data_dir: Path) -> None:
    sessions(data_dir, 3)
    older = list_backups(data_dir)[2]  # after session 0
    result = restore_backup(data_dir, data_dir / "kao.sqlite", older.name)
    assert result.restored.name == older.name and result.previous is not None
    assert result.previous.kind == "prerestore"
    with open_service(data_dir, actor="somchai", backup=False) as svc:
        assert svc.get_assessment(1).answers["P01"] == Answer(AnswerValue.YES, note="session 0")
    # Changed my mind: the database as it was before the restore is one restore away.
    restore_backup(data_dir, data_dir / "kao.sqlite", result.previous.name)
    with open_service(data_dir, actor="somchai", backup=False) as svc:
        assert svc.get_assessment(1).answers["P01"] == Answer(AnswerValue.NO, note="session 2")


def test_restoring_a_backup_from_an_older_version_upgrades_it(data_dir: Path) -> None:
    sessions(data_dir, 1)
    (data_dir / "backups" / "kao-20250101-000000-000000-close.sqlite").write_bytes((DATA / "db_v1.sqlite").read_bytes())
    restore_backup(data_dir, data_dir / "kao.sqlite", "kao-20250101-000000-000000-close")
    with open_service(data_dir, actor="somchai") as svc:
        assert svc.get_assessment(1).uid == "uid-2567-cmi"
    conn = sqlite3.connect(data_dir / "kao.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_backup_list_on_the_command_line(data_dir: Path) -> None:
    sessions(data_dir, 2)
    names = [b.name for b in list_backups(data_dir)]
    listed = kao("--data-dir", str(data_dir), "backup", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [b["name"] for b in json.loads(listed.stdout)] == names
    plain = kao("--data-dir", str(data_dir), "backup", "list")
    assert [line.split()[0] for line in plain.stdout.splitlines()] == names
    empty = kao("--lang", "en", "--data-dir", str(data_dir / "nothing-here"), "backup", "list")
    assert empty.returncode == 0 and "no backups yet" in empty.stdout


def test_backup_times_are_read_from_names_exactly_and_odd_names_are_ignored(tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    when = datetime(2026, 11, 22, 5, 51, 5, 123456)
    (folder / f"kao-{when.strftime('%Y%m%d-%H%M%S-%f')}-open.sqlite").write_bytes(b"x")
    for odd in ("20261122-055105-12345", "2026112x-055105-123456", "๒๐๒๖1122-055105-123456",
                "20261322-055105-123456", "20261122_055105-123456"):
        (folder / f"kao-{odd}-open.sqlite").write_bytes(b"x")
    [info] = list_backups(tmp_path)
    assert info.created_at == when and info.kind == "open"


def test_restoring_in_place_of_a_lost_file_sets_its_leftover_wal_aside(data_dir: Path) -> None:
    # kao.sqlite gone (deleted, or a sync tool kept only its side files), its -wal left behind:
    # SQLite would replay that log onto the restored backup's pages, as if it belonged to it.
    sessions(data_dir, 3)
    db = data_dir / "kao.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    with conn:
        conn.execute("UPDATE answers SET note = 'from the lost file' WHERE item_id = 'P01'")
    stale = (data_dir / "kao.sqlite-wal").read_bytes()
    conn.close()
    assert stale  # the log held that change
    db.unlink()
    (data_dir / "kao.sqlite-wal").write_bytes(stale)
    older = list_backups(data_dir)[2]  # after session 0
    result = restore_backup(data_dir, db, older.name)
    assert result.previous is None and not (data_dir / "kao.sqlite-wal").exists()
    assert backup_answer(db, "P01") == ("yes", "session 0")
    kept = [p for p in (data_dir / "backups").iterdir() if p.name.endswith("-wal")]
    assert [p.read_bytes() for p in kept] == [stale]  # set aside for support, not deleted


def test_a_data_folder_named_in_another_encoding_is_backed_up(tmp_path: Path) -> None:
    """A folder name from an older system (TIS-620 Thai, Latin-1) is no valid UTF-8: the command worked but
    said 'internal error' at its closing backup, and every later command failed the same at its opening one."""
    import os

    folder = Path(os.fsdecode(bytes(tmp_path) + b"/\xa1\xc3\xc1"))  # กรม in TIS-620
    added = kao("--lang", "en", "--data-dir", str(folder), "agency", "add", "--code", "C5", "--name-th", "กรมห้า",
                "--ministry", "กระทรวงการคลัง")
    assert added.returncode == 0, added.stderr
    assert added.stderr == ""
    [backup] = list_backups(folder)
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT code FROM agencies").fetchall() == [("C5",)]
