"""The dashboard as files: XLSX (XlsxWriter) and CSV (UTF-8 with BOM, for Excel and Thai).

Formula injection: agency names, provinces and ministries come from submission
files, i.e. from outside. In CSV every text cell starting with = + - @ (or a
tab or carriage return) gets a leading apostrophe; numbers we computed are
written as plain numbers (a minus sign there is a sign, not a formula). In
XLSX text is always written as a string cell, never parsed as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import xlsxwriter

from core.agency_rules import province_name
from core.atomic import atomic_output
from core.bundle.dashboard import Dashboard, GroupSummary, ResultRow, in_name_order
from core.errors import KaoError, os_reason
from core.ministries import ministry_key, ministry_name
from core.model import Checklist
from core.numbers import fmt_number, round_half_away
from core.text import Lang

__all__ = ["Delta", "escape_cell", "summary_filename", "summary_table", "summary_title", "write_summary"]


class Delta(Fraction):
    """A difference from a benchmark: the spreadsheet shows its sign (+3.0, -12.0, 0.0), as the screen does."""


Cell = str | Fraction | int | None
# A delta's number format: positive, negative and zero told apart, as fmt_signed does on screen.
# The CSV keeps plain numbers (3.0, -12.0): scripts read them as they are, and a cell opening
# with "+" is one Excel reads as a formula (see _DANGEROUS).
SIGNED = "+0.0;-0.0;0.0"
MIN_WIDTH, MAX_WIDTH = 14, 60  # column widths, in characters
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_GROUPING = {
    "all": ("ทั้งหมด", "All"),
    "province": ("จังหวัด", "Province"),
    "ministry": ("กระทรวง", "Ministry"),
    "kind": ("ประเภทหน่วยงาน", "Agency type"),
}
_KIND = {  # as the app names them (gui.labels.kind_label), so the file and the screen agree
    "department": ("ส่วนราชการระดับกรม", "Department"),
    "provincial": ("ส่วนราชการระดับจังหวัด", "Provincial office"),
    "local": ("องค์กรปกครองส่วนท้องถิ่น", "Local administration"),
}


def summary_filename(year: int | None, suffix: str = ".xlsx") -> str:
    """The suggested name: the year it covers, so this year's file does not overwrite last year's."""
    return f"kao-summary-{year if year is not None else 'all-years'}{suffix}"


def summary_title(year: int | None, lang: Lang) -> str:
    """The file's first line: which fiscal year (B.E.) the figures cover."""
    if year is not None:
        return _t((f"สรุปผลการประเมิน ปีงบประมาณ พ.ศ. {year}", f"Summary of results, fiscal year {year} (B.E.)"), lang)
    return _t(("สรุปผลการประเมิน ทุกปีงบประมาณ (หน่วยงานหนึ่งนับปีละหนึ่งรายการ)",
               "Summary of results, all fiscal years (an agency counts once for each year)"), lang)


def escape_cell(text: str) -> str:
    return "'" + text if text.startswith(_DANGEROUS) else text


