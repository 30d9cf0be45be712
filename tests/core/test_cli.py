"""The command line as a user runs it: real processes, real exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def kao(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=60, env=None if env is None else {**os.environ, **env})


def test_score_example_a_json():
    result = kao("score", str(DATA / "example_a.json"), "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["overall"] == pytest.approx(45.7854, abs=1e-4)
    assert out["level"] == 2 and out["complete"] is True
    assert set(out["dimensions"]) == {"D1", "D2", "D3", "D4", "D5", "D6"}
    assert out["dimensions"]["D3"]["score"] == pytest.approx(500 / 11)
    assert out["level_ratios"]["1"] == pytest.approx(0.9375) and out["level_ratios"]["2"] == pytest.approx(15.5 / 19)
    assert len(out["next_level_path"]) == 14
    national = next(b for b in out["benchmarks"] if b["id"] == "TH-2560")
    assert national["overall"]["display"] == "-12.0" and national["dimensions"]["D4"]["display"] == "-4.9"


def test_score_example_c_json():
    out = json.loads(kao("score", str(DATA / "example_c.json"), "--json").stdout)
    assert out["overall"] == pytest.approx(94.4962, abs=1e-4)
    assert out["level"] == 4 and out["next_level_path"] == []
    assert out["level_ratios"]["4"] == 0.75


def test_score_readable_in_both_languages():
    thai = kao("score", str(DATA / "example_a.json"))
    assert thai.returncode == 0
    assert "คะแนนรวม 45.8" in thai.stdout and "ระดับ 2 รัฐบาลอิเล็กทรอนิกส์ระดับเริ่มต้น" in thai.stdout
    english = kao("--lang", "en", "score", str(DATA / "example_a.json"))
    assert "Overall score 45.8" in english.stdout and "Level 2 Early E-Government" in english.stdout


def test_checklist_json_has_the_promised_shape():
    out = json.loads(kao("checklist", "--json").stdout)
    assert {"id", "version", "threshold", "dimensions", "levels", "items"} <= set(out)
    assert out["threshold"] == 0.75
    assert out["dimensions"][2] == {"id": "D3", "weight": 30,
                                    "name": {"th": "บริการภาครัฐที่สะดวกเข้าถึงง่าย", "en": "Public Services"}}
    assert out["levels"][0]["name"]["en"] == "Traditional Government"
    item = next(i for i in out["items"] if i["id"] == "S04")
    assert item["dimension"] == "D3" and item["level"] == 2 and item["na_allowed"] is True
    assert set(item["text"]) == {"th", "en"} and set(item["evidence"]) == {"th", "en"}
    assert len(out["items"]) == 60


def test_checklist_readable_in_english():
    result = kao("checklist", "--lang", "en")
    assert result.returncode == 0
    assert "D3 Public Services (30%)" in result.stdout and "S04 L2 [N/A allowed]" in result.stdout


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (None, "file not found"),
        ("{oops", "not valid JSON"),
        ('{"answers": {"Q42": "yes"}}', "unknown item id Q42"),
        ('{"answers": {"P01": "sure"}}', "P01: bad value"),
        ('{"answers": {"P01": {"value": "na", "reason": "x"}}}', "P01 does not allow N/A"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),  # a RecursionError, not an internal error
        ('{"answers": {"P01": ' + "9" * 5000 + "}}", "a number far too long"),  # int() refuses over 4300 digits
    ],
)
def test_bad_input_exits_2_with_one_line(tmp_path, content, fragment):
    path = tmp_path / "answers.json"
    if content is not None:
        path.write_text(content, "utf-8")
    result = kao("--lang", "en", "score", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_bad_input_message_is_thai_by_default(tmp_path):
    path = tmp_path / "a.json"
    path.write_text('{"answers": {"Q42": "yes"}}', "utf-8")
    result = kao("score", str(path))
    assert result.returncode == 2 and result.stderr.strip() == "kao: ไม่มีข้อ Q42 ในแบบประเมิน"


def test_a_draft_na_without_its_reason_is_scored_as_open_and_named(tmp_path):
    path = tmp_path / "draft.json"
    path.write_text('{"answers": {"T07": "na", "P01": "yes"}}', "utf-8")
    result = kao("--lang", "en", "score", str(path))
    assert result.returncode == 0, result.stderr
    assert "incomplete: 59 item(s) open" in result.stdout
    assert "N/A still without a reason (counted as No): T07" in result.stdout
    thai = kao("score", str(path))
    assert "ตอบ 'ไม่เกี่ยวข้อง' โดยยังไม่ระบุเหตุผล (นับเป็น 'ไม่ใช่'): T07" in thai.stdout


def test_unknown_command_and_missing_argument_exit_2():
    for args in (["frobnicate"], ["score"]):
        result = kao(*args)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("args", "thai"), [
    (["export"], "ต้องระบุ ID, --out"),
    (["assessment", "new", "--agency", "C1", "--year", "ปี68"], "--year: 'ปี68' ไม่ใช่จำนวนเต็ม"),
    (["assessment", "new", "--agency", "C1", "--year"], "--year ต้องตามด้วยค่าหนึ่งค่า"),
    (["agency", "add", "--code", "C1", "--name-th", "กรม", "--kind", "กรม"], "--kind ไม่มีตัวเลือก 'กรม'"),
    (["checklist", "--extra"], "ไม่รู้จัก --extra"),
    (["import", "a.kao", "--accept-new-key", "ABCD"], "--accept-new-key ต้องอยู่ในรูป รหัสหน่วยงาน=รหัสกุญแจ"),
])
def test_a_usage_error_is_worded_in_thai_when_thai_is_chosen(args, thai):
    result = kao(*args)
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("kao: ใช้คำสั่งไม่ถูกต้อง: ") and thai in line and "argument" not in line


def test_a_usage_error_follows_the_language_chosen_in_the_environment():
    result = kao("export", env={"KAO_LANG": "en"})
    assert result.returncode == 2
    assert result.stderr.strip() == "kao: usage error: the following arguments are required: ID, --out (kao --help)"
    assert "ต้องระบุ ID, --out" in kao("export", "--lang", "en", "--lang", "th", env={"KAO_LANG": "en"}).stderr


def test_a_language_kao_lang_does_not_offer_is_refused_in_one_line_in_both_languages():
    # KAO_LANG=fr used to give English output without a word; --lang refuses it, and so does this.
    result = kao("checklist", env={"KAO_LANG": "fr"})
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        "kao: KAO_LANG ต้องเป็น th หรือ en ไม่ใช่ 'fr' / KAO_LANG must be th or en, not 'fr'"]
    assert kao("checklist", "--lang", "en", env={"KAO_LANG": "fr"}).returncode == 0  # chosen on the line: fine


def test_data_dir_option_and_env_are_accepted(tmp_path):
    result = kao("--data-dir", str(tmp_path / "d"), "score", str(DATA / "example_c.json"), "--json")
    assert result.returncode == 0
    result = kao("score", str(DATA / "example_c.json"), "--data-dir", str(tmp_path / "e"))
    assert result.returncode == 0


def test_opening_the_app_does_not_load_the_commands():
    """Start-up: with no command, only the program's own options are parsed."""
    code = ("import sys; from core.cli import parse; a = parse(['--lang', 'en', '--data-dir', 'x']); "
            "print(a.command, a.lang, a.data_dir, 'core.cli.bundle_cmd' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.split() == ["None", "en", "x", "False"]


def test_help_still_lists_every_command():
    result = kao("--help")
    assert result.returncode == 0
    assert all(name in result.stdout for name in ("score", "export", "import", "report", "backup", "assessment"))


def test_a_device_is_refused_as_not_a_file_instead_of_being_read_forever():
    for command in (["score", "/dev/zero"], ["verify", "/dev/zero"]):
        result = kao("--lang", "en", *command)
        assert result.returncode == 2, command
        assert "not a regular file" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [
    ["answers", "99999999999999999999"],
    ["assessment", "history", "99999999999999999999"],
    ["report", "²", "--out", "x.pdf"],
])
def test_numbers_sqlite_cannot_hold_are_bad_input_not_an_internal_error(tmp_path, command):
    result = kao("--lang", "en", "--data-dir", str(tmp_path / "data"), *command, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "internal error" not in result.stderr


def test_an_agency_code_a_submission_file_cannot_carry_is_refused(tmp_path):
    result = kao("--lang", "en", "--data-dir", str(tmp_path / "data"), "agency", "add", "--code", "X" * 65,
                 "--name-th", "สำนักงานทดสอบ")
    assert result.returncode == 2 and "agency code may use only" in result.stderr


def test_an_unexpected_error_without_a_log_file_prints_no_traceback(tmp_path):
    """Without a log file (a read-only profile, a data folder that is a file), Python's fallback
    handler would print a logged exception's traceback to the user's console."""
    not_a_folder = tmp_path / "afile"
    not_a_folder.write_text("x", "utf-8")
    script = (
        "import logging, pathlib; from core.logs import setup_logging\n"
        f"assert setup_logging(pathlib.Path({str(not_a_folder)!r}) / 'logs') is None\n"
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    logging.getLogger('kao').exception('unexpected')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_a_submission_file_given_for_an_answers_file_is_named_a_zip_file(tmp_path):
    kao_file = tmp_path / "sent.kao"
    with zipfile.ZipFile(kao_file, "w") as zf:
        zf.writestr("answers.json", '{"answers": {}}')
    for command in (["score", str(kao_file)], ["--data-dir", str(tmp_path / "d"), "load-answers", "1", str(kao_file)]):
        result = kao("--lang", "en", *command)
        assert result.returncode == 2
        told = result.stderr.strip()
        assert told == f"kao: {kao_file} is a ZIP file (a .kao, .kaor or .xlsx, say), not an answers JSON file"


def test_a_report_from_a_receipt_is_refused_as_a_receipt(tmp_path):
    receipt = tmp_path / "back.kaor"
    with zipfile.ZipFile(receipt, "w") as zf:
        zf.writestr("receipt.json", "{}")
    result = kao("--lang", "en", "report", str(receipt), "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 2 and not (tmp_path / "r.pdf").exists()
    assert result.stderr.strip() == f"kao: {receipt} is a receipt, with no results to print; give the submission " \
                                    "file (.kao) or the assessment's id"
