"""The submission commands as a user runs them: real processes, exit codes, one line per rejected file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.bundle.keys import SigningKey
from tests.bundle.factory import members_of, pack, replace_member, resign
from tests.bundle.offices import office_folder, open_office

ROOT = Path(__file__).resolve().parents[2]


def kao(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_office_to_central_and_back(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    central = tmp_path / "central"
    out = tmp_path / "usb" / "cmi.kao"

    exported = kao("--data-dir", office, "export", aid, "--out", out)
    assert exported.returncode == 0, exported.stderr
    assert "Submission size (before compression):" in exported.stdout
    code = next(line.split(": ")[1] for line in exported.stdout.splitlines() if line.startswith("verification code"))

    verified = kao("verify", out)
    assert verified.returncode == 0, verified.stderr
    assert f"verification code: {code}" in verified.stdout
    assert "agency: CMI-PO" in verified.stdout and "fiscal year: 2569" in verified.stdout
    assert "overall score: 45.8" in verified.stdout and "level: 2 Early E-Government" in verified.stdout
    as_json = json.loads(kao("verify", out, "--json").stdout)
    assert as_json["code"] == code and as_json["overall"] == "45.8" and as_json["level"] == 2

    imported = kao("--data-dir", central, "import", out)
    assert imported.returncode == 0, imported.stderr
    assert f"imported {code} agency CMI-PO year 2569" in imported.stdout
    fingerprint = kao("--data-dir", office, "key", "show").stdout.strip()
    assert f"key of agency CMI-PO recorded: {fingerprint}" in imported.stdout
    [pinned] = json.loads(kao("--data-dir", central, "key", "offices", "--json").stdout)
    assert (pinned["agency_code"], pinned["fingerprint"], pinned["how"]) == ("CMI-PO", fingerprint, "first-file")

    listed = json.loads(kao("--data-dir", central, "submissions", "list", "--json").stdout)
    assert [(s["code"], s["overall"], s["level"]) for s in listed] == [(code, "45.8", 2)]
    shown = kao("--data-dir", central, "submissions", "show", code.lower().replace("-", " "))
    assert shown.returncode == 0 and "Overall score 45.8" in shown.stdout

    receipts = tmp_path / "receipts"
    made = kao("--data-dir", central, "receipt", "make", code, "--out", receipts)
    assert made.returncode == 0, made.stderr
    [receipt] = receipts.iterdir()
    published = kao("--data-dir", central, "key", "show").stdout.strip()
    # The key to publish, said where the receipt is made, as the app does.
    assert made.stdout.splitlines() == [str(receipt), f"signed with the central office's key: {published}"
                                        " (publish it to the offices, or read it out when they call)"]
    unconfirmed = kao("--data-dir", office, "receipt", "import", receipt)
    assert unconfirmed.returncode == 2 and "not yet confirmed as the central office's" in unconfirmed.stderr
    assert "(import again with --accept-new-key and the key the central office published)" in unconfirmed.stderr
    assert published not in unconfirmed.stderr  # typed from what was published, not copied off the screen
    taken = kao("--data-dir", office, "receipt", "import", receipt, "--accept-new-key", published.lower())
    assert taken.returncode == 0, taken.stderr
    assert f"central office key {published} confirmed and recorded" in taken.stdout
    assert f"assessment {aid} accepted (code {code})" in taken.stdout
    status = json.loads(kao("--data-dir", office, "assessments", "--json").stdout)
    assert status[0]["status"] == "accepted"


def test_verify_refuses_with_one_line_and_exit_2(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    out = tmp_path / "cmi.kao"
    assert kao("--data-dir", office, "export", aid, "--out", out).returncode == 0
    members = members_of(out)
    tampered = dict(members)["answers.json"].replace(b'"level":2', b'"level":3')
    pack(tmp_path / "bad.kao", replace_member(members, "answers.json", tampered))
    result = kao("verify", tmp_path / "bad.kao")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "hash mismatch for answers.json" in result.stderr


def _flip_a_byte_of_answers(kao_file: Path, out: Path) -> Path:
    """As a byte changed on a USB stick: inside answers.json's compressed data, its headers left alone."""
    raw = bytearray(kao_file.read_bytes())
    raw[30 + len("answers.json") + 20] ^= 0x10  # local header, name, then 20 bytes into the data
    out.write_bytes(raw)
    return out


