"""An answer reported as saved survives SIGKILL at any moment (issue 3, "Crash durability").

Two lanes run side by side, 12 rounds each: a child saves answers in a loop and
reports each save after save_answer returned; the parent kills it after a random
number of reports (or while it opens the folder), reopens, and checks that every
reported save is there and the database passes quick_check.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from core.model import AnswerValue
from core.storage import open_service
from tests.storage.helpers import ROOT, add_agency

CHILD = ROOT / "tests" / "storage" / "crash_child.py"
ROUNDS_PER_LANE = 12
VALUES = (AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO)


def run_round(data_dir: Path, assessment: int, first: int, rng: random.Random) -> list[int]:
    """One child life; returns the saves it reported before it was killed."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), str(assessment), str(first)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert child.stdout is not None and child.stderr is not None
    reported: list[int] = []
    try:
        assert child.stdout.readline() == "opening\n"
        if rng.random() >= 0.2:  # else killed while opening: integrity check, backup, migrations
            assert child.stdout.readline() == "ready\n", child.stderr.read()
            for _ in range(rng.randint(0, 60)):
                line = child.stdout.readline()
                assert line.strip().isdigit(), (line, child.stderr.read())
                reported.append(int(line))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    # Lines still in the pipe when the child died were reported too; a last unterminated piece was not.
    rest = child.stdout.read().split("\n")[:-1]
    child.stdout.close()
    child.stderr.close()
    return reported + [int(x) for x in rest if x.isdigit()]


def check(data_dir: Path, assessment: int, reported: list[int], attempted_up_to: int, seed: int) -> None:
    raw = sqlite3.connect(data_dir / "kao.sqlite")
    try:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok", f"seed {seed}"
    finally:
        raw.close()
    with open_service(data_dir, actor="checker", backup=False) as svc:
        items = [i.id for i in svc.checklist.items]
        logged = {int(e.new) for e in svc.audit_log(assessment) if e.action == "note" and e.new}
        answers = svc.get_assessment(assessment).answers
    missing = sorted(set(reported) - logged)
    assert not missing, f"seed {seed}: reported saves missing from the audit log: {missing[:10]}"
    last: dict[str, int] = {}
    for n in reported:
        last[items[n % len(items)]] = n
    for item_id, n in last.items():
        stored = int(answers[item_id].note)
        # The child may have committed one more save it had no time to report; never fewer.
        assert n <= stored <= attempted_up_to, f"seed {seed}: {item_id} holds save {stored}, reported {n}"
        assert answers[item_id].value is VALUES[stored % 3], f"seed {seed}: {item_id}"


def lane(data_dir: Path, seed: int) -> int:
    rng = random.Random(seed)
    with open_service(data_dir, actor="setup") as svc:
        agency = add_agency(svc)
        assert agency.id is not None
        assessment = svc.create_assessment(agency.id, 2568, ()).id
    reported_all: list[int] = []
    first = 0
    for _ in range(ROUNDS_PER_LANE):
        reported = run_round(data_dir, assessment, first, rng)
        reported_all.extend(reported)
        # The save after the last reported one may or may not have committed.
        attempted_up_to = (reported[-1] + 1) if reported else first
        check(data_dir, assessment, reported_all, attempted_up_to, seed)
        first = attempted_up_to + 1
    return len(reported_all)


@pytest.mark.slow
def test_reported_saves_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    seeds = [random.randrange(1 << 30) for _ in range(2)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = list(pool.map(lambda s: lane(tmp_path / f"lane{s}", s), seeds))
    assert sum(counts) > 0
