"""Storage benchmark (issue 3): ``python -m bench.bench_storage``. Not a test: it prints figures.

1. Per-answer save latency through the service (validation, state check, upsert,
   audit entries, one transaction) against a raw sqlite3 UPSERT + commit with the
   same pragmas, in the same run. Two raw baselines: the same ``answers`` table
   (same file, same constraints) and a bare table with no constraints or triggers.
   Blocks of each are interleaved so that disk and CPU noise hit all three alike.
2. The cost of opening a data folder holding 1,000 assessments (60 answers each):
   open_service (quick_check, schema check, backup check) and the home list
   (list_assessments), first with the summary cache empty (every assessment is
   scored), then as usual, then with an opening backup due (VACUUM INTO).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from core.model import Answer, AnswerValue
from core.records import Agency, AgencyKind
from core.storage import open_service
from core.text import Text

VALUES = (AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO)
PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
           "PRAGMA busy_timeout = 5000")


def _raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def _stats(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95)], statistics.fmean(ordered)


def bench_save(folder: Path, n: int, block: int) -> None:
    service = open_service(folder, actor="bench", backup=False)
    agency = service.save_agency(Agency("BENCH", Text("หน่วยงานทดสอบ", "Bench"), AgencyKind.DEPARTMENT))
    assert agency.id is not None
    aid = service.create_assessment(agency.id, 2568, ()).id
    items = [i.id for i in service.checklist.items]

    same = _raw_connection(service.database_path)
    upsert_same = (
        "INSERT INTO answers (assessment_id, item_id, value, reason, note, updated_at, updated_by)"
        " VALUES (?, ?, ?, '', ?, ?, 'bench') ON CONFLICT (assessment_id, item_id) DO UPDATE SET"
        " value = excluded.value, note = excluded.note, updated_at = excluded.updated_at,"
        " updated_by = excluded.updated_by"
    )
    bare = _raw_connection(folder / "bare.sqlite")
    bare.execute("CREATE TABLE IF NOT EXISTS answers (assessment_id INTEGER, item_id TEXT, value TEXT,"
                 " note TEXT, updated_at TEXT, PRIMARY KEY (assessment_id, item_id)) WITHOUT ROWID")
    bare.commit()
    upsert_bare = (
        "INSERT INTO answers VALUES (1, ?, ?, ?, ?) ON CONFLICT (assessment_id, item_id) DO UPDATE SET"
        " value = excluded.value, note = excluded.note, updated_at = excluded.updated_at"
    )

    # Save i answers item i % 60 with a value that differs from that item's previous one: a real
    # change every time (SQLite skips rewriting identical rows, which would flatter every variant).
    def value(i: int) -> AnswerValue:
        return VALUES[(i // 60) % 3]

    def via_service(i: int) -> None:
        service.save_answer(aid, items[i % 60], Answer(value(i)))

    def raw_same(i: int) -> None:
        same.execute(upsert_same, (aid, items[i % 60], value(i).value, "", str(time.time_ns())))
        same.commit()

    def raw_bare(i: int) -> None:
        bare.execute(upsert_bare, (items[i % 60], value(i).value, "", str(time.time_ns())))
        bare.commit()

    runs: dict[str, tuple[Callable[[int], None], list[float]]] = {
        "service.save_answer": (via_service, []),
        "raw UPSERT+commit, same table": (raw_same, []),
        "raw UPSERT+commit, bare table": (raw_bare, []),
    }
    for fn, _ in runs.values():  # warm the statement caches
        for i in range(100):
            fn(i)
    clock = time.perf_counter_ns
    for start in range(0, n, block):
        for fn, samples in runs.values():
            for i in range(start, start + block):
                t0 = clock()
                fn(i)
                samples.append((clock() - t0) / 1000)
    print(f"Per-answer save, n = {n} each, WAL + synchronous=NORMAL, value changed every time (µs):")
    print(f"  {'':32} {'median':>8} {'p95':>8} {'mean':>8}")
    figures = {}
    for name, (_, samples) in runs.items():
        med, p95, mean = _stats(samples)
        figures[name] = med
        print(f"  {name:32} {med:8.1f} {p95:8.1f} {mean:8.1f}")
    svc = figures["service.save_answer"]
    for name in list(runs)[1:]:
        print(f"  ratio service / {name}: {svc / figures[name]:.2f}× (median)")
    same.close()
    bare.close()
    service.close()


def bench_open(folder: Path, count: int) -> None:
    with open_service(folder, actor="bench") as svc:
        ids = []
        for k in range(count):
            agency = svc.save_agency(Agency(f"AG{k:04d}", Text(f"หน่วยงาน {k}", f"Agency {k}"), AgencyKind.LOCAL,
                                            province="เชียงใหม่"))
            assert agency.id is not None
            ids.append(svc.create_assessment(agency.id, 2568, ()).id)
        items = [i.id for i in svc.checklist.items]
        t0 = time.perf_counter()
        for k, aid in enumerate(ids):
            svc.save_answers(aid, {item: Answer(VALUES[(k + j) % 3]) for j, item in enumerate(items)})
        filled = time.perf_counter() - t0
    size = (folder / "kao.sqlite").stat().st_size
    print(f"\nA data folder with {count} assessments × {len(items)} answers ({size / 1e6:.1f} MB;"
          f" filled in {filled:.1f} s):")

    def timed(label: str, backup_due: bool) -> None:
        if backup_due:  # a change made without a closing backup: the next open must take one
            with open_service(folder, actor="bench", backup=False) as svc:
                svc.save_answer(ids[0], items[0], Answer(AnswerValue.NO, note=str(time.time())))
        t0 = time.perf_counter()
        svc = open_service(folder, actor="bench")
        t1 = time.perf_counter()
        rows = svc.list_assessments()
        t2 = time.perf_counter()
        svc.close()
        assert len(rows) == count
        print(f"  {label:55} open {1000 * (t1 - t0):7.1f} ms   home list {1000 * (t2 - t1):7.1f} ms"
              f"   total {1000 * (t2 - t0):7.1f} ms")

    timed("first start (summary cache empty, as after an upgrade)", backup_due=False)
    timed("usual start", backup_due=False)
    timed("usual start, opening backup due", backup_due=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=3000, help="saves per variant")
    parser.add_argument("--assessments", type=int, default=1000)
    args = parser.parse_args([] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="kao-bench-") as tmp:
        bench_save(Path(tmp) / "save", args.n, block=250)
        bench_open(Path(tmp) / "open", args.assessments)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
