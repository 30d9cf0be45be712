"""The central office's key built into a copy of Kao: ``resources/central_key.txt``.

One fingerprint per line, ``#`` starts a comment. Kao reads it leniently when it runs
(a bad line is logged and ignored, see :func:`core.bundle.receipts.shipped_central_keys`);
the build reads it strictly (:func:`key_file_problem`, called by packaging/kao.spec and
packaging/build_linux.py), because a mistyped line would otherwise ship without a word and
every office would have to type the key after all. Both read it through :func:`parse_key_file`,
so the build refuses exactly what Kao would ignore. Only ``re`` and the fingerprint alphabet here:
the build imports this module on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from core.bundle.code import ALPHABET

__all__ = ["SHIPPED_KEY_FILE", "KeyFile", "key_file_problem", "parse_key_file"]

SHIPPED_KEY_FILE = "central_key.txt"
_FINGERPRINT = re.compile(rf"^[{ALPHABET}]{{4}}(-[{ALPHABET}]{{4}}){{3}}$")
_SHOWN = 40  # of a bad line, in a message: enough to recognise it


@dataclass(frozen=True)
class KeyFile:
    keys: frozenset[str]
    bad: tuple[tuple[int, str], ...]  # (line number from 1, the line without its comment)


def parse_key_file(text: str) -> KeyFile:
    keys: set[str] = set()
    bad: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.split("#", 1)[0].strip().upper()
        if _FINGERPRINT.match(entry):
            keys.add(entry)
        elif entry:
            bad.append((number, entry))
    return KeyFile(frozenset(keys), tuple(bad))


def key_file_problem(path: Path) -> str | None:
    """Why ``path`` must not be built into Kao, in one line; None if it may (or does not exist)."""
    try:
        text = path.read_text("utf-8-sig")  # Windows Notepad starts the file with a byte order mark
    except FileNotFoundError:
        return None  # no key built in: offices type it in
    except UnicodeDecodeError as exc:
        return f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
    except OSError as exc:
        return f"{path}: cannot be read ({exc.strerror})"
    parsed = parse_key_file(text)
    if not parsed.bad:
        return None
    number, entry = parsed.bad[0]
    others = len(parsed.bad) - 1
    more = f" (and {others} more bad line{'s' if others > 1 else ''})" if others else ""
    return (f"{path} line {number}: {entry[:_SHOWN]!r} is not a key fingerprint like XXXX-XXXX-XXXX-XXXX"
            f" (Crockford base32, no I, L, O or U){more}")
