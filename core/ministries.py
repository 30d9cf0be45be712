"""Ministries as the central office groups them: one group however an office typed the name.

An agency's ministry is free text in its profile, so the same ministry arrives
as "มหาดไทย", "กระทรวงมหาดไทย" or "กระทรวง มหาดไทย ". Grouping by the text as
typed would split one ministry's figures into several rows. The stored text is
never changed: only the key results are grouped by, and the name a group is
shown by, come from here (the dashboard, its files and the profile form's
suggestions all use this one module).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

__all__ = ["MINISTRIES", "ministry_key", "ministry_label"]

# The ministries and the Office of the Prime Minister (which has a ministry's standing), by their
# official Thai names: the profile form suggests them, and a group is shown by its official name.
MINISTRIES: tuple[str, ...] = (
    "สำนักนายกรัฐมนตรี",
    "กระทรวงกลาโหม",
    "กระทรวงการคลัง",
    "กระทรวงการต่างประเทศ",
    "กระทรวงการท่องเที่ยวและกีฬา",
    "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
    "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม",
    "กระทรวงเกษตรและสหกรณ์",
    "กระทรวงคมนาคม",
    "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    "กระทรวงพลังงาน",
    "กระทรวงพาณิชย์",
    "กระทรวงมหาดไทย",
    "กระทรวงยุติธรรม",
    "กระทรวงแรงงาน",
    "กระทรวงวัฒนธรรม",
    "กระทรวงศึกษาธิการ",
    "กระทรวงสาธารณสุข",
    "กระทรวงอุตสาหกรรม",
)

_PREFIXES = ("กระทรวง", "ministry of ")


def _spaced(text: str) -> str:
    return " ".join(text.split())


def ministry_key(text: str) -> str:
    """What a ministry's results are grouped by: case ignored, a leading "กระทรวง" or "Ministry of"
    dropped, and no spaces, so "กระทรวง มหาดไทย " and "มหาดไทย" are one group. "" when none is given.

    Spaces go altogether, not only collapsed: Thai puts none between words, so one office
    writes "การอุดมศึกษา วิทยาศาสตร์" where another writes "การอุดมศึกษาวิทยาศาสตร์".
    """
    name = _spaced(text).casefold()
    for prefix in _PREFIXES:
        if name.startswith(prefix) and name[len(prefix):].strip():
            name = name[len(prefix):]
            break
    return name.replace(" ", "")


_OFFICIAL = {ministry_key(name): name for name in MINISTRIES}


def ministry_label(spellings: Iterable[str]) -> str:
    """The one name a group of the same ministry's spellings is shown by.

    Its official name when it is one of :data:`MINISTRIES`; else the spelling most
    agencies used (a tie goes to the one with "กระทรวง", then to the first in
    character order), so the name does not depend on which file came first.
    """
    counts = Counter(_spaced(s) for s in spellings)
    counts.pop("", None)
    if not counts:
        return ""
    official = _OFFICIAL.get(ministry_key(next(iter(counts))))
    if official is not None:
        return official
    return min(counts, key=lambda s: (-counts[s], not s.casefold().startswith(_PREFIXES), s))
