"""Submission files from the command line: export, verify, import, receipt, submissions, summary.

Office: ``export ID --out FILE.kao``, ``receipt import FILE.kaor``, ``key show``.
Central office (its own data folder): ``import FILE...``, ``receipt make``,
``submissions``, ``key offices``, ``summary --out FILE.xlsx|FILE.csv``.
Anyone: ``verify FILE``.
A rejected file is one line on stderr; any rejection makes the exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.bundle.code import normalize_code
from core.cli.context import EXIT_BAD_INPUT, EXIT_OK, Context, number
from core.cli.storage_cmd import open_for_cli
from core.errors import KaoError
from core.numbers import fmt_number

__all__ = ["register"]


def agency_key(text: str) -> tuple[str, str]:
    """``AGENCY=FINGERPRINT``: a new key is confirmed for one agency, never for whatever it signed."""
    agency, sep, key = text.partition("=")
    if not sep or not agency.strip() or not key.strip():
        raise argparse.ArgumentTypeError(f"expected AGENCY=KEY, for example CMI-PO=ABCD-EFGH-JKMN-PQRS: {text!r}")
    return agency.strip(), normalize_code(key)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common], help="write a finalized assessment as a signed .kao file")
    p.add_argument("id", type=number, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.kao")
    p.set_defaults(handler=run_export)

    p = sub.add_parser("verify", parents=[common], help="check a .kao file and show its verification code")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_verify)

    p = sub.add_parser("import", parents=[common], help="central office: import .kao files")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--accept-new-key", action="append", default=[], type=agency_key, metavar="AGENCY=FINGERPRINT",
                   help="accept this agency's files signed by this key in place of the one on record (after "
                        "confirming it with the office); may be repeated")
    p.set_defaults(handler=run_import)

    p = sub.add_parser("receipt", parents=[common], help="make (central office) or import (office) receipts")
    actions = p.add_subparsers(dest="receipt_action", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("make", parents=[common], help="central office: write signed receipts")
    q.add_argument("bundle_ids", nargs="*", metavar="BUNDLE_ID|CODE")
    q.add_argument("--all", action="store_true", help="every submission in force")
    q.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    q.set_defaults(handler=run_receipt_make)
    q = actions.add_parser("import", parents=[common], help="office: import receipts (assessment accepted)")
    q.add_argument("files", type=Path, nargs="+", metavar="FILE.kaor")
    q.add_argument("--accept-new-key", action="append", default=[], type=normalize_code, metavar="FINGERPRINT",
                   help="accept this central office key: the first time, or a new one (after confirming it with what "
                        "the central office published)")
    q.set_defaults(handler=run_receipt_import)

    p = sub.add_parser("submissions", parents=[common], help="central office: imported submissions")
    actions = p.add_subparsers(dest="submissions_action", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("list", parents=[common], help="list the submissions in force")
    q.add_argument("--all", action="store_true", help="include superseded ones (history)")
    q.add_argument("--year", type=number, metavar="B.E.")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=run_submissions_list)
    q = actions.add_parser("show", parents=[common], help="one agency's results (drill down)")
    q.add_argument("which", metavar="BUNDLE_ID|CODE")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=run_submissions_show)

    p = sub.add_parser("key", parents=[common], help="signing keys: this computer's, and the offices' on record")
    actions = p.add_subparsers(dest="key_action", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("show", parents=[common], help="this computer's key fingerprint (read it out to confirm)")
    q.set_defaults(handler=run_key_show)
    q = actions.add_parser("offices", parents=[common], help="central office: the office keys on record")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=run_key_offices)

    p = sub.add_parser("summary", parents=[common], help="central office: dashboard as XLSX or CSV")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    p.add_argument("--year", type=number, metavar="B.E.", help="only this fiscal year")
    p.set_defaults(handler=run_summary)


@contextlib.contextmanager
def _central(ctx: Context) -> Iterator[Any]:
    from core.bundle.central import CentralOffice
    from core.storage.submissions import SubmissionStore

    with open_for_cli(ctx) as service, SubmissionStore.open(service.database_path) as store:
        yield CentralOffice(ctx.data_dir, store, service.checklist)


def _shown(text: object) -> str:
    """Text a file or its name brought, made safe to print: control characters escaped, one line.

    An agency name could otherwise clear the screen, retitle the window, or return to the
    start of the line and print a forged "signature valid" over the real output.
    """
    from core.bundle.errors import one_line

    return one_line(str(text))


def _overall(text: str | None) -> str:
    from fractions import Fraction

    return "–" if text is None else fmt_number(Fraction(text))


# -- office -------------------------------------------------------------------------------------

def run_export(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.office import export_size_summary, export_submission
    from core.numbers import fmt_bytes

    # Refused before anything is written or marked: a submission named .txt or .zip is not one the
    # central office's Import offers, nor one a double-click opens in Kao. (The app adds .kao itself.)
    if args.out.suffix.lower() != ".kao":
        raise KaoError(f"ไฟล์ส่งผล {args.out} ต้องลงท้ายด้วย .kao", f"the submission file {args.out} must end in .kao")
    with open_for_cli(ctx) as service:
        for line in export_size_summary(service, args.id).lines(ctx.lang):
            ctx.print(line)
        result = export_submission(service, args.id, args.out)
    ctx.print(ctx.t(f"เขียนไฟล์ {result.path} แล้ว ({fmt_bytes(result.size)})",
                    f"wrote {result.path} ({fmt_bytes(result.size)})"))
    ctx.print(ctx.t(f"รหัสตรวจสอบ: {result.code}", f"verification code: {result.code}"))
    ctx.print(ctx.t(f"ลายนิ้วมือกุญแจของเครื่องนี้: {result.fingerprint} (ส่วนกลางอาจโทรมายืนยัน)",
                    f"this computer's key: {result.fingerprint} (the central office may call to confirm it)"))
    return EXIT_OK


def _refusal(error: KaoError, ctx: Context) -> str:
    """The error, and for a key not on record how to accept it here (the app has a button for it)."""
    from core.bundle.errors import OtherCentralKeyError, OtherKeyError, one_line

    # Never the key that signed the file: typing it must mean having it from its owner.
    if isinstance(error, OtherCentralKeyError):
        return error.text(ctx.lang) + ctx.t(" (นำเข้าใหม่พร้อม --accept-new-key ตามด้วยรหัสกุญแจที่ส่วนกลางประกาศ)",
                                            " (import again with --accept-new-key and the key the central"
                                            " office published)")
    if isinstance(error, OtherKeyError):
        accept = f"--accept-new-key {one_line(error.agency)}=KEY"
        return error.text(ctx.lang) + ctx.t(f" (นำเข้าใหม่พร้อม {accept} โดย KEY คือรหัสกุญแจที่หน่วยงานอ่านให้ฟัง)",
                                            f" (import again with {accept}, the key the office reads out to you)")
    return error.text(ctx.lang)


def run_receipt_import(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.receipts import ReceiptOutcome, import_receipt

    failed = False
    with open_for_cli(ctx) as service:
        for path in args.files:
            try:
                r = import_receipt(service, path, args.accept_new_key)
            except KaoError as exc:
                failed = True
                print(f"kao: {_shown(path)}: {_refusal(exc, ctx)}", file=ctx.err)
                continue
            shown = _shown(path)
            if r.outcome is ReceiptOutcome.ALREADY:
                ctx.print(ctx.t(f"{shown}: นำเข้าแล้วก่อนหน้านี้", f"{shown}: imported before"))
                continue
            ctx.print(ctx.t(f"{shown}: แบบประเมินหมายเลข {r.assessment_id} ได้รับการตอบรับแล้ว (รหัส {r.code})",
                            f"{shown}: assessment {r.assessment_id} accepted (code {r.code})"))
            if r.new_central_key:
                ctx.print(ctx.t(f"  ยืนยันและบันทึกกุญแจของส่วนกลาง {r.central_fingerprint} แล้ว",
                                f"  central office key {r.central_fingerprint} confirmed and recorded"))
    return EXIT_BAD_INPUT if failed else EXIT_OK


# -- anyone -------------------------------------------------------------------------------------

def run_verify(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.reader import read_submission

    try:
        v = read_submission(args.file)
    except KaoError as exc:
        return ctx.fail(f"{_shown(args.file)}: {exc.text(ctx.lang)}")
    m = v.manifest
    card = v.card
    overall = "–" if card.overall is None else fmt_number(card.overall)
    level_name = v.checklist.level(card.level).name.get(ctx.lang)
    if args.json:
        ctx.print_json({
            "valid": True, "code": v.code, "bundle_id": v.bundle_id, "manifest_sha256": v.manifest_sha256,
            "agency": {"code": m.agency.code, "name": m.agency.name.model_dump(), "province": m.agency.province,
                       "ministry": m.agency.ministry, "kind": m.agency.kind},
            "fiscal_year": m.assessment.fiscal_year, "overall": overall, "level": card.level,
            "level_name": level_name, "created_at": m.created_at.isoformat(), "key_fingerprint": v.fingerprint,
        })
        return EXIT_OK
    name = _shown((m.agency.name.th if ctx.lang == "th" else m.agency.name.en) or m.agency.name.th)
    agency = _shown(m.agency.code)
    ctx.print(ctx.t("ไฟล์ส่งผลถูกต้อง ลายมือชื่อและค่าแฮชตรงกันทั้งหมด",
                    "valid submission file: signature and every hash check out"))
    ctx.print(ctx.t(f"รหัสตรวจสอบ: {v.code}", f"verification code: {v.code}"))
    ctx.print(ctx.t(f"หน่วยงาน: {agency} {name}", f"agency: {agency} {name}"))
    ctx.print(ctx.t(f"ปีงบประมาณ: {m.assessment.fiscal_year}", f"fiscal year: {m.assessment.fiscal_year}"))
    ctx.print(ctx.t(f"คะแนนรวม: {overall}", f"overall score: {overall}"))
    ctx.print(ctx.t(f"ระดับ: {card.level} {level_name}", f"level: {card.level} {level_name}"))
    ctx.print(ctx.t(f"ลงนามด้วยกุญแจ: {v.fingerprint}", f"signed by key: {v.fingerprint}"))
    return EXIT_OK


# -- central office -----------------------------------------------------------------------------

def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.central import ImportStatus, import_submissions

    with _central(ctx) as central:
        results = import_submissions(args.files, central, accept_keys=args.accept_new_key)
    for r in results:
        path, agency = _shown(r.path), _shown(r.agency_code)
        if r.status is ImportStatus.REJECTED:
            assert r.error is not None
            print(f"kao: {path}: {_refusal(r.error, ctx)}", file=ctx.err)
            continue
        if r.status is ImportStatus.DUPLICATE:
            ctx.print(ctx.t(f"{path}: นำเข้าแล้วก่อนหน้านี้ ({r.code})", f"{path}: already imported ({r.code})"))
            continue
        line = ctx.t(f"{path}: นำเข้าแล้ว {r.code} หน่วยงาน {agency} ปี {r.fiscal_year}",
                     f"{path}: imported {r.code} agency {agency} year {r.fiscal_year}")
        if r.superseded:
            line += ctx.t(" (แทนฉบับก่อน)", " (replaces the earlier file)")
        if r.history_only:
            line += ctx.t(" (เก่ากว่าฉบับที่ใช้อยู่: เก็บเป็นประวัติ)", " (older than the file in force: kept as history)")
        ctx.print(line)
        if r.new_key:
            ctx.print(ctx.t(f"  บันทึกกุญแจของหน่วยงาน {agency}: {r.new_key} โปรดโทรยืนยันกับหน่วยงาน",
                            f"  key of agency {agency} recorded: {r.new_key}; confirm it with the office"))
    rejected = sum(1 for r in results if r.status is ImportStatus.REJECTED)
    ctx.print(ctx.t(f"สรุป: {len(results) - rejected} ไฟล์ผ่าน, {rejected} ไฟล์ถูกปฏิเสธ",
                    f"done: {len(results) - rejected} accepted, {rejected} rejected"))
    return EXIT_BAD_INPUT if rejected else EXIT_OK


def _find(central: Any, which: str) -> str:
    """A bundle id, or the verification code a person read off a certificate."""
    subs = central.store.list_submissions(include_superseded=True)
    for s in subs:
        if s.bundle_id == which.strip().lower():
            return str(s.bundle_id)
    wanted = normalize_code(which)
    for s in subs:
        if s.code == wanted:
            return str(s.bundle_id)
    raise KaoError(f"ไม่พบไฟล์ส่งผล {which}", f"no imported submission {which}")


def run_receipt_make(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.receipts import issue_receipt

    if not args.all and not args.bundle_ids:
        raise KaoError("ระบุรหัสไฟล์ส่งผล หรือใช้ --all", "give bundle ids or codes, or --all")
    with _central(ctx) as central:
        ids = ([s.bundle_id for s in central.store.list_submissions()] if args.all
               else [_find(central, w) for w in args.bundle_ids])
        for bundle_id in ids:
            ctx.print(str(issue_receipt(central, bundle_id, args.out)))
        if ids:  # as the app says: an office takes its first receipt once it has typed this key in
            fingerprint = central.key.fingerprint
            ctx.print(ctx.t(f"ลงนามด้วยกุญแจของส่วนกลาง: {fingerprint} (แจ้งหน่วยงาน หรืออ่านให้ฟังเมื่อโทรมา)",
                            f"signed with the central office's key: {fingerprint}"
                            " (publish it to the offices, or read it out when they call)"))
    return EXIT_OK


def run_submissions_list(args: argparse.Namespace, ctx: Context) -> int:
    with _central(ctx) as central:
        subs = central.store.list_submissions(include_superseded=args.all, fiscal_year=args.year)
    if args.json:
        ctx.print_json([
            {"bundle_id": s.bundle_id, "code": s.code, "agency_code": s.agency_code,
             "agency_name": {"th": s.agency_name_th, "en": s.agency_name_en}, "province": s.province,
             "ministry": s.ministry, "kind": s.agency_kind, "fiscal_year": s.fiscal_year,
             "overall": _overall(s.overall), "level": s.level, "created_at": s.created_at,
             "imported_at": s.imported_at, "superseded_by": s.superseded_by, "key_fingerprint": s.key_fingerprint}
            for s in subs
        ])
        return EXIT_OK
    if not subs:
        ctx.print(ctx.t("ยังไม่มีไฟล์ส่งผล", "no submissions yet"))
    for s in subs:
        old = ctx.t("  [ฉบับเก่า]", "  [superseded]") if s.superseded_by else ""
        name = _shown((s.agency_name_th if ctx.lang == "th" else s.agency_name_en) or s.agency_name_th)
        score = ctx.t(f"คะแนน {_overall(s.overall)}  ระดับ {s.level}", f"score {_overall(s.overall)}  level {s.level}")
        ctx.print(f"{s.code}  {s.fiscal_year}  {_shown(s.agency_code)}  {name}  {_shown(s.province)}  {score}{old}")
    return EXIT_OK


def run_submissions_show(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.drilldown import submission_view
    from core.cli.score_cmd import print_card

    with _central(ctx) as central:
        view = submission_view(central, _find(central, args.which))
    if not args.json:
        agency = view.detail.agency
        ctx.print(f"{view.code}  {_shown(agency.code)} {_shown(agency.name.get(ctx.lang))}  {view.detail.fiscal_year}")
    print_card(view.card, view.checklist, ctx, args.json)
    return EXIT_OK


def run_key_show(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.keys import load_or_create_key

    ctx.print(load_or_create_key(ctx.data_dir).fingerprint)
    return EXIT_OK


def run_key_offices(args: argparse.Namespace, ctx: Context) -> int:
    with _central(ctx) as central:
        keys = central.store.office_keys()
    if args.json:
        ctx.print_json([{"agency_code": k.agency_code, "fingerprint": k.fingerprint, "how": k.how,
                         "first_seen": k.first_seen, "retired_at": k.retired_at} for k in keys])
        return EXIT_OK
    if not keys:
        ctx.print(ctx.t("ยังไม่มีกุญแจของหน่วยงาน", "no office keys on record yet"))
    for k in keys:
        state = ctx.t("เลิกใช้แล้ว", "retired") if k.retired_at else ctx.t("ใช้อยู่", "in use")
        ctx.print(f"{_shown(k.agency_code)}  {k.fingerprint}  {state}  {k.first_seen[:10]}  {k.how}")
    return EXIT_OK


def run_summary(args: argparse.Namespace, ctx: Context) -> int:
    from core.bundle.dashboard import agency_count, dashboard, result_rows
    from core.bundle.summary_files import write_summary

    with _central(ctx) as central:
        rows = result_rows(central.store.list_submissions(fiscal_year=args.year))
        checklist = central.checklist
    dash = dashboard(rows, checklist)
    write_summary(args.out, dash, rows, checklist, ctx.lang, args.year)
    mean = "–" if dash.total.mean_overall is None else fmt_number(dash.total.mean_overall)
    count = dash.total.count
    if args.year is not None:
        what = ctx.t(f"ปีงบประมาณ {args.year}: {count} หน่วยงาน", f"fiscal year {args.year}: {count} agencies")
    else:  # one submission per agency and year: counting them as agencies would overstate
        agencies = agency_count(rows)
        what = ctx.t(f"ทุกปี: ผลที่ได้รับ {count} รายการ จาก {agencies} หน่วยงาน",
                     f"all years: {count} submissions from {agencies} agencies")
    ctx.print(ctx.t(f"เขียน {args.out} แล้ว: {what} คะแนนรวมเฉลี่ย {mean}",
                    f"wrote {args.out}: {what}, mean overall {mean}"))
    return EXIT_OK
