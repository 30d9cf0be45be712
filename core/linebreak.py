"""Thai word boundaries from ICU (icu4py), for wrapping that never splits a word.

Thai has no spaces between words; a wrap at an arbitrary character puts a
tone mark or vowel at the start of a line. Both the PDF typesetter and the
UI (which cannot rely on libthai) use these break points.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable

from icu4py.breakers import LineBreaker

from core.resources import resource

__all__ = ["WORD_JOINER", "ZWSP", "hold_brackets", "line_segments", "segment_all", "with_break_hints"]

ZWSP = "\u200b"
CACHE_LIMIT = 4096

# Making an ICU line breaker costs about 70 µs, twenty times more than segmenting a
# short line with it, so many texts share one breaker (segment_all) and every result is kept.
_segments: dict[str, tuple[str, ...]] = {}
# Joins texts for one pass: ICU always breaks after a line feed and never just before
# one, so each text's own break points are unchanged by its neighbours.
_SEPARATOR = "\n"


def segment_all(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Find the break points of many texts in one ICU pass; later calls for them are free."""
    todo = [t for t in dict.fromkeys(texts) if t and t not in _segments]
    if not todo:
        return {}
    found = _segment(todo)
    if len(_segments) + len(found) > CACHE_LIMIT:
        _segments.clear()
    _segments.update(found)  # one step: a report built on a worker thread may read meanwhile
    return found


def _segment(texts: list[str]) -> dict[str, tuple[str, ...]]:
    runs = {text: _split_at_marks(text) for text in texts}
    words = _icu_pieces(list(dict.fromkeys(run for parts in runs.values() for run in parts if run not in _MARKS)))
    return {text: hold_brackets(_keep_words(text, _reattach_marks(parts, words))) for text, parts in runs.items()}


# Opening brackets and quotes, and closing ones: "(" ends no line and ")" begins none.
_OPENING = frozenset({"Ps", "Pi"})
_CLOSING = frozenset({"Pe", "Pf"})
_HARD_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


def _opens(piece: str) -> bool:
    last = piece.rstrip(" ")[-1:]
    return bool(last) and unicodedata.category(last) in _OPENING


def _closes(piece: str) -> bool:
    first = piece.lstrip(" ")[:1]
    return bool(first) and unicodedata.category(first) in _CLOSING


def hold_brackets(pieces: Iterable[str]) -> tuple[str, ...]:
    """``pieces`` joined wherever a break would leave an opening bracket or quote at the end of
    a line or a closing one at the start of the next: "( " goes with the word after it, ")"
    with the word before. ICU keeps them so, but the text around ๆ and ฯ is segmented
    apart from them (กรุงเทพฯ|)) and a text too long for a line is cut at its spaces
    ("( " | name), so every way of cutting a line passes through here. A line feed
    still ends its line."""
    held: list[str] = []
    for piece in pieces:
        if held and held[-1][-1:] not in _HARD_BREAKS and (_opens(held[-1]) or _closes(piece)):
            held[-1] += piece
        else:
            held.append(piece)
    return tuple(held)


# ICU misreads the word before a repetition mark or paiyannoi when no space parts them: it
# gives หน่วย|งา|นอื่นๆ and ข้า|ราช|กา|รอื่นๆ, splitting งาน and การ. So the text between the marks
# is segmented on its own, and each mark is put back on the end of the word it belongs to.
_MARKS = ("ๆ", "ฯ")
_MARK_WORDS = ("ฯลฯ", "ฯพณฯ")  # "etc." and "His Excellency": words made of marks, kept whole
_AT_MARKS = re.compile("(" + "|".join((*_MARK_WORDS, *_MARKS)) + ")")


def _split_at_marks(text: str) -> list[str]:
    if "ๆ" not in text and "ฯ" not in text:
        return [text]
    return [part for part in _AT_MARKS.split(text) if part]