def test_verify_says_in_plain_words_that_a_damaged_file_is_damaged(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    out = tmp_path / "cmi.kao"
    assert kao("--data-dir", office, "export", aid, "--out", out).returncode == 0
    damaged = _flip_a_byte_of_answers(out, tmp_path / "damaged.kao")
    result = kao("verify", damaged)
    assert result.returncode == 2 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kao: {damaged}: the file is damaged or was not made by Kao; ask the agency to export it")
    assert "(for support: member answers.json" in line


def test_import_many_one_line_per_rejected_file(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    good = tmp_path / "good.kao"
    assert kao("--data-dir", office, "export", aid, "--out", good).returncode == 0
    (tmp_path / "junk.kao").write_bytes(b"not a zip")
    members = members_of(good)
    forged = replace_member(members, "manifest.sig", SigningKey.generate().sign(dict(members)["manifest.json"]))
    pack(tmp_path / "forged.kao", forged)
    result = kao("--data-dir", tmp_path / "central", "import", tmp_path / "junk.kao", good,
                 tmp_path / "forged.kao")
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "junk.kao: the file is damaged or was not made by Kao" in errors[0]
    assert "forged.kao: the file is damaged or was changed after it was signed" in errors[1]
    assert errors[1].endswith("(for support: bad signature)")
    assert "done: 1 accepted, 2 rejected" in result.stdout


def test_summary_files(tmp_path: Path):
    central = tmp_path / "central"
    for code, province in (("A1", "เชียงใหม่"), ("A2", "=cmd|' /C calc'!A0")):
        office, aid = office_folder(tmp_path, code=code, province=province)
        assert kao("--data-dir", office, "export", aid, "--out", tmp_path / f"{code}.kao").returncode == 0
    assert kao("--data-dir", central, "import", tmp_path / "A1.kao", tmp_path / "A2.kao").returncode == 0
    csv_result = kao("--data-dir", central, "summary", "--out", tmp_path / "s.csv")
    assert csv_result.returncode == 0 and "2 agencies" in csv_result.stdout
    raw = (tmp_path / "s.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "'=cmd|' /C calc'!A0" in raw.decode("utf-8-sig")
    xlsx = kao("--data-dir", central, "summary", "--out", tmp_path / "s.xlsx")
    assert xlsx.returncode == 0 and (tmp_path / "s.xlsx").stat().st_size > 0
    wrong = kao("--data-dir", central, "summary", "--out", tmp_path / "s.pdf")
    assert wrong.returncode == 2 and "must end in .xlsx or .csv" in wrong.stderr


def test_a_new_key_is_accepted_only_as_typed(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    first = tmp_path / "first.kao"
    assert kao("--data-dir", office, "export", aid, "--out", first).returncode == 0
    central = tmp_path / "central"
    assert kao("--data-dir", central, "import", first).returncode == 0
    new_key = SigningKey.generate()

    def edit(m: dict) -> None:
        m["created_at"], m["bundle_id"] = "2030-01-01T00:00:00Z", "0" * 8 + m["bundle_id"][8:]

    moved = pack(tmp_path / "moved.kao", resign(members_of(first), new_key, edit))
    refused = kao("--data-dir", central, "import", moved)
    assert refused.returncode == 2 and "--accept-new-key CMI-PO=KEY, the key the office reads out" in refused.stderr
    assert new_key.fingerprint not in refused.stderr  # typed as the office reads it out, not copied from here
    stranger = SigningKey.generate().fingerprint
    wrong = kao("--data-dir", central, "import", moved, "--accept-new-key", f"CMI-PO={stranger}")
    assert wrong.returncode == 2
    other_agency = kao("--data-dir", central, "import", moved, "--accept-new-key", f"BKK-PO={new_key.fingerprint}")
    assert other_agency.returncode == 2  # confirmed for another agency: not for this one
    no_agency = kao("--data-dir", central, "import", moved, "--accept-new-key", new_key.fingerprint)
    assert no_agency.returncode == 2 and "AGENCY=KEY" in no_agency.stderr and len(no_agency.stderr.splitlines()) == 1
    typed = kao("--data-dir", central, "import", moved, "--accept-new-key", f"CMI-PO={new_key.fingerprint.lower()}")
    assert typed.returncode == 0, typed.stderr


def test_export_to_a_file_name_that_is_not_utf8_shows_its_code(tmp_path: Path):
    """Echoing such a name on a strict UTF-8 console failed the command after the file was written."""
    import os

    office, aid = office_folder(tmp_path)
    out = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.kao")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--data-dir", str(office),
                           "export", str(aid), "--out", out], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env=env, errors="replace")
    assert done.returncode == 0, done.stderr
    # The odd byte as what it is (0xE9), not as the code Python stands it in with (U+DCE9).
    assert "verification code: " in done.stdout and "/caf\\xe9.kao (" in done.stdout
    assert "udce9" not in done.stdout


@pytest.mark.parametrize("command", [["verify"], ["import"], ["receipt", "import"]])
def test_a_pipe_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path: Path, command: list[str]):
    """Opening a FIFO waits for a writer; a bounded wait here turns such a hang into a failure."""
    import os

    fifo = tmp_path / "fifo.kao"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "--data-dir", str(tmp_path / "d"),
                           *command, str(fifo)], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 2
    assert f"{fifo} is not a regular file" in done.stderr and done.stderr.count("\n") == 1


