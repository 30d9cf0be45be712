"""The words printed on the certificate and the report, in Thai and English.

Figures are never formatted here ad hoc: scores and deltas come from
:mod:`core.numbers`, so the paper shows exactly what the app and CLI show.
"""

from __future__ import annotations

from datetime import date

from core.model import AnswerValue, Checklist
from core.numbers import fmt_number
from core.scoring import ScoreCard
from core.text import Lang, Text
from core.thai import BE_OFFSET, format_date, thai_digits

__all__ = [
    "L", "answer_label", "fiscal_year_text", "issue_date_text", "level_title", "overall_text", "verification_note",
]


class L:
    """Fixed phrases. Each is a :class:`Text`; call ``.get(lang)``."""

    DRAFT_WATERMARK = Text("ฉบับร่าง / DRAFT", "ฉบับร่าง / DRAFT")  # both languages on purpose
    PAGE = Text("หน้า {x} จาก {y}", "Page {x} of {y}")
    REPORT_TITLE = Text(
        "รายงานผลการประเมินตนเองด้านระดับการพัฒนาสู่รัฐบาลดิจิทัล",
        "Digital Government Maturity Self-Assessment Report",
    )
    CERT_TITLE = Text("หนังสือรับรองผลการประเมินตนเอง", "Certificate of Self-Assessment")
    CERT_SUBTITLE = Text("ระดับการพัฒนาสู่รัฐบาลดิจิทัล", "Digital Government Maturity")
    CERT_THIS_CERTIFIES = Text("หนังสือฉบับนี้ให้ไว้เพื่อแสดงว่า", "This is to certify that")
    CERT_HAS_ASSESSED = Text(
        "ได้ประเมินตนเองตามแบบประเมินระดับการพัฒนาสู่รัฐบาลดิจิทัล {fy} และมีผลการประเมินดังนี้",
        "has assessed itself against the digital-government maturity checklist for {fy}, with this result:",
    )
    CERT_GIVEN_ON = Text("ให้ไว้ ณ วันที่ {date}", "Given on {date}")
    SIGN_LINE = Text("ลงชื่อ", "Signed")
    ASSESSOR = Text("ผู้ประเมิน", "Assessor")
    HEAD_OF_AGENCY = Text("หัวหน้าส่วนราชการ", "Head of agency")
    VERIFICATION = Text("รหัสตรวจสอบ", "Verification code")
    VERIFICATION_NOTE = Text(
        "รหัสนี้คำนวณจากคำตอบทุกข้อ หากคำตอบเปลี่ยน รหัสจะเปลี่ยนด้วย",
        "Computed from every answer: any change to the answers changes the code.",
    )
    VERIFICATION_NOTE_SUBMISSION = Text(
        "รหัสนี้ตรงกับรหัสตรวจสอบของไฟล์ส่งผลฉบับนี้ ใช้ยืนยันว่าเอกสารกับไฟล์ตรงกัน",
        "Matches the verification code of this submission file: use it to check paper against file.",
    )
    SELF_ASSESSMENT_NOTE = Text(
        "ผลนี้เป็นการประเมินตนเองของหน่วยงาน ไม่ใช่การรับรองจากหน่วยงานภายนอก",
        "This is the agency's own assessment, not an external certification.",
    )
    OVERALL = Text("คะแนนรวม", "Overall score")
    OUT_OF_100 = Text("จาก 100", "out of 100")
    LEVEL = Text("ระดับ", "Level")
    LEVEL_REACHED = Text("ระดับที่ผ่าน", "Level reached")
    INCOMPLETE = Text("ยังตอบไม่ครบ {n} ข้อ: ผลเบื้องต้น", "{n} item(s) still open: preliminary result")
    PROVISIONAL = Text(
        "ผลชั่วคราว: มีมิติที่ประเมินไม่ได้ จึงปรับน้ำหนักใหม่",
        "Provisional: a dimension could not be assessed, so the weights were renormalised",
    )
    STATUS = Text("สถานะ", "Status")
    STATUS_DRAFT = Text("ฉบับร่าง", "Draft")
    STATUS_FINAL = Text("ยืนยันผลแล้ว", "Finalized")
    ASSESSORS = Text("ผู้ประเมิน", "Assessors")
    ISSUED = Text("วันที่ออกรายงาน", "Issued on")
    CHECKLIST = Text("แบบประเมิน", "Checklist")
    NONE = Text("ไม่มี", "None")
    SUMMARY = Text("1. สรุปผลการประเมิน", "1. Summary")
    DIMENSION_SCORES = Text("คะแนนรายมิติ", "Dimension scores")
    DIMENSION = Text("มิติ", "Dimension")
    WEIGHT = Text("น้ำหนัก", "Weight")
    ITEMS_COUNTED = Text("ข้อที่นับ", "Items counted")
    SCORE = Text("คะแนน", "Score")
    NOT_ASSESSABLE = Text("ประเมินไม่ได้", "not assessable")
    LEVEL_RATIOS = Text("สัดส่วนความพร้อมตามระดับ (เกณฑ์ผ่าน {t}%)", "Level ratios (pass mark {t}%)")
    RATIO = Text("สัดส่วน", "Ratio")
    PASSED = Text("ผ่าน", "Pass")
    NOT_PASSED = Text("ไม่ผ่าน", "Not passed")
    EARNED = Text("ได้", "Earned")
    CHARTS = Text("แผนภูมิเทียบกับค่าเฉลี่ยประเทศ พ.ศ. 2560", "Charts against the Thailand 2017 average")
    LEGEND_AGENCY = Text("หน่วยงานของท่าน", "Your agency")
    LEGEND_BENCH = Text("ค่าเฉลี่ยประเทศ พ.ศ. 2560", "Thailand 2017")
    LEGEND_BOUND = Text("ไม่เผยแพร่ ทราบเพียงขอบล่าง (ไม่นำมาเปรียบเทียบ)", "Not published: lower bound only, not compared")
    BENCHMARKS = Text("เทียบกับผลสำรวจ พ.ศ. 2560 (ใช้อ้างอิงเท่านั้น)", "Compared with the 2017 survey (indicative only)")
    BENCH_CAVEAT = Text(
        "ผลสำรวจปี 2560 ใช้เครื่องมือและปีที่ต่างกัน การเปรียบเทียบจึงใช้อ้างอิงเท่านั้น ไม่ใช่เกณฑ์ผ่านหรือไม่ผ่าน "
        "ค่าที่ไม่ได้เผยแพร่ (n/p) แสดงเพียงขอบล่างเป็นสีจาง และไม่นำมาเปรียบเทียบ",
        "The 2017 survey used a different instrument in a different year, so the comparison is indicative "
        "only and not a pass/fail criterion. Unpublished figures (n/p) show only a greyed lower bound and "
        "are never compared.",
    )
    BENCHMARK = Text("ผลสำรวจ", "Survey")
    DELTA = Text("ส่วนต่าง", "Difference")
    ABOVE = Text("สูงกว่า", "above")
    AT = Text("เท่ากับ", "at")
    BELOW = Text("ต่ำกว่า", "below")
    NOT_PUBLISHED = Text("ไม่เผยแพร่", "n/p")
    ITEMS = Text("2. ผลรายข้อ", "2. Item by item")
    ITEM = Text("ข้อ", "Item")
    ANSWER = Text("คำตอบ", "Answer")
    UNANSWERED = Text("ยังไม่ตอบ", "Not answered")
    NOTE = Text("หมายเหตุ", "Note")
    NA_REASON = Text("เหตุผลที่ไม่เกี่ยวข้อง", "Why N/A")
    EVIDENCE = Text("หลักฐาน", "Evidence")
    REVIEW_MARK = Text("ต้องทบทวน", "For review")
    REVIEW = Text("3. ข้อที่ทำเครื่องหมายให้ทบทวน", "3. Items marked for review")
    BLOCKED = Text("4. หลักฐานระดับสูงที่ยังนับไม่ได้", "4. Blocked higher-level evidence")
    BLOCKED_EXPLAIN = Text(
        "ระดับต่อไปนี้มีสัดส่วนถึงเกณฑ์แล้ว แต่ยังนับไม่ได้ เพราะระดับก่อนหน้ายังไม่ผ่าน",
        "These levels meet the pass mark but cannot count yet, because an earlier level has not passed.",
    )
    PATH = Text("5. เส้นทางสู่ระดับถัดไป", "5. Path to the next level")
    PATH_INTRO = Text(
        "เปลี่ยนคำตอบต่อไปนี้เป็น 'ใช่' ({n} ข้อ) จะถึง{level}",
        "Changing these {n} item(s) to Yes reaches {level}.",
    )
    PATH_TOP = Text("หน่วยงานอยู่ในระดับสูงสุดแล้ว", "The agency is at the top level.")
    PATH_UNREACHABLE = Text(
        "ไปถึงระดับ {level} ไม่ได้ เพราะมีข้อที่ไม่เกี่ยวข้องมากเกินไป",
        "Level {level} cannot be reached: too many items are N/A.",
    )
    NOW = Text("ปัจจุบัน", "Now")
    GAIN = Text("คะแนนรวมเพิ่มขึ้น", "Overall gain")
    OPEN_ITEMS = Text("6. ข้อที่ยังไม่สมบูรณ์", "6. Open items")
    OPEN_EXPLAIN = Text(
        "ข้อเหล่านี้ยังไม่ได้ตอบ หรือเลือก 'ไม่เกี่ยวข้อง' โดยไม่มีเหตุผล จึงนับเป็น 'ไม่ใช่' ในผลเบื้องต้นนี้",
        "These items are unanswered, or N/A without a reason, so this preliminary result counts them as No.",
    )


