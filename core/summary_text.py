"""A plain-text summary of a score card, in Thai or English (command line, logs, self-test)."""

from __future__ import annotations

from core.benchmark import compare_benchmarks
from core.model import Checklist
from core.numbers import fmt_number, fmt_signed
from core.scoring import ScoreCard
from core.text import Lang

__all__ = ["summary_lines"]


def summary_lines(card: ScoreCard, c: Checklist, lang: Lang) -> list[str]:
    th = lang == "th"
    lines: list[str] = []
    overall = "-" if card.overall is None else fmt_number(card.overall)
    flags = []
    if not card.complete:
        missing = len(card.unanswered) + len(card.na_without_reason)
        flags.append(f"ยังไม่ครบ {missing} ข้อ" if th else f"incomplete: {missing} item(s) open")
    if card.provisional:
        flags.append("ชั่วคราว" if th else "provisional")
    suffix = f" ({'; '.join(flags)})" if flags else ""
    lines.append((f"คะแนนรวม {overall}" if th else f"Overall score {overall}") + suffix)
    name = c.level(card.level).name
    lines.append(f"ระดับ {card.level} {name.th}" if th else f"Level {card.level} {name.en}")
    if card.na_without_reason:
        ids = ", ".join(card.na_without_reason)
        lines.append(f"ตอบ 'ไม่เกี่ยวข้อง' โดยยังไม่ระบุเหตุผล (นับเป็น 'ไม่ใช่'): {ids}" if th
                     else f"N/A still without a reason (counted as No): {ids}")
    lines.append("")
    lines.append("คะแนนรายมิติ" if th else "Dimension scores")
    for d in c.dimensions:
        r = card.dimensions[d.id]
        value = fmt_number(r.score) if r.score is not None else ("ประเมินไม่ได้" if th else "not assessable")
        lines.append(f"  {d.id} {d.name.get(lang)} ({d.weight}%): {value}")
    lines.append("")
    lines.append("สัดส่วนตามระดับ (เกณฑ์ 0.75)" if th else "Level ratios (threshold 0.75)")
    for n, lv in card.levels.items():
        ratio = "-" if lv.ratio is None else fmt_number(lv.ratio, 4)  # exact, as the UI and reports show it
        mark = "ผ่าน" if lv.passed else "ไม่ผ่าน"
        lines.append(f"  R{n} = {ratio} " + (mark if th else ("pass" if lv.passed else "fail")))
    if card.blocked_levels:
        levels = ", ".join(str(n) for n in card.blocked_levels)
        lines.append(f"หลักฐานระดับสูงที่ยังนับไม่ได้: ระดับ {levels}" if th
                     else f"Blocked higher-level evidence: level {levels}")
    path = card.next_level_path
    if path is not None:
        lines.append("")
        if not path.reachable:
            lines.append(f"ไปถึงระดับ {path.target_level} ไม่ได้ เพราะมีข้อที่ไม่เกี่ยวข้องมากเกินไป" if th
                         else f"Level {path.target_level} cannot be reached: too many items are N/A")
        else:
            lines.append(f"เส้นทางสู่ระดับ {path.target_level}: ตอบ 'ใช่' อีก {len(path.steps)} ข้อ" if th
                         else f"Path to level {path.target_level}: {len(path.steps)} item(s) to Yes")
            for s in path.steps:
                gain = fmt_number(s.overall_gain, 2)
                lines.append(f"  {s.item_id} (+{gain} " + ("คะแนน)" if th else "points)"))
    lines.append("")
    lines.append("เทียบผลสำรวจปี 2560 (ใช้อ้างอิงเท่านั้น)" if th else "Compared with 2017 survey (indicative only)")
    for comp in compare_benchmarks(card, c):
        parts = []
        if comp.overall is not None:
            parts.append(("รวม " if th else "overall ") + fmt_signed(comp.overall.delta))
        parts += [f"{dim} {fmt_signed(d.delta)}" for dim, d in comp.dimensions.items()]
        lines.append(f"  {comp.benchmark.name.get(lang)}: {', '.join(parts)}")
    return lines
