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

from core.text import Lang

__all__ = ["MINISTRIES", "ministry_key", "ministry_label", "ministry_name", "official_names"]

# The ministries and the Office of the Prime Minister (which has a ministry's standing), by their
# official Thai and English names: the profile form suggests the Thai ones, a group is shown by its
# official name in the screen's or file's language, and an office that typed the English name is
# counted with those that typed the Thai one.
_OFFICIAL_NAMES: tuple[tuple[str, str], ...] = (
    ("สำนักนายกรัฐมนตรี", "Office of the Prime Minister"),
    ("กระทรวงกลาโหม", "Ministry of Defence"),
    ("กระทรวงการคลัง", "Ministry of Finance"),
    ("กระทรวงการต่างประเทศ", "Ministry of Foreign Affairs"),
    ("กระทรวงการท่องเที่ยวและกีฬา", "Ministry of Tourism and Sports"),
    ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "Ministry of Social Development and Human Security"),
    ("กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "Ministry of Higher Education, Science, Research and Innovation"),
    ("กระทรวงเกษตรและสหกรณ์", "Ministry of Agriculture and Cooperatives"),
    ("กระทรวงคมนาคม", "Ministry of Transport"),
    ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "Ministry of Digital Economy and Society"),
    ("กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม", "Ministry of Natural Resources and Environment"),
    ("กระทรวงพลังงาน", "Ministry of Energy"),
    ("กระทรวงพาณิชย์", "Ministry of Commerce"),
    ("กระทรวงมหาดไทย", "Ministry of Interior"),
    ("กระทรวงยุติธรรม", "Ministry of Justice"),
    ("กระทรวงแรงงาน", "Ministry of Labour"),
    ("กระทรวงวัฒนธรรม", "Ministry of Culture"),
    ("กระทรวงศึกษาธิการ", "Ministry of Education"),
    ("กระทรวงสาธารณสุข", "Ministry of Public Health"),
    ("กระทรวงอุตสาหกรรม", "Ministry of Industry"),
)
MINISTRIES: tuple[str, ...] = tuple(th for th, _en in _OFFICIAL_NAMES)
_ENGLISH = dict(_OFFICIAL_NAMES)

_PREFIXES = ("กระทรวง", "ministry of ")


def _spaced(text: str) -> str:
    return " ".join(text.split())


def ministry_key(text: str) -> str:
    """What a ministry's results are grouped by: case ignored, a leading "กระทรวง" or "Ministry of"
    dropped, and no spaces, so "กระทรวง มหาดไทย " and "มหาดไทย" are one group. "" when none is given.

    Spaces go altogether, not only collapsed: Thai puts none between words, so one office
    writes "การอุดมศึกษา วิทยาศาสตร์" where another writes "การอุดมศึกษาวิทยาศาสตร์".
    """
    key = _bare_key(text)
    return _SAME_AS_THAI.get(key, key)


def _bare_key(text: str) -> str:
    name = _spaced(text).casefold()
    for prefix in _PREFIXES:
        if name.startswith(prefix) and name[len(prefix):].strip():
            name = name[len(prefix):]
            break
    return name.replace(" ", "")


# "Ministry of Interior" is grouped with "กระทรวงมหาดไทย"; an English spelling that is not the
# official one ("Interior Ministry") stays a group of its own.
_SAME_AS_THAI = {_bare_key(en): _bare_key(th) for th, en in _OFFICIAL_NAMES}
_OFFICIAL = {_bare_key(name): name for name in MINISTRIES}


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


def ministry_name(label: str, lang: Lang) -> str:
    """A group's label (:func:`ministry_label`) as the screen or a file in ``lang`` shows it: an
    official ministry by its English name in English, any other name as the offices wrote it."""
    return _ENGLISH.get(label, label) if lang == "en" else label


def official_names(text: str) -> tuple[str, ...]:
    """The official Thai and English names of the ministry ``text`` stands for; () if none does.
    A search for "กระทรวงมหาดไทย" or "Interior" then finds an office that wrote just "มหาดไทย"."""
    official = _OFFICIAL.get(ministry_key(text))
    return (official, _ENGLISH[official]) if official is not None else ()
