"""The dashboard's numbers and files, against hand-worked values (DOMAIN.md §3.5, §3.7)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from fractions import Fraction
from pathlib import Path

from core.bundle.dashboard import ResultRow, dashboard, summarize, thai_sort_key
from core.bundle.summary_files import (
    TOP,
    escape_cell,
    summary_filename,
    summary_table,
    summary_title,
    write_summary,
)
from core.checklist import default_checklist
from core.numbers import fmt_signed
from core.text import Text

CL = default_checklist()
# Example A of DOMAIN.md §3.7 and example C, as exact fractions.
A_DIMS = {"D1": Fraction(50), "D2": Fraction(55), "D3": Fraction(500, 11), "D4": Fraction(400, 9),
          "D5": Fraction(400, 11), "D6": Fraction(25)}
C_DIMS = {"D1": Fraction(95), "D2": Fraction(95), "D3": Fraction(1050, 11), "D4": Fraction(375, 4),
          "D5": Fraction(1050, 11), "D6": Fraction(250, 3)}


def row(code: str, overall: Fraction, dims: dict[str, Fraction], level: int, *, province: str = "เชียงใหม่",
        ministry: str = "มหาดไทย", kind: str = "provincial") -> ResultRow:
    return ResultRow(f"b-{code}", f"CODE-{code}", code, Text(f"หน่วยงาน {code}", f"Agency {code}"), kind, ministry,
                     province, 2569, overall, dims, level, False, "2026-11-01T00:00:00.000000+00:00")


A = row("A", Fraction(18131, 396), A_DIMS, 2)
C = row("C", Fraction(24947, 264), C_DIMS, 4, province="ลำพูน", kind="local")


def test_total_means_levels_and_benchmarks():
    dash = dashboard([A, C], CL)
    total = dash.total
    assert total.count == 2
    assert total.mean_overall == (Fraction(18131, 396) + Fraction(24947, 264)) / 2
    assert total.mean_dimensions["D4"] == (Fraction(400, 9) + Fraction(375, 4)) / 2
    assert total.levels == {1: 0, 2: 1, 3: 0, 4: 1}
    # Against the national 2017 figure 57.8: only the published dimensions (D4 49.3, D6 47.0) are compared.
    assert total.overall_vs["TH-2560"] == total.mean_overall - Fraction("57.8")
    assert set(total.dimensions_vs["TH-2560"]) == {"D4", "D6"}


def test_single_agency_matches_domain_example_a():
    [only] = summarize([A], CL, "all")
    assert only.overall_vs["TH-2560"] == Fraction(18131, 396) - Fraction("57.8")  # −12.0 shown
    assert only.dimensions_vs["MOI-2560"]["D4"] == Fraction(400, 9) - Fraction("41.4")  # +3.0 shown


def test_grouping_by_province_ministry_and_type():
    dash = dashboard([A, C, row("B", Fraction(60), A_DIMS, 3, province="")], CL)
    provinces = [(g.key, g.count) for g in dash.groups["province"]]
    # Thai dictionary order (เชียงใหม่ files under ช, before ล), "not given" last.
    assert provinces == [("เชียงใหม่", 1), ("ลำพูน", 1), ("", 1)]
    assert [(g.key, g.count) for g in dash.groups["ministry"]] == [("มหาดไทย", 3)]
    assert {g.key: g.count for g in dash.groups["kind"]} == {"provincial": 2, "local": 1}


def test_thai_sort_key():
    names = ["ลำพูน", "เชียงใหม่", "กรุงเทพมหานคร", "แพร่", "ชลบุรี", "ไม่ระบุ"]
    assert sorted(names, key=thai_sort_key) == ["กรุงเทพมหานคร", "ชลบุรี", "เชียงใหม่", "แพร่", "ไม่ระบุ", "ลำพูน"]


def test_not_assessable_dimension_is_left_out_of_the_mean():
    partial = dict(A_DIMS, D6=None)
    dash = dashboard([A, row("X", Fraction(40), partial, 1)], CL)  # type: ignore[arg-type]
    assert dash.total.mean_dimensions["D6"] == Fraction(25)


def test_csv_escapes_formulas_in_text_and_keeps_numbers(tmp_path: Path):
    evil = row("E", Fraction(18131, 396), A_DIMS, 2, province="=HYPERLINK(\"http://x\")", ministry="@SUM(A1)")
    dash = dashboard([evil], CL)
    path = write_summary(tmp_path / "s.csv", dash, [evil], CL, "en", 2569)
    raw = path.read_bytes()
    assert raw[:3] == b"\xef\xbb\xbf"
    cells = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, total = cells[0], cells[1]  # data only: the header on the first line, for scripts
    assert header[:4] == ["Grouped by", "Group", "Count", "Mean overall"]
    assert total[:4] == ["All", "All", "1", "45.8"]
    assert total[header.index("vs Thailand 2017")] == "-12.0"  # a number, not text
    flat = [c for r in cells for c in r]
    assert "'=HYPERLINK(\"http://x\")" in flat and "'@SUM(A1)" in flat
    assert not any(c.startswith(("=", "+", "@")) for c in flat)
    assert all(c.lstrip("-").replace(".", "").isdigit() for c in flat if c.startswith("-"))


def test_escape_cell():
    for bad in ("=1+1", "+1", "-1+1", "@A1", "\tx", "\rx"):
        assert escape_cell(bad) == "'" + bad
    assert escape_cell("เชียงใหม่") == "เชียงใหม่" and escape_cell("") == ""


def test_xlsx_has_sheets_and_string_cells(tmp_path: Path):
    evil = row("E", Fraction(18131, 396), A_DIMS, 2, province="=1+1")
    dash = dashboard([evil, C], CL)
    path = write_summary(tmp_path / "s.xlsx", dash, [evil, C], CL, "th", 2569)
    with zipfile.ZipFile(path) as zf:
        workbook = zf.read("xl/workbook.xml").decode()
        names = [n for n in zf.namelist() if n.startswith("xl/worksheets/sheet")]
        sheets = "".join(zf.read(n).decode() for n in names)
        strings = zf.read("xl/sharedStrings.xml").decode()
    for title in ("สรุป", "จังหวัด", "กระทรวง", "ประเภทหน่วยงาน", "หน่วยงาน"):
        assert f'name="{title}"' in workbook
    assert "<f>" not in sheets  # no formulas anywhere
    assert "=1+1" in strings  # kept as text


def test_summary_table_rows():
    header, rows = summary_table(dashboard([A, C], CL), CL, "en")
    assert len(header) == len(rows[0])
    assert [r[0] for r in rows].count("Province") == 2


def test_files_name_provinces_and_agency_types_in_their_language_and_order(tmp_path: Path):
    krabi = row("K", Fraction(60), A_DIMS, 3, province="กระบี่", kind="department")
    rows = [A, C, krabi]
    dash = dashboard(rows, CL)
    groups = {lang: [(r[0], r[1]) for r in summary_table(dash, CL, lang)[1][1:]] for lang in ("th", "en")}
    assert groups["en"][:3] == [("Province", "Chiang Mai"), ("Province", "Krabi"), ("Province", "Lamphun")]
    assert groups["th"][:3] == [("จังหวัด", "กระบี่"), ("จังหวัด", "เชียงใหม่"), ("จังหวัด", "ลำพูน")]
    # The agency types as the app shows them, in the order of those names.
    assert groups["en"][-3:] == [("Agency type", "Department"), ("Agency type", "Local administration"),
                                 ("Agency type", "Provincial office")]
    assert groups["th"][-3:] == [("ประเภทหน่วยงาน", "ส่วนราชการระดับกรม"),
                                 ("ประเภทหน่วยงาน", "ส่วนราชการระดับจังหวัด"),
                                 ("ประเภทหน่วยงาน", "องค์กรปกครองส่วนท้องถิ่น")]
    path = write_summary(tmp_path / "s.xlsx", dash, rows, CL, "en", 2569)
    with zipfile.ZipFile(path) as zf:
        strings = zf.read("xl/sharedStrings.xml").decode()
    assert "Lamphun" in strings and "ลำพูน" not in strings  # the agencies sheet too


def test_xlsx_columns_are_as_wide_as_the_names_in_them(tmp_path: Path):
    name = "องค์การบริหารส่วนตำบลหนองบัวแดง"  # 31 characters: wider than the columns were
    long = ResultRow("b-L", "CODE-L", "L", Text(name, "Nong Bua Daeng SAO"), "local", "กระทรวงมหาดไทย",
                     "เชียงใหม่", 2569, Fraction(60), A_DIMS, 3, False, "2026-11-01T00:00:00.000000+00:00")
    path = write_summary(tmp_path / "s.xlsx", dashboard([long], CL), [long], CL, "th", 2569)
    with zipfile.ZipFile(path) as zf:
        agencies = zf.read("xl/worksheets/sheet5.xml").decode()  # the agencies sheet, the last one
    widths = {col: float(width) for low, high, width in re.findall(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"',
                                                                   agencies) for col in range(int(low), int(high) + 1)}
    assert widths[2] >= len(name)  # column B, the agency's name


def test_the_files_say_which_fiscal_year_they_cover(tmp_path: Path):
    assert summary_filename(2569) == "kao-summary-2569.xlsx"
    assert summary_filename(None, ".csv") == "kao-summary-all-years.csv"
    dash = dashboard([A, C], CL)
    path = write_summary(tmp_path / "s.xlsx", dash, [A, C], CL, "th", 2569)
    with zipfile.ZipFile(path) as zf:
        strings = zf.read("xl/sharedStrings.xml").decode()
        first = zf.read("xl/worksheets/sheet1.xml").decode()
        core_props = zf.read("docProps/core.xml").decode()
    assert "สรุปผลการประเมิน ปีงบประมาณ พ.ศ. 2569" in strings and "สรุปผลการประเมิน" in core_props
    assert '<c r="A1" ' in first  # the title is the first cell
    assert summary_title(None, "en") == "Summary of results, all fiscal years (an agency counts once for each year)"


def test_a_submission_without_an_english_agency_name_is_named_in_thai_in_english():
    from dataclasses import fields

    from core.bundle.dashboard import result_rows
    from core.storage.submissions import StoredSubmission

    values = {f.name: "" for f in fields(StoredSubmission)}
    values |= {"agency_name_th": "กรมทดสอบ", "agency_name_en": "", "fiscal_year": 2569, "level": 1,
               "overall": None, "provisional": False, "dimensions": "{}"}
    [row] = result_rows([StoredSubmission(**values)])
    assert row.agency_name.get("en") == "กรมทดสอบ"


def test_one_ministry_typed_three_ways_is_one_group_on_screen_and_in_the_files(tmp_path: Path):
    typed = ["มหาดไทย", "กระทรวงมหาดไทย", "กระทรวง  มหาดไทย "]
    rows = [row(f"M{i}", Fraction(50 + 10 * i), A_DIMS, 2, ministry=m) for i, m in enumerate(typed)]
    rows.append(row("F", Fraction(90), C_DIMS, 4, ministry="การคลัง"))
    dash = dashboard(rows, CL)
    assert [(g.label, g.count, g.mean_overall) for g in dash.groups["ministry"]] == [
        ("กระทรวงการคลัง", 1, Fraction(90)), ("กระทรวงมหาดไทย", 3, Fraction(60))]
    groups = [r[1:3] for r in summary_table(dash, CL, "th")[1] if r[0] == "กระทรวง"]
    assert groups == [["กระทรวงการคลัง", 1], ["กระทรวงมหาดไทย", 3]]
    path = write_summary(tmp_path / "s.csv", dash, rows, CL, "th", 2569)
    lines = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert [line[1] for line in lines if line[0] == "กระทรวง"] == ["กระทรวงการคลัง", "กระทรวงมหาดไทย"]
    path = write_summary(tmp_path / "s.xlsx", dash, rows, CL, "th", 2569)
    with zipfile.ZipFile(path) as zf:
        strings = set(re.findall(r"<t[^>]*>([^<]*)</t>", zf.read("xl/sharedStrings.xml").decode()))
    # The agencies sheet names each agency's ministry by its group too, so a filter on it finds all three.
    assert "กระทรวงมหาดไทย" in strings and not strings & {"มหาดไทย", "กระทรวง  มหาดไทย "}


def _number_formats(path: Path, sheet: int = 1) -> dict[str, str]:
    """Cell reference → the number format it is shown with, read from the workbook's XML."""
    with zipfile.ZipFile(path) as zf:
        styles = zf.read("xl/styles.xml").decode()
        cells = zf.read(f"xl/worksheets/sheet{sheet}.xml").decode()
    codes = {"0": "General", "2": "0.00"} | dict(re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', styles))
    xfs = re.search(r"<cellXfs[^>]*>(.*?)</cellXfs>", styles, re.S)
    assert xfs is not None
    ids = re.findall(r'<xf numFmtId="(\d+)"', xfs.group(1))
    return {ref: codes[ids[int(s or 0)]] for ref, s in re.findall(r'<c r="([A-Z]+\d+)"(?: s="(\d+)")?', cells)}


def test_xlsx_shows_the_sign_of_a_difference_from_a_benchmark_and_the_csv_plain_numbers(tmp_path: Path):
    header, table = summary_table(dashboard([A], CL), CL, "en")
    national = header.index("vs Thailand 2017")
    d4 = header.index("vs Ministry of Industry 2017 D4")
    assert fmt_signed(table[0][national]) == "-12.0" and fmt_signed(table[0][d4]) == "+3.0"  # DOMAIN.md §3.7
    path = write_summary(tmp_path / "s.xlsx", dashboard([A], CL), [A], CL, "en", 2569)
    formats = _number_formats(path)
    total = TOP + 2  # the row under the header, counted from 1
    for column in (national, d4):
        assert formats[f"{_column_letter(column)}{total}"] == "+0.0;-0.0;0.0"
    assert formats[f"{_column_letter(header.index('Mean overall'))}{total}"] == "0.0"  # a score has no sign
    path = write_summary(tmp_path / "s.csv", dashboard([A], CL), [A], CL, "en", 2569)
    lines = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert (lines[1][national], lines[1][d4]) == ("-12.0", "3.0")  # for scripts, plain numbers


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
