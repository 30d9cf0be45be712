"""An opening bracket stays with the word after it, a closing one with the word before, on
paper too: a long assessor name with no space once left "(" alone at the end of a line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from core.model import Answer
from core.report import render_certificate, render_full_report
from core.text import Lang
from tests.report.pdftools import contains_wrapped, text_raw
from tests.report.samples import example_source

NAMES = {
    "th": "นางสาวสมหญิงใจดีมีความรู้ด้านดิจิทัลต่างๆที่กรุงเทพฯ" * 3,
    "en": "SomyingJaideeDigitalLiteracyCoordinatorOfTheBangkokOffice" * 2,
}


def _lonely_brackets(pdf: Path) -> list[str]:
    lines = [line.strip() for line in text_raw(pdf).splitlines()]
    return [line for line in lines if line.endswith(("(", "“")) or line.startswith((")", "”"))]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_certificate_keeps_the_brackets_around_a_long_assessor_name_with_it(tmp_path: Path, lang: Lang) -> None:
    name = NAMES[lang]
    source = dataclasses.replace(example_source("a"), assessors=(name,))
    pdf = render_certificate(source, tmp_path / "cert.pdf", lang)
    assert contains_wrapped(text_raw(pdf), f"( {name} )")
    assert _lonely_brackets(pdf) == []


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_report_keeps_brackets_with_their_words_in_a_note(tmp_path: Path, lang: Lang) -> None:
    name = NAMES[lang]
    source = example_source("a")
    item = source.checklist.items[0]
    note = f"ตรวจสอบโดย ( {name} ) และสำนักงานเขตต่างๆ (กรุงเทพฯ) “{name}”"
    answers = {**source.answers, item.id: dataclasses.replace(source.answers.get(item.id, Answer()), note=note)}
    pdf = render_full_report(dataclasses.replace(source, answers=answers, assessors=(name,)), tmp_path / "r.pdf", lang)
    assert contains_wrapped(text_raw(pdf), note)
    assert _lonely_brackets(pdf) == []