HOSTILE = "ok\x1b[2J\x1b]0;pwned\x07\rFAKE: signature valid\x9b2J"
RAW = ("\x1b", "\x07", "\r", "\x9b")


def test_text_a_file_brings_reaches_the_terminal_escaped(tmp_path: Path):
    """Agency name, code and province, and the file's own name, as verify, import and the lists print them."""
    office, aid = office_folder(tmp_path)
    sent = tmp_path / "sent.kao"
    assert kao("--data-dir", office, "export", aid, "--out", sent).returncode == 0

    def edit(m: dict) -> None:
        m["agency"].update(code="X\x1b[2J", province=HOSTILE, name={"th": HOSTILE, "en": HOSTILE})

    hostile = pack(tmp_path / "a\x1b]0;t\x07.kao", resign(members_of(sent), SigningKey.generate(), edit))
    junk = tmp_path / "j\x1b[2J.kao"
    junk.write_bytes(b"junk")
    central = tmp_path / "central"

    def run(*args: str | Path) -> str:
        # Bytes, not text: text mode would turn a raw "\r" into a newline before it could be seen.
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", *map(str, args)],
                              capture_output=True, cwd=ROOT, timeout=120)
        return (done.stdout + done.stderr).decode("utf-8")

    verified = run("verify", hostile)
    assert "agency: X\\x1b[2J ok\\x1b[2J\\x1b]0;pwned\\x07\\rFAKE: signature valid\\x9b2J" in verified
    code = verified.split("verification code: ")[1].split()[0]
    outputs = [
        verified, run("verify", junk), run("--data-dir", central, "import", hostile, junk),
        run("--data-dir", central, "import", hostile), run("--data-dir", central, "submissions", "list"),
        run("--data-dir", central, "submissions", "show", code), run("--data-dir", central, "key", "offices"),
        run("--data-dir", office, "receipt", "import", junk),
    ]
    for out in outputs:
        assert "\\x1b" in out and not any(c in out for c in RAW), out
    # JSON keeps the exact text, every control character as an escape (json itself leaves C1 raw).
    as_json = run("verify", hostile, "--json")
    assert not any(c in as_json for c in RAW) and json.loads(as_json)["agency"]["name"]["en"] == HOSTILE
    listed = run("--data-dir", central, "submissions", "list", "--json")
    assert not any(c in listed for c in RAW) and json.loads(listed)[0]["province"] == HOSTILE


