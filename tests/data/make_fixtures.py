"""Build tests/data/db_v<N>.sqlite: one database per schema version, as that version stored it.

Run once when a schema step is added (``.venv/bin/python tests/data/make_fixtures.py``) and
commit the new file; never regenerate an old one, since it stands for databases already out in
offices. Rows are written with plain SQL for that version's tables, not through the current
service, so they look exactly like what an older Kao left behind.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from core.storage.db import migrate, open_store  # noqa: E402
from core.storage.migrations import SCHEMA_VERSION  # noqa: E402

T0, T1, T2 = "2025-03-01T02:00:00.000000+00:00", "2025-03-02T03:00:00.000000+00:00", "2025-11-20T04:00:00.000000+00:00"
SHA = "5d41402abc4b2a76b9719d911017c592" * 2


def _v1_rows(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO agencies VALUES (1, 'CMI-PO', 'สำนักงานจังหวัดเชียงใหม่', 'Chiang Mai Provincial Office',"
        " 'provincial', 'กระทรวงมหาดไทย', '', 'เชียงใหม่', 'สมชาย 053-112233')"
    )
    columns = "id, uid, agency_id, fiscal_year, checklist_id, checklist_version, assessors, status," \
        " created_at, updated_at, copied_from"
    conn.execute(
        f"INSERT INTO assessments ({columns}) VALUES (1, 'uid-2567-cmi', 1, 2567, 'kao-dg-maturity', '2569.1',"
        " '[\"สมชาย ใจดี\"]', 'draft', ?, ?, NULL)",
        (T0, T1),
    )
    conn.execute(
        f"INSERT INTO assessments ({columns}) VALUES (2, 'uid-2568-cmi', 1, 2568, 'kao-dg-maturity', '2569.1',"
        " '[\"สมหญิง\", \"สมชาย ใจดี\"]', 'draft', ?, ?, 1)",
        (T2, T2),
    )
    example_c = json.loads((HERE / "example_c.json").read_text("utf-8"))["answers"]
    for item_id, raw in example_c.items():
        entry = raw if isinstance(raw, dict) else {"value": raw}
        conn.execute(
            "INSERT INTO answers VALUES (1, ?, ?, ?, ?, 0, ?, 'somchai')",
            (item_id, entry["value"], entry.get("reason", ""), entry.get("note", ""), T1),
        )
    conn.execute("UPDATE assessments SET status = 'finalized' WHERE id = 1")  # answered first, as the app does
    conn.executemany(
        "INSERT INTO answers VALUES (2, ?, ?, ?, ?, ?, ?, 'somying')",
        [
            ("P01", "yes", "", "", 1, T2),
            ("P02", "partial", "", "รอเอกสารจากกองคลัง", 0, T2),
            ("S04", "na", "ไม่มีการเรียกเก็บค่าธรรมเนียม", "", 1, T2),
            ("C01", None, "", "", 1, T2),  # flagged for review, not answered yet
        ],
    )
    conn.execute("INSERT INTO evidence_files VALUES (?, 5, ?)", (SHA, T2))
    conn.execute("INSERT INTO answer_evidence VALUES (2, 'P01', ?, 'หน้าเว็บ.png', ?, 'somying')", (SHA, T2))
    conn.executemany(
        "INSERT INTO audit_log (assessment_id, agency_id, at, actor, action, item_id, old, new)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (1, 1, T0, "somchai", "create", None, None, "2567"),
            (1, None, T1, "somchai", "finalize", None, "draft", "finalized"),
            (2, 1, T2, "somying", "create", None, None, "2568"),
            (2, None, T2, "somying", "answer", "P01", None, "yes"),
        ],
    )


def _v2_rows(conn: sqlite3.Connection) -> None:
    _v1_rows(conn)
    conn.execute(
        "INSERT INTO assessments VALUES (3, 'uid-2566-cmi', 1, 2566, 'kao-dg-maturity', '2569.1', '[]',"
        " 'draft', ?, ?, NULL, ?)",
        (T0, T0, T2),
    )
    conn.execute(
        "INSERT INTO audit_log (assessment_id, agency_id, at, actor, action, old, new, reason)"
        " VALUES (1, NULL, ?, 'somchai', 'reopen', 'finalized', 'draft', 'แก้ข้อ P05')",
        (T2,),
    )


def _v5_rows(conn: sqlite3.Connection) -> None:
    _v2_rows(conn)
    conn.execute("INSERT INTO office_central_keys VALUES ('ABCD-EFGH-JKMN-PQRS', 'AAAA', ?, 'operator', NULL)", (T2,))


# 3 added only the (empty) submission tables, 4 the (empty) summary cache, 5 a central key's provenance.
ROWS = {1: _v1_rows, 2: _v2_rows, 3: _v2_rows, 4: _v2_rows, 5: _v5_rows}


def build(version: int, path: Path) -> None:
    path.unlink(missing_ok=True)
    store = open_store(path)
    try:
        migrate(store, upto=version)
        with store.write() as conn:
            ROWS[version](conn)
        # One self-contained file in git: no -wal beside it.
        store.conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        store.close()


if __name__ == "__main__":
    wanted = [int(a) for a in sys.argv[1:]] or [SCHEMA_VERSION]
    for v in wanted:
        target = HERE / f"db_v{v}.sqlite"
        build(v, target)
        print(f"wrote {target}")
