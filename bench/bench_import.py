"""Central import throughput: N submission files into a fresh central data folder.

``python -m bench.bench_import [--sizes 2000 10000] [--evidence-kb 16]``

Each file is a different agency (own key, province, ministry, answers, a
note on some items, an audit entry per answer, one evidence file). Reported:
files per second, and the ratio to a floor measured in the same run on the
same files: read each file, SHA-256 of its bytes, Ed25519 verification of
its manifest signature, and raw sqlite3 inserts of exactly the rows the import
writes (submission, answers, evidence, office key; one transaction per file,
WAL + synchronous=NORMAL, like the app), timed before and after the import.
Target: import ≤ 3 × floor. The import verifies on worker processes (as
many as the machine's cores allow); the same import in one process is
reported beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from core.bundle.central import import_submissions, open_central
from core.bundle.content import agency_doc, answers_doc, assessment_doc, audit_doc
from core.bundle.keys import SigningKey
from core.bundle.models import ChecklistRef
from core.bundle.parallel import worker_count
from core.bundle.reader import VerifiedSubmission, read_submission
from core.bundle.receive import new_submission, utc_iso
from core.bundle.writer import SubmissionContent, write_submission
from core.checklist import default_checklist
from core.model import Answer, AnswerValue
from core.records import Agency, AgencyKind, AnswerMeta, AssessmentDetail, AssessmentStatus, AuditEntry, EvidenceFile
from core.scoring import score
from core.storage.submission_schema import SUBMISSIONS_V3
from core.storage.submissions import StoredSubmission
from core.text import Text

TARGET = 3.0
PROVINCES = ["เชียงใหม่", "ลำพูน", "ขอนแก่น", "ภูเก็ต", "สงขลา", "นครราชสีมา", "ชลบุรี", "กรุงเทพมหานคร"]
MINISTRIES = ["กระทรวงมหาดไทย", "กระทรวงสาธารณสุข", "กระทรวงศึกษาธิการ", "กระทรวงการคลัง"]


def _answers(rng: random.Random) -> dict[str, Answer]:
    cl = default_checklist()
    out: dict[str, Answer] = {}
    for item in cl.items:
        if item.na_allowed and rng.random() < 0.15:
            out[item.id] = Answer(AnswerValue.NA, "ไม่มีภารกิจด้านนี้", "")
            continue
        value = rng.choice([AnswerValue.YES, AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.NO])
        note = "อยู่ระหว่างดำเนินการ ตามแผนปีงบประมาณถัดไป" if rng.random() < 0.2 else ""
        out[item.id] = Answer(value, "", note)
    return out


def make_files(folder: Path, count: int, evidence_bytes: int, seed: int = 2569) -> list[Path]:
    rng = random.Random(seed)
    cl = default_checklist()
    t0 = datetime(2026, 10, 1, tzinfo=UTC)
    evidence_dir = folder / "evidence-src"
    evidence_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        at = t0 + timedelta(minutes=n)
        answers = _answers(rng)
        blob = rng.randbytes(evidence_bytes)
        sha = hashlib.sha256(blob).hexdigest()
        (evidence_dir / sha).write_bytes(blob)
        agency = Agency(f"AG{n:05d}", Text(f"หน่วยงานทดสอบที่ {n}", f"Test agency {n}"),
                        rng.choice(list(AgencyKind)), ministry=rng.choice(MINISTRIES),
                        province=rng.choice(PROVINCES))
        detail = AssessmentDetail(
            id=1, uid=f"uid-{n:05d}", agency=agency, fiscal_year=2569, checklist_id=cl.id,
            checklist_version=cl.version, assessors=("ผู้ประเมิน",), status=AssessmentStatus.FINALIZED,
            created_at=at, updated_at=at, answers=answers, review_flags=frozenset({"P01"}),
            evidence={"P01": (EvidenceFile(sha, "photo.jpg", len(blob), at),)},
            answer_meta={k: AnswerMeta(at, "ผู้ประเมิน") for k in answers},
        )
        audit = [AuditEntry(at, "ผู้ประเมิน", "answer", k, None, a.value.value if a.value else None)
                 for k, a in answers.items()]
        content = SubmissionContent(
            agency_doc(agency), assessment_doc(detail), ChecklistRef(id=cl.id, version=cl.version),
            answers_doc(detail, score(cl, answers), cl), audit_doc(audit), [(sha, evidence_dir / sha)],
        )
        paths.append(write_submission(content, SigningKey.generate(), folder / f"{n:05d}.kao").path)
    return paths


@dataclass
class FloorInput:
    path: Path
    manifest: bytes
    signature: bytes
    public_key: bytes
    submission: tuple[object, ...]
    answers: list[tuple[object, ...]]
    evidence: list[tuple[object, ...]]
    key: tuple[object, ...]


def _floor_input(v: VerifiedSubmission) -> FloorInput:
    """Exactly the rows the import writes, prepared outside the timing."""
    now = utc_iso(datetime.now(UTC))
    new = new_submission(v, now, f"{v.bundle_id}.kao", v.path.stat().st_size)
    row = [getattr(new.row, f) for f in StoredSubmission.__slots__]
    row[StoredSubmission.__slots__.index("provisional")] = int(new.row.provisional)
    return FloorInput(
        v.path, v.manifest_bytes, v.signature, v.public_key,
        (*row, new.manifest_json.decode(), new.signature, new.answers_json.decode(), new.audit_json.decode()),
        [(new.row.bundle_id, a.item_id, a.value, a.reason, a.note, int(a.flagged)) for a in new.answers],
        [(new.row.bundle_id, e.item_id, e.sha256, e.filename, e.size) for e in new.evidence],
        (new.row.agency_code, v.fingerprint, v.manifest.signer.public_key, now, v.bundle_id, "first-file"),
    )


def floor_database(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE assessments (id INTEGER PRIMARY KEY)")  # office_exports refers to it
    conn.executescript(SUBMISSIONS_V3)
    return conn


def floor_seconds(inputs: list[FloorInput], conn: sqlite3.Connection) -> float:
    columns = len(StoredSubmission.__slots__) + 4
    insert = (f"INSERT INTO central_submissions ({', '.join(StoredSubmission.__slots__)}, manifest_json,"
              f" signature, answers_json, audit_json) VALUES ({', '.join('?' * columns)})")
    start = time.perf_counter()
    for f in inputs:
        hashlib.sha256(f.path.read_bytes()).digest()
        Ed25519PublicKey.from_public_bytes(f.public_key).verify(f.signature, f.manifest)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(insert, f.submission)
        conn.executemany("INSERT INTO central_answers VALUES (?, ?, ?, ?, ?, ?)", f.answers)
        conn.executemany("INSERT INTO central_evidence VALUES (?, ?, ?, ?, ?)", f.evidence)
        conn.execute("INSERT INTO central_office_keys (agency_code, fingerprint, public_key, first_seen,"
                     " first_bundle_id, how) VALUES (?, ?, ?, ?, ?, ?)", f.key)
        conn.execute("COMMIT")
    return time.perf_counter() - start


def _import(paths: list[Path], folder: Path, workers: int | None) -> float:
    with open_central(folder, backup=False) as central:
        start = time.perf_counter()
        results = import_submissions(paths, central, workers=workers)
        elapsed = time.perf_counter() - start
    imported = sum(1 for r in results if r.status == "imported")
    assert imported == len(paths), f"only {imported} of {len(paths)} imported"
    return elapsed


def run(count: int, evidence_kb: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        paths = make_files(folder / "files", count, evidence_kb * 1024)
        made = time.perf_counter() - t
        size = sum(p.stat().st_size for p in paths) / count
        verified = [read_submission(p) for p in paths]
        inputs = [_floor_input(v) for v in verified]
        del verified
        os.sync()  # the generated files' writeback would otherwise land on whichever runs first
        # Floor, import, then floor again; drift in this machine's speed shows as the two floors
        # differing, and the import is compared with their mean. (Interleaving floor and import
        # file by file no longer works: workers verify ahead while the floor would run.)
        floors = [floor_seconds(inputs, floor_database(folder / "floor-1.sqlite"))]
        pooled = _import(paths, folder / "central", None)
        here = _import(paths, folder / "central-1", 0)
        floors.append(floor_seconds(inputs, floor_database(folder / "floor-2.sqlite")))
        floor = sum(floors) / 2
        ratio = pooled / floor
        print(f"{count:>6} files ({size / 1024:.1f} KB each, generated in {made:.0f} s): import {pooled:.1f} s ="
              f" {count / pooled:.0f} files/s with {worker_count()} verifying workers ({count / here:.0f} files/s"
              f" in one process); floor {floor:.2f} s = {count / floor:.0f} files/s (runs: {floors[0]:.2f},"
              f" {floors[1]:.2f} s); ratio {ratio:.1f}× (target ≤ {TARGET:.0f}×), in one process"
              f" {here / floor:.1f}×", flush=True)
        return ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_import")
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--evidence-kb", type=int, default=16, help="size of each file's one evidence file")
    args = parser.parse_args(argv if argv is not None else [])
    ratios = [run(n, args.evidence_kb) for n in args.sizes]
    return 0 if all(r <= TARGET for r in ratios) else 1


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
