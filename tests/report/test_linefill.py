"""Line filling: breaks at ICU boundaries only, names kept whole, every line fits."""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth

from core.report.fonts import REGULAR, ensure_fonts
from core.report.linefill import ELLIPSIS, break_lines, shorten, units
from tests.report.pdftools import icu_boundaries
from tests.report.samples import SENTENCES

TEXT = " ".join(SENTENCES)
SIZE = 11.0


def _offsets(text: str, lines: list[str]) -> list[int]:
    """Where each line after the first starts in ``text``."""
    offsets, position = [], 0
    for line in lines:
        start = text.index(line, position)
        if position:
            offsets.append(start)
        position = start + len(line)
    return offsets


def test_every_break_is_an_icu_boundary_and_every_line_fits() -> None:
    ensure_fonts()
    boundaries = icu_boundaries(TEXT)
    for width in (90, 140, 230, 400):
        lines = break_lines(TEXT, REGULAR, SIZE, width)
        assert "".join(lines).replace(" ", "") == TEXT.replace(" ", "")
        assert set(_offsets(TEXT, lines)) <= boundaries, width
        assert all(stringWidth(line, REGULAR, SIZE) <= width for line in lines), width
        assert len(lines) > 3


def test_a_kept_name_is_not_split_when_it_fits() -> None:
    ensure_fonts()
    name = "นางสาวสมหญิง ใจดี"
    text = f"ลงนามโดย{name}ผู้ประเมินของหน่วยงาน " * 6
    fits = int(stringWidth(name, REGULAR, SIZE)) + 2
    for width in range(fits, fits + 180, 7):
        lines = break_lines(text, REGULAR, SIZE, width, keep=[name])
        joined = "\n".join(lines)
        assert joined.count(name) == text.count(name), width
    # Without the rule ICU would allow breaks inside it, even inside the given name (สม|หญิง).
    assert units(name) == ["นางสาว", "สม", "หญิง ", "ใจดี"]
    assert units(name, keep=[name]) == [name]


def test_a_name_too_long_for_a_line_breaks_at_its_spaces_first() -> None:
    ensure_fonts()
    name = "สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
    lines = break_lines(name, REGULAR, 20, 330, keep=[name])
    assert len(lines) == 2
    assert lines[1] in ("วิจัยและนวัตกรรม", "วิทยาศาสตร์ วิจัยและนวัตกรรม")


def test_hard_line_feeds_and_blank_lines_survive() -> None:
    ensure_fonts()
    assert break_lines("บรรทัดแรก\n\nบรรทัดที่สาม", REGULAR, SIZE, 300) == ["บรรทัดแรก", "", "บรรทัดที่สาม"]


def test_an_overlong_token_is_cut_between_clusters_never_before_a_mark() -> None:
    ensure_fonts()
    token = "ไฟล์หลักฐานที่มีชื่อยาวมาก_" * 4 + ".pdf"
    lines = break_lines(token, REGULAR, SIZE, 80)
    assert "".join(lines) == token and len(lines) > 2
    for line in lines[1:]:
        assert unicodedata.category(line[0]) not in ("Mn", "Mc"), line
    for line in lines[:-1]:
        assert line[-1] not in "เแโใไ", line


def test_shorten_cuts_at_the_last_word_boundary_that_fits_and_adds_an_ellipsis() -> None:
    ensure_fonts()
    name = "สำนักงานคณะกรรมการพัฒนาระบบราชการจังหวัดพระนครศรีอยุธยา" * 4
    boundaries = sorted(icu_boundaries(name))
    assert shorten(name, REGULAR, SIZE, stringWidth(name, REGULAR, SIZE) * 1.01) == name
    for width in (60, 150, 333, 500):
        short = shorten(name, REGULAR, SIZE, width)
        assert short.endswith(ELLIPSIS) and stringWidth(short, REGULAR, SIZE) <= width, width
        cut = len(short) - 1
        assert name.startswith(short[:-1]) and cut in boundaries, width
        # The next boundary would not have fitted: the cut is the last possible one.
        longer = name[: min(b for b in boundaries if b > cut)] + ELLIPSIS
        assert stringWidth(longer, REGULAR, SIZE) > width * 0.99, width


def test_shorten_cuts_a_first_word_too_long_for_the_line_between_clusters() -> None:
    ensure_fonts()
    word = "กรุงเทพมหานครอมรรัตนโกสินทร์มหินทรายุธยามหาดิลกภพนพรัตน์ราชธานีบุรีรมย์"
    first = units(word)[0]
    width = stringWidth(first, REGULAR, SIZE) / 2
    short = shorten(word, REGULAR, SIZE, width)
    assert short.endswith(ELLIPSIS) and len(short) > 2 and stringWidth(short, REGULAR, SIZE) <= width
    assert word.startswith(short[:-1])
    assert unicodedata.category(word[len(short) - 1]) not in ("Mn", "Mc")  # no mark left behind


def test_a_cut_between_clusters_never_starts_a_line_with_a_following_vowel() -> None:
    ensure_fonts()
    text = "น้ำท่วมทำนาปาล์มกะลามะพร้าวฤๅษีจำนำ"
    for width in range(6, 80):  # narrower than its words, so they are cut between clusters
        lines = break_lines(text, REGULAR, SIZE, width)
        assert "".join(lines) == text
        assert [line for line in lines[1:] if line[0] in "\u0e30\u0e32\u0e33\u0e45"] == [], width


def test_a_cut_between_clusters_never_starts_a_line_with_a_repetition_mark() -> None:
    ensure_fonts()
    text = "งานต่างๆในกรุงเทพฯและเมืองอื่นๆอีกหลายๆแห่ง"
    for width in range(6, 120):  # narrow enough that some words are cut between clusters
        lines = break_lines(text, REGULAR, SIZE, width)
        assert "".join(lines) == text
        assert [line for line in lines[1:] if line[0] in "\u0e46\u0e2f"] == [], width


# A name with no space, longer than a line: it is cut at its word boundaries or between
# clusters, and the brackets around it must not be left on a line of their own.
UNSPACED_TH = "นางสาวสมหญิงใจดีมีความรู้ด้านดิจิทัลต่างๆที่กรุงเทพฯ" * 3
UNSPACED_EN = "SomyingJaideeDigitalLiteracyCoordinatorOfTheBangkokOffice" * 2


def test_a_bracket_stays_with_its_word_however_the_line_is_cut() -> None:
    ensure_fonts()
    for name in (UNSPACED_TH, UNSPACED_EN):
        for text in (f"( {name} )", f"ผู้ประเมิน ({name}) ลงนาม", f"Assessor “{name}” signed"):
            for width in range(30, 420, 5):
                lines = break_lines(text, REGULAR, SIZE, width, keep=[name])
                assert "".join(lines).replace(" ", "") == text.replace(" ", "")
                assert [line for line in lines if line.endswith(("(", "“"))] == [], (text, width)
                assert [line for line in lines if line.startswith((")", "”"))] == [], (text, width)
