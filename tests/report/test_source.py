"""The report source: verification code and the checks on what the user typed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from core.answers import load_answers_file
from core.checklist import default_checklist
from core.errors import KaoError
from core.model import Answer, AnswerValue
from core.report.source import answers_verification, source_from_answers_file
from tests.report.samples import DATA

CHECKLIST = default_checklist()


def test_verification_is_the_sha256_of_the_canonical_answers() -> None:
    answers = load_answers_file(DATA / "example_a.json", CHECKLIST)
    raw = json.loads((DATA / "example_a.json").read_text(encoding="utf-8"))
    canonical = {"checklist": {"id": CHECKLIST.id, "version": CHECKLIST.version}, "answers": raw["answers"]}
    digest = hashlib.sha256(
        json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    ).hexdigest()
    verification = answers_verification(answers, CHECKLIST)
    assert verification.qr_payload.endswith(digest)
    # 12 characters of Crockford base32 in groups of four, no I, L, O or U
    groups = verification.code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4]
    assert not set(verification.code) & set("ILOU")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    bits = "".join(f"{alphabet.index(c):05b}" for c in verification.code.replace("-", ""))
    assert bits == f"{int(digest, 16):0256b}"[:60]


def test_any_change_to_the_answers_changes_the_code() -> None:
    answers = load_answers_file(DATA / "example_a.json", CHECKLIST)
    base = answers_verification(answers, CHECKLIST).code
    changed = dict(answers, P06=Answer(AnswerValue.PARTIAL))
    noted = dict(answers, P06=Answer(AnswerValue.NO, "", "หมายเหตุใหม่"))
    assert answers_verification(changed, CHECKLIST).code != base
    assert answers_verification(noted, CHECKLIST).code != base
    assert answers_verification(dict(answers), CHECKLIST).code == base


@pytest.mark.parametrize("year", [2025, 1, 3000])
def test_fiscal_year_must_be_buddhist_era(year: int) -> None:
    with pytest.raises(KaoError) as err:
        source_from_answers_file(DATA / "example_a.json", "กรมทดสอบ", year)
    assert "2568" in err.value.text("th")


def test_agency_name_is_required(tmp_path: Path) -> None:
    with pytest.raises(KaoError):
        source_from_answers_file(DATA / "example_a.json", "   ", 2568)


def test_an_answers_file_is_always_a_draft() -> None:
    source = source_from_answers_file(DATA / "example_c.json", "กรมทดสอบ", 2568)
    assert source.finalized is False and source.card.level == 4
