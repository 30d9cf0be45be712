"""ThaiParagraph across pages: no .notdef boxes (the reportlab split bug), no lost or repeated lines."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from core.report.fonts import REGULAR
from core.report.thai_paragraph import MIN_LEADING, ThaiParagraph
from tests.report.pdftools import PUA, contains_wrapped, norm, page_count, text_raw
from tests.report.samples import SENTENCES

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
