"""Make shaped Thai text extract as real Thai (THAI_TEXT.md §2, "Text extraction").

When HarfBuzz picks a glyph that has no cmap entry (``uni0E48.small``,
``yoYingthai.less``, the ligature ``uni0E4D0E49`` …), reportlab's shaper gives
it a private-use code point (U+E000 and up) and its ToUnicode CMap maps that
glyph to the private code point. Copying or extracting the text then yields
PUA characters instead of ``ที่``. We replace reportlab's CMap writer with one
that maps such glyphs back to the characters they stand for, worked out from
the font itself: its cmap, then the inverse of its GSUB substitutions, then
the glyph name (Adobe Glyph List rules).

This depends on reportlab internals (``ttfonts.makeToUnicodeCMap`` and the
``face.charToGlyph`` table the shaper extends), which is why
tests/report/test_tounicode.py checks both the mechanism and the outcome.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fontTools import agl
from fontTools.ttLib import TTFont as FTFont
from reportlab.pdfbase import ttfonts

__all__ = ["glyph_texts", "install", "register_font"]

_PUA_FIRST, _PUA_LAST = 0xE000, 0xF8FF
# HarfBuzz's Thai shaper decomposes SARA AM and moves NIKHAHIT before the tone
# mark, so the ligature glyph covers "NIKHAHIT + tone". In logical (and NFKC)
# order the tone comes first: น้ำ is น ้ ํ า. Mapping the ligature in that order
# makes the extracted text NFKC-equal to what was typed.
_NIKHAHIT_TONE = re.compile("\u0e4d([\u0e48-\u0e4b])")

_lock = threading.Lock()
_installed = False
# PostScript name of the face -> reportlab font object, for the fonts we manage.
_fonts: dict[str, Any] = {}


@dataclass(frozen=True)
class _FontFacts:
    cmap: frozenset[int]  # code points the font maps itself
    glyph_order: tuple[str, ...]
    texts: dict[str, str]  # glyph name -> the text it renders


@cache
def _facts(font_path: Path) -> _FontFacts:
    with FTFont(str(font_path)) as font:  # closed again: no file handle outlives this
        cmap = font.getBestCmap()
        order = tuple(font.getGlyphOrder())
        rules = _substitutions(font)
    texts: dict[str, str] = {}
    for code, name in sorted(cmap.items()):
        texts.setdefault(name, chr(code))
    # Inverse substitutions, repeated until nothing new is learned, because an
    # alternate glyph may be reached through another (a.small -> a.narrow).
    changed = True
    while changed:
        changed = False
        for output, inputs in rules:
            if output in texts or not all(i in texts for i in inputs):
                continue
            texts[output] = "".join(texts[i] for i in inputs)
            changed = True
    for name in order:
        if name not in texts:
            guessed = agl.toUnicode(name)
            if guessed:
                texts[name] = guessed
    texts = {name: _NIKHAHIT_TONE.sub("\\1\u0e4d", text) for name, text in texts.items()}
    return _FontFacts(frozenset(cmap), order, texts)


def glyph_texts(font_path: Path) -> dict[str, str]:
    """Glyph name -> the text it renders, for every glyph that has one."""
    return _facts(font_path).texts


def _substitutions(font: FTFont) -> list[tuple[str, tuple[str, ...]]]:
    """(output glyph, input glyphs) for GSUB single, alternate and ligature rules."""
    if "GSUB" not in font:
        return []
    rules: list[tuple[str, tuple[str, ...]]] = []
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            kind = lookup.LookupType
            if kind == 7:  # extension: the real subtable is wrapped
                sub, kind = sub.ExtSubTable, sub.ExtSubTable.LookupType
            if kind == 1:
                rules += [(out, (src,)) for src, out in sub.mapping.items()]
            elif kind == 3:
                rules += [(out, (src,)) for src, outs in sub.alternates.items() for out in outs]
            elif kind == 4:
                for first, ligatures in sub.ligatures.items():
                    rules += [(lig.LigGlyph, (first, *lig.Component)) for lig in ligatures]
    return rules


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _cmap_text(fontname: str, entries: Sequence[str]) -> str:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(entries) - 1:02X}>",
        "endcodespacerange",
        f"{len(entries)} beginbfchar",
        *(f"<{code:02X}> <{_utf16_hex(text)}>" for code, text in enumerate(entries)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _real_text(font: Any, code: int) -> str:
    """What the subset code point ``code`` of ``font`` really renders."""
    if not _PUA_FIRST <= code <= _PUA_LAST:
        return chr(code)
    facts = _facts(Path(font.face.filename))
    if code in facts.cmap:  # a genuine private-use character of the font
        return chr(code)
    gid = font.face.charToGlyph.get(code)
    if gid is None or gid >= len(facts.glyph_order):
        return "\ufffd"
    return facts.texts.get(facts.glyph_order[gid], "\ufffd")


def _patched(original: Callable[[str, list[int]], str]) -> Callable[[str, list[int]], str]:
    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        # reportlab names subsets "AAAAAA+<PostScript name>".
        font = _fonts.get(fontname.partition("+")[2])
        if font is None or not any(_PUA_FIRST <= c <= _PUA_LAST for c in subset):
            return original(fontname, subset)
        return _cmap_text(fontname, [_real_text(font, code) for code in subset])

    make_to_unicode_cmap.kao_patched = True  # type: ignore[attr-defined]
    make_to_unicode_cmap.kao_original = original  # type: ignore[attr-defined]  # for the tests
    return make_to_unicode_cmap


def install() -> None:
    """Replace reportlab's ToUnicode writer once per process (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        current = ttfonts.makeToUnicodeCMap
        if not getattr(current, "kao_patched", False):
            ttfonts.makeToUnicodeCMap = _patched(current)
        _installed = True


def register_font(font: Any) -> None:
    """Have the patched writer fix the subsets of this reportlab TTFont."""
    face_name = font.face.name
    key = face_name.decode("latin-1") if isinstance(face_name, bytes) else str(face_name)
    with _lock:
        _fonts[key] = font
