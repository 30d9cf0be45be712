"""Reading PDFs back the way a user's tools do: poppler's pdftotext, pdffonts and pdfinfo.

Nothing here comes from the code under test: text is compared with the
source strings, figures with the scoring engine, boundaries with icu4py.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from icu4py.breakers import LineBreaker

PUA = re.compile("[\ue000-\uf8ff]")
_NIKHAHIT_SARA_AA = re.compile("([\u0e48-\u0e4b]?)\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True, timeout=60).stdout


def text_raw(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", "-raw", "-enc", "UTF-8", *pages, str(pdf), "-")


def page_count(pdf: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(pdf)), re.M)
    assert match
    return int(match.group(1))


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool


def fonts(pdf: Path) -> list[FontRow]:
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    out = []
    for row in rows:
        parts = row.split()
        # name type [type words] encoding emb sub uni object ID: emb is 5th from the end
        out.append(FontRow(parts[0], " ".join(parts[1:-6]), parts[-5] == "yes"))
    return out


def norm(text: str) -> str:
    """NFKC, with SARA AM composed again: HarfBuzz decomposes it, which is tolerated."""
    text = unicodedata.normalize("NFKC", text).replace("\f", "")  # page breaks are line breaks
    return _NIKHAHIT_SARA_AA.sub(lambda m: m.group(1) + m.group(2) + "\u0e33", text)


def wrapped_pattern(needle: str) -> re.Pattern[str]:
    """``needle`` as it may appear wrapped: a line break may replace a space or fall between letters."""
    parts: list[str] = []
    for ch in norm(needle).strip():
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(re.escape(ch) + r"\n?")
    return re.compile("".join(parts))


def contains_wrapped(haystack: str, needle: str) -> bool:
    return wrapped_pattern(needle).search(norm(haystack)) is not None


def icu_boundaries(text: str) -> set[int]:
    """Offsets in ``text`` where ICU allows a line break (plus both ends)."""
    offsets = {0}
    position = 0
    for piece in LineBreaker(text, "th"):
        position += len(piece)
        offsets.add(position)
    return offsets


def breaks_in(haystack: str, needle: str) -> list[int] | None:
    """Where the extracted text broke lines inside ``needle``, as offsets into ``needle``.

    Spaces dropped at a break are accounted for, so each offset is the
    position in ``needle`` right after the last character of a line.
    """
    needle = norm(needle).strip()
    match = wrapped_pattern(needle).search(norm(haystack))
    if match is None:
        return None
    found = match.group(0)
    offsets: list[int] = []
    i = 0  # position in needle
    j = 0  # position in found
    while j < len(found) and i <= len(needle):
        if found[j] == "\n":
            # A space dropped at the break belongs to the line before it, as in ICU's segments.
            while i < len(needle) and needle[i].isspace():
                i += 1
            offsets.append(i)
            j += 1
            while j < len(found) and found[j].isspace():
                j += 1
            continue
        if needle[i].isspace():
            while i < len(needle) and needle[i].isspace():
                i += 1
            while j < len(found) and found[j].isspace() and found[j] != "\n":
                j += 1
            continue
        i += 1
        j += 1
    return [o for o in offsets if 0 < o < len(needle)]


@dataclass(frozen=True)
class Box:
    """A word as poppler places it: from the font's ascent to its descent (1.3 em for Sarabun)."""

    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>')


def word_boxes(pdf: Path) -> list[Box]:
    """Every word with its box (a shaped line is one word: it is one ActualText span)."""
    boxes: list[Box] = []
    page = 0
    for row in run("pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-").splitlines():
        if "<page " in row:
            page += 1
        elif match := _WORD.search(row):
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            boxes.append(Box(page, x0, y0, x1, y1, html.unescape(match.group(5))))
    return boxes


def overlapping_lines(pdf: Path, tolerance: float = 1.5) -> list[tuple[Box, Box]]:
    """Pairs of words on one page that share a column and overlap vertically.

    Lines are 1.6 em apart and their boxes 1.3 em tall, so lines of text never
    touch; ``tolerance`` lets the charts stack a label on its value, 1 pt into
    its box.
    """
    boxes = word_boxes(pdf)
    pairs: list[tuple[Box, Box]] = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b.page != a.page:
                break
            across = min(a.x1, b.x1) - max(a.x0, b.x0)
            down = min(a.y1, b.y1) - max(a.y0, b.y0)
            if across > tolerance and down > tolerance:
                pairs.append((a, b))
    return pairs
