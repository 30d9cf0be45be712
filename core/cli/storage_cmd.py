"""``kao assessments``, ``answers``, ``load-answers`` and ``backup``: the data folder from a script."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from core.answers import answers_to_json, load_answers_file
from core.cli.context import EXIT_OK, Context, number
from core.model import AnswerValue
from core.numbers import fmt_number
from core.records import AssessmentStatus, AssessmentSummary
from core.storage import SqliteAssessmentService, database_path, list_backups, open_service, restore_backup

__all__ = ["open_for_cli", "register", "status_label"]

def status_label(status: AssessmentStatus, ctx: Context) -> str:
    return status.words.get(ctx.lang)


@contextmanager
def open_for_cli(ctx: Context) -> Iterator[SqliteAssessmentService]:
    """The service for one command; a failed closing backup is a warning, not a failed command."""
    service = open_service(ctx.data_dir)
    for warning in service.warnings:
        print(f"kao: {ctx.t('คำเตือน', 'warning')}: {warning.text(ctx.lang)}", file=ctx.err)
    try:
        yield service
    finally:
        problem = service.close()
        if problem is not None:
            print(f"kao: {ctx.t('คำเตือน', 'warning')}: {problem.text(ctx.lang)}", file=ctx.err)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("assessments", parents=[common], help="list the assessments with their progress")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--trash", action="store_true", help="include assessments in the trash")
    p.set_defaults(handler=run_assessments)

    p = sub.add_parser("answers", parents=[common], help="print an assessment's answers")
    p.add_argument("id", type=number, metavar="ID")
    p.add_argument("--json", action="store_true", help="the answers file format that `score` reads")
    p.set_defaults(handler=run_answers)

    p = sub.add_parser("load-answers", parents=[common], help="load an answers file into a draft")
    p.add_argument("id", type=number, metavar="ID")
    p.add_argument("answers", type=Path, metavar="ANSWERS.json")
    p.set_defaults(handler=run_load_answers)

    p = sub.add_parser("backup", parents=[common], help="list or restore database backups")
    actions = p.add_subparsers(dest="backup_action", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("list", parents=[common], help="list the backups, newest first")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=run_backup_list)
    q = actions.add_parser("restore", parents=[common], help="replace the database with a backup (Kao closed)")
    q.add_argument("name", metavar="NAME")
    q.set_defaults(handler=run_backup_restore)


def summary_to_dict(s: AssessmentSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "agency": {"id": s.agency.id, "code": s.agency.code, "name": s.agency.name.as_dict()},
        "fiscal_year": s.fiscal_year,
        "status": s.status.value,
        "answered": s.answered,
        "total": s.total,
        "percent_answered": s.percent_answered,
        "level": s.level,
        "overall": None if s.overall is None else float(s.overall),
        "overall_display": None if s.overall is None else fmt_number(s.overall),
        "updated_at": s.updated_at.isoformat(),
        "deleted": s.deleted,
    }


def run_assessments(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        rows = service.list_assessments(include_deleted=args.trash)
    if args.json:
        ctx.print_json([summary_to_dict(s) for s in rows])
        return EXIT_OK
    if not rows:
        ctx.print(ctx.t("ยังไม่มีแบบประเมิน", "no assessments yet"))
    for s in rows:
        score = "–" if s.overall is None else fmt_number(s.overall)
        trash = ctx.t(" [ถังขยะ]", " [trash]") if s.deleted else ""
        ctx.print(
            f"{s.id:>4}  {s.fiscal_year}  {s.agency.code}  {s.agency.name.get(ctx.lang) or s.agency.name.th}  "
            f"{status_label(s.status, ctx)}  "
            + ctx.t(f"ตอบแล้ว {s.answered}/{s.total} ({s.percent_answered}%)  ระดับ {s.level}  คะแนน {score}",
                    f"answered {s.answered}/{s.total} ({s.percent_answered}%)  level {s.level}  score {score}")
            + trash
        )
    return EXIT_OK


def run_answers(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        detail = service.get_assessment(args.id)
        checklist = service.checklist
    if args.json:
        ctx.print_json(answers_to_json(detail.answers, checklist))
        return EXIT_OK
    # Notes and reasons are whatever was typed, pasted or loaded: escaped, so a control
    # character cannot drive the terminal, and whole, unlike a message's one_line.
    from core.bundle.errors import escaped

    labels = {c.value: c.label.get(ctx.lang) for c in checklist.answer_scale}
    for item in checklist.items:
        answer = detail.answers.get(item.id)
        value = "–" if answer is None or answer.value is None else labels[answer.value]
        extra = ""
        if answer is not None and answer.value is AnswerValue.NA and answer.reason:
            extra += f"  ({escaped(answer.reason)})"
        if answer is not None and answer.note:
            extra += f"  {ctx.t('หมายเหตุ', 'note')}: {escaped(answer.note)}"
        flag = ctx.t("  [ทบทวน]", "  [review]") if item.id in detail.review_flags else ""
        ctx.print(f"{item.id}  {value}{extra}{flag}")
    return EXIT_OK


def run_load_answers(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        answers = load_answers_file(args.answers, service.checklist)
        changed = service.save_answers(args.id, answers)
    ctx.print(ctx.t(f"โหลดคำตอบ {len(answers)} ข้อเข้าแบบประเมินหมายเลข {args.id} แล้ว (เปลี่ยน {changed} ข้อ)",
                    f"loaded {len(answers)} answers into assessment {args.id} ({changed} changed)"))
    return EXIT_OK


def run_backup_list(args: argparse.Namespace, ctx: Context) -> int:
    found = list_backups(ctx.data_dir)
    if args.json:
        ctx.print_json([
            {"name": b.name, "kind": b.kind, "created_at": b.created_at.isoformat(), "size": b.size}
            for b in found
        ])
        return EXIT_OK
    if not found:
        ctx.print(ctx.t("ยังไม่มีสำเนาสำรอง", "no backups yet"))
    for b in found:
        ctx.print(f"{b.name}  {b.created_at:%Y-%m-%d %H:%M:%S}  {b.kind}  {b.size / 1024:.0f} KB")
    return EXIT_OK


def run_backup_restore(args: argparse.Namespace, ctx: Context) -> int:
    result = restore_backup(ctx.data_dir, database_path(ctx.data_dir), args.name)
    ctx.print(ctx.t(f"กู้คืนจาก {result.restored.name} แล้ว", f"restored {result.restored.name}"))
    if result.previous is not None:
        ctx.print(ctx.t(f"ฐานข้อมูลเดิมเก็บไว้ที่ {result.previous.name}",
                        f"the previous database was kept as {result.previous.name}"))
    return EXIT_OK
