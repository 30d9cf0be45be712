"""``kao score ANSWERS.json``: score an answers file without touching any database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.answers import load_answers_file
from core.checklist import default_checklist
from core.cli.context import EXIT_OK, Context
from core.model import Checklist
from core.scorecard_json import scorecard_to_dict
from core.scoring import ScoreCard, score
from core.summary_text import summary_lines

__all__ = ["register"]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("score", parents=[common], help="score an answers file")
    p.add_argument("answers", metavar="ANSWERS.json", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run)


def print_card(card: ScoreCard, checklist: Checklist, ctx: Context, as_json: bool) -> None:
    if as_json:
        ctx.print_json(scorecard_to_dict(card, checklist))
    else:
        for line in summary_lines(card, checklist, ctx.lang):
            ctx.print(line)


def run(args: argparse.Namespace, ctx: Context) -> int:
    checklist = default_checklist()
    answers = load_answers_file(args.answers, checklist)
    print_card(score(checklist, answers), checklist, ctx, args.json)
    return EXIT_OK
