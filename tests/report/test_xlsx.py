"""The editable XLSX copy: one row per item with answer, note and evidence, and a summary sheet."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from core.checklist import default_checklist
from core.report import write_xlsx
from tests.report.samples import long_notes_source

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
CHECKLIST = default_checklist()


def _sheets(path: Path) -> dict[str, list[list[str]]]:
    """Each sheet as rows of cell texts (shared strings resolved, numbers as written)."""
    with zipfile.ZipFile(path) as z:
        shared = [
            "".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)
        ]
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        names = [s.get("name", "") for s in book.find("m:sheets", NS) or []]
        out: dict[str, list[list[str]]] = {}
        for n, name in enumerate(names, start=1):
            root = ElementTree.fromstring(z.read(f"xl/worksheets/sheet{n}.xml"))
            rows = []
            for row in root.iter(f"{{{NS['m']}}}row"):
                cells = []
                for c in row.findall("m:c", NS):
                    v = c.find("m:v", NS)
                    text = "" if v is None else (v.text or "")
                    cells.append(shared[int(text)] if c.get("t") == "s" else text)
                rows.append(cells)
            out[name] = rows
    return out


def test_one_row_per_item_with_answer_note_and_evidence(tmp_path: Path) -> None:
    source = long_notes_source()
    sheets = _sheets(write_xlsx(source, tmp_path / "r.xlsx", "th"))
    assert list(sheets) == ["สรุป", "รายข้อ"]
    rows = sheets["รายข้อ"][1:]
    assert [r[1] for r in rows] == [i.id for i in CHECKLIST.items]
    by_id = {r[1]: r for r in rows}
    for item in CHECKLIST.items:
        row = by_id[item.id]
        assert row[3] == item.text.th
        assert row[5] == source.answers[item.id].note
    assert by_id["P01"][7] == "หลักฐาน-P01-คำสั่งแต่งตั้ง.pdf\np01_minutes_2568.docx"
    assert by_id["P05"][8] == "✓" and by_id["P06"][8] == ""


def test_summary_figures_are_the_displayed_ones(tmp_path: Path) -> None:
    from tests.report.samples import example_source

    sheets = _sheets(write_xlsx(example_source("a"), tmp_path / "a.xlsx", "en"))
    summary = {r[0]: r[1:] for r in sheets["Summary"] if r}
    assert float(summary["Overall score"][0]) == 45.8
    assert summary["Level reached"][0] == "2"
    assert summary["Level name"] == ["รัฐบาลอิเล็กทรอนิกส์ระดับเริ่มต้น", "Early E-Government"]
    assert float(summary["D3"][-1]) == 45.5
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", summary["Verification code"][0])


def test_an_agency_without_an_english_name_is_named_in_thai_in_the_english_copy(tmp_path: Path) -> None:
    import dataclasses

    from core.text import Text
    from tests.report.samples import AGENCY, example_source

    source = dataclasses.replace(example_source("a"), agency_name=Text(AGENCY, ""))  # only Thai is required
    summary = {r[0]: r[1:] for r in _sheets(write_xlsx(source, tmp_path / "a.xlsx", "en"))["Summary"] if r}
    assert summary["Agency"] == [AGENCY]
