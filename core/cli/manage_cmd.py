"""``kao agency …`` and ``kao assessment …``: create and manage data without the GUI (scripts, support)."""

from __future__ import annotations

import argparse
from typing import Any

from core.answers import answers_to_json
from core.cli.context import EXIT_OK, Context, number
from core.cli.storage_cmd import open_for_cli, status_label
from core.errors import KaoError
from core.records import Agency, AgencyKind, AssessmentDetail
from core.storage import SqliteAssessmentService
from core.text import Text

__all__ = ["register"]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("agency", parents=[common], help="add or list agencies")
    actions = p.add_subparsers(dest="agency_action", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("add", parents=[common], help="add an agency")
    q.add_argument("--code", required=True)
    q.add_argument("--name-th", required=True)
    q.add_argument("--name-en", default="")
    q.add_argument("--kind", choices=[k.value for k in AgencyKind], default=AgencyKind.DEPARTMENT.value)
    for field in ("ministry", "department", "contact"):
        q.add_argument(f"--{field}", default="")
    q.add_argument("--province", default="", help="its Thai or English name, as on the list of 77 provinces")
    q.add_argument("--json", action="store_true", help="print the stored agency as JSON")
    q.set_defaults(handler=run_agency_add)
    q = actions.add_parser("list", parents=[common], help="list agencies")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=run_agency_list)

    p = sub.add_parser("assessment", parents=[common], help="create and manage one assessment")
    actions = p.add_subparsers(dest="assessment_action", metavar="ACTION", required=True, parser_class=type(p))
    q = actions.add_parser("new", parents=[common], help="create a draft")
    q.add_argument("--agency", required=True, metavar="ID|CODE")
    q.add_argument("--year", type=number, required=True, metavar="B.E.", help="fiscal year, Buddhist era (2569)")
    q.add_argument("--assessor", action="append", default=[], metavar="NAME", help="repeat for several")
    q.add_argument("--json", action="store_true", help="print the new assessment as JSON")
    q.set_defaults(handler=run_new)
    q = actions.add_parser("copy", parents=[common], help="copy into a new draft for another year")
    q.add_argument("id", type=number, metavar="ID")
    q.add_argument("--year", type=number, required=True, metavar="B.E.")
    q.add_argument("--json", action="store_true", help="print the new assessment as JSON")
    q.set_defaults(handler=run_copy)
    q = actions.add_parser("show", parents=[common], help="show an assessment")
    q.add_argument("id", type=number, metavar="ID")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=run_show)
    q = actions.add_parser("history", parents=[common], help="print the audit log of an assessment")
    q.add_argument("id", type=number, metavar="ID")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=run_history)
    q = actions.add_parser("reopen", parents=[common], help="unlock a finalized assessment")
    q.add_argument("id", type=number, metavar="ID")
    q.add_argument("--reason", required=True)
    q.set_defaults(handler=run_reopen)
    for name, helptext in (("finalize", "check completeness and lock"), ("delete", "move to the trash"),
                           ("restore", "bring back from the trash")):
        q = actions.add_parser(name, parents=[common], help=helptext)
        q.add_argument("id", type=number, metavar="ID")
        q.set_defaults(handler=run_simple, simple=name)


def agency_to_dict(a: Agency) -> dict[str, Any]:
    return {
        "id": a.id, "code": a.code, "name": a.name.as_dict(), "kind": a.kind.value, "ministry": a.ministry,
        "department": a.department, "province": a.province, "contact": a.contact,
    }


def detail_to_dict(d: AssessmentDetail, service: SqliteAssessmentService) -> dict[str, Any]:
    return {
        "id": d.id,
        "uid": d.uid,
        "agency": agency_to_dict(d.agency),
        "fiscal_year": d.fiscal_year,
        "checklist": {"id": d.checklist_id, "version": d.checklist_version},
        "assessors": list(d.assessors),
        "status": d.status.value,
        "created_at": d.created_at.isoformat(),
        "updated_at": d.updated_at.isoformat(),
        "deleted": d.deleted,
        "answers": answers_to_json(d.answers, service.checklist)["answers"],
        "review": sorted(d.review_flags),
        "evidence": {
            item: [{"sha256": e.sha256, "filename": e.filename, "size": e.size} for e in files]
            for item, files in d.evidence.items()
        },
    }


