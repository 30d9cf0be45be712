"""Display rounding, Buddhist-era dates and Thai word breaks."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icu4py.messageformat import MessageFormat

from core.linebreak import ZWSP, hold_brackets, line_segments, with_break_hints
from core.numbers import fmt_number, fmt_signed, round_half_away
from core.thai import format_date, format_datetime, thai_digits


@pytest.mark.parametrize(
    ("value", "shown"),
    [(Fraction(9375, 100), "93.8"), (Fraction(18131, 396), "45.8"), (Fraction(-5, 100), "-0.1"),
     (Fraction(5, 11) * 100, "45.5"), (Fraction(0), "0.0"), (Decimal("44.45"), "44.5"), (Fraction(1, 30), "0.0")],
)
def test_round_half_away_from_zero(value, shown):
    assert fmt_number(value) == shown


# Scores, ratios and deltas are within ±100; far beyond that Decimal's 28-digit context rounds anyway.
@given(st.fractions(min_value=-10**6, max_value=10**6), st.integers(min_value=0, max_value=4))
def test_rounding_agrees_with_decimal_half_up(value, places):
    # Decimal's ROUND_HALF_UP is half away from zero; exact division at high precision is the oracle.
    with localcontext() as ctx:
        ctx.prec = 200
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        expected = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    assert round_half_away(value, places) == expected


def test_signed_deltas():
    assert fmt_signed(Fraction(18131, 396) - Fraction(578, 10)) == "-12.0"
    assert fmt_signed(Fraction(400, 9) - Fraction(414, 10)) == "+3.0"
    assert fmt_signed(Fraction(1, 100)) == "0.0"
    assert round_half_away(Fraction(-125, 100), 1) == Decimal("-1.3")


def test_buddhist_era_dates_match_icu():
    d = date(2025, 8, 15)
    assert format_date(d, "th") == "15 สิงหาคม พ.ศ. 2568"
    assert format_date(d, "th", abbreviated=True) == "15 ส.ค. 2568"
    assert format_date(d, "th", digits=True) == "๑๕ สิงหาคม พ.ศ. ๒๕๖๘"
    assert format_date(d, "en") == "15 August 2025"
    # ICU's own Buddhist calendar as an independent oracle.
    icu = MessageFormat("{d, date, long}", "th_TH").format({"d": d})
    assert icu == "15 สิงหาคม 2568"
    assert thai_digits("2569") == "๒๕๖๙"


def test_times_are_shown_in_local_time(bangkok_time):
    # Stored in UTC: 23:30 on 22 November is 06:30 on the 23rd in Thailand.
    assert format_datetime(datetime(2026, 11, 22, 23, 30, tzinfo=UTC), "th") == "23 พ.ย. 2569 06:30"
    assert format_datetime(datetime(2026, 11, 22, 23, 30, tzinfo=UTC), "en") == "23 Nov 2026 06:30"


def test_line_segments_keep_words_whole_and_rejoin():
    text = "หน่วยงานมีแผนปฏิบัติการด้านดิจิทัล นายสมชาย ใจดี"
    pieces = line_segments(text)
    assert "".join(pieces) == text
    assert "หน่วยงาน" in pieces and "ดิจิทัล " in pieces
    for piece in pieces:  # no piece starts with a combining mark or following vowel
        assert not ("\u0e31" <= piece[0] <= "\u0e3a" or "\u0e47" <= piece[0] <= "\u0e4e")


def _kept_whole(text: str, whole: str) -> tuple[str, ...]:
    """The pieces of ``text``, checked: ICU alone breaks inside ``whole``, Kao does not."""
    from icu4py.breakers import LineBreaker

    def inside(pieces: tuple[str, ...]) -> bool:
        at, ends = text.index(whole), set(itertools.accumulate(len(p) for p in pieces))
        return any(at < end < at + len(whole) for end in ends)

    assert inside(tuple(LineBreaker(text, "th")))  # what ICU alone does
    pieces = line_segments(text)
    assert "".join(pieces) == text and not inside(pieces)
    return pieces


@pytest.mark.parametrize(("text", "whole"), [
    ("หน่วยงานมีนโยบายด้านดิจิทัล", "นโยบาย"),  # ICU: มีน|โย|บาย
    ("และมีโปรแกรมป้องกันมัลแวร์", "ป้องกัน"),  # ICU: ป้อ|งกัน
    ("คณะทำงานธรรมาภิบาลข้อมูลแล้ว", "ธรรมาภิบาล"),  # ICU: ธร|รมาภิ|บาล
    ("ผลอยู่ในระดับดี", "อยู่"),  # ICU: ผลอ|ยู่
    ("ระบบคลาวด์ของภาครัฐ", "คลาวด์"),  # ICU: คลา|วด์
    ("ในงบประมาณรายจ่ายประจำปี", "งบประมาณ"),
    ("โปรดแจ้งผู้ดูแลระบบให้แก้สิทธิ์", "ผู้ดูแลระบบ"),  # ICU: ผู้|ดูแล|ระบบ left ผู้ at a line's end
    ("แจ้งรหัสกุญแจนี้เมื่อส่วนกลางขอให้ยืนยัน", "ส่วนกลาง"),  # ICU: ส่วน|กลาง, the central office
    ("มีใบตอบรับที่ลงนามด้วยกุญแจ", "ใบตอบรับ"),  # ICU: ใบ|ตอบรับ, the receipt
])
def test_words_icu_splits_wrongly_are_never_broken_inside(text: str, whole: str):
    pieces = _kept_whole(text, whole)
    assert len(pieces) > 2  # the rest of the text still breaks between its words


@pytest.mark.parametrize(("text", "whole"), [
    ("สำนักงานอื่นๆ", "สำนักงาน"),  # ICU: สำนัก|งา|นอื่นๆ
    ("ข้าราชการอื่นๆ ที่เกี่ยวข้อง", "ข้าราชการ"),  # ICU: ข้า|ราช|กา|รอื่นๆ
    ("ระบบงานอื่นๆ ของกรม", "งาน"),  # ICU: ระบบ|งา|นอื่นๆ
])
def test_the_word_before_a_repetition_mark_is_never_broken_inside(text: str, whole: str):
    pieces = _kept_whole(text, whole)
    assert any(p.startswith("อื่นๆ") for p in pieces)  # its own word, the mark attached


@given(st.text(alphabet=st.sampled_from(list("กขงนมรวอาิ่้ ๆฯล")), max_size=30))
def test_a_mark_never_begins_a_line(text: str):
    pieces = line_segments(text)
    assert "".join(pieces) == text
    for piece in pieces[1:]:
        assert not piece.startswith("ๆ"), pieces  # ๆ repeats the word before it, on the same line
        assert not piece.startswith("ฯ") or piece.startswith(("ฯลฯ", "ฯพณฯ")), pieces
        assert not piece[:1].isspace(), pieces  # a line breaks after a space, not before it


@given(st.text(alphabet=st.sampled_from(list("กขงนมรวอาิ่้ ๆฯล()“”\n")), max_size=30))
def test_an_opening_bracket_never_ends_a_line_nor_a_closing_one_begins_it(text: str):
    pieces = line_segments(text)
    assert "".join(pieces) == text
    for before, after in itertools.pairwise(pieces):
        if not before.endswith("\n"):  # a line feed ends its line whatever follows
            assert not before.rstrip(" ").endswith(("(", "“")), pieces
            assert not after.startswith((")", "”")), pieces


@pytest.mark.parametrize(("text", "held"), [
    ("สำนักงานเขต (กรุงเทพฯ) และจังหวัดอื่นๆ", "(กรุงเทพฯ) "),  # ฯ was segmented apart: กรุงเทพฯ|)
    ("เอกสาร (ต่างๆ) ที่เกี่ยวข้อง", "(ต่างๆ) "),
    ("ตามระเบียบ (ฯลฯ) ต่อไป", "(ฯลฯ) "),  # ( | ฯลฯ | )
])
def test_brackets_around_a_word_with_a_mark_stay_with_it(text: str, held: str):
    assert held in line_segments(text)


def test_break_hints_only_between_unspaced_words():
    hinted = with_break_hints("น้ำใจของทุกคน ok")
    assert hinted.replace(ZWSP, "") == "น้ำใจของทุกคน ok"
    assert ZWSP in hinted and f"{ZWSP} " not in hinted and f" {ZWSP}" not in hinted


_SEGMENTABLE = st.text(alphabet=st.sampled_from(list("กขคนมยรลวสหอะาิีึืุูเแโไำ่้๊๋็์ ab1.,()\n\r\t😀ๆฯ")), max_size=40)


@given(st.lists(_SEGMENTABLE, max_size=8))
def test_segmenting_many_texts_at_once_finds_each_texts_own_break_points(texts):
    from icu4py.breakers import LineBreaker

    from core import linebreak

    linebreak._segments.clear()  # a cached answer would hide a wrong batched one
    linebreak.segment_all(texts)
    for text in texts:
        if "ๆ" in text or "ฯ" in text:  # segmented around the marks (test above); alone, then
            alone = linebreak._segment([text])[text] if text else ()
        else:
            alone = hold_brackets(linebreak._keep_words(text, list(LineBreaker(text, "th")))) if text else ()
        assert line_segments(text) == alone
