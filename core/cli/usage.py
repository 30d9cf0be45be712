"""A usage error in the command line's language: argparse words its errors in English only.

The argparse messages Kao's parsers can raise, and those of its own argument types
(core.cli.context.number, bundle_cmd.agency_key), are matched here and given in Thai;
one not listed keeps argparse's English words rather than be guessed at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from core.text import Lang

__all__ = ["usage_lang", "usage_line"]

_ARG = r"argument (?P<arg>[^:]+): "
_THAI: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), thai) for pattern, thai in (
    (r"the following arguments are required: (?P<names>.+)", "ต้องระบุ {names}"),
    (r"unrecognized arguments: (?P<args>.+)", "ไม่รู้จัก {args}"),
    (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)",
     "ตัวเลือก {option} ไม่ชัดเจน อาจหมายถึง {matches}"),
    (_ARG + r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
     "{arg} ไม่มีตัวเลือก {value} (เลือกได้จาก {choices})"),
    (_ARG + r"expected one argument", "{arg} ต้องตามด้วยค่าหนึ่งค่า"),
    (_ARG + r"expected at least one argument", "{arg} ต้องตามด้วยค่าอย่างน้อยหนึ่งค่า"),
    (_ARG + r"ignored explicit argument (?P<value>.+)", "{arg} ไม่รับค่า {value}"),
    (_ARG + r"not a whole number: (?P<value>.+)", "{arg}: {value} ไม่ใช่จำนวนเต็ม"),
    (_ARG + r"out of range: (?P<value>.+)", "{arg}: {value} อยู่นอกช่วงที่รับได้"),
    (_ARG + r"expected AGENCY=KEY, for example (?P<example>\S+): (?P<value>.+)",
     "{arg} ต้องอยู่ในรูป รหัสหน่วยงาน=รหัสกุญแจ เช่น {example} แต่ได้รับ {value}"),
))


def usage_lang(argv: Sequence[str]) -> Lang:
    """The language the command asked for: its last --lang (as argparse takes it), else KAO_LANG, else Thai."""
    chosen = os.environ.get("KAO_LANG", "th")
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            chosen = arg.removeprefix("--lang=")
        elif arg == "--lang" and i + 1 < len(argv):
            chosen = argv[i + 1]
    return "en" if chosen == "en" else "th"


def usage_line(message: str, lang: Lang) -> str:
    """The one line a usage error prints, after ``kao: ``."""
    if lang == "en":
        return f"usage error: {message} (kao --help)"
    for pattern, thai in _THAI:
        found = pattern.fullmatch(message)
        if found:
            message = thai.format(**found.groupdict())
            break
    return f"ใช้คำสั่งไม่ถูกต้อง: {message} (ดูวิธีใช้ด้วย kao --help)"
