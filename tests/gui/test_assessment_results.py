"""The results view shows exactly the engine's figures, formatted as the command line formats them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_assessment_support import CHECKLIST, complete_answers, new_assessment, show_page

from core.benchmark import compare_benchmarks
from core.model import Answer, AnswerValue
from core.numbers import fmt_number, fmt_signed
from core.scoring import ScoreCard, score
from core.summary_text import summary_lines
from gui.assessment import AssessmentPage
from gui.i18n import LanguageManager


def _blocked_answers() -> dict[str, Answer]:
    """Level 1 fails, levels 2–4 pass on their own: their evidence is blocked, the path targets level 2."""
    answers = {}
    for n, item in enumerate(CHECKLIST.items):
        if item.level == 1:
            answers[item.id] = Answer(AnswerValue.NO if n % 3 else AnswerValue.PARTIAL)
        else:
            answers[item.id] = Answer(AnswerValue.YES)
    return answers


def _open_results(qtbot, service, answers: dict[str, Answer], lang: str = "th") -> AssessmentPage:
    assessment_id = new_assessment(service)
    service.save_answers(assessment_id, answers)
    page = show_page(qtbot, service, assessment_id, lang)
    page.show_results()
    return page


def _assert_figures(page: AssessmentPage, card: ScoreCard) -> None:
    view = page.results_view
    assert view.card == card
    assert card.overall is not None
    assert view.overall_value.text() == fmt_number(card.overall)
    assert str(card.level) in view.level_value.text()
    level = CHECKLIST.level(card.level)
    assert view.level_name_th.plain_text() == level.name.th
    assert view.level_name_en.plain_text() == level.name.en
    for dim, bar, axis in zip(CHECKLIST.dimensions, view.bars.bars(), view.radar.axes(), strict=True):
        result = card.dimensions[dim.id].score
        assert result is not None
        assert bar.value_text == axis.value_text == fmt_number(result)
        assert axis.label == dim.id and bar.label.startswith(dim.id)
    for n, result in card.levels.items():
        assert result.ratio is not None
        assert view.level_ratio_labels[n].text() == fmt_number(result.ratio, 4)
    comparisons = compare_benchmarks(card, CHECKLIST)
    for comp in comparisons:
        text = view.delta_labels[comp.benchmark.id].plain_text()
        assert comp.overall is not None and fmt_signed(comp.overall.delta) in text
        for dim_id, delta in comp.dimensions.items():
            assert f"{dim_id} {fmt_number(delta.agency)}" in text and fmt_signed(delta.delta) in text
        # Unpublished dimensions are never compared.
        for dim_id in comp.benchmark.lower_bounds:
            assert f"{dim_id} " not in text
    # The same figures as the command line's summary.
    cli = "\n".join(summary_lines(card, CHECKLIST, "th"))
    assert fmt_number(card.overall) in cli
    for n, result in card.levels.items():
        assert f"R{n} = {fmt_number(result.ratio or 0, 4)}" in cli


def test_results_equal_the_engine_on_a_complete_assessment(qtbot, service):
    answers = complete_answers()
    page = _open_results(qtbot, service, answers)
    card = score(CHECKLIST, answers)
    assert card.complete
    _assert_figures(page, card)
    assert not page.results_view.overall_note.isVisible()


def test_results_show_blocked_levels_and_the_path_onward(qtbot, service):
    answers = _blocked_answers()
    page = _open_results(qtbot, service, answers)
    card = score(CHECKLIST, answers)
    assert card.level == 1 and card.blocked_levels == (2, 3, 4)
    _assert_figures(page, card)
    view = page.results_view
    assert view.blocked_label.isVisible()
    for n in card.blocked_levels:
        assert str(n) in view.blocked_label.plain_text()
    path = card.next_level_path
    assert path is not None and path.reachable and path.steps
    assert [b.text() for b, _text, _gain in view.path_rows] == list(path.item_ids)
    for (_button, text, gain), step in zip(view.path_rows, path.steps, strict=True):
        assert fmt_number(step.overall_gain, 2) in gain.text()
        assert text.plain_text() == CHECKLIST.item(step.item_id).text.th
    # A path entry opens its item for answering.
    first = view.path_rows[0][0]
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.walker
    assert page.walker.current_item_id == path.steps[0].item_id


def test_radar_draws_only_the_published_national_figures(qtbot, service):
    page = _open_results(qtbot, service, complete_answers())
    national = CHECKLIST.benchmarks[0]
    drawn = {a.label: a.benchmark for a in page.results_view.radar.axes()}
    assert {k for k, v in drawn.items() if v is not None} == set(national.dimensions) == {"D4", "D6"}
    assert drawn["D4"] == float(national.dimensions["D4"])
    ticks = {b.label.split()[0]: b.benchmark for b in page.results_view.bars.bars()}
    assert {k for k, v in ticks.items() if v is not None} == {"D4", "D6"}


def test_results_follow_answers_and_language(qtbot, service):
    answers = complete_answers()
    page = _open_results(qtbot, service, answers)
    page.open_item("P01")
    page.card.choose(AnswerValue.NO)
    answers["P01"] = Answer(AnswerValue.NO)
    page.show_results()
    _assert_figures(page, score(CHECKLIST, answers))
    LanguageManager.for_app().set_language("en")
    try:
        view = page.results_view
        card = score(CHECKLIST, answers)
        assert view.bars.bars()[0].label == f"D1 {CHECKLIST.dimensions[0].name.en} (20%)"
        assert view.level_name_en.plain_text() == CHECKLIST.level(card.level).name.en
        assert view.overall_value.text() == fmt_number(card.overall or 0)
        assert "Thailand 2017" in view.radar_legend.labels[1].plain_text()
    finally:
        LanguageManager.for_app().set_language("th")
