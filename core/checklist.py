"""Load and validate the checklist file into the frozen domain model.

Any checklist file is validated by the pydantic schema (core/checklist_schema.py),
with messages naming the file, the item and the field. The bundled file is also
stamped with its SHA-256 once it has passed (``python -m core.checklist --stamp``,
checked by the tests): a file whose bytes match the stamp was already validated,
so start-up skips pydantic's ~70 ms import and schema build for it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from decimal import Decimal
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from core.errors import ChecklistError, os_reason
from core.model import AnswerChoice, AnswerValue, Benchmark, Checklist, Dimension, Item, Level
from core.resources import resource
from core.text import Text

__all__ = ["DEFAULT_CHECKLIST", "default_checklist", "load_checklist", "parse_checklist", "stamp_path"]

DEFAULT_CHECKLIST = resource("checklists", "kao-dg-maturity.json")


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


@cache
def default_checklist() -> Checklist:
    """The checklist bundled with the app (parsed once per process)."""
    return load_checklist(DEFAULT_CHECKLIST)


def load_checklist(path: Path) -> Checklist:
    try:
        data = path.read_bytes()
        raw = json.loads(data.decode("utf-8"))
    except OSError as exc:
        raise ChecklistError(
            f"อ่านไฟล์แบบประเมิน {path} ไม่ได้: {os_reason(exc).th}",
            f"cannot read checklist file {path}: {os_reason(exc).en}",
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ChecklistError(
            f"ไฟล์แบบประเมิน {path} ไม่ใช่ JSON ที่ถูกต้อง: {exc}",
            f"checklist file {path} is not valid JSON: {exc}",
        ) from exc
    if _stamped(path, data):
        return _to_model(raw)
    return parse_checklist(raw, source=str(path))


def _stamped(path: Path, data: bytes) -> bool:
    try:
        stamp = stamp_path(path).read_text("ascii").strip()
    except OSError:
        return False
    return stamp == hashlib.sha256(data).hexdigest()


def parse_checklist(raw: Any, source: str = "<checklist>") -> Checklist:
    from pydantic import ValidationError

    from core.checklist_schema import ChecklistDoc

    try:
        doc = ChecklistDoc.model_validate(raw)
    except ValidationError as exc:
        raise _schema_error(exc, raw, source) from exc
    checklist = _to_model(doc.model_dump())
    _check_consistency(checklist, source)
    return checklist


def _schema_error(exc: Any, raw: Any, source: str) -> ChecklistError:
    """Name the file, the entry (item id where there is one) and the field of the first error."""
    first = exc.errors()[0]
    loc = list(first["loc"])
    where = ".".join(str(p) for p in loc)
    if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(raw, dict):
        entries = raw.get(str(loc[0]))
        entry = entries[loc[1]] if isinstance(entries, list) and loc[1] < len(entries) else None
        if isinstance(entry, dict) and "id" in entry:
            where = f"{loc[0]} {entry['id']}: " + ".".join(str(p) for p in loc[2:])
    return ChecklistError(
        f"ไฟล์แบบประเมิน {source} ผิดรูปแบบที่ {where} ({first['msg']})",
        f"checklist file {source} is invalid at {where} ({first['msg']})",
    )


def _text(doc: dict[str, str]) -> Text:
    return Text(doc["th"], doc["en"])


def _fraction(value: float) -> Fraction:
    # Via str so 0.75 is exactly 3/4, not the nearest binary float.
    return Fraction(str(value))


def _to_model(doc: dict[str, Any]) -> Checklist:
    """Build the model from a checklist's JSON data (validated, or verified by its stamp)."""
    return Checklist(
        id=doc["id"],
        version=doc["version"],
        title=_text(doc["title"]),
        threshold=_fraction(doc["threshold"]),
        min_coverage=_fraction(doc["min_coverage"]),
        answer_scale=tuple(
            AnswerChoice(
                AnswerValue(c["value"]),
                None if c["score"] is None else _fraction(c["score"]),
                _text(c["label"]),
                _text(c["description"]),
            )
            for c in doc["answer_scale"]
        ),
        levels=tuple(Level(lv["level"], _text(lv["name"]), _text(lv["description"])) for lv in doc["levels"]),
        dimensions=tuple(Dimension(d["id"], d["weight"], _text(d["name"])) for d in doc["dimensions"]),
        items=tuple(
            Item(
                id=i["id"],
                dimension=i["dimension"],
                level=i["level"],
                na_allowed=i["na_allowed"],
                text=_text(i["text"]),
                evidence=_text(i["evidence"]),
                na_hint=_text(i["na_hint"]) if i.get("na_hint") else None,
                source=i.get("source", ""),
            )
            for i in doc["items"]
        ),
        benchmarks=tuple(
            Benchmark(
                id=b["id"],
                year=b["year"],
                name=_text(b["name"]),
                overall=Decimal(str(b["overall"])),
                dimensions={k: Decimal(str(v)) for k, v in b["dimensions"].items()},
                lower_bounds={k: Decimal(str(v)) for k, v in b.get("lower_bounds", {}).items()},
            )
            for b in doc.get("benchmarks", [])
        ),
    )


