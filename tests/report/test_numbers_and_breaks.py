"""Every figure printed is the engine's, and Thai lines break only at word boundaries."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from core.benchmark import compare_benchmarks
from core.checklist import default_checklist
from core.numbers import fmt_number, fmt_signed
from core.scoring import score
from tests.report.pdftools import breaks_in, icu_boundaries, norm, text_raw
from tests.report.samples import example_source, long_notes_source

CHECKLIST = default_checklist()
DECIMAL = re.compile(r"(?<![\d.])[-+]?\d+\.\d+(?![\d.])")


def engine_figures(answers_source: str) -> set[str]:
    """Every figure the report may print, formatted from the engine's exact values."""
    card = score(CHECKLIST, example_source(answers_source).answers)
    figures: set[str] = set()
    exact: list[Fraction | Decimal] = []
    if card.overall is not None:
        exact.append(card.overall)
    exact += [d.score for d in card.dimensions.values() if d.score is not None]
    for lv in card.levels.values():
        exact.append(lv.earned)
        if lv.ratio is not None:
            exact.append(100 * lv.ratio)
    for comp in compare_benchmarks(card, CHECKLIST):
        exact.append(comp.benchmark.overall)
        exact += list(comp.benchmark.dimensions.values()) + list(comp.benchmark.lower_bounds.values())
        deltas = [comp.overall, *comp.dimensions.values()]
        figures |= {fmt_signed(d.delta) for d in deltas if d is not None}
    figures |= {fmt_number(x) for x in exact}
    if card.next_level_path is not None:
        figures |= {f"+{fmt_number(s.overall_gain, 2)}" for s in card.next_level_path.steps}
    figures.add(CHECKLIST.version)  # "2569.1" on the cover is a version, not a figure
    return figures


def test_example_a_figures_match_the_worked_example(full_a_th: Path, cert_a_th: Path) -> None:
    """DOMAIN.md §3.7 example A, figures as published there (not recomputed by the report)."""
    text = norm(text_raw(full_a_th))
    for figure in ("45.8", "50.0", "55.0", "45.5", "44.4", "36.4", "25.0", "93.8%", "81.6%"):
        assert figure in text, figure
    for delta in ("-12.0", "-8.6", "-20.4", "-4.9", "+3.0", "-16.9"):
        assert delta in text, delta
    summary = text.split("คะแนนรายมิติ")[1].split("แผนภูมิ")[0]
    rows = {line.split()[0]: line.split()[-1] for line in summary.splitlines() if line[:2] in {"D1", "D3", "D4"}}
    assert rows == {"D1": "50.0", "D3": "45.5", "D4": "44.4"}
    assert "45.8" in text_raw(cert_a_th)


def test_example_c_figures(full_c_final: Path) -> None:
    text = norm(text_raw(full_c_final))
    for figure in ("94.5", "95.0", "95.5", "93.8", "83.3", "75.0%"):
        assert figure in text, figure


def test_every_decimal_in_the_pdf_is_an_engine_figure(full_a_th: Path, full_a_en: Path, full_c_final: Path) -> None:
    for pdf, name in ((full_a_th, "a"), (full_a_en, "a"), (full_c_final, "c")):
        allowed = engine_figures(name)
        printed = set(DECIMAL.findall(norm(text_raw(pdf))))
        assert printed, pdf.name
        assert printed - allowed == set(), pdf.name
        # and the headline figures are there at all
        card = score(CHECKLIST, example_source(name).answers)
        assert card.overall is not None and fmt_number(card.overall) in printed


def test_thai_lines_break_only_at_icu_word_boundaries(full_notes_th: Path) -> None:
    text = text_raw(full_notes_th)
    source = long_notes_source()
    checked = 0
    for item in CHECKLIST.items:
        for paragraph in (source.answers[item.id].note, item.text.th):
            breaks = breaks_in(text, paragraph)
            assert breaks is not None, item.id
            allowed = icu_boundaries(norm(paragraph).strip())
            assert set(breaks) <= allowed, (item.id, [norm(paragraph)[max(0, b - 8):b + 8] for b in breaks
                                                      if b not in allowed])
            checked += len(breaks)
    # Long notes in narrow cells: there must have been many breaks to check.
    assert checked > 200


def test_names_are_never_broken(full_notes_th: Path, cert_a_th: Path) -> None:
    """The assessors' and the agency's names are whole on one line wherever they fit."""
    for pdf in (full_notes_th, cert_a_th):
        lines = norm(text_raw(pdf)).splitlines()
        for name in ("นางสาวสมหญิง ใจดี", "นายสมชาย ใจดี"):
            occurrences = sum(line.count(name) for line in lines)
            partial = [line for line in lines if line.endswith(name.split()[0]) and name not in line]
            assert partial == [], (pdf.name, name, partial)
            if pdf == cert_a_th and name == "นายสมชาย ใจดี":
                continue
            assert occurrences > 0, (pdf.name, name)
