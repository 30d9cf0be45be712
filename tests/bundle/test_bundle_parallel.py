"""Long imports verify on worker processes: the results, the database and the folder must be exactly
what verifying in this process gives, errors included, and stopping early must leave nothing behind."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import core.bundle.parallel as parallel
from core.bundle.central import CentralOffice, ImportResult, ImportStatus, import_submissions, open_central
from core.bundle.errors import BundleError, OtherKeyError
from core.bundle.keys import SigningKey
from core.bundle.limits import Limits
from core.checklist import default_checklist
from core.storage.errors import DiskFullError
from tests.bundle.factory import write_example
from tests.bundle.hostile import CASES

OFFICE = SigningKey.generate()
ATTACKER = SigningKey.generate()
HOSTILE = ["zip slip", "hash mismatch", "bad signature", "truncated file", "malformed answers JSON",
           "duplicate JSON key", "unknown item id", "signed by another key"]


@pytest.fixture(autouse=True)
def small_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two files per task, so that a short batch still spreads over several tasks and workers."""
    monkeypatch.setattr(parallel, "CHUNK_FILES", 2)


def batch(tmp_path: Path) -> list[Path]:
    """Good files from three offices and years, hostile ones between them, and a missing file."""
    valid = [write_example(tmp_path / f"o{n}", OFFICE, year=year, code=f"AG{n}").path
             for n, year in enumerate((2567, 2568, 2569))]
    hostile = [CASES[case].build(valid[0], tmp_path, ATTACKER) for case in HOSTILE]
    return [valid[0], hostile[0], hostile[1], valid[1], tmp_path / "missing.kao", *hostile[2:], valid[2], valid[0]]


def kept(central: CentralOffice) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(central.submissions_dir.iterdir())}


def summary(results: list[ImportResult]) -> list[tuple[object, ...]]:
    return [(r.path, r.status, type(r.error), r.error and r.error.message, r.bundle_id, r.code, r.new_key)
            for r in results]


def test_workers_give_exactly_what_one_process_gives(tmp_path: Path):
    files = batch(tmp_path)
    with open_central(tmp_path / "here", backup=False) as here:
        alone = import_submissions(files, here, workers=0)
        alone_rows = [(s.bundle_id, s.overall, s.level, s.superseded_by) for s in here.store.list_submissions(
            include_superseded=True)]
        alone_kept = kept(here)
    with open_central(tmp_path / "pooled", backup=False) as pooled:
        seen: list[int] = []
        shared = import_submissions(files, pooled, workers=2, progress=lambda done, total: seen.append(done))
        assert [(s.bundle_id, s.overall, s.level, s.superseded_by) for s in pooled.store.list_submissions(
            include_superseded=True)] == alone_rows
        assert kept(pooled) == alone_kept
    assert summary(shared) == summary(alone)
    assert [r.status for r in shared].count(ImportStatus.IMPORTED) == 3
    assert shared[-1].status is ImportStatus.DUPLICATE
    assert seen == list(range(1, len(files) + 1))


def test_large_files_verified_by_workers_leave_no_temporary_copies(tmp_path: Path):
    files = batch(tmp_path)
    with open_central(tmp_path / "c", backup=False, limits=Limits(max_in_memory_bytes=0)) as central:
        results = import_submissions(files, central, workers=2)
        assert [r.status for r in results].count(ImportStatus.IMPORTED) == 3
        assert all(p.suffix == ".kao" and not p.name.startswith(".") for p in central.submissions_dir.iterdir())


def test_stopping_a_pooled_import_stores_nothing_more_and_cleans_up(tmp_path: Path):
    files = [write_example(tmp_path / str(n), OFFICE, year=2560 + n, code="AG1").path for n in range(8)]
    with open_central(tmp_path / "c", backup=False, limits=Limits(max_in_memory_bytes=0)) as central:
        done: list[int] = []
        results = import_submissions(files, central, workers=2, progress=lambda d, t: done.append(d),
                                     stop=lambda: len(done) >= 3)
        assert [r.path for r in results] == files[:3]
        assert len(central.store.list_submissions(include_superseded=True)) == 3
        # Files the workers had verified ahead were copied for checking; none of those copies remain.
        assert sorted(p.name for p in central.submissions_dir.iterdir()) == sorted(
            f"{r.bundle_id}.kao" for r in results)


def test_a_worker_that_dies_does_not_stop_the_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(parallel, "_start_worker", _die)
    files = batch(tmp_path)
    with open_central(tmp_path / "c", backup=False) as central:
        results = import_submissions(files, central, workers=1)
    assert [r.status for r in results].count(ImportStatus.IMPORTED) == 3
    assert len(results) == len(files)


def _die(*_args: object) -> None:
    """A worker killed as it starts (out of memory, an antivirus): runs in the worker, by reference."""
    import os

    os._exit(3)


@pytest.mark.parametrize("error", [
    BundleError("ไฟล์เสียหาย", "the file is damaged"),
    OtherKeyError("กุญแจอื่น", "another key", pinned="aa", presented="bb"),
    DiskFullError(Path("/data/submissions")),
])
def test_errors_cross_the_process_boundary_whole(error: Exception):
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and again.message == error.message  # type: ignore[attr-defined]
    assert again.__dict__ == error.__dict__ and str(again) == str(error)


def test_a_chunk_that_fails_unexpectedly_removes_its_private_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # What runs in a worker, run here: the second file fails with an error no check foresaw.
    files = batch(tmp_path)[:2]
    folder = tmp_path / "incoming"
    folder.mkdir()
    real = parallel.receive

    def receive(path: Path, *args: object) -> object:
        if path == files[1]:
            raise RuntimeError("a bug")
        return real(path, *args)

    monkeypatch.setattr(parallel, "receive", receive)
    monkeypatch.setattr(parallel, "_setup", None)  # restored afterwards: this process is no worker
    parallel._start_worker(Limits(max_in_memory_bytes=0), default_checklist(), folder)
    with pytest.raises(RuntimeError):
        parallel._receive_chunk(files)
    assert list(folder.iterdir()) == []
