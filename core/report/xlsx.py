"""The editable copy: the full report's content as an XLSX workbook (XlsxWriter).

Users of peer tools ask for a report they can edit, so every item gets a row
with its answer, note, N/A reason and evidence, and a summary sheet carries
the figures. Figures are the displayed values (1 decimal, half away from
zero), the same as on paper.
"""

from __future__ import annotations

import io
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import xlsxwriter

from core.atomic import atomic_output
from core.benchmark import compare_benchmarks
from core.model import AnswerValue
from core.numbers import round_half_away
from core.report.labels import L, answer_label, issue_date_text
from core.report.source import ReportSource
from core.text import Lang, Text

__all__ = ["write_xlsx"]

_SHEET_SUMMARY = Text("สรุป", "Summary")
_SHEET_ITEMS = Text("รายข้อ", "Items")
_AGENCY = Text("หน่วยงาน", "Agency")
_FISCAL_YEAR = Text("ปีงบประมาณ (พ.ศ.)", "Fiscal year (B.E.)")
_COMPLETE = Text("ตอบครบทุกข้อ", "All items answered")
_YES, _NO = Text("ใช่", "Yes"), Text("ไม่ใช่", "No")
_LEVEL_NAME = Text("ชื่อระดับ", "Level name")
_APPLICABLE = Text("ข้อที่นับ", "Items counted")
_TOTAL = Text("ข้อทั้งหมด", "Items")
_RATIO = Text("สัดส่วน (%)", "Ratio (%)")
_PUBLISHED = Text("ค่าที่เผยแพร่", "Published figure")
_DIRECTION = {"above": L.ABOVE, "at": L.AT, "below": L.BELOW}


def _shown(x: Fraction | Decimal | None) -> float | None:
    """The figure as displayed everywhere else: rounded half away from zero to 1 decimal."""
    return None if x is None else float(round_half_away(x))


class _Sheet:
    """A worksheet with a row cursor, so sections can be appended one after another."""

    def __init__(self, ws: Any, formats: dict[str, Any]) -> None:
        self.ws, self.f, self.row = ws, formats, 0

    def line(self, *values: object, fmt: str | None = None) -> None:
        for col, value in enumerate(values):
            cell_fmt = self.f.get(fmt or "") if fmt else None
            if isinstance(value, float):
                self.ws.write_number(self.row, col, value, self.f["figure"])
            elif value is None:
                self.ws.write_blank(self.row, col, None, cell_fmt)
            else:
                self.ws.write(self.row, col, value, cell_fmt)
        self.row += 1

    def gap(self) -> None:
        self.row += 1


