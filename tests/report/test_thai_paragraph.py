"""ThaiParagraph across pages: no .notdef boxes (the reportlab split bug), no lost or repeated lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from core.report import render_full_report
from core.report.fonts import REGULAR
from core.report.thai_paragraph import MIN_LEADING, LineOverflowWarning, ThaiParagraph, draw_line
from core.text import Lang
from tests.report.pdftools import PUA, contains_wrapped, norm, overlapping_lines, page_count, text_raw, word_boxes
from tests.report.samples import SENTENCES, long_notes_source

TEXT = " ".join(SENTENCES * 2)


def _build(path: Path, leading: float) -> ThaiParagraph:
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=12, leading=leading, shaping=1)
    para = ThaiParagraph(TEXT, style)
    SimpleDocTemplate(str(path), pagesize=A6, initialFontName=REGULAR).build([para])
    return para


def test_a_paragraph_split_over_pages_keeps_every_line_once(tmp_path: Path) -> None:
    pdf = tmp_path / "split.pdf"
    _build(pdf, 19.2)
    assert page_count(pdf) >= 3
    text = text_raw(pdf)
    assert PUA.findall(text) == [] and "\ufffd" not in text
    assert contains_wrapped(text, TEXT)
    assert len(norm(text).replace("\n", "").replace(" ", "")) == len(norm(TEXT).replace(" ", ""))


def test_leading_is_at_least_1_6_times_the_size(tmp_path: Path) -> None:
    para = _build(tmp_path / "tight.pdf", 12)  # asked for solid leading
    assert para.leading >= MIN_LEADING * 12
    _, height = para.wrap(200, 10_000)
    assert height == len(para.lines) * para.leading


def test_split_never_leaves_a_single_orphan_line() -> None:
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=12, leading=19.2, shaping=1)
    para = ThaiParagraph(TEXT, style)
    para.wrap(200, 10_000)
    assert para.split(200, 19.2 * 1.5) == []  # room for one line only: move it all
    first, rest = para.split(200, 19.2 * 3.2)
    first.wrap(200, 10_000)
    rest.wrap(200, 10_000)
    assert len(first.lines) == 3 and first.lines + rest.lines == para.lines


@pytest.mark.parametrize("lang", ["en", "th"])
def test_table_rows_split_across_pages_never_print_a_line_over_another(tmp_path: Path, lang: Lang) -> None:
    # Final, so no watermark crosses the text. In English the notes split at
    # other places than in Thai; I08's note once printed over the line above.
    pdf = render_full_report(long_notes_source(finalized=True), tmp_path / f"notes_{lang}.pdf", lang)
    assert page_count(pdf) > 10
    clashes = [(a.page, a.text[:30], b.text[:30]) for a, b in overlapping_lines(pdf)]
    assert clashes == []


def test_the_overlap_check_sees_two_lines_printed_on_one(tmp_path: Path) -> None:
    pdf = tmp_path / "clash.pdf"
    canv = Canvas(str(pdf))
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=16, shaping=1)
    first, second, third = ("ผู้ใหญ่บ้านและผู้นำท้องถิ่น", "น้ำใจของเจ้าหน้าที่ทุกคน", "ก๋วยเตี๋ยวเรือริมน้ำเจ้าพระยา")
    draw_line(canv, first, style, 50, 700, 400)
    draw_line(canv, second, style, 50, 700 - 16, 400)  # the next line: fine
    draw_line(canv, third, style, 80, 700 - 16 - 4, 400)  # 4 pt below the second, not 16
    canv.save()
    pairs = overlapping_lines(pdf)
    assert [(a.text, b.text) for a, b in pairs] == [(second, third)]


def test_a_line_too_wide_for_its_box_warns_and_stays_one_line(tmp_path: Path) -> None:
    pdf = tmp_path / "wide.pdf"
    canv = Canvas(str(pdf))
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=16, shaping=1)
    draw_line(canv, "above", style, 50, 716, 400)
    with pytest.warns(LineOverflowWarning):
        draw_line(canv, SENTENCES[0], style, 50, 700, 100)
    canv.save()
    assert [b.text for b in word_boxes(pdf)] == ["above", SENTENCES[0]]
    assert overlapping_lines(pdf) == []
