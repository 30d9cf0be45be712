"""`kao --self-test`: one line per step, exit 0 only when every step passed."""

from __future__ import annotations

import io
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import gui.self_test as self_test

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_on_a_good_installation():
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], capture_output=True, text=True,
                            timeout=180, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line[:6] for line in lines[1:6]] == ["ok   1", "ok   2", "ok   3", "ok   4", "ok   5"]
    assert "overall 94.4962, level 4" in lines[3]
    assert lines[-1] == "self-test passed (5/5 steps)"


def test_a_failing_step_is_reported_and_fails_the_run(monkeypatch, qapp):
    """A wrong score (as a broken frozen engine would give) must not pass."""
    monkeypatch.setattr(self_test, "EXPECTED_OVERALL", Fraction(1, 3))
    out = io.StringIO()
    assert self_test.run_self_test(out) == 1
    text = out.getvalue()
    assert "FAIL 3 score a sample assessment" in text
    # The export depends on the finalized assessment, so it fails after the score too.
    assert text.strip().endswith("self-test FAILED (3/5 steps)")


def test_backups_that_cannot_be_made_are_notes_and_nothing_waits_for_a_user(monkeypatch, qapp):
    """The self-test runs unattended: a full temporary disk must not leave a message box waiting."""
    from core.storage import BackupError, DiskFullError
    from core.storage import backups as storage_backups
    from tests.gui.typing_helpers import handling_modals

    def disk_full(_store, data_dir, _kind):
        raise BackupError(data_dir / "backups", DiskFullError(data_dir))

    monkeypatch.setattr(storage_backups, "make_backup", disk_full)
    out = io.StringIO()
    with handling_modals() as modals:  # any modal would be closed and listed here
        assert self_test.run_self_test(out) == 0
    assert modals == []
    notes = [line for line in out.getvalue().splitlines() if line.startswith("note: ")]
    assert len(notes) == 2 and all("the disk is full" in n for n in notes)  # the opening and the closing backup
    assert out.getvalue().strip().endswith("self-test passed (5/5 steps)")