def test_summary_over_all_years_counts_submissions_and_agencies_apart(tmp_path: Path):
    central = tmp_path / "central"
    office, aid = office_folder(tmp_path, code="A1")
    other, other_aid = office_folder(tmp_path, code="A2")
    with open_office(office) as svc:  # the same agency's result for the year before
        earlier = svc.copy_from_previous(aid, 2568)
        svc.finalize(earlier.id)
    files = []
    for folder, assessment in ((office, aid), (office, earlier.id), (other, other_aid)):
        out = tmp_path / f"{len(files)}.kao"
        assert kao("--data-dir", folder, "export", assessment, "--out", out).returncode == 0
        files.append(out)
    assert kao("--data-dir", central, "import", *files).returncode == 0
    every_year = kao("--data-dir", central, "summary", "--out", tmp_path / "all.csv")
    assert every_year.returncode == 0
    assert "all years: 3 submissions from 2 agencies" in every_year.stdout
    one_year = kao("--data-dir", central, "summary", "--out", tmp_path / "2569.csv", "--year", "2569")
    assert one_year.returncode == 0 and "fiscal year 2569: 2 agencies" in one_year.stdout


def test_export_to_a_name_not_ending_in_kao_is_refused_and_changes_nothing(tmp_path: Path):
    office, aid = office_folder(tmp_path)
    out = tmp_path / "cmi.txt"
    refused = kao("--data-dir", office, "export", aid, "--out", out)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [f"kao: the submission file {out} must end in .kao"]
    assert not out.exists()
    shown = json.loads(kao("--data-dir", office, "assessment", "show", aid, "--json").stdout)
    assert shown["status"] == "finalized"  # not marked as sent


def _received_by_a_central_office(tmp_path: Path) -> Path:
    """An office's file exported and imported at a central office; returns that office's data folder."""
    office, aid = office_folder(tmp_path)
    central = tmp_path / "central"
    out = tmp_path / "cmi.kao"
    assert kao("--data-dir", office, "export", aid, "--out", out).returncode == 0
    assert kao("--data-dir", central, "import", out).returncode == 0
    return central


def test_a_receipt_folder_that_is_a_file_is_named_as_the_problem(tmp_path: Path):
    central = _received_by_a_central_office(tmp_path)
    not_a_folder = tmp_path / "receipts.txt"
    not_a_folder.write_text("notes", "utf-8")
    made = kao("--data-dir", central, "receipt", "make", "--all", "--out", not_a_folder)
    assert made.returncode == 2
    [line] = made.stderr.splitlines()
    assert line.endswith(f": {not_a_folder} is a file, not a folder") and "File exists" not in line
    assert not_a_folder.read_text("utf-8") == "notes"


def test_verify_or_import_of_a_receipt_says_it_is_a_receipt_not_a_damaged_file(tmp_path: Path):
    central = _received_by_a_central_office(tmp_path)
    assert kao("--data-dir", central, "receipt", "make", "--all", "--out", tmp_path / "receipts").returncode == 0
    [receipt] = (tmp_path / "receipts").iterdir()
    for command in (["verify", receipt], ["--data-dir", central, "import", receipt]):
        result = kao(*command)
        assert result.returncode == 2
        [line] = result.stderr.splitlines()
        assert line == f"kao: {receipt}: this is a receipt (.kaor) the central office sends back to an office, " \
                       "not a submission file"
