"""The hardened reader: each hostile file of issue 6 refused with its one-line reason."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from core.bundle.errors import BundleError
from core.bundle.keys import SigningKey
from core.bundle.limits import DEFAULT_LIMITS, Limits
from core.bundle.reader import read_submission
from core.bundle.writer import write_submission
from core.model import AnswerValue
from tests.bundle.factory import (
    edit_json_member,
    make_office,
    members_of,
    pack,
    replace_member,
    resign,
    write_example,
)
from tests.bundle.hostile import CASES

OFFICE = SigningKey.generate()
ATTACKER = SigningKey.generate()


@pytest.fixture
def valid(tmp_path: Path) -> Path:
    return write_example(tmp_path, OFFICE).path


def _refused(path: Path, fragment: str, limits: Limits = DEFAULT_LIMITS) -> BundleError:
    with pytest.raises(BundleError) as info:
        read_submission(path, limits)
    err = info.value
    assert fragment in err.message.en
    for text in (err.message.th, err.message.en):
        assert text and "\n" not in text and len(text) < 250
    return err


def test_the_valid_file_is_accepted(valid: Path):
    verified = read_submission(valid)
    assert verified.answers["S04"].value is AnswerValue.NA
    assert verified.manifest.agency.code == "1001"


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_refused_with_its_reason(case: str, valid: Path, tmp_path: Path):
    spec = CASES[case]
    hostile = spec.build(valid, tmp_path, ATTACKER)
    _refused(hostile, spec.reason, spec.limits)


@pytest.mark.parametrize("case", ["member not in manifest", "hash mismatch", "bad signature"])
def test_a_file_changed_after_signing_is_refused_in_words_a_clerk_can_act_on(case: str, valid: Path, tmp_path: Path):
    err = _refused(CASES[case].build(valid, tmp_path, ATTACKER), CASES[case].reason)
    # What happened and what to do first; the check that failed after it, for support.
    assert err.message.th.startswith(
        "ไฟล์เสียหายหรือถูกแก้ไขหลังลงนาม กรุณาขอให้หน่วยงานส่งออกไฟล์ใหม่แล้วส่งมาอีกครั้ง (สำหรับผู้ดูแลระบบ: ")
    assert err.message.en.startswith(
        "the file is damaged or was changed after it was signed; ask the agency to export it again (for support: ")


def test_a_file_resigned_by_its_maker_is_still_readable(valid: Path, tmp_path: Path):
    """Control for the hostile cases: re-signing alone (no other change) produces a valid file."""
    again = pack(tmp_path / "again.kao", resign(members_of(valid), ATTACKER))
    assert read_submission(again).manifest.signer.public_key == ATTACKER.public_b64


def test_unreadable_paths(tmp_path: Path):
    _refused(tmp_path / "missing.kao", "file not found")
    _refused(tmp_path, "is a folder")
    (tmp_path / "empty.kao").write_bytes(b"")
    _refused(tmp_path / "empty.kao", "damaged")
    (tmp_path / "text.kao").write_text("hello", "utf-8")
    _refused(tmp_path / "text.kao", "damaged")
    with pytest.raises(BundleError) as err:
        read_submission(tmp_path / "text.kao")
    # zipfile's English ("File is not a zip file") stays out of the Thai message
    assert err.value.message.th == ("ไฟล์เสียหายหรือไม่ได้สร้างด้วยก้าว กรุณาขอให้หน่วยงานส่งออกไฟล์ใหม่จากก้าวแล้วส่งมาอีกครั้ง"
                                    " (สำหรับผู้ดูแลระบบ: อ่านเป็นไฟล์ ZIP ไม่ได้)")
    assert "File is not a zip file" in err.value.message.en


def test_junk_before_or_after_the_zip(valid: Path, tmp_path: Path):
    data = valid.read_bytes()
    (tmp_path / "pre.kao").write_bytes(b"MZ" + bytes(100) + data)
    _refused(tmp_path / "pre.kao", "hidden or overlapping data")
    (tmp_path / "post.kao").write_bytes(data + b"trailing")
    _refused(tmp_path / "post.kao", "hidden or overlapping data")


def test_missing_members(valid: Path, tmp_path: Path):
    members = members_of(valid)
    _refused(pack(tmp_path / "nosig.kao", [m for m in members if m[0] != "manifest.sig"]), "missing")
    _refused(pack(tmp_path / "nomanifest.kao", [m for m in members if m[0] != "manifest.json"]), "missing")
    listed_but_gone = [m for m in members if not m[0].startswith("evidence/")]
    _refused(pack(tmp_path / "gone.kao", listed_but_gone), "member missing from the file: evidence/")


def test_case_insensitive_duplicate(valid: Path, tmp_path: Path):
    members = members_of(valid)
    _refused(pack(tmp_path / "case.kao", [*members, ("ANSWERS.json", b"{}")]), "duplicated member")


def test_unexpected_zip_features(valid: Path, tmp_path: Path):
    members = members_of(valid)
    with zipfile.ZipFile(tmp_path / "comment.kao", "w") as zf:
        for name, data in members:
            zf.writestr(name, data)  # zipfile's own defaults: today's date, other attributes
    _refused(tmp_path / "comment.kao", "header not in Kao's format")


def test_evidence_rules(valid: Path, tmp_path: Path):
    members = members_of(valid)

    def drop_refs(doc: dict) -> None:
        doc["items"]["P01"]["evidence"] = []

    # The photo also backs C02, so dropping P01's reference keeps it referenced: still valid.
    ok = pack(tmp_path / "ok.kao", resign(edit_json_member(members, "answers.json", drop_refs), ATTACKER))
    read_submission(ok)

    def drop_all(doc: dict) -> None:
        doc["items"]["C02"]["evidence"] = doc["items"]["C02"]["evidence"][1:]

    stray = pack(tmp_path / "stray.kao", resign(edit_json_member(members, "answers.json", drop_all), ATTACKER))
    _refused(stray, "belongs to no item")

    def wrong_size(doc: dict) -> None:
        doc["items"]["P01"]["evidence"][0]["size"] += 1

    sized = pack(tmp_path / "sized.kao", resign(edit_json_member(members, "answers.json", wrong_size), ATTACKER))
    _refused(sized, "missing from the file or its size differs")


def test_other_checklist_version(valid: Path, tmp_path: Path):
    def edit(m: dict) -> None:
        m["checklist"]["version"] = "2570.1"

    _refused(pack(tmp_path / "v.kao", resign(members_of(valid), ATTACKER, edit)), "names another checklist")

    def edit_both(doc: dict) -> None:
        doc["checklist"]["version"] = "2570.1"

    both = resign(edit_json_member(members_of(valid), "answers.json", edit_both), ATTACKER, edit)
    _refused(pack(tmp_path / "v2.kao", both), "does not support checklist kao-dg-maturity 2570.1")


def test_incomplete_assessment(tmp_path: Path):
    office = make_office(tmp_path)
    answers = dict(office.detail.answers)
    del answers["T08"]
    office.detail = replace(office.detail, answers=answers)
    path = write_submission(office.content(), OFFICE, tmp_path / "inc.kao").path
    _refused(path, "incomplete")


def test_manifest_size_mismatch_with_header(valid: Path, tmp_path: Path):
    members = members_of(valid)

    def lie(m: dict) -> None:
        m["members"]["audit.json"]["size"] += 5

    _refused(pack(tmp_path / "s.kao", resign(members, ATTACKER, lie)), "size of audit.json does not match")


def test_nan_in_json(valid: Path, tmp_path: Path):
    raw = dict(members_of(valid))["audit.json"].replace(b'"entries":[', b'"x":NaN,"entries":[')
    members = resign(replace_member(members_of(valid), "audit.json", raw), ATTACKER)
    _refused(pack(tmp_path / "nan.kao", members), "NaN is not allowed")


def test_limits_on_members_and_totals(valid: Path):
    _refused(valid, "too many members", Limits(max_members=3))
    _refused(valid, "too large in total", Limits(max_total_bytes=10_000))
    _refused(valid, "larger than allowed", Limits(max_archive_bytes=1000))
    _refused(valid, "answers.json is larger than allowed", Limits(max_json_bytes=1000))


def test_names_from_the_file_cannot_break_the_one_line_reason(valid: Path, tmp_path: Path):
    members = members_of(valid)
    _refused(pack(tmp_path / "nl.kao", [*members, ("evil\nname", b"x")]), "bad member name: evil\\nname")
    _refused(pack(tmp_path / "long.kao", [*members, ("a" * 5000, b"x")]), "bad member name")

    def edit(doc: dict) -> None:
        doc["items"]["Z\n9"] = doc["items"].pop("P01")

    refused = _refused(pack(tmp_path / "key.kao", resign(edit_json_member(members, "answers.json", edit), ATTACKER)),
                       "unknown item id Z\\n9")
    assert "\n" not in refused.message.en


def test_a_number_too_long_for_python_is_a_clean_refusal(valid: Path, tmp_path: Path):
    # json.loads raises a bare ValueError past 4,300 digits; unsigned junk must not crash the import.
    raw = dict(members_of(valid))["manifest.json"][:-1] + b',"x":' + b"1" * 5000 + b"}"
    _refused(pack(tmp_path / "big.kao", replace_member(members_of(valid), "manifest.json", raw)), "number is too long")


def test_a_time_with_no_utc_form_is_refused(valid: Path, tmp_path: Path):
    def edit(m: dict) -> None:
        m["created_at"] = "0001-01-01T00:00:00+01:00"  # a valid offset time before year 1 in UTC

    _refused(pack(tmp_path / "t.kao", resign(members_of(valid), ATTACKER, edit)), "the time is out of range")


def test_evidence_cited_twice_by_one_item_is_refused(valid: Path, tmp_path: Path):
    def twice(doc: dict) -> None:
        doc["items"]["P01"]["evidence"] *= 2

    dup = pack(tmp_path / "dup.kao", resign(edit_json_member(members_of(valid), "answers.json", twice), ATTACKER))
    _refused(dup, "item P01 cites the same evidence twice")


def test_evidence_must_be_named_by_its_content_hash(valid: Path, tmp_path: Path):
    members = members_of(valid)
    name = next(n for n, _ in members if n.startswith("evidence/"))
    other = b"not the photo the answers cite"

    def same_size(doc: dict) -> None:  # keep the sizes consistent so only the name can give it away
        for item in doc["items"].values():
            for ev in item["evidence"]:
                if ev["sha256"] == name.removeprefix("evidence/"):
                    ev["size"] = len(other)

    swapped = edit_json_member(replace_member(members, name, other), "answers.json", same_size)
    _refused(pack(tmp_path / "swap.kao", resign(swapped, ATTACKER)), "does not match its name")
