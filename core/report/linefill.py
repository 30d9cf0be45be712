"""Greedy line filling at ICU word boundaries, measured with the PDF font.

reportlab breaks only at spaces and cuts long Thai runs at arbitrary
characters (THAI_TEXT.md §3), so we choose the breaks ourselves:
- break points come from :func:`core.linebreak.line_segments` (icu4py);
- widths come from ``pdfmetrics.stringWidth``, which is exact for Sarabun's
  Thai because its marks have zero advance; a 0.2 % margin covers kerning;
- a name listed in ``keep`` is one unit: no break inside it unless it cannot
  fit on a line of its own;
- a unit wider than a whole line (a long URL or file name) is cut between
  grapheme clusters, never before a combining mark, a following vowel
  (ะ า ำ ๅ) or a repetition mark (ๆ ฯ), nor after a leading vowel;
- however a line is cut, an opening bracket or quote stays with the word
  after it and a closing one with the word before (:func:`hold_brackets`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import pairwise

from reportlab.pdfbase.pdfmetrics import stringWidth

from core.linebreak import hold_brackets, line_segments

__all__ = ["ELLIPSIS", "break_lines", "fits", "shorten", "units"]

_MARGIN = 0.998
_LEADING_VOWELS = frozenset("เแโใไ")
# Spacing vowels written after their consonant (SARA A, SARA AA, SARA AM, LAKKHANGYAO):
# letters to Unicode, yet a line starting with one reads as a broken word.
_FOLLOWING_VOWELS = frozenset("\u0e30\u0e32\u0e33\u0e45")
# MAI YAMOK and PAIYANNOI repeat or abbreviate the word before them (ต่างๆ, กรุงเทพฯ):
# at the start of a line they belong to nothing.
_REPETITION_MARKS = frozenset("\u0e46\u0e2f")
ELLIPSIS = "\u2026"


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def units(paragraph: str, keep: Iterable[str] = ()) -> list[str]:
    """Pieces of ``paragraph`` between allowed break points; joined they give it back."""
    pieces = line_segments(paragraph)
    cuts: list[int] = []
    offset = 0
    for piece in pieces[:-1]:
        offset += len(piece)
        cuts.append(offset)
    protected = _protected_spans(paragraph, keep)
    cuts = [c for c in cuts if not any(start < c < end for start, end in protected)]
    bounds = [0, *cuts, len(paragraph)]
    return [paragraph[a:b] for a, b in pairwise(bounds) if b > a]


def _protected_spans(text: str, keep: Iterable[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in sorted({k.strip() for k in keep if k.strip()}, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(s < end and start < e for s, e in spans):
                spans.append((start, end))
            start = text.find(name, end)
    return spans


def _space_cuts(text: str) -> list[str]:
    """Words separated by spaces, each keeping the spaces that follow it."""
    return list(hold_brackets(re.findall(r"\S+\s*|\s+", text)))


def _grapheme_cuts(text: str) -> list[str]:
    """Single characters grouped with the marks that belong to them."""
    clusters: list[str] = []
    for ch in text:
        joins = clusters and (
            unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _FOLLOWING_VOWELS
            or ch in _REPETITION_MARKS or clusters[-1][-1] in _LEADING_VOWELS
        )
        if joins:
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return list(hold_brackets(clusters))


def break_lines(
    text: str, font: str, size: float, width: float, keep: Sequence[str] = ()
) -> list[str]:
    """The lines of ``text`` (without trailing spaces) for a column ``width`` points wide.

    Line feeds in ``text`` are kept as hard breaks; an empty paragraph gives an
    empty line so blank lines survive.
    """
    limit = width * _MARGIN
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _fill(units(paragraph, keep), font, size, limit)
    return lines


def _fill(pieces: list[str], font: str, size: float, limit: float) -> list[str]:
    lines: list[str] = []
    current = ""
    current_width = 0.0
    queue = list(reversed(pieces))
    while queue:
        piece = queue.pop()
        trimmed = _width(piece.rstrip(), font, size)
        if current and current_width + trimmed <= limit:
            current += piece
            current_width += _width(piece, font, size)
            continue
        if trimmed <= limit:
            if current:
                lines.append(current.rstrip())
            current, current_width = piece, _width(piece, font, size)
            continue
        # Wider than a whole line: finish the current line, then cut the piece
        # finer: a kept name at its spaces, then at word boundaries, then
        # between clusters.
        if current:
            lines.append(current.rstrip())
            current, current_width = "", 0.0
        finer = _space_cuts(piece)
        if len(finer) <= 1:
            finer = list(line_segments(piece))
        if len(finer) <= 1:
            finer = _grapheme_cuts(piece)
        if len(finer) <= 1:  # one cluster that cannot fit: let it overflow
            lines.append(piece.rstrip())
            continue
        queue.extend(reversed(finer))
    if current or not lines:
        lines.append(current.rstrip())
    return lines


def fits(text: str, font: str, size: float, width: float) -> bool:
    """Whether ``text`` fits on one line ``width`` points wide (with the kerning margin)."""
    return _width(text, font, size) <= width * _MARGIN


def shorten(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line ``width`` points wide: whole if it fits, else cut at
    the last word boundary that leaves room for an ellipsis, and the ellipsis.

    For a running header, where a second line has no room; line feeds count
    as spaces. A first word too long on its own is cut between clusters.
    """
    text = " ".join(text.split())
    if fits(text, font, size, width):
        return text
    room = width * _MARGIN - _width(ELLIPSIS, font, size)
    pieces = units(text)
    if pieces and _width(pieces[0].rstrip(), font, size) > room:
        pieces = _grapheme_cuts(text)
    kept = ""
    for piece in pieces:
        if _width((kept + piece).rstrip(), font, size) > room:
            break
        kept += piece
    return kept.rstrip() + ELLIPSIS
