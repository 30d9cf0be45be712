"""``kao report SOURCE --out FILE``: the certificate or full report as PDF, or the editable XLSX.

SOURCE is an assessment id (read through storage), a submission file
(``.kao``, checked completely first; its verification code is printed), or an
answers JSON file (then ``--agency-name`` and ``--year`` are required). The output's extension
chooses the format: ``.pdf`` (``--kind`` certificate or full) or ``.xlsx``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.context import EXIT_OK, SQLITE_MAX_INT, Context, number
from core.errors import KaoError
from core.report.source import ReportSource, source_from_answers_file, source_from_assessment

__all__ = ["register"]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common],
                       help="write the certificate or the full report (PDF), or the editable copy (XLSX)")
    p.add_argument("source", metavar="SOURCE",
                   help="an assessment id, a submission file (.kao) or an answers JSON file")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="output file: .pdf or .xlsx")
    p.add_argument("--kind", choices=["certificate", "full"], default="full", help="which PDF (default: full)")
    p.add_argument("--agency-name", metavar="NAME", help="agency name (answers file only)")
    p.add_argument("--year", type=number, metavar="YYYY", help="fiscal year, B.E., e.g. 2568 (answers file only)")
    p.add_argument("--thai-digits", action="store_true", help="dates and fiscal year in Thai numerals")
    p.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the editable XLSX copy")
    p.set_defaults(handler=run)


def _check_suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise KaoError(
            f"ไฟล์ผลลัพธ์ {path} ต้องลงท้ายด้วย {' หรือ '.join(allowed)}",
            f"the output {path} must end in {' or '.join(allowed)}",
        )
    return suffix


def _load(args: argparse.Namespace, ctx: Context) -> ReportSource:
    text = str(args.source).strip()
    if text.isdecimal() and not Path(text).exists():  # isdecimal: int() takes it (isdigit also says yes to ²)
        if args.agency_name is not None or args.year is not None:
            raise KaoError(
                "--agency-name และ --year ใช้กับไฟล์คำตอบเท่านั้น ชื่อและปีของการประเมินมาจากฐานข้อมูล",
                "--agency-name and --year are for an answers file only; a stored assessment has its own",
            )
        from core.cli.storage_cmd import open_for_cli

        with open_for_cli(ctx) as service:
            detail = service.get_assessment(_stored_id(text))
            return source_from_assessment(detail, checklist=service.checklist)
    path = Path(text)
    if not path.is_file():
        raise KaoError(f"ไม่พบไฟล์หรือการประเมิน {text}", f"no such file or assessment: {text}")
    if path.suffix.lower() == ".kaor":
        raise KaoError(f"{text} เป็นใบตอบรับ ไม่มีผลการประเมินให้พิมพ์ ใช้ไฟล์ส่งผล (.kao) หรือหมายเลขแบบประเมินแทน",
                       f"{text} is a receipt, with no results to print; give the submission file (.kao) or the"
                       " assessment's id")
    if path.suffix.lower() == ".kao":
        if args.agency_name is not None or args.year is not None:
            raise KaoError(
                "--agency-name และ --year ใช้กับไฟล์คำตอบเท่านั้น ไฟล์ส่งผลมีชื่อและปีอยู่แล้ว",
                "--agency-name and --year are for an answers file only; a submission file has its own",
            )
        from core.report.submission import source_from_submission

        return source_from_submission(path)
    if args.agency_name is None or args.year is None:
        raise KaoError(
            "รายงานจากไฟล์คำตอบต้องระบุ --agency-name และ --year (ปี พ.ศ.)",
            "a report from an answers file needs --agency-name and --year (Buddhist era)",
        )
    return source_from_answers_file(path, args.agency_name, args.year)


def run(args: argparse.Namespace, ctx: Context) -> int:
    suffix = _check_suffix(args.out, (".pdf", ".xlsx"))
    if args.xlsx is not None:
        _check_suffix(args.xlsx, (".xlsx",))
    source = _load(args, ctx)
    # Imported here: only this command pays for reportlab and XlsxWriter.
    from core.report import render_certificate, render_full_report, write_xlsx

    written = []
    if suffix == ".xlsx":
        written.append(write_xlsx(source, args.out, ctx.lang))
    elif args.kind == "certificate":
        written.append(render_certificate(source, args.out, ctx.lang, thai_digits=args.thai_digits))
    else:
        written.append(render_full_report(source, args.out, ctx.lang, thai_digits=args.thai_digits))
    if args.xlsx is not None:
        written.append(write_xlsx(source, args.xlsx, ctx.lang))
    for path in written:
        ctx.print(ctx.t(f"เขียนไฟล์ {path} แล้ว", f"wrote {path}"))
    return EXIT_OK


def _stored_id(text: str) -> int:
    value = int(text)
    if value > SQLITE_MAX_INT:
        raise KaoError(f"ไม่มีแบบประเมินหมายเลข {text}", f"there is no assessment {text}")
    return value
