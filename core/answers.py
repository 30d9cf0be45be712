"""The answers file: ``{"answers": {"P01": "yes", "S04": {"value": "na", "reason": "…"}}}``.

It is what ``score`` and ``load-answers`` read and what ``answers`` prints, so
an office can fill a copy elsewhere and load it. Parsing is strict: the
first problem is reported in one line naming the item. A draft's gaps (items
not answered, N/A without a reason) are not problems of the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.errors import AnswersError, os_reason
from core.model import Answer, AnswerValue, Checklist

__all__ = ["answers_to_json", "load_answers_file", "parse_answers"]

_VALUES = ", ".join(v.value for v in AnswerValue)
MAX_ANSWERS_BYTES = 10_000_000  # sixty answers with long notes fit in a few hundred kilobytes


def load_answers_file(path: Path, checklist: Checklist) -> dict[str, Answer]:
    try:
        if path.exists() and not path.is_file():  # a folder, a device (/dev/zero would be read forever)
            raise AnswersError(f"{path} ไม่ใช่ไฟล์ธรรมดา", f"{path} is not a regular file")
        if path.is_file() and path.stat().st_size > MAX_ANSWERS_BYTES:
            raise AnswersError(f"ไฟล์ {path} ใหญ่เกินกว่าจะเป็นไฟล์คำตอบ", f"{path} is too large to be an answers file")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise AnswersError(f"ไม่พบไฟล์ {path}", f"file not found: {path}") from exc
    except OSError as exc:
        why = os_reason(exc)
        raise AnswersError(f"อ่านไฟล์ {path} ไม่ได้: {why.th}", f"cannot read {path}: {why.en}") from exc
    except UnicodeDecodeError as exc:
        if _is_zip(path):  # `kao score sub.kao`, or the editable .xlsx copy: say what the file is
            raise AnswersError(f"ไฟล์ {path} เป็นไฟล์ ZIP (เช่น .kao .kaor หรือ .xlsx) ไม่ใช่ไฟล์คำตอบ JSON",
                               f"{path} is a ZIP file (a .kao, .kaor or .xlsx, say), not an answers JSON file") from exc
        raise AnswersError(f"ไฟล์ {path} ไม่ใช่ข้อความ UTF-8", f"{path} is not UTF-8 text") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswersError(
            f"ไฟล์ {path} ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {exc.lineno} คอลัมน์ {exc.colno})",
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
        ) from exc
    except (RecursionError, ValueError) as exc:  # nested too deep, or a number of thousands of digits
        raise AnswersError(
            f"ไฟล์ {path} ไม่ใช่ไฟล์คำตอบ (โครงสร้างซ้อนลึกเกินไปหรือตัวเลขยาวเกินไป)",
            f"{path} is not an answers file (nested too deeply, or a number far too long)",
        ) from exc
    return parse_answers(data, checklist)


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def parse_answers(data: Any, checklist: Checklist) -> dict[str, Answer]:
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        raise AnswersError(
            'ไฟล์คำตอบต้องเป็นออบเจกต์ที่มีคีย์ "answers"', 'an answers file must be an object with an "answers" object'
        )
    return {str(k): _parse_one(str(k), v, checklist) for k, v in data["answers"].items()}


def _parse_one(item_id: str, raw: Any, checklist: Checklist) -> Answer:
    checklist.check_answer(item_id, None)
    if isinstance(raw, str) or raw is None:
        raw = {"value": raw}
    if not isinstance(raw, dict):
        raise AnswersError(f"ข้อ {item_id}: คำตอบต้องเป็นข้อความหรือออบเจกต์", f"item {item_id}: bad answer {raw!r}")
    unknown = set(raw) - {"value", "reason", "note"}
    if unknown:
        field = sorted(unknown)[0]
        raise AnswersError(f"ข้อ {item_id}: ไม่รู้จักช่อง {field}", f"item {item_id}: unknown field {field}")
    value_raw = raw.get("value")
    try:
        value = None if value_raw is None else AnswerValue(str(value_raw).strip().lower())
    except ValueError:
        raise AnswersError(
            f"ข้อ {item_id}: ค่า {value_raw!r} ไม่ถูกต้อง (ใช้ {_VALUES})",
            f"item {item_id}: bad value {value_raw!r} (use {_VALUES})",
        ) from None
    reason, note = raw.get("reason", ""), raw.get("note", "")
    if not isinstance(reason, str) or not isinstance(note, str):
        raise AnswersError(
            f"ข้อ {item_id}: reason และ note ต้องเป็นข้อความ", f"item {item_id}: reason and note must be text"
        )
    checklist.check_answer(item_id, value)
    # An N/A without its reason is a draft's state, as in the app: it scores as No and is listed
    # as open (ScoreCard.na_without_reason), and finalizing refuses it. `answers` writes drafts
    # too, so refusing it here would make Kao unable to read back its own file.
    return Answer(value, reason.strip(), note)


def answers_to_json(answers: Mapping[str, Answer], checklist: Checklist) -> dict[str, Any]:
    """The canonical form, in checklist order, that :func:`parse_answers` reads back."""
    out: dict[str, Any] = {}
    for item in checklist.items:
        answer = answers.get(item.id)
        if answer is None or answer.value is None:
            continue
        if answer.reason or answer.note:
            entry: dict[str, str] = {"value": answer.value.value}
            if answer.reason:
                entry["reason"] = answer.reason
            if answer.note:
                entry["note"] = answer.note
            out[item.id] = entry
        else:
            out[item.id] = answer.value.value
    return {"checklist": {"id": checklist.id, "version": checklist.version}, "answers": out}