def _summary(sheet: _Sheet, source: ReportSource, lang: Lang) -> None:
    card, checklist = source.card, source.checklist
    status = L.STATUS_FINAL if source.finalized else L.STATUS_DRAFT
    level = checklist.level(card.level)
    sheet.line(L.REPORT_TITLE.get(lang), fmt="title")
    sheet.line(_AGENCY.get(lang), source.agency(lang))
    sheet.line(_FISCAL_YEAR.get(lang), source.fiscal_year)
    sheet.line(L.STATUS.get(lang), status.get(lang))
    sheet.line(L.ISSUED.get(lang), issue_date_text(source.issue_date, lang))
    sheet.line(L.ASSESSORS.get(lang), ", ".join(source.assessors))
    sheet.line(L.VERIFICATION.get(lang), source.verification.code)
    sheet.line(L.OVERALL.get(lang), _shown(card.overall))
    sheet.line(L.LEVEL_REACHED.get(lang), card.level)
    sheet.line(_LEVEL_NAME.get(lang), level.name.th, level.name.en)
    sheet.line(_COMPLETE.get(lang), (_YES if card.complete else _NO).get(lang))
    if card.provisional:
        sheet.line(L.PROVISIONAL.get(lang))
    sheet.gap()
    sheet.line(L.DIMENSION.get(lang), "", L.WEIGHT.get(lang), _APPLICABLE.get(lang), _TOTAL.get(lang),
               L.SCORE.get(lang), fmt="head")
    for dim in checklist.dimensions:
        r = card.dimensions[dim.id]
        sheet.line(dim.id, dim.name.get(lang), dim.weight, r.applicable, r.total,
                   _shown(r.score) if r.score is not None else L.NOT_ASSESSABLE.get(lang))
    sheet.gap()
    sheet.line(L.LEVEL.get(lang), "", L.EARNED.get(lang), _APPLICABLE.get(lang), _RATIO.get(lang),
               L.PASSED.get(lang), fmt="head")
    for n, lv in card.levels.items():
        sheet.line(n, checklist.level(n).name.get(lang), _shown(lv.earned), lv.applicable,
                   _shown(100 * lv.ratio) if lv.ratio is not None else None,
                   (L.PASSED if lv.passed else L.NOT_PASSED).get(lang))
    sheet.gap()
    sheet.line(L.BENCHMARKS.get(lang), fmt="bold")
    sheet.line(L.BENCHMARK.get(lang), L.DIMENSION.get(lang), _PUBLISHED.get(lang), L.DELTA.get(lang), "", fmt="head")
    for comp in compare_benchmarks(card, checklist):
        name = comp.benchmark.name.get(lang)
        deltas = [("overall", comp.benchmark.overall, comp.overall)]
        deltas += [(d, comp.benchmark.dimensions[d], delta) for d, delta in comp.dimensions.items()]
        for key, published, delta in deltas:
            label = L.OVERALL.get(lang) if key == "overall" else key
            sheet.line(name, label, _shown(published), _shown(delta.delta) if delta else None,
                       _DIRECTION[delta.direction].get(lang) if delta else "")
    sheet.line(L.BENCH_CAVEAT.get(lang), fmt="note")
    sheet.ws.set_column(0, 0, 28)
    sheet.ws.set_column(1, 1, 48)
    sheet.ws.set_column(2, 5, 14)


def _items(sheet: _Sheet, source: ReportSource, lang: Lang) -> None:
    checklist = source.checklist
    headers = [L.DIMENSION.get(lang), L.ITEM.get(lang), L.LEVEL.get(lang), "", L.ANSWER.get(lang),
               L.NOTE.get(lang), L.NA_REASON.get(lang), L.EVIDENCE.get(lang), L.REVIEW_MARK.get(lang)]
    sheet.line(*headers, fmt="head")
    for item in checklist.items:
        answer = source.answers.get(item.id)
        value = answer.value if answer else None
        sheet.line(
            item.dimension, item.id, item.level, item.text.get(lang), answer_label(value, checklist, lang),
            answer.note if answer else "",
            answer.reason if answer and value is AnswerValue.NA else "",
            "\n".join(source.evidence.get(item.id, ())),
            "✓" if item.id in source.review_flags else "",
            fmt="wrap",
        )
    ws = sheet.ws
    ws.freeze_panes(1, 2)
    ws.autofilter(0, 0, sheet.row - 1, len(headers) - 1)
    for col, width in enumerate((8, 7, 6, 60, 12, 40, 30, 30, 10)):
        ws.set_column(col, col, width)


def write_xlsx(source: ReportSource, out_path: Path, lang: Lang) -> Path:
    """Write the editable workbook to ``out_path`` (atomically) and return the path."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties({"title": L.REPORT_TITLE.get(lang), "author": "Kao",
                             "company": source.agency(lang)})
    base = {"font_name": "Sarabun", "font_size": 11, "valign": "top"}
    formats = {
        "figure": workbook.add_format({**base, "num_format": "0.0"}),
        "head": workbook.add_format({**base, "bold": True, "bg_color": "#EEF2F7", "bottom": 1}),
        "bold": workbook.add_format({**base, "bold": True}),
        "title": workbook.add_format({**base, "bold": True, "font_size": 14}),
        "wrap": workbook.add_format({**base, "text_wrap": True}),
        "note": workbook.add_format({**base, "italic": True, "font_color": "#808080"}),
    }
    _summary(_Sheet(workbook.add_worksheet(_SHEET_SUMMARY.get(lang)), formats), source, lang)
    _items(_Sheet(workbook.add_worksheet(_SHEET_ITEMS.get(lang)), formats), source, lang)
    workbook.close()
    with atomic_output(out_path) as handle:
        handle.write(buffer.getvalue())
    return out_path
