"""The storage commands as a script or support person runs them: real processes, real exit codes."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from core.cli import parse
from core.cli import run as run_command
from core.cli.context import Context
from core.records import Agency, AgencyKind
from core.storage import open_service
from core.text import Text
from tests.storage.helpers import DATA, kao


def run(data_dir: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    result = kao("--lang", lang, "--data-dir", str(data_dir), *args)
    return result.returncode, result.stdout, result.stderr


def new_assessment(data_dir: Path, year: str = "2568") -> int:
    code, _, err = run(data_dir, "agency", "add", "--code", "CMI-PO", "--name-th", "สำนักงานจังหวัดเชียงใหม่",
                       "--name-en", "Chiang Mai Provincial Office", "--kind", "provincial",
                       "--province", "เชียงใหม่")
    assert code == 0, err
    code, out, err = run(data_dir, "assessment", "new", "--agency", "CMI-PO", "--year", year,
                         "--assessor", "สมชาย ใจดี", "--assessor", "สมหญิง", "--json")
    assert code == 0, err
    created = json.loads(out)
    assert created["status"] == "draft" and created["assessors"] == ["สมชาย ใจดี", "สมหญิง"]
    return int(created["id"])


def test_paper_copy_loaded_then_exported_scores_like_the_original(data_dir: Path, tmp_path: Path) -> None:
    assessment = new_assessment(data_dir)
    code, out, err = run(data_dir, "load-answers", str(assessment), str(DATA / "example_a.json"))
    assert code == 0, err
    assert "loaded 60 answers" in out

    code, out, _ = run(data_dir, "answers", str(assessment), "--json")
    exported = tmp_path / "exported.json"
    exported.write_text(out, "utf-8")
    assert json.loads(out)["answers"] == json.loads((DATA / "example_a.json").read_text("utf-8"))["answers"]
    code, out, _ = run(data_dir, "score", str(exported), "--json")
    assert code == 0 and json.loads(out)["overall"] == pytest.approx(45.7854, abs=1e-4)

    code, out, _ = run(data_dir, "assessments", "--json")
    [row] = json.loads(out)
    assert (row["id"], row["fiscal_year"], row["status"]) == (assessment, 2568, "draft")
    assert (row["answered"], row["total"], row["percent_answered"], row["level"]) == (60, 60, 100, 2)
    assert row["overall_display"] == "45.8" and row["agency"]["code"] == "CMI-PO"


def test_lifecycle_from_the_command_line(data_dir: Path) -> None:
    assessment = new_assessment(data_dir)
    assert run(data_dir, "load-answers", str(assessment), str(DATA / "example_c.json"))[0] == 0
    code, out, _ = run(data_dir, "assessment", "finalize", str(assessment))
    assert code == 0 and "finalized" in out

    code, _, err = run(data_dir, "load-answers", str(assessment), str(DATA / "example_a.json"))
    assert code == 2 and err.count("\n") == 1 and "locked" in err

    code, _, err = run(data_dir, "assessment", "reopen", str(assessment), "--reason", "แก้ข้อ P05 ตามผู้ตรวจ")
    assert code == 0, err
    code, out, _ = run(data_dir, "assessment", "copy", str(assessment), "--year", "2569", "--json")
    copy = json.loads(out)
    assert copy["fiscal_year"] == 2569 and len(copy["review"]) == 60

    code, out, _ = run(data_dir, "assessment", "history", str(assessment), "--json")
    actions = [(e["action"], e["reason"]) for e in json.loads(out)]
    assert ("finalize", None) in actions and ("reopen", "แก้ข้อ P05 ตามผู้ตรวจ") in actions

    assert run(data_dir, "assessment", "delete", str(copy["id"]))[0] == 0
    code, out, _ = run(data_dir, "assessments", "--json")
    assert [r["id"] for r in json.loads(out)] == [assessment]
    code, out, _ = run(data_dir, "assessments", "--trash", "--json")
    assert {r["id"]: r["deleted"] for r in json.loads(out)} == {assessment: False, copy["id"]: True}
    assert run(data_dir, "assessment", "restore", str(copy["id"]))[0] == 0


def test_thai_output_for_people(data_dir: Path) -> None:
    assessment = new_assessment(data_dir)
    run(data_dir, "load-answers", str(assessment), str(DATA / "example_a.json"))
    code, out, _ = run(data_dir, "assessments", lang="th")
    assert code == 0
    assert "สำนักงานจังหวัดเชียงใหม่" in out and "ตอบแล้ว 60/60 (100%)" in out and "คะแนน 45.8" in out
    code, out, _ = run(data_dir, "answers", str(assessment), lang="th")
    assert out.splitlines()[0].startswith("P01 ")
    assert any(line.startswith("S04 ") and "ไม่มีการเรียกเก็บค่าธรรมเนียม" in line for line in out.splitlines())


BAD_INPUT = [
    (("answers", "42", "--json"), "no assessment with id 42"),
    (("load-answers", "1", "missing.json"), "file not found"),
    (("assessment", "new", "--agency", "NOPE", "--year", "2569"), "no agency NOPE"),
    (("assessment", "new", "--agency", "CMI-PO", "--year", "2025"), "Buddhist era"),
    (("assessment", "new", "--agency", "CMI-PO", "--year", "2568"), "already has an assessment for 2568"),
    (("assessment", "reopen", "1", "--reason", " "), "reopening needs a reason"),
    (("assessment", "finalize", "1"), "60 items unanswered"),
    (("agency", "add", "--code", "CMI-PO", "--name-th", "ซ้ำ", "--kind", "provincial", "--province", "ลำพูน"),
     "already exists"),
    (("agency", "add", "--code", "Q\x1b[2J", "--name-th", "กรมทดสอบ", "--ministry", "ก"), "agency code may use only"),
    (("agency", "add", "--code", "Q1", "--name-th", "กรมทดสอบ\tแท็บ", "--ministry", "ก"), "Thai name holds a character"),
    (("agency", "add", "--code", "Q1", "--name-th", "สำนักงาน", "--kind", "local", "--province", "Bangkok City"),
     "Unknown province"),
    (("agency", "add", "--code", "Q1", "--name-th", "กรมหนึ่ง"), "must name its ministry"),
    (("assessment", "new", "--agency", "CMI-PO", "--year", "2569", "--assessor", "สมชาย\nใจดี"), "not allowed"),
    (("backup", "restore", "kao-nothing"), "no backup named kao-nothing"),
]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for all the refusals: none of them may change it."""
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    with open_service(data_dir, actor="setup") as svc:
        agency = svc.save_agency(Agency("CMI-PO", Text("สำนักงานจังหวัดเชียงใหม่", ""), AgencyKind.PROVINCIAL,
                                        province="เชียงใหม่"))
        assert agency.id is not None
        svc.create_assessment(agency.id, 2568, ())
    return data_dir


