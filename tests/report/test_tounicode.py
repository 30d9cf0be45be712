"""The ToUnicode fix, on its own: it depends on reportlab internals, so it is checked directly.

These PDFs are drawn with a plain shaped reportlab Paragraph (no ActualText),
so extraction relies on the ToUnicode map alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from core.report import tounicode
from core.report.fonts import REGULAR, ensure_fonts
from core.resources import resource
from tests.report.pdftools import PUA, norm, text_raw

SAMPLE = "ที่ สิ่ง ปั้น น้ำ ผู้ใหญ่ ป่า ฝั่ง ฟ้า ปู่ กตัญญู ฎีกา ฐาน ฤๅษี ญู ฏู ปิ่น ฟื้น ซ้ำ กำ ก๋วยเตี๋ยว ๑๒๓๔"


def _shaped_pdf(path: Path) -> Path:
    ensure_fonts()
    canvas = Canvas(str(path), initialFontName=REGULAR)
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=20, leading=32, shaping=1)
    para = Paragraph(SAMPLE, style)
    _, height = para.wrap(500, 400)
    para.drawOn(canvas, 40, 700 - height)
    canvas.save()
    return path


def _letters(text: str) -> str:
    # pdftotext may add spaces or breaks around marks placed with offsets; letters must all be right.
    return re.sub(r"\s+", "", norm(text))


def test_shaped_text_extracts_without_private_use_characters(tmp_path: Path) -> None:
    text = text_raw(_shaped_pdf(tmp_path / "shaped.pdf"))
    assert PUA.findall(text) == []
    assert _letters(text) == _letters(SAMPLE)


def test_without_the_fix_the_same_pdf_has_private_use_characters(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: reportlab's own CMap writer gives PUA code points."""
    ensure_fonts()
    monkeypatch.setattr(ttfonts, "makeToUnicodeCMap", ttfonts.makeToUnicodeCMap.kao_original)
    text = text_raw(_shaped_pdf(tmp_path / "stock.pdf"))
    assert PUA.findall(text)


def test_the_patch_is_installed_and_hooks_what_reportlab_calls() -> None:
    ensure_fonts()
    assert getattr(ttfonts.makeToUnicodeCMap, "kao_patched", False)
    # reportlab must still look the writer up at call time and extend this table when shaping.
    assert "makeToUnicodeCMap(" in Path(ttfonts.__file__).read_text(encoding="utf-8")
    font = ttfonts.pdfmetrics.getFont(REGULAR)
    assert hasattr(font.face, "charToGlyph") and hasattr(font.face, "filename")


def test_alternate_glyphs_map_to_their_characters() -> None:
    texts = tounicode.glyph_texts(resource("fonts", "Sarabun-Regular.ttf"))
    assert texts["yoYingthai.less"] == "ญ"  # via the inverse GSUB substitution
    assert texts["uni0E48.small"] == "\u0e48"
    assert texts["uni0E240E45"] == "ฤๅ"
    # The NIKHAHIT+tone ligature maps in logical order, tone first, as NFKC spells น้ำ.
    assert texts["uni0E4D0E49"] == "\u0e49\u0e4d"
