"""Report sources used by the tests and the benchmark: the worked examples, and a
complete assessment with a long Thai note on every item."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from core.checklist import default_checklist
from core.model import Answer, AnswerValue
from core.report.source import ReportSource, answers_verification, source_from_answers_file
from core.text import Text

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

AGENCY = "สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
AGENCY_EN = "Office of the Permanent Secretary, Ministry of Higher Education, Science, Research and Innovation"
ASSESSOR = "นางสาวสมหญิง ใจดี"
ISSUED = date(2025, 8, 15)

# Sentences with stacked marks (ที่ น้ำ ปั้น ผู้ใหญ่) and long runs without spaces.
SENTENCES = (
    "ผู้ใหญ่บ้านและผู้นำท้องถิ่นได้ร่วมกันสนับสนุนสิ่งที่เป็นประโยชน์ต่อส่วนรวมอย่างต่อเนื่องตลอดปีงบประมาณ",
    "หน่วยงานได้จัดทำแผนปฏิบัติการด้านดิจิทัลและเสนอให้หัวหน้าส่วนราชการให้ความเห็นชอบเมื่อต้นปี",
    "น้ำใจของเจ้าหน้าที่ทุกคนที่ช่วยกันรวบรวมหลักฐานทำให้การประเมินครั้งนี้เสร็จทันเวลา",
    "ศูนย์การเรียนรู้ชุมชนจังหวัดเชียงใหม่เป็นต้นแบบการปั้นดินเผาและการให้บริการประชาชนผ่านช่องทางออนไลน์",
    "ยังต้องปรับปรุงระบบสารบรรณอิเล็กทรอนิกส์ให้เชื่อมโยงกับหน่วยงานอื่นโดยอัตโนมัติ",
    "คณะทำงานธรรมาภิบาลข้อมูลประชุมทุกไตรมาสและติดตามความก้าวหน้าของบัญชีข้อมูลของหน่วยงาน",
    "การสำรองข้อมูลดำเนินการทุกสัปดาห์ และทดสอบการกู้คืนระบบปีละหนึ่งครั้งตามแผนรองรับการดำเนินงานอย่างต่อเนื่อง",
    "นายสมชาย ใจดี ผู้อำนวยการกองยุทธศาสตร์ เป็นผู้รับผิดชอบหลักในการติดตามตัวชี้วัดและรายงานผู้บริหาร",
    "ประชาชนสามารถยื่นคำขอและติดตามสถานะผ่านแอปพลิเคชันบนโทรศัพท์มือถือได้ตลอดยี่สิบสี่ชั่วโมง",
    "งบประมาณปี 2568 จัดสรรไว้สำหรับพัฒนาทักษะดิจิทัลของบุคลากรกลุ่มผู้บริหารและกลุ่มผู้ปฏิบัติงาน",
    "ก๋วยเตี๋ยวเรือริมน้ำเจ้าพระยาเป็นตัวอย่างข้อความที่มีวรรณยุกต์ซ้อนหลายชั้นเพื่อทดสอบการจัดวางอักษร",
    "ฤๅษีกตัญญูต่อครูบาอาจารย์ ฎีกาและฐานข้อมูลต้องถูกต้องครบถ้วนเป็นปัจจุบัน",
)


def example_source(name: str, *, finalized: bool = False) -> ReportSource:
    source = source_from_answers_file(
        DATA / f"example_{name}.json", AGENCY, 2568, issue_date=ISSUED, assessors=(ASSESSOR,)
    )
    return dataclasses.replace(source, finalized=finalized)


def note_for(index: int) -> str:
    """A long note of three or four sentences, different for every item."""
    count = 3 + index % 2
    return " ".join(SENTENCES[(index + k * 5) % len(SENTENCES)] for k in range(count))


def long_notes_source(*, finalized: bool = False) -> ReportSource:
    """Every item answered, with a long Thai note; N/A where allowed; evidence and review flags."""
    checklist = default_checklist()
    answers: dict[str, Answer] = {}
    evidence: dict[str, tuple[str, ...]] = {}
    cycle = (AnswerValue.YES, AnswerValue.PARTIAL, AnswerValue.YES, AnswerValue.NO)
    for n, item in enumerate(checklist.items):
        if item.na_allowed and n % 2 == 0:
            answers[item.id] = Answer(AnswerValue.NA, "ภารกิจของหน่วยงานไม่เกี่ยวข้องกับเรื่องนี้โดยตรง", note_for(n))
        else:
            answers[item.id] = Answer(cycle[n % len(cycle)], "", note_for(n))
        if n % 3 == 0:
            evidence[item.id] = (f"หลักฐาน-{item.id}-คำสั่งแต่งตั้ง.pdf", f"{item.id.lower()}_minutes_2568.docx")
    return ReportSource(
        agency_name=Text(AGENCY, AGENCY_EN),
        fiscal_year=2568,
        answers=answers,
        verification=answers_verification(answers, checklist),
        issue_date=ISSUED,
        checklist=checklist,
        assessors=(ASSESSOR, "นายสมชาย ใจดี"),
        finalized=finalized,
        review_flags=frozenset({"P05", "S07", "I06"}),
        evidence=evidence,
    )
