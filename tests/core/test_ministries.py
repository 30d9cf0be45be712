"""One ministry, one group, however an office typed its name."""

from __future__ import annotations

from core.ministries import MINISTRIES, ministry_key, ministry_label, ministry_name


def test_spellings_of_one_ministry_share_a_key():
    spellings = ["มหาดไทย", "กระทรวงมหาดไทย", "กระทรวง มหาดไทย ", "  กระทรวง   มหาดไทย", "กระทรวงมหา ดไทย"]
    assert {ministry_key(s) for s in spellings} == {"มหาดไทย"}
    assert ministry_key("Ministry of  Testing") == ministry_key("testing") == "testing"
    assert ministry_key("การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม") == ministry_key(
        "กระทรวงการอุดมศึกษาวิทยาศาสตร์วิจัยและนวัตกรรม")


def test_other_ministries_and_none_given_stay_apart():
    assert ministry_key("มหาดไทย") != ministry_key("การคลัง")
    assert ministry_key("") == ministry_key("   ") == ""
    assert ministry_key("กระทรวง") == "กระทรวง"  # the word alone is not "not given"


def test_a_group_is_shown_by_the_official_name_else_by_its_most_common_spelling():
    assert ministry_label(["มหาดไทย", "มหาดไทย", "กระทรวง  มหาดไทย "]) == "กระทรวงมหาดไทย"
    assert ministry_label(["สำนักนายกรัฐมนตรี"]) == "สำนักนายกรัฐมนตรี"  # no "กระทรวง" added
    assert ministry_label(["ทดสอบ", "กระทรวง  ทดสอบ", "กระทรวง ทดสอบ"]) == "กระทรวง ทดสอบ"
    assert ministry_label(["ทดสอบ", "กระทรวงทดสอบ"]) == "กระทรวงทดสอบ"  # a tie: the one with "กระทรวง"
    assert ministry_label(["", "  "]) == ""


def test_the_official_names_are_distinct_groups():
    assert len({ministry_key(m) for m in MINISTRIES}) == len(MINISTRIES) == 20


def test_an_official_ministry_typed_in_english_joins_its_thai_group_and_shows_in_either_language():
    # An office that filled its profile in English is counted with the ones that wrote Thai, and
    # the English screen and files name every official ministry in English.
    assert ministry_key("Ministry of Interior") == ministry_key("ministry of  interior") == ministry_key("มหาดไทย")
    assert ministry_key("Office of the Prime Minister") == ministry_key("สำนักนายกรัฐมนตรี")
    label = ministry_label(["Ministry of Interior", "มหาดไทย"])
    assert label == "กระทรวงมหาดไทย"
    assert ministry_name(label, "en") == "Ministry of Interior" and ministry_name(label, "th") == label
    assert ministry_name("กระทรวงทดสอบ", "en") == "กระทรวงทดสอบ"  # not an official one: as written
    assert ministry_key("Interior Ministry") != ministry_key("มหาดไทย")  # only the official English name