def _reattach_marks(parts: list[str], words: dict[str, list[str]]) -> list[str]:
    pieces: list[str] = []
    for part in parts:
        if part in _MARKS and pieces:
            pieces[-1] += part  # ๆ and ฯ never begin a line (อื่นๆ, อื่น ๆ, กรุงเทพฯ)
            continue
        found = words.get(part, [part])
        if pieces and pieces[-1].endswith(_MARKS) and found[0].isspace():
            pieces[-1] += found[0]  # the space after a mark (อื่นๆ ที่): break after it, as ICU would
            found = found[1:]
        pieces.extend(found)
    return pieces


def _icu_pieces(texts: list[str]) -> dict[str, list[str]]:
    """ICU's break points for each text, found in one pass over them all."""
    pieces = list(LineBreaker(_SEPARATOR.join(texts) + _SEPARATOR, "th"))  # iter() on it restarts it
    found: dict[str, list[str]] = {}
    start = 0
    for text in texts:
        end, length = start, len(text) + len(_SEPARATOR)
        while length > 0 and end < len(pieces):
            length -= len(pieces[end])
            end += 1
        own = pieces[start:end]
        own[-1] = own[-1][: -len(_SEPARATOR)]
        if "".join(own) != text:  # a piece across the separator; ICU's rules say never, but be sure
            return {t: list(LineBreaker(t, "th")) for t in texts}
        found[text] = own if own[-1] else own[:-1]
        start = end
    return found


@functools.cache
def _lexicon() -> dict[str, tuple[tuple[str, int], ...]]:
    """Words ICU's dictionary splits wrongly (resources/thai_words.txt): ``มีน|โย|บาย`` for มีนโยบาย,
    ``ป้อ|งกัน``, ``ธร|รมาภิ|บาล``. Each word is filed under every pair of letters a break inside it
    would fall between, with that break's place in the word: a break is checked against the few
    words that could hold it, which keeps segmenting a hundred names at start-up cheap."""
    spans: dict[str, list[tuple[str, int]]] = {}
    for line in resource("thai_words.txt").read_text("utf-8").splitlines():
        word = line.strip()
        if not word.startswith("#"):
            for inside in range(1, len(word)):
                spans.setdefault(word[inside - 1:inside + 1], []).append((word, inside))
    return {pair: tuple(words) for pair, words in spans.items()}


def _keep_words(text: str, pieces: list[str]) -> tuple[str, ...]:
    """Join the pieces wherever a lexicon word holds the break between them: it only takes break
    points away, so the list can never split a word."""
    if len(pieces) < 2:
        return tuple(pieces)
    lexicon = _lexicon()
    ends = list(itertools.accumulate(len(p) for p in pieces[:-1]))
    held = {end for end in ends for word, inside in lexicon.get(text[end - 1:end + 1], ())
            if end >= inside and text.startswith(word, end - inside)}
    if not held:
        return tuple(pieces)
    edges = [0, *(end for end in ends if end not in held), len(text)]
    return tuple(text[a:b] for a, b in itertools.pairwise(edges))


def line_segments(text: str) -> tuple[str, ...]:
    """Split ``text`` into pieces between which a line may break; joined they give ``text``."""
    if not text:
        return ()
    return _segments.get(text) or segment_all((text,))[text]


# A code or key read out over the phone (76Y3-W905-8MVD-QPRS) must not wrap at its hyphens, where
# both ICU and Qt would break it: a WORD JOINER after each hyphen holds its groups together.
_CODE_HYPHEN = re.compile(f"(?<=\\b[0-9A-Z]{{4}})-{ZWSP}?(?=[0-9A-Z]{{4}}\\b)")
WORD_JOINER = "\u2060"


def with_break_hints(text: str) -> str:
    """Insert U+200B at each break point that has no space, for display strings only.

    Never store the result: a ZWSP copied into a name or a note is data corruption.
    """
    pieces = line_segments(text)
    out: list[str] = []
    for piece in pieces:
        if out and not out[-1][-1:].isspace() and not piece[:1].isspace():
            out.append(ZWSP)
        out.append(piece)
    hinted = "".join(out)
    return _CODE_HYPHEN.sub("-" + WORD_JOINER, hinted) if "-" in hinted else hinted