@pytest.mark.parametrize(("args", "words"), BAD_INPUT, ids=[" ".join(a[:2]) for a, _ in BAD_INPUT])
def test_bad_input_is_one_line_and_exit_2(prepared: Path, args: tuple[str, ...], words: str) -> None:
    # In-process (the same parse and dispatch as main.py) to keep the suite fast; the tests above run processes.
    parsed = parse(["--lang", "en", "--data-dir", str(prepared), *args])
    assert isinstance(parsed, argparse.Namespace)
    out, err = io.StringIO(), io.StringIO()
    code = run_command(parsed, Context(lang="en", data_dir_override=str(prepared), out=out, err=err))
    assert code == 2 and err.getvalue().count("\n") == 1 and words in err.getvalue(), err.getvalue()
    thai = parse(["--lang", "th", "--data-dir", str(prepared), *args])
    assert isinstance(thai, argparse.Namespace)
    err_th = io.StringIO()
    assert run_command(thai, Context(lang="th", data_dir_override=str(prepared), out=io.StringIO(), err=err_th)) == 2
    assert err_th.getvalue().count("\n") == 1 and err_th.getvalue() != err.getvalue()


HOSTILE = "ok\x1b[2J\x1b]0;pwned\x07\rFAKE: all answered\x9b2J\u2028next\nline"
RAW = ("\x1b", "\x07", "\r", "\x9b", "\u2028")


def _printed(data_dir: Path, *args: str, lang: str = "en") -> str:
    """The command's output as the terminal gets it (in-process, so no newline translation hides a "\r")."""
    parsed = parse(["--lang", lang, "--data-dir", str(data_dir), *args])
    assert isinstance(parsed, argparse.Namespace)
    out = io.StringIO()
    assert run_command(parsed, Context(lang=lang, data_dir_override=str(data_dir), out=out, err=io.StringIO())) == 0
    return out.getvalue()


def test_notes_and_reasons_reach_the_terminal_escaped_and_whole(data_dir: Path) -> None:
    """A note can hold anything pasted into it (or a loaded answers file): printed raw, an escape
    sequence could clear the screen or a "\r" overprint the line. Long notes are not cut."""
    from core.checklist import default_checklist
    from core.model import Answer, AnswerValue

    long_note = "บันทึก " * 100 + "ท้ายสุด"
    with open_service(data_dir, actor="t") as svc:
        agency = svc.save_agency(Agency("CMI-PO", Text("สำนักงานจังหวัดเชียงใหม่", ""), AgencyKind.PROVINCIAL))
        assert agency.id is not None
        aid = svc.create_assessment(agency.id, 2568, ()).id
        svc.save_answers(aid, {"P01": Answer(AnswerValue.YES, note=HOSTILE),
                               "S04": Answer(AnswerValue.NA, reason=HOSTILE, note=long_note)})
    items = len(default_checklist().items)
    for lang in ("en", "th"):
        out = _printed(data_dir, "answers", str(aid), lang=lang)
        assert not any(c in out for c in RAW), out
        assert out.count("\n") == items  # one line per item, whatever a note holds
        p01 = next(line for line in out.splitlines() if line.startswith("P01 "))
        assert p01.endswith("ok\\x1b[2J\\x1b]0;pwned\\x07\\rFAKE: all answered\\x9b2J\\u2028next\\nline")
        s04 = next(line for line in out.splitlines() if line.startswith("S04 "))
        assert "(ok\\x1b[2J" in s04 and s04.endswith(long_note)
    history = _printed(data_dir, "assessment", "history", str(aid))
    assert not any(c in history for c in RAW) and "\\x1b]0;pwned" in history
    # JSON keeps the exact text, every control character as an escape.
    as_json = _printed(data_dir, "answers", str(aid), "--json")
    assert not any(c in as_json for c in RAW)
    assert json.loads(as_json)["answers"]["S04"] == {"value": "na", "reason": HOSTILE, "note": long_note}
    history_json = _printed(data_dir, "assessment", "history", str(aid), "--json")
    assert not any(c in history_json for c in RAW) and HOSTILE in {e["new"] for e in json.loads(history_json)}