def _fail(source: str, where: str, th: str, en: str) -> ChecklistError:
    return ChecklistError(
        f"ไฟล์แบบประเมิน {source} ผิดรูปแบบที่ {where}: {th}",
        f"checklist file {source} is invalid at {where}: {en}",
    )


def _check_consistency(c: Checklist, source: str) -> None:
    """Rules that span entries, which the per-field schema cannot express."""
    dim_ids = [d.id for d in c.dimensions]
    if len(set(dim_ids)) != len(dim_ids):
        raise _fail(source, "dimensions", "รหัสมิติซ้ำกัน", "duplicate dimension id")
    levels = sorted(lv.level for lv in c.levels)
    if levels != list(range(1, len(levels) + 1)):
        raise _fail(source, "levels", "ระดับต้องเรียงตั้งแต่ 1 ต่อเนื่องกัน", "levels must run 1, 2, 3, …")
    if sorted(ch.value for ch in c.answer_scale) != sorted(AnswerValue):
        raise _fail(source, "answer_scale", "ต้องมีคำตอบ yes partial no na", "must list yes, partial, no, na")
    if (c.choice(AnswerValue.NA).score is None) is False:
        raise _fail(source, "answer_scale na.score", "ต้องเป็น null", "must be null")
    seen: set[str] = set()
    for item in c.items:
        where = f"items {item.id}"
        if item.id in seen:
            raise _fail(source, where, "รหัสข้อซ้ำกัน", "duplicate item id")
        seen.add(item.id)
        if item.dimension not in dim_ids:
            raise _fail(source, f"{where}: dimension", "ไม่มีมิตินี้", f"unknown dimension {item.dimension}")
        if item.level not in levels:
            raise _fail(source, f"{where}: level", "ไม่มีระดับนี้", f"unknown level {item.level}")
    for dim in dim_ids:
        if not c.items_in(dim):
            raise _fail(source, f"dimensions {dim}", "ไม่มีข้อประเมิน", "has no items")
    for lv in levels:
        if not c.items_at(lv):
            raise _fail(source, f"levels {lv}", "ไม่มีข้อประเมิน", "has no items")
    for b in c.benchmarks:
        for dim in [*b.dimensions, *b.lower_bounds]:
            if dim not in dim_ids:
                raise _fail(source, f"benchmarks {b.id}", f"ไม่มีมิติ {dim}", f"unknown dimension {dim}")


def _stamp(path: Path) -> int:
    """Validate ``path`` fully and, if it passes, record its digest as verified."""
    data = path.read_bytes()
    parse_checklist(json.loads(data.decode("utf-8")), source=str(path))
    stamp_path(path).write_text(hashlib.sha256(data).hexdigest() + "\n", "ascii")
    print(f"validated and stamped {path}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] != ["--stamp"]:
        print("usage: python -m core.checklist --stamp [CHECKLIST.json]", file=sys.stderr)
        sys.exit(2)
    sys.exit(_stamp(Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_CHECKLIST))
