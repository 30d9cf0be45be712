"""Thai word boundaries from ICU (icu4py), for wrapping that never splits a word.

Thai has no spaces between words; a wrap at an arbitrary character puts a
tone mark or vowel at the start of a line. Both the PDF typesetter and the
UI (which cannot rely on libthai) use these break points.
"""

from __future__ import annotations

from functools import lru_cache

from icu4py.breakers import LineBreaker

__all__ = ["ZWSP", "line_segments", "with_break_hints"]

ZWSP = "\u200b"


@lru_cache(maxsize=4096)
def line_segments(text: str) -> tuple[str, ...]:
    """Split ``text`` into pieces between which a line may break; joined they give ``text``."""
    if not text:
        return ()
    return tuple(LineBreaker(text, "th"))


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
    return "".join(out)
