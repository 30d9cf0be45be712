"""The full report's cover stays one page for any agency name the app stores: a long name
gets smaller type, not below the smallest the report prints unless it is no words at all;
the title keeps its size and the summary starts on page 2."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from core.records import MAX_LINE_FIELD
from core.report import render_full_report
from core.text import Lang, Text
from tests.report.pdftools import breaks_in, contains_wrapped, icu_boundaries, page_count, text_raw, word_boxes
from tests.report.samples import example_source
from tests.report.test_certificate_fit import EM_BOX, LONG_EN, LONG_TH

SUMMARY = {"th": "1. สรุปผลการประเมิน", "en": "1. Summary"}
COVER_END = {"th": "ผลนี้เป็นการประเมินตนเองของหน่วยงาน ไม่ใช่การรับรองจากหน่วยงานภายนอก",
             "en": "This is the agency's own assessment, not an external certification."}
TITLE = {"th": "รัฐบาลดิจิทัล", "en": "Digital Government Maturity Self-Assessment"}  # a line of the title
TITLE_SIZE, NAME_SIZE = 22, 20  # the report's design sizes (points)
SMALLEST = 7  # the smallest type the report prints, as in the running header
UNITS = (
    "สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม ",
    "สำนักงานคณะกรรมการพัฒนาระบบราชการจังหวัดพระนครศรีอยุธยา",  # no space at all
    "Office of the Permanent Secretary, Ministry of Higher Education, Science, Research and Innovation ",
    "OFFICE OF THE PERMANENT SECRETARY, MINISTRY OF HIGHER EDUCATION ",
)


def _longest(unit: str) -> str:
    return (unit * (MAX_LINE_FIELD // len(unit) + 1))[:MAX_LINE_FIELD].strip()


def _render(tmp_path: Path, name: str, lang: Lang, assessors: tuple[str, ...] | None = None) -> Path:
    source = dataclasses.replace(example_source("a"), agency_name=Text(name, name))
    if assessors is not None:
        source = dataclasses.replace(source, assessors=assessors)
    return render_full_report(source, tmp_path / f"report_{lang}.pdf", lang)


def _name_sizes(pdf: Path, name: str) -> set[float]:
    lines = [b for b in word_boxes(pdf) if b.page == 1 and b.text in name and len(b.text) > 20]
    assert lines
    return {round((b.y1 - b.y0) / EM_BOX, 1) for b in lines}


@pytest.fixture(scope="module")
def page_counts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    out = tmp_path_factory.mktemp("short")
    return {lang: page_count(render_full_report(example_source("a"), out / f"{lang}.pdf", lang))
            for lang in ("th", "en")}


def _cover_is_one_page(pdf: Path, name: str, lang: Lang, page_counts: dict[str, int]) -> None:
    cover = text_raw(pdf, 1)
    assert contains_wrapped(cover, name) and contains_wrapped(cover, COVER_END[lang])
    assert text_raw(pdf, 2).lstrip().splitlines()[1] == SUMMARY[lang]  # after the running header
    assert page_count(pdf) == page_counts[lang]  # as many pages as with a short name
    title = [b for b in word_boxes(pdf) if b.page == 1 and b.text == TITLE[lang]]
    assert len(title) == 1 and (title[0].y1 - title[0].y0) / EM_BOX == pytest.approx(TITLE_SIZE, abs=0.2)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("unit", UNITS)
def test_the_longest_name_allowed_keeps_the_cover_one_page_in_readable_type(
    tmp_path: Path, unit: str, lang: Lang, page_counts: dict[str, int]
) -> None:
    name = _longest(unit)
    pdf = _render(tmp_path, name, lang)
    _cover_is_one_page(pdf, name, lang, page_counts)
    assert min(_name_sizes(pdf, name)) >= SMALLEST - 0.2
    breaks = breaks_in(text_raw(pdf, 1), name)
    assert breaks is not None and set(breaks) <= icu_boundaries(name)  # never inside a word


@pytest.mark.parametrize("unit", ["W", "ฒ"])  # the widest letters: no name, but the field allows it
def test_even_two_thousand_of_the_widest_letters_keep_the_cover_one_page(
    tmp_path: Path, unit: str, page_counts: dict[str, int]
) -> None:
    _cover_is_one_page(_render(tmp_path, unit * MAX_LINE_FIELD, "th"), unit * MAX_LINE_FIELD, "th", page_counts)


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("name", [" ".join([LONG_TH] * 4), " ".join([LONG_EN] * 4)])
def test_a_long_name_gets_one_smaller_size(tmp_path: Path, name: str, lang: Lang, page_counts: dict[str, int]) -> None:
    pdf = _render(tmp_path, name, lang)
    _cover_is_one_page(pdf, name, lang, page_counts)
    sizes = _name_sizes(pdf, name)
    assert len(sizes) == 1 and SMALLEST - 0.2 <= sizes.pop() < NAME_SIZE - 0.5


def test_a_long_list_of_assessors_continues_overleaf_and_leaves_the_name_readable(tmp_path: Path) -> None:
    name = _longest(UNITS[0])
    assessors = tuple(f"นางสาวสมหญิง ใจดีมีสุข ผู้ประเมินคนที่ {n} " * 5 for n in range(1, 5))
    pdf = _render(tmp_path, name, "th", assessors)
    cover = text_raw(pdf, 1)
    assert contains_wrapped(cover, name) and contains_wrapped(cover, "คะแนนรวม")
    assert min(_name_sizes(pdf, name)) >= SMALLEST - 0.2
    overleaf = text_raw(pdf, 2)
    assert "ผู้ประเมินคนที่ 4" in overleaf and contains_wrapped(overleaf, COVER_END["th"])
