"""What a reader of the PDFs gets: the right Thai text, embedded fonts, and the watermark rule."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from core.checklist import default_checklist
from core.records import MAX_LINE_FIELD
from core.report import render_full_report
from core.text import Text
from tests.report.pdftools import PUA, contains_wrapped, fonts, icu_boundaries, norm, page_count, text_raw, word_boxes
from tests.report.samples import AGENCY, AGENCY_EN, ASSESSOR, example_source, long_notes_source

CHECKLIST = default_checklist()
LEVEL_2 = ("รัฐบาลอิเล็กทรอนิกส์ระดับเริ่มต้น", "Early E-Government")
LEVEL_4 = ("รัฐบาลอิเล็กทรอนิกส์ระดับที่เป็นระบบเปิดเติบโตเต็มที่", "Mature Open Government")
READABLE_SIZE = 7  # points of Sarabun; 5-point headers were hard to read on paper


def test_fonts_are_all_embedded_and_none_is_helvetica(all_pdfs: list[Path]) -> None:
    for pdf in all_pdfs:
        rows = fonts(pdf)
        assert rows, pdf
        assert all(row.embedded for row in rows), (pdf.name, rows)
        assert {row.name.split("+")[-1] for row in rows} <= {"Sarabun-Regular", "Sarabun-Bold"}, rows


def test_no_private_use_characters_in_extracted_text(all_pdfs: list[Path]) -> None:
    for pdf in all_pdfs:
        text = text_raw(pdf)
        assert not PUA.findall(text), (pdf.name, sorted(set(PUA.findall(text))))
        assert "\ufffd" not in text and "\u200b" not in text


def test_certificate_names_agency_and_level_in_both_languages(cert_a_th: Path, cert_a_en: Path) -> None:
    for pdf in (cert_a_th, cert_a_en):
        text = text_raw(pdf)
        assert page_count(pdf) == 1
        assert contains_wrapped(text, AGENCY)
        # The level is named in Thai and in English on either language's certificate.
        assert contains_wrapped(text, f"ระดับ 2 {LEVEL_2[0]}")
        assert contains_wrapped(text, f"Level 2 {LEVEL_2[1]}")
        assert contains_wrapped(text, ASSESSOR)
    assert contains_wrapped(text_raw(cert_a_th), "คะแนนรวม 45.8 จาก 100")
    assert contains_wrapped(text_raw(cert_a_th), "ให้ไว้ ณ วันที่ 15 สิงหาคม พ.ศ. 2568")
    assert contains_wrapped(text_raw(cert_a_en), "Overall score 45.8 out of 100")
    assert contains_wrapped(text_raw(cert_a_en), "Given on 15 August 2025")


def test_certificate_thai_digits_for_the_date(cert_c_final: Path) -> None:
    text = text_raw(cert_c_final)
    assert contains_wrapped(text, "ให้ไว้ ณ วันที่ ๑๕ สิงหาคม พ.ศ. ๒๕๖๘")
    assert contains_wrapped(text, "ปีงบประมาณ พ.ศ. ๒๕๖๘")
    assert contains_wrapped(text, f"ระดับ 4 {LEVEL_4[0]}") and contains_wrapped(text, "คะแนนรวม 94.5 จาก 100")


def test_watermark_only_on_drafts(cert_a_th: Path, cert_c_final: Path, full_a_th: Path, full_c_final: Path) -> None:
    for draft in (cert_a_th, full_a_th):
        text = text_raw(draft)
        # every page of a draft carries it
        assert text.count("ฉบับร่าง / DRAFT") == page_count(draft)
    for final in (cert_c_final, full_c_final):
        text = text_raw(final)
        assert "DRAFT" not in text and "ฉบับร่าง" not in text


def test_full_report_contains_every_item_text(full_a_th: Path, full_a_en: Path) -> None:
    for pdf, lang in ((full_a_th, "th"), (full_a_en, "en")):
        text = text_raw(pdf)
        missing = [item.id for item in CHECKLIST.items if not contains_wrapped(text, item.text.get(lang))]
        assert missing == []
        assert contains_wrapped(text, AGENCY)
        assert contains_wrapped(text, LEVEL_2[0 if lang == "th" else 1])


def test_full_report_with_notes_contains_notes_evidence_and_flags(full_notes_th: Path) -> None:
    source = long_notes_source()
    text = text_raw(full_notes_th)
    missing = [i for i, a in source.answers.items() if not contains_wrapped(text, a.note)]
    assert missing == []
    assert contains_wrapped(text, "หลักฐาน: หลักฐาน-P01-คำสั่งแต่งตั้ง.pdf, p01_minutes_2568.docx")
    assert contains_wrapped(text, "เหตุผลที่ไม่เกี่ยวข้อง: ภารกิจของหน่วยงานไม่เกี่ยวข้องกับเรื่องนี้โดยตรง")
    assert text.count("• ต้องทบทวน") == 3
    review = norm(text).split("3. ข้อที่ทำเครื่องหมายให้ทบทวน")[1].split("4. หลักฐานระดับสูง")[0]
    assert [i for i in ("P05", "S07", "I06") if i in review] == ["P05", "S07", "I06"]
    assert AGENCY_EN not in text  # a Thai report names the agency in Thai


def test_page_numbers_and_header(full_a_th: Path, full_a_en: Path) -> None:
    pages = page_count(full_a_th)
    assert pages > 3
    for n in (1, pages):
        page = text_raw(full_a_th, n)
        assert f"หน้า {n} จาก {pages}" in page
        assert "15 สิงหาคม พ.ศ. 2568" in page
    assert contains_wrapped(text_raw(full_a_th, 2), AGENCY)  # header from page 2 on
    en_pages = page_count(full_a_en)
    assert f"Page {en_pages} of {en_pages}" in text_raw(full_a_en, en_pages)


@pytest.mark.parametrize("name", [
    "สำนักงานคณะกรรมการพัฒนาระบบราชการจังหวัดพระนครศรีอยุธยา" * 4,  # 232 characters, no space
    ("กองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวง " * 50)[:MAX_LINE_FIELD],  # as long as the field allows
])
def test_a_long_agency_name_is_one_readable_header_line_ending_in_an_ellipsis(tmp_path: Path, name: str) -> None:
    source = dataclasses.replace(example_source("a", finalized=True), agency_name=Text(name, "Agency"))
    pdf = render_full_report(source, tmp_path / "long_name.pdf", "th")
    header_bottom = 22 * 72 / 25.4  # the text frame starts 22 mm from the top of the page
    pages = page_count(pdf)
    headers = sorted((b for b in word_boxes(pdf) if b.page > 1 and b.y1 < header_bottom),
                     key=lambda b: (b.page, b.x0))
    assert len(headers) == 2 * (pages - 1)  # the name and the fiscal year, one line each
    for agency, year in zip(headers[::2], headers[1::2], strict=True):
        assert year.text == "ปีงบประมาณ พ.ศ. 2568"
        assert agency.page == year.page and abs(agency.y1 - year.y1) < 3  # side by side
        assert agency.x1 < year.x0
        assert agency.y1 - agency.y0 >= 1.3 * READABLE_SIZE  # poppler's box is 1.3 em of Sarabun
        assert agency.text.endswith("…")
        shown = agency.text[:-1]
        assert name.startswith(shown) and len(shown) > 40
        cut = len(shown) + len(name[len(shown):]) - len(name[len(shown):].lstrip())  # spaces dropped
        assert cut in icu_boundaries(name)


def test_english_fiscal_year_is_capitalised_where_it_stands_alone(full_a_en: Path, cert_a_en: Path) -> None:
    cover, page_2 = text_raw(full_a_en, 1).splitlines(), text_raw(full_a_en, 2).splitlines()
    assert "Fiscal year B.E. 2568 (2025)" in cover  # under the title
    assert "Fiscal year B.E. 2568 (2025)" in page_2  # the running header
    assert "fiscal year B.E. 2568 (2025)" not in text_raw(full_a_en)
    assert contains_wrapped(text_raw(cert_a_en), "checklist for fiscal year B.E. 2568 (2025), with this result:")
