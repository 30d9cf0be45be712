"""The agency's name in type small enough for the page it heads to stay one page.

The certificate and the report's cover print the name large, yet the app stores
names of up to 2,000 characters. Both follow one rule: the name gets the largest
size, from its design size down in 1-point steps to a floor, at which the page
fits; only the name changes, so the title and the result keep their size. A name
too long even at the floor is left to each page's own last resort: the certificate
shrinks its whole text, the report's cover scales down the name alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from core.report.thai_paragraph import MIN_LEADING, ThaiParagraph

__all__ = ["fitted_name", "resized", "stack_height"]

_STEP = 1.0


def resized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    """``style`` at ``size`` points, with the usual leading."""
    return ParagraphStyle(f"{style.name}-{size:g}", parent=style, fontSize=size, leading=size * MIN_LEADING)


def stack_height(flowables: Sequence[Flowable], width: float, height: float) -> float:
    """How tall ``flowables`` stand in a frame ``width`` wide and ``height`` tall
    (a little more than reportlab makes them: spaces are not merged)."""
    return sum(float(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()) for f in flowables)


def fitted_name(text: str, style: ParagraphStyle, keep: Sequence[str], width: float, room: float,
                smallest: float) -> ThaiParagraph:
    """``text`` in ``style`` at the largest size, from its own down to ``smallest``, at which it
    stands within ``room`` points (its spaces before and after included); at ``smallest``
    if it fits at none."""
    size = float(style.fontSize)
    while True:
        name = ThaiParagraph(text, style if size == style.fontSize else resized(style, size), keep)
        if size <= smallest or stack_height([name], width, room) <= room:
            return name
        size = max(size - _STEP, smallest)
