"""Build answers from DOMAIN.md §3.7's compact notation (Y P N X, item order per dimension)."""

from __future__ import annotations

from core.model import Answer, AnswerValue, Checklist

LETTERS = {"Y": AnswerValue.YES, "P": AnswerValue.PARTIAL, "N": AnswerValue.NO, "X": AnswerValue.NA}

# The worked examples, transcribed from DOMAIN.md §3.7 (not computed by the engine).
EXAMPLE_A = {"D1": "YYYYPNNNNP", "D2": "YYPYPYNNPN", "D3": "YYYXYPPNNNNN",
             "D4": "YYYPNNPNN", "D5": "YPYYPNNNNNN", "D6": "YPNXNNXN"}
EXAMPLE_C = {"D1": "YYYYYYYYPY", "D2": "YYYYYYYPYY", "D3": "YYYXYYYYYYYP",
             "D4": "YYYYYPYYX", "D5": "YYYYYYPYYYY", "D6": "YYYXYPXP"}


def grid(checklist: Checklist, rows: dict[str, str]) -> dict[str, Answer]:
    """'-' leaves an item unanswered."""
    answers: dict[str, Answer] = {}
    for dim, letters in rows.items():
        items = checklist.items_in(dim)
        assert len(items) == len(letters), f"{dim}: {len(letters)} letters for {len(items)} items"
        for item, letter in zip(items, letters, strict=True):
            if letter == "-":
                continue
            answers[item.id] = Answer(LETTERS[letter], reason="ไม่มีภารกิจนี้" if letter == "X" else "")
    return answers


def uniform(checklist: Checklist, letter: str) -> dict[str, str]:
    return {d.id: letter * len(checklist.items_in(d.id)) for d in checklist.dimensions}
