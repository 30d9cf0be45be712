"""What a submission file will hold, for the "before export" screen and ``export``'s output."""

from __future__ import annotations

from dataclasses import dataclass

from core.bundle.canonical import canonical_json
from core.bundle.writer import ANSWERS, AUDIT, EVIDENCE_DIR, SubmissionContent
from core.numbers import fmt_bytes
from core.text import Lang

__all__ = ["MemberSize", "SizeSummary", "size_summary"]


@dataclass(frozen=True, slots=True)
class MemberSize:
    name: str  # the member inside the file
    label: str  # what the user recognises: "answers", or the evidence file's own name(s)
    size: int  # bytes, uncompressed


@dataclass(frozen=True, slots=True)
class SizeSummary:
    members: tuple[MemberSize, ...]

    @property
    def total(self) -> int:
        return sum(m.size for m in self.members)

    @property
    def evidence_count(self) -> int:
        return sum(1 for m in self.members if m.name.startswith(EVIDENCE_DIR))

    def lines(self, lang: Lang) -> list[str]:
        th = lang == "th"
        out = [f"  {m.label}: {fmt_bytes(m.size)}" for m in self.members]
        head = (f"ขนาดไฟล์ส่งผล (ก่อนบีบอัด): {fmt_bytes(self.total)}, หลักฐาน {self.evidence_count} ไฟล์"
                if th else f"Submission size (before compression): {fmt_bytes(self.total)},"
                f" {self.evidence_count} evidence file(s)")
        return [head, *out]




def size_summary(content: SubmissionContent) -> SizeSummary:
    """Exact member sizes: the JSON is built here exactly as the writer builds it."""
    names: dict[str, list[str]] = {}
    for item in content.answers.items.values():
        for ev in item.evidence:
            names.setdefault(ev.sha256, [])
            if ev.filename not in names[ev.sha256]:
                names[ev.sha256].append(ev.filename)
    sizes = {ev.sha256: ev.size for item in content.answers.items.values() for ev in item.evidence}
    members = [
        MemberSize(ANSWERS, "answers.json", len(canonical_json(content.answers.model_dump(mode="json")))),
        MemberSize(AUDIT, "audit.json", len(canonical_json(content.audit.model_dump(mode="json")))),
    ]
    for sha, _ in content.evidence:
        members.append(MemberSize(EVIDENCE_DIR + sha, ", ".join(names.get(sha, [sha[:12]])), sizes.get(sha, 0)))
    return SizeSummary(tuple(members))
