"""A key or code read out over the phone stays on one line in the UI, whatever the width."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

from core.linebreak import WORD_JOINER, ZWSP, with_break_hints


def _lines(text: str, width: int) -> list[str]:
    layout = QTextLayout(text, QFont("Sarabun", 11))
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_key_never_wraps_at_its_hyphens(qapp):
    key = "76Y3-W905-8MVD-QPRS"
    shown = with_break_hints(f"กุญแจของเครื่องนี้คือ {key} โปรดอ่านให้สำนักงานกลางฟังทางโทรศัพท์")
    assert shown.replace(ZWSP, "").replace(WORD_JOINER, "") == f"กุญแจของเครื่องนี้คือ {key} โปรดอ่านให้สำนักงานกลางฟังทางโทรศัพท์"
    for width in range(120, 520, 5):  # wide enough for the key itself, narrow enough to wrap the sentence
        lines = _lines(shown, width)
        assert len(lines) > 1 or width > 300
        assert any(key in line.replace(WORD_JOINER, "") for line in lines), (width, lines)
