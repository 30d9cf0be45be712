"""Verifying many submission files on worker processes while this process stores them.

Verification is Python work (JSON, schemas, the signature, scoring) that holds
the GIL, so a thread cannot share it; another process can. Only verifying
moves: storing stays in the caller, one transaction per file, in the order
given, exactly as for a single file. Small batches are verified here, because
starting workers (a new interpreter each, ~0.2 s) costs more than they save.
Workers are spawned, never forked: the GUI process runs Qt threads.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from core.bundle.limits import Limits
from core.bundle.receive import Received, receive
from core.errors import KaoError
from core.model import Checklist

__all__ = ["POOL_MIN_FILES", "Outcome", "received_in_order", "worker_count"]

log = logging.getLogger(__name__)

Outcome = Received | KaoError

POOL_MIN_FILES = 48  # below this, verifying here is quicker than starting workers
MAX_WORKERS = 4  # the caller stores every file alone, so more workers would only wait for it
CHUNK_FILES = 8  # files per task: fewer round trips to the workers
CHUNK_BYTES = 32 * 1024 * 1024
TASKS_PER_WORKER = 3  # tasks in flight, so memory stays bounded however long the list
WINDOW_BYTES = 256 * 1024 * 1024  # and the bytes of the files in flight


def worker_count() -> int:
    """Workers worth starting on this machine: none on one core."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # Windows and macOS
        cpus = os.cpu_count() or 1
    return 0 if cpus < 2 else min(max(cpus - 1, 2), MAX_WORKERS)


def received_in_order(
    paths: Sequence[Path], limits: Limits, checklist: Checklist, folder: Path, *, workers: int | None = None
) -> Generator[tuple[Path, Outcome], None, None]:
    """Each path with its verified copy or the reason it was refused, in the order given.

    ``workers``: None decides by the length of the list and the machine; 0
    verifies here; n starts n workers. Close the iterator to stop early: tasks
    not started are cancelled, and the temporary copies of files verified but
    not taken are removed.
    """
    if workers is None:
        workers = worker_count() if len(paths) >= POOL_MIN_FILES else 0
    if workers < 1:
        return _here(paths, limits, checklist, folder)
    return _pooled(paths, limits, checklist, folder, workers)


def _one(path: Path, limits: Limits, checklist: Checklist, folder: Path) -> Outcome:
    try:
        return receive(path, limits, checklist, folder)
    except KaoError as exc:
        return exc


def _here(
    paths: Iterable[Path], limits: Limits, checklist: Checklist, folder: Path
) -> Generator[tuple[Path, Outcome], None, None]:
    for path in paths:
        yield path, _one(path, limits, checklist, folder)


# -- in a worker process ----------------------------------------------------------------------

_setup: tuple[Limits, Checklist, Path] | None = None


def _start_worker(limits: Limits, checklist: Checklist, folder: Path) -> None:
    global _setup
    _setup = (limits, checklist, folder)


def _receive_chunk(paths: list[Path]) -> list[Outcome]:
    assert _setup is not None, "worker not started"
    done: list[Outcome] = []
    try:
        for path in paths:
            done.append(_one(path, *_setup))
    except BaseException:
        _discard(done)  # the chunk fails as a whole, so nobody else will remove its private copies
        raise
    return done


# -- in the importing process -----------------------------------------------------------------


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the worker reports the problem


def _chunks(paths: Sequence[Path]) -> Iterator[tuple[list[Path], int]]:
    chunk: list[Path] = []
    size = 0
    for path in paths:
        chunk.append(path)
        size += _size(path)
        if len(chunk) >= CHUNK_FILES or size >= CHUNK_BYTES:
            yield chunk, size
            chunk, size = [], 0
    if chunk:
        yield chunk, size


def _discard(outcomes: Iterable[Outcome]) -> None:
    for outcome in outcomes:
        if isinstance(outcome, Received):
            outcome.discard()


def _pooled(
    paths: Sequence[Path], limits: Limits, checklist: Checklist, folder: Path, workers: int
) -> Generator[tuple[Path, Outcome], None, None]:
    pool = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker, initargs=(limits, checklist, folder),
    )
    pending: deque[tuple[list[Path], int, Future[list[Outcome]]]] = deque()
    chunks = _chunks(paths)
    in_flight = 0
    left: list[Outcome] = []  # verified, not yet handed over
    try:
        while True:
            while len(pending) < workers * TASKS_PER_WORKER and (not pending or in_flight < WINDOW_BYTES):
                nxt = next(chunks, None)
                if nxt is None:
                    break
                chunk, size = nxt
                pending.append((chunk, size, pool.submit(_receive_chunk, chunk)))
                in_flight += size
            if not pending:
                return
            chunk, size, future = pending.popleft()
            in_flight -= size
            try:
                left = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory): verify the rest here rather than stop the import.
                log.warning("a verifying worker stopped; verifying the remaining files in this process")
                rest = [*chunk, *(p for c, _, _ in pending for p in c), *(p for c, _ in chunks for p in c)]
                pending.clear()
                yield from _here(rest, limits, checklist, folder)
                return
            for path in chunk:
                yield path, left.pop(0)
    finally:
        _discard(left)
        for _, _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        for _, _, future in pending:
            if future.done() and not future.cancelled() and future.exception() is None:
                _discard(future.result())