def answer_label(value: AnswerValue | None, checklist: Checklist, lang: Lang) -> str:
    if value is None:
        return L.UNANSWERED.get(lang)
    return checklist.choice(value).label.get(lang)


def level_title(level: int, checklist: Checklist, lang: Lang) -> str:
    """"ระดับ 2 รัฐบาลอิเล็กทรอนิกส์ระดับเริ่มต้น" / "Level 2 Early E-Government"."""
    return f"{L.LEVEL.get(lang)} {level} {checklist.level(level).name.get(lang)}"


def fiscal_year_text(be_year: int, lang: Lang, *, digits: bool = False, in_sentence: bool = False) -> str:
    """ปีงบประمาณ พ.ศ. 2568 / Fiscal year B.E. 2568 (2025), lower case inside a sentence."""
    if lang == "en":
        text = f"fiscal year B.E. {be_year} ({be_year - BE_OFFSET})"
        return text if in_sentence else "F" + text[1:]
    text = f"ปีงบประมาณ พ.ศ. {be_year}"
    return thai_digits(text) if digits else text


def issue_date_text(day: date, lang: Lang, *, digits: bool = False) -> str:
    """15 สิงหาคม พ.ศ. 2568 (Thai digits on request) / 15 August 2025."""
    return format_date(day, lang, digits=digits and lang == "th")


def overall_text(card: ScoreCard) -> str:
    return "-" if card.overall is None else fmt_number(card.overall)


def verification_note(from_submission: bool, lang: Lang) -> str:
    return (L.VERIFICATION_NOTE_SUBMISSION if from_submission else L.VERIFICATION_NOTE).get(lang)
