"""The scoring engine against DOMAIN.md §3: worked examples A and C and edge cases (a)–(e)."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest

from core.checklist import default_checklist
from core.errors import AnswersError
from core.model import Answer, AnswerValue
from core.numbers import fmt_number
from core.scoring import score
from tests.core.answer_grid import EXAMPLE_A, EXAMPLE_C, grid, uniform

CL = default_checklist()


@pytest.mark.parametrize(
    ("rows", "overall", "display", "level", "ratios", "dims"),
    [
        pytest.param(
            EXAMPLE_A, Fraction(18131, 396), "45.8", 2,
            {1: Fraction(15, 16), 2: Fraction(31, 38), 3: Fraction(2, 21), 4: Fraction(0)},
            {"D1": "50.0", "D2": "55.0", "D3": "45.5", "D4": "44.4", "D5": "36.4", "D6": "25.0"},
            id="example A",
        ),
        pytest.param(
            EXAMPLE_C, Fraction(24947, 264), "94.5", 4,
            {1: Fraction(1), 2: Fraction(1), 3: Fraction(13, 14), 4: Fraction(3, 4)},
            {"D1": "95.0", "D2": "95.0", "D3": "95.5", "D4": "93.8", "D5": "95.5", "D6": "83.3"},
            id="example C",
        ),
    ],
)
def test_worked_examples(rows, overall, display, level, ratios, dims):
    card = score(CL, grid(CL, rows))
    assert card.overall == overall
    assert fmt_number(card.overall) == display
    assert card.level == level
    assert {n: r.ratio for n, r in card.levels.items()} == ratios
    assert {d: fmt_number(r.score) for d, r in card.dimensions.items()} == dims
    assert card.complete and not card.provisional


def test_example_c_r4_exactly_at_threshold_passes():
    """Edge case (e): R4 = 6/8 = 0.75 passes; compared as fractions, not floats."""
    card = score(CL, grid(CL, EXAMPLE_C))
    assert card.levels[4].ratio == Fraction(3, 4) and card.levels[4].passed


def test_na_on_item_without_dagger_is_rejected():
    """Edge case (a)."""
    with pytest.raises(AnswersError, match="P01"):
        score(CL, {"P01": Answer(AnswerValue.NA, reason="because")})


def test_unknown_item_is_rejected():
    with pytest.raises(AnswersError, match="Z99"):
        score(CL, {"Z99": Answer(AnswerValue.YES)})


def test_r1_below_threshold_caps_level_at_1_whatever_else():
    """Edge case (b): R1 = 5.5/8 = 0.6875 → level 1 even with everything else Yes."""
    answers = grid(CL, uniform(CL, "Y"))
    foundation = [i.id for i in CL.items_at(1)]
    for item_id in foundation[:2]:
        answers[item_id] = Answer(AnswerValue.NO)
    answers[foundation[2]] = Answer(AnswerValue.PARTIAL)
    card = score(CL, answers)
    assert card.levels[1].ratio == Fraction(11, 16)
    assert card.level == 1
    assert card.blocked_levels == (2, 3, 4)


def test_unanswered_counts_as_no_and_marks_incomplete():
    """Edge case (c): the draft preview treats a blank as No and says so."""
    answers = grid(CL, uniform(CL, "Y"))
    del answers["S06"]
    card = score(CL, answers)
    as_no = score(CL, {**answers, "S06": Answer(AnswerValue.NO)})
    assert card.unanswered == ("S06",)
    assert not card.complete
    assert card.overall == as_no.overall
    assert card.levels == as_no.levels


def test_na_without_reason_gets_no_credit_and_marks_incomplete():
    answers = grid(CL, uniform(CL, "Y"))
    answers["S04"] = Answer(AnswerValue.NA, reason="  ")
    card = score(CL, answers)
    assert card.na_without_reason == ("S04",)
    assert not card.complete
    assert card.dimensions["D3"].applicable == 12  # not excluded without a justification
    assert card.dimensions["D3"].earned == 11


def test_na_is_excluded_from_numerator_and_denominator():
    answers = grid(CL, uniform(CL, "Y"))
    answers["S04"] = Answer(AnswerValue.NA, reason="ไม่มีค่าธรรมเนียม")
    card = score(CL, answers)
    assert (card.dimensions["D3"].earned, card.dimensions["D3"].applicable) == (11, 11)
    assert card.dimensions["D3"].score == 100


def test_not_assessable_dimension_renormalises_weights():
    """Edge case (d): a dimension under 50 % coverage drops out; the rest are reweighted."""
    checklist = _with_na_allowed("D6")
    rows = uniform(checklist, "Y")
    rows["D6"] = "XXXXXNNN"  # 3 of 8 applicable: not assessable
    rows["D1"] = "NNNNNNNNNN"
    card = score(checklist, grid(checklist, rows))
    assert card.dimensions["D6"].assessable is False and card.dimensions["D6"].score is None
    assert card.provisional
    # D1 = 0, D2..D5 = 100 → (20·0 + (20+30+10+15)·100) / 95
    assert card.overall == Fraction(7500, 95)


def test_level_with_too_few_applicable_items_cannot_be_credited():
    checklist = _with_na_allowed("D6", "D3", "D1", "C")
    answers = grid(checklist, uniform(checklist, "Y"))
    for item in checklist.items_at(4)[:6]:  # 4 of 10 level-4 items left applicable
        answers[item.id] = Answer(AnswerValue.NA, reason="ไม่เกี่ยวข้อง")
    card = score(checklist, answers)
    assert card.levels[4].creditable is False
    assert card.level == 3
    assert card.next_level_path is not None and card.next_level_path.reachable is False


def _with_na_allowed(*prefixes: str):
    """A copy of the checklist where more items allow N/A, to reach the coverage rules."""
    items = tuple(
        replace(i, na_allowed=True) if i.dimension in prefixes or i.id[0] in prefixes else i for i in CL.items
    )
    return replace(CL, items=items)


# --- the path to the next level -------------------------------------------------------------


def test_path_reaches_exactly_the_next_level_with_fewest_items():
    answers = grid(CL, EXAMPLE_A)
    card = score(CL, answers)
    path = card.next_level_path
    assert path is not None and path.target_level == 3 and path.reachable
    # Level 3 has 21 applicable items worth 2 now; it needs 0.75·21 = 15.75, so 13.75 more.
    # Only No→Yes (+1) and Partial→Yes (+½) steps exist: 14 items is the minimum.
    assert len(path.steps) == 14
    raised = {**answers, **{s.item_id: Answer(AnswerValue.YES) for s in path.steps}}
    assert score(CL, raised).level == 3
    # One item fewer never suffices: dropping any single step leaves level 3 out of reach.
    for s in path.steps:
        fewer = {**answers, **{t.item_id: Answer(AnswerValue.YES) for t in path.steps if t is not s}}
        assert score(CL, fewer).level == 2


def test_path_is_ranked_by_overall_gain_and_gains_are_exact():
    answers = grid(CL, EXAMPLE_A)
    card = score(CL, answers)
    steps = card.next_level_path.steps
    gains = [s.overall_gain for s in steps]
    assert gains == sorted(gains, reverse=True)
    for s in steps:
        alone = score(CL, {**answers, s.item_id: Answer(AnswerValue.YES)})
        assert alone.overall - card.overall == s.overall_gain


def test_path_prefers_items_worth_more_overall_among_equally_short_sets():
    """Level 3 short by ½: one item closes it, and it is the one that adds most overall."""
    answers = grid(CL, uniform(CL, "Y"))
    level3 = CL.items_at(3)
    for i in [i for i in level3 if i.dimension == "D1"]:  # two D1 items to No
        answers[i.id] = Answer(AnswerValue.NO)
    for i in [i for i in level3 if i.dimension in ("D3", "D4") and not i.na_allowed][:8]:
        answers[i.id] = Answer(AnswerValue.PARTIAL)
    card = score(CL, answers)
    assert card.level == 2
    assert Fraction(3, 4) * 22 - card.levels[3].earned == Fraction(1, 2)
    path = card.next_level_path
    assert len(path.steps) == 1
    # Every one-item fix, scored by the engine as a black box: the path must pick the best.
    singles = {
        i.id: score(CL, {**answers, i.id: Answer(AnswerValue.YES)}).overall
        for i in level3 if answers[i.id].value is not AnswerValue.YES
    }
    assert singles[path.steps[0].item_id] == max(singles.values())
    assert CL.item(path.steps[0].item_id).dimension == "D1"  # a No in D1 (+2.0) beats a Partial in D3 (+1.25)


def test_top_level_has_no_path():
    assert score(CL, grid(CL, EXAMPLE_C)).next_level_path is None


def test_path_from_level_1_fixes_the_foundation_too():
    answers = grid(CL, uniform(CL, "N"))
    card = score(CL, answers)
    assert card.level == 1
    path = card.next_level_path
    raised = {**answers, **{s.item_id: Answer(AnswerValue.YES) for s in path.steps}}
    assert score(CL, raised).level == 2
    # ⌈0.75·8⌉ = 6 foundation items and ⌈0.75·20⌉ = 15 level-2 items.
    assert sorted(s.level for s in path.steps) == [1] * 6 + [2] * 15


def test_scoring_without_the_path_gives_the_same_figures():
    answers = grid(CL, EXAMPLE_A)
    full, lean = score(CL, answers), score(CL, answers, with_path=False)
    assert lean.next_level_path is None and full.next_level_path is not None
    assert (lean.overall, lean.level, lean.levels, lean.dimensions) == (full.overall, full.level, full.levels,
                                                                         full.dimensions)