def run_agency_add(args: argparse.Namespace, ctx: Context) -> int:
    from core.agency_rules import agency_problems, province_named  # loaded on first use, not at the app's start

    agency = Agency(args.code, Text(args.name_th, args.name_en), AgencyKind(args.kind), args.ministry,
                    args.department, province_named(args.province), args.contact)
    problems = agency_problems(agency)  # the rules the profile form applies: one list of provinces, the same codes
    if problems:
        raise KaoError(" ".join(p.message.th for p in problems), "; ".join(p.message.en for p in problems))
    with open_for_cli(ctx) as service:
        saved = service.save_agency(agency)
    if args.json:
        ctx.print_json(agency_to_dict(saved))
    else:
        ctx.print(ctx.t(f"เพิ่มหน่วยงาน {saved.code} แล้ว (หมายเลข {saved.id})",
                        f"added agency {saved.code} (id {saved.id})"))
    return EXIT_OK


def run_agency_list(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        agencies = service.list_agencies()
    if args.json:
        ctx.print_json([agency_to_dict(a) for a in agencies])
        return EXIT_OK
    for a in agencies:
        ctx.print(f"{a.id:>4}  {a.code}  {a.name.get(ctx.lang) or a.name.th}  {a.kind.value}")
    return EXIT_OK


def _agency_id(service: SqliteAssessmentService, ref: str) -> int:
    for a in service.list_agencies():
        if a.code == ref or str(a.id) == ref:
            assert a.id is not None
            return a.id
    raise KaoError(f"ไม่พบหน่วยงาน {ref} (ดูรายการด้วย kao agency list)", f"no agency {ref} (see kao agency list)")


def _print_created(d: AssessmentDetail, service: SqliteAssessmentService, ctx: Context, as_json: bool) -> None:
    if as_json:
        ctx.print_json(detail_to_dict(d, service))
    else:
        ctx.print(ctx.t(f"สร้างแบบประเมินหมายเลข {d.id} ปี {d.fiscal_year} ของ {d.agency.code} แล้ว",
                        f"created assessment {d.id} for {d.agency.code}, {d.fiscal_year}"))


def run_new(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        detail = service.create_assessment(_agency_id(service, args.agency), args.year, tuple(args.assessor))
        _print_created(detail, service, ctx, args.json)
    return EXIT_OK


def run_copy(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        detail = service.copy_from_previous(args.id, args.year)
        _print_created(detail, service, ctx, args.json)
    return EXIT_OK


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        d = service.get_assessment(args.id)
        if args.json:
            ctx.print_json(detail_to_dict(d, service))
            return EXIT_OK
        answered, total = service.progress(args.id)
    ctx.print(f"{d.id}  {d.fiscal_year}  {d.agency.code}  {d.agency.name.get(ctx.lang) or d.agency.name.th}")
    ctx.print(f"{ctx.t('สถานะ', 'status')}: {status_label(d.status, ctx)}"
              + (ctx.t(" [ถังขยะ]", " [trash]") if d.deleted else ""))
    ctx.print(f"{ctx.t('ผู้ประเมิน', 'assessors')}: {', '.join(d.assessors) or '–'}")
    ctx.print(f"{ctx.t('ตอบแล้ว', 'answered')}: {answered}/{total}")
    return EXIT_OK


def run_history(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        entries = service.audit_log(args.id)
    if args.json:
        ctx.print_json([
            {"at": e.at.isoformat(), "actor": e.actor, "action": e.action, "item_id": e.item_id, "old": e.old,
             "new": e.new, "reason": e.reason}
            for e in entries
        ])
        return EXIT_OK
    from core.bundle.errors import escaped  # old and new may be notes: whole, but escaped

    for e in entries:
        what = f"{e.action} {e.item_id}" if e.item_id else e.action
        why = f"  ({escaped(e.reason)})" if e.reason else ""
        old, new = escaped(e.old or "–"), escaped(e.new or "–")
        ctx.print(f"{e.at.astimezone():%Y-%m-%d %H:%M:%S}  {escaped(e.actor)}  {what}: {old} → {new}{why}")
    return EXIT_OK


def run_reopen(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        service.reopen(args.id, args.reason)
    ctx.print(ctx.t(f"เปิดแก้ไขแบบประเมินหมายเลข {args.id} แล้ว", f"assessment {args.id} reopened"))
    return EXIT_OK


_DONE = {
    "finalize": ("ยืนยันผลและล็อกแบบประเมินหมายเลข {id} แล้ว", "assessment {id} finalized and locked"),
    "delete": ("ย้ายแบบประเมินหมายเลข {id} ไปถังขยะแล้ว (กู้คืนได้)", "assessment {id} moved to the trash"),
    "restore": ("กู้คืนแบบประเมินหมายเลข {id} จากถังขยะแล้ว", "assessment {id} restored from the trash"),
}


def run_simple(args: argparse.Namespace, ctx: Context) -> int:
    with open_for_cli(ctx) as service:
        getattr(service, args.simple)(args.id)
    th, en = _DONE[args.simple]
    ctx.print(ctx.t(th.format(id=args.id), en.format(id=args.id)))
    return EXIT_OK
