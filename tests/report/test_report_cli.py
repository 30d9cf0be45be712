"""``kao report`` as a user runs it: from an answers file and from a stored assessment."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.storage import open_service
from tests.report.pdftools import contains_wrapped, page_count, text_raw
from tests.report.samples import DATA, ROOT
from tests.storage.helpers import add_agency, example


def kao(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


def test_certificate_and_xlsx_from_an_answers_file(tmp_path: Path) -> None:
    out = tmp_path / "out" / "cert.pdf"
    result = kao("report", str(DATA / "example_a.json"), "--out", str(out), "--kind", "certificate",
                 "--agency-name", "กรมส่งเสริมอุตสาหกรรม", "--year", "2568", "--thai-digits",
                 "--xlsx", str(tmp_path / "copy.xlsx"), data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert page_count(out) == 1 and (tmp_path / "copy.xlsx").stat().st_size > 0
    text = text_raw(out)
    assert contains_wrapped(text, "กรมส่งเสริมอุตสาหกรรม") and contains_wrapped(text, "พ.ศ. ๒๕๖๘")
    assert "ฉบับร่าง / DRAFT" in text  # an answers file is never final


def test_full_report_in_english_chosen_by_extension(tmp_path: Path) -> None:
    out = tmp_path / "full.pdf"
    result = kao("--lang", "en", "report", str(DATA / "example_c.json"), "--out", str(out),
                 "--agency-name", "Test Department", "--year", "2568", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Mature Open Government" in text_raw(out)
    xlsx = tmp_path / "only.xlsx"
    assert kao("report", str(DATA / "example_c.json"), "--out", str(xlsx), "--agency-name", "x",
               "--year", "2568", data_dir=tmp_path / "data").returncode == 0
    assert xlsx.read_bytes()[:2] == b"PK"


def test_user_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    cases = [
        ("report", str(DATA / "example_a.json"), "--out", str(tmp_path / "a.pdf")),  # no name/year
        ("report", str(DATA / "example_a.json"), "--out", str(tmp_path / "a.pdf"), "--agency-name", "x",
         "--year", "2025"),  # Gregorian year
        ("report", str(DATA / "example_a.json"), "--out", str(tmp_path / "a.docx"), "--agency-name", "x",
         "--year", "2568"),
        ("report", str(tmp_path / "missing.json"), "--out", str(tmp_path / "a.pdf")),
        ("report", "12345", "--out", str(tmp_path / "a.pdf")),  # no such assessment
    ]
    for args in cases:
        result = kao(*args, data_dir=data)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("kao: "), result.stderr
    assert not list(tmp_path.glob("a.*"))


def test_report_of_a_stored_finalized_assessment(tmp_path: Path) -> None:
    data = tmp_path / "data"
    evidence = tmp_path / "คำสั่งแต่งตั้ง CIO.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    with open_service(data, actor="somchai") as service:
        agency = add_agency(service)
        assert agency.id is not None
        assessment = service.create_assessment(agency.id, 2568, ("สมชาย ใจดี",)).id
        service.save_answers(assessment, example("a"))
        service.set_review_flag(assessment, "C03", True)
        service.attach_evidence(assessment, "C01", evidence)
        service.finalize(assessment)
    out = tmp_path / "stored.pdf"
    result = kao("report", str(assessment), "--out", str(out), data_dir=data)
    assert result.returncode == 0, result.stderr
    text = text_raw(out)
    assert "DRAFT" not in text  # finalized: no watermark
    assert contains_wrapped(text, "สำนักงานพัฒนารัฐบาลดิจิทัล")
    assert contains_wrapped(text, "หลักฐาน: คำสั่งแต่งตั้ง CIO.pdf")
    assert text.count("• ต้องทบทวน") == 1 and contains_wrapped(text, "สมชาย ใจดี")
    cert = tmp_path / "stored-cert.pdf"
    result = kao("--lang", "en", "report", str(assessment), "--out", str(cert), "--kind", "certificate",
                 data_dir=data)
    assert result.returncode == 0, result.stderr
    assert contains_wrapped(text_raw(cert), "Digital Government Development Agency")
    refused = kao("report", str(assessment), "--out", str(cert), "--year", "2568", data_dir=data)
    assert refused.returncode == 2


def test_report_of_a_submission_file_prints_its_verification_code(tmp_path: Path) -> None:
    from core.bundle.office import export_submission

    data = tmp_path / "data"
    with open_service(data, actor="somchai") as service:
        agency = add_agency(service)
        assert agency.id is not None
        assessment = service.create_assessment(agency.id, 2568, ("สมชาย ใจดี",)).id
        service.save_answers(assessment, example("c"))
        service.set_review_flag(assessment, "S12", True)
        service.finalize(assessment)
        exported = export_submission(service, assessment, tmp_path / "office.kao")
    out = tmp_path / "from-kao.pdf"
    result = kao("report", str(tmp_path / "office.kao"), "--out", str(out), "--kind", "certificate",
                 data_dir=tmp_path / "elsewhere")
    assert result.returncode == 0, result.stderr
    text = text_raw(out)
    assert f"รหัสตรวจสอบ {exported.code}" in text
    assert contains_wrapped(text, "รหัสนี้ตรงกับรหัสตรวจสอบของไฟล์ส่งผลฉบับนี้")
    assert "DRAFT" not in text and contains_wrapped(text, "สำนักงานพัฒนารัฐบาลดิจิทัล")
    full = tmp_path / "from-kao-full.pdf"
    assert kao("report", str(tmp_path / "office.kao"), "--out", str(full), data_dir=data).returncode == 0
    assert text_raw(full).count("• ต้องทบทวน") == 1
    broken = tmp_path / "broken.kao"
    broken.write_bytes(b"not a zip")
    refused = kao("report", str(broken), "--out", str(tmp_path / "b.pdf"), data_dir=data)
    assert refused.returncode == 2 and not (tmp_path / "b.pdf").exists()
