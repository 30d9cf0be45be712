"""The certificate stays one page for any agency name the app stores, and a long name
does not shrink the rest of the certificate: the name's own type gets smaller."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from core.records import MAX_LINE_FIELD
from core.report import render_certificate, render_full_report
from core.text import Lang, Text
from tests.report.pdftools import (
    Box,
    breaks_in,
    contains_wrapped,
    icu_boundaries,
    page_count,
    run,
    text_raw,
    word_boxes,
)
from tests.report.samples import example_source

# Real names of this length exist: a council's office and its ministry.
LONG_TH = ("สำนักงานคณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม "
           "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม")
LONG_EN = ("Office of the National Higher Education Science Research and Innovation Policy Council, "
           "Ministry of Higher Education, Science, Research and Innovation")
TITLE = {"th": "หนังสือรับรองผลการประเมินตนเอง", "en": "Certificate of Self-Assessment"}
LEVEL = {"th": "ระดับ 2 รัฐบาลอิเล็กทรอนิกส์ระดับเริ่มต้น", "en": "Level 2 Early E-Government"}
SIGNERS = {"th": ("ผู้ประเมิน", "หัวหน้าส่วนราชการ"), "en": ("Assessor", "Head of agency")}
# The certificate's design sizes (points) and the smallest size the name may get.
TITLE_SIZE, LEVEL_SIZE, NAME_MIN_SIZE = 30, 24, 15
EM_BOX = 1.3  # poppler's box of a line of Sarabun is 1.3 em tall


def _render(tmp_path: Path, name: str, lang: Lang) -> Path:
    source = dataclasses.replace(example_source("a"), agency_name=Text(name, name))
    return render_certificate(source, tmp_path / f"cert_{lang}.pdf", lang)


def _box(boxes: list[Box], text: str) -> Box:
    found = [b for b in boxes if b.text == text]
    assert len(found) == 1, (text, [b.text for b in boxes])
    return found[0]


def _size(box: Box) -> float:
    return (box.y1 - box.y0) / EM_BOX


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", [LONG_TH, LONG_EN, f"{LONG_TH} {LONG_TH}", f"{LONG_EN} {LONG_EN}"])
def test_a_long_name_gets_smaller_type_and_the_rest_keeps_its_size(tmp_path: Path, name: str, lang: Lang) -> None:
    pdf = _render(tmp_path, name, lang)
    assert page_count(pdf) == 1
    text = text_raw(pdf)
    assert contains_wrapped(text, name)
    boxes = word_boxes(pdf)
    assert _size(_box(boxes, TITLE[lang])) == pytest.approx(TITLE_SIZE, abs=0.2)
    assert _size(_box(boxes, LEVEL[lang])) == pytest.approx(LEVEL_SIZE, abs=0.2)
    name_lines = [b for b in boxes if b.text in name]
    assert name_lines and all(_size(b) >= NAME_MIN_SIZE - 0.2 for b in name_lines)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("unit", [
    "สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม ",
    "สำนักงานคณะกรรมการพัฒนาระบบราชการจังหวัดพระนครศรีอยุธยา",  # no space at all
    "Office of the Permanent Secretary, Ministry of Higher Education, Science, Research and Innovation ",
])
def test_the_longest_name_allowed_keeps_one_page_with_the_code_and_signatures(
    tmp_path: Path, unit: str, lang: Lang
) -> None:
    name = (unit * (MAX_LINE_FIELD // len(unit) + 1))[:MAX_LINE_FIELD].strip()
    pdf = _render(tmp_path, name, lang)
    assert page_count(pdf) == 1
    text = text_raw(pdf)
    assert contains_wrapped(text, name)
    breaks = breaks_in(text, name)
    assert breaks is not None and set(breaks) <= icu_boundaries(name)  # never inside a word
    assert contains_wrapped(text, example_source("a").verification.code)  # printed under the QR code
    assert all(contains_wrapped(text, signer) for signer in SIGNERS[lang])


def test_an_agency_without_an_english_name_is_named_in_thai_on_english_documents(tmp_path: Path) -> None:
    # Only the Thai name is required: `kao agency add` without --name-en stores "".
    source = dataclasses.replace(example_source("a"), agency_name=Text(LONG_TH, ""))
    cert = render_certificate(source, tmp_path / "cert.pdf", "en")
    report = render_full_report(source, tmp_path / "report.pdf", "en")
    assert contains_wrapped(text_raw(cert), LONG_TH)
    assert contains_wrapped(text_raw(report, 1), LONG_TH)  # the cover
    assert LONG_TH[:30] in text_raw(report, 2)  # the running header
    assert re.search(rf"^Title:\s+Certificate of Self-Assessment: {LONG_TH}$", run("pdfinfo", str(cert)), re.M)