def _t(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "th" else pair[1]


def _group_label(g: GroupSummary, lang: Lang) -> str:
    if g.grouping == "all":
        return _t(_GROUPING["all"], lang)
    if g.key == "":
        return _t(("(ไม่ระบุ)", "(not given)"), lang)
    if g.grouping == "province":
        return province_name(g.key, lang)
    if g.grouping == "ministry":
        return ministry_name(g.label, lang)
    return _t(_KIND[g.key], lang) if g.grouping == "kind" and g.key in _KIND else g.label


def _delta(value: Fraction | None) -> Delta | None:
    return None if value is None else Delta(value)


def summary_table(dash: Dashboard, checklist: Checklist, lang: Lang) -> tuple[list[str], list[list[Cell]]]:
    """Header and rows: the total, then every group of every grouping."""
    th = lang == "th"
    header = [
        "จัดกลุ่มตาม" if th else "Grouped by", "กลุ่ม" if th else "Group", "จำนวน" if th else "Count",
        "คะแนนรวมเฉลี่ย" if th else "Mean overall",
        *[f"{d.id} {d.name.get(lang)}" for d in checklist.dimensions],
        *[(f"ระดับ {lv.level}" if th else f"Level {lv.level}") for lv in checklist.levels],
    ]
    for b in checklist.benchmarks:
        header.append(("เทียบ " if th else "vs ") + b.name.get(lang))
        header.extend(("เทียบ " if th else "vs ") + f"{b.name.get(lang)} {d}" for d in b.dimensions)
    rows: list[list[Cell]] = []
    groups: list[GroupSummary] = [dash.total]
    for gs in dash.groups.values():
        groups += in_name_order(gs, lambda g: _group_label(g, lang), lang)
    for g in groups:
        row: list[Cell] = [_t(_GROUPING[g.grouping], lang), _group_label(g, lang), g.count, g.mean_overall]
        row.extend(g.mean_dimensions.get(d.id) for d in checklist.dimensions)
        row.extend(g.levels.get(lv.level, 0) for lv in checklist.levels)
        for b in checklist.benchmarks:
            row.append(_delta(g.overall_vs.get(b.id)))
            row.extend(_delta(g.dimensions_vs.get(b.id, {}).get(d)) for d in b.dimensions)
        rows.append(row)
    return header, rows


def _agency_table(dash: Dashboard, rows: Sequence[ResultRow], checklist: Checklist,
                  lang: Lang) -> tuple[list[str], list[list[Cell]]]:
    th = lang == "th"
    # Each agency's ministry by its group's name, so a filter on the column finds all of them.
    ministries = {g.key: ministry_name(g.label, lang) for g in dash.groups["ministry"]}
    header = [
        "รหัสหน่วยงาน" if th else "Agency code", "หน่วยงาน" if th else "Agency",
        "ประเภท" if th else "Type", "กระทรวง" if th else "Ministry", "จังหวัด" if th else "Province",
        "ปีงบประมาณ" if th else "Fiscal year", "คะแนนรวม" if th else "Overall",
        *[d.id for d in checklist.dimensions], "ระดับ" if th else "Level",
        "รหัสตรวจสอบ" if th else "Verification code",
    ]
    body: list[list[Cell]] = []
    for r in rows:
        kind = _t(_KIND[r.kind], lang) if r.kind in _KIND else r.kind
        ministry = ministries.get(ministry_key(r.ministry), r.ministry)
        body.append([r.agency_code, r.agency_name.get(lang) or r.agency_name.th, kind, ministry,
                     province_name(r.province, lang),
                     r.fiscal_year, r.overall, *[r.dimensions.get(d.id) for d in checklist.dimensions],
                     r.level, r.code])
    return header, body


def _csv_value(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Fraction):
        return fmt_number(cell)
    if isinstance(cell, int):
        return str(cell)
    return escape_cell(cell)


def _write_csv(path: Path, header: list[str], rows: list[list[Cell]]) -> None:
    # Data only, the header on the first line, for the scripts that read it; the year is in the
    # suggested file name. The spreadsheet (.xlsx) is the document with a title.
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow([escape_cell(h) for h in header])
    writer.writerows([_csv_value(c) for c in row] for row in rows)
    with atomic_output(path) as f:
        f.write(text.getvalue().encode("utf-8-sig"))  # the BOM tells Excel it is UTF-8 (Thai)


TOP = 2  # the header's row: the title, then a blank row


def _sheet(wb: xlsxwriter.Workbook, name: str, title: str, header: list[str], rows: list[list[Cell]]) -> None:
    ws = wb.add_worksheet(name)
    ws.write_string(0, 0, title, wb.add_format({"bold": True, "font_size": 14}))
    bold = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    number = wb.add_format({"num_format": "0.0"})
    signed = wb.add_format({"num_format": SIGNED})
    for col, heading in enumerate(header):
        ws.write_string(TOP, col, heading, bold)
    for r, row in enumerate(rows, start=TOP + 1):
        for col, cell in enumerate(row):
            if cell is None:
                ws.write_blank(r, col, None)
            elif isinstance(cell, Fraction):
                ws.write_number(r, col, float(round_half_away(cell, 1)), signed if isinstance(cell, Delta) else number)
            elif isinstance(cell, int):
                ws.write_number(r, col, cell)
            else:
                ws.write_string(r, col, cell)
    ws.freeze_panes(TOP + 1, 0)
    for col in range(len(header)):
        # As wide as the longest name in it: a cell's text is cut off where the next cell has one.
        longest = max((len(cell) for row in rows if isinstance(cell := row[col], str)), default=0)
        ws.set_column(col, col, min(max(MIN_WIDTH, longest + 2), MAX_WIDTH))


def _write_xlsx(path: Path, dash: Dashboard, rows: Sequence[ResultRow], checklist: Checklist, lang: Lang,
                title: str) -> None:
    with atomic_output(path) as f:
        wb = xlsxwriter.Workbook(f, {"strings_to_formulas": False, "strings_to_urls": False,
                                     "strings_to_numbers": False})
        wb.set_properties({"title": title, "author": "Kao"})
        header, body = summary_table(dash, checklist, lang)
        _sheet(wb, "สรุป" if lang == "th" else "Summary", title, header, body)
        for grouping in dash.groups:
            sub = [r for r in body if r[0] == _t(_GROUPING[grouping], lang)]
            _sheet(wb, _t(_GROUPING[grouping], lang), title, header, sub)
        _sheet(wb, "หน่วยงาน" if lang == "th" else "Agencies", title, *_agency_table(dash, rows, checklist, lang))
        wb.close()


def write_summary(
    path: Path, dash: Dashboard, rows: Sequence[ResultRow], checklist: Checklist, lang: Lang, year: int | None
) -> Path:
    """``.xlsx`` (summary, one sheet per grouping, agencies) or ``.csv`` (the summary table), each
    headed by the fiscal year it covers (``year``; None for all years)."""
    suffix = path.suffix.lower()
    title = summary_title(year, lang)
    try:
        if suffix == ".csv":
            _write_csv(path, *summary_table(dash, checklist, lang))
        elif suffix == ".xlsx":
            _write_xlsx(path, dash, rows, checklist, lang, title)
        else:
            raise KaoError("ชื่อไฟล์ต้องลงท้ายด้วย .xlsx หรือ .csv", "the file name must end in .xlsx or .csv")
    except OSError as exc:
        why = os_reason(exc)
        raise KaoError(f"เขียนไฟล์ {path} ไม่ได้ ({why.th})", f"cannot write {path} ({why.en})") from exc
    return path


