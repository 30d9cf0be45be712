"""The full report's content, section by section, as lists of flowables.

Every figure is formatted by :mod:`core.numbers` from the ScoreCard, so the
report shows exactly what the app and the command line show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer

from core.benchmark import BenchmarkComparison, Delta, compare_benchmarks
from core.model import Answer, AnswerValue, Checklist, Item
from core.numbers import fmt_number, fmt_signed
from core.report.certificate import qr_drawing
from core.report.charts import bar_chart, chart_rows, radar_chart
from core.report.fonts import REGULAR
from core.report.labels import L, answer_label, fiscal_year_text, issue_date_text, level_title, verification_note
from core.report.name_fit import fitted_name, stack_height
from core.report.source import ReportSource
from core.report.styles import ACCENT, BENCH, MUTED, SMALLEST_SIZE, Styles
from core.report.tables import grid_table, plain_table
from core.report.thai_paragraph import ThaiParagraph
from core.text import Lang

__all__ = ["Context", "cover", "items_section", "later_sections", "summary"]

NATIONAL_BENCHMARK = "TH-2560"
# The first header cell ("Dimension", "Level") spans the code column and the name column,
# so a narrow code column never has to squeeze (and cut) a long header word.
_HEAD_SPAN = ("SPAN", (0, 0), (1, 0))


@dataclass(frozen=True)
class Context:
    source: ReportSource
    lang: Lang
    st: Styles
    width: float  # usable text width in points
    height: float  # usable text height in points: what the cover must fit
    thai_digits: bool = False

    @property
    def checklist(self) -> Checklist:
        return self.source.checklist

    def t(self, text: str, style_name: str = "cell") -> ThaiParagraph:
        return ThaiParagraph(text, getattr(self.st, style_name), self.source.names())


def _answer(source: ReportSource, item_id: str) -> Answer:
    return source.answers.get(item_id, Answer())


def _percent(ratio: Fraction | None) -> str:
    return "-" if ratio is None else f"{fmt_number(100 * ratio)}%"


# --- cover -----------------------------------------------------------------

_TOP_SPACE = 18 * mm  # above the title; the first room a long agency name takes


def cover(c: Context) -> list[Flowable]:
    """The cover page: one page whatever the agency name's length.

    The name gets the largest type, from its design size down to the smallest
    the report prints, at which the cover fits a page (:mod:`core.report.name_fit`);
    the space above the title gives way first. A name still too long (2,000 wide
    capitals, no words) is scaled down into the room. Only a list of assessors
    longer than a line takes room the name cannot give: that list may continue
    overleaf.
    """
    agency, names = c.source.agency(c.lang), c.source.names()
    above, below = _cover_title(c), _cover_result(c)
    head = stack_height([*above, *below], c.width, c.height)
    # The name's room, with the assessors on one line: a longer list may continue overleaf.
    room = c.height - head - stack_height(_cover_details(c, "-"), c.width, c.height)
    name: Flowable = fitted_name(agency, c.st.name, names, c.width, room, SMALLEST_SIZE)
    used = stack_height([name], c.width, room)
    if used > room:  # the last resort, for no words at all
        inner = room - float(name.getSpaceBefore() + name.getSpaceAfter())
        name, used = KeepInFrame(c.width, inner, [name], mode="shrink"), room
    details = _cover_details(c, ", ".join(c.source.assessors) or "-")
    left = c.height - head - used - stack_height(details, c.width, c.height)
    return [Spacer(1, min(_TOP_SPACE, max(left, 0.0))), *above, name, *below, *details, PageBreak()]


def _cover_title(c: Context) -> list[Flowable]:
    return [
        c.t(L.REPORT_TITLE.get(c.lang), "title"),
        c.t(fiscal_year_text(c.source.fiscal_year, c.lang, digits=c.thai_digits), "subtitle"),
        Spacer(1, 10 * mm),
    ]


def _cover_result(c: Context) -> list[Flowable]:
    lang, card = c.lang, c.source.card
    overall = "-" if card.overall is None else fmt_number(card.overall)
    level = c.checklist.level(card.level)
    other: Lang = "en" if lang == "th" else "th"
    half = c.width / 2
    figures = plain_table(
        [
            [c.t(L.OVERALL.get(lang), "body_centre"), c.t(L.LEVEL_REACHED.get(lang), "body_centre")],
            [c.t(overall, "big_figure"), c.t(f"{L.LEVEL.get(lang)} {card.level}", "big_figure")],
            [c.t(L.OUT_OF_100.get(lang), "small_centre"),
             [c.t(level.name.get(lang), "body_centre"), c.t(level.name.get(other), "small_centre")]],
        ],
        [half, half],
        [("BOX", (0, 0), (0, -1), 0.8, ACCENT), ("BOX", (1, 0), (1, -1), 0.8, ACCENT),
         ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6)],
    )
    return [Spacer(1, 10 * mm), figures, Spacer(1, 4 * mm), *_flags(c)]


def _cover_details(c: Context, assessors: str) -> list[Flowable]:
    src, lang = c.source, c.lang
    status = L.STATUS_FINAL if src.finalized else L.STATUS_DRAFT
    info_rows: list[list[Flowable]] = [
        [c.t(L.STATUS.get(lang), "cell_bold"), c.t(status.get(lang))],
        [c.t(L.ASSESSORS.get(lang), "cell_bold"), c.t(assessors)],
        [c.t(L.ISSUED.get(lang), "cell_bold"), c.t(issue_date_text(src.issue_date, lang, digits=c.thai_digits))],
        [c.t(L.CHECKLIST.get(lang), "cell_bold"),
         c.t(f"{c.checklist.title.get(lang)} ({c.checklist.id} {c.checklist.version})")],
        [c.t(L.VERIFICATION.get(lang), "cell_bold"), c.t(src.verification.code)],
    ]
    code_note = verification_note(src.verification.from_submission, lang)
    return [
        Spacer(1, 8 * mm),
        # An assessment may name up to 50 assessors of 200 characters each: more
        # than a page, so their row may continue on the next.
        plain_table(info_rows, [c.width * 0.28, c.width * 0.72],
                    [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)], split_rows=True),
        Spacer(1, 6 * mm),
        plain_table([[qr_drawing(src.verification.qr_payload, 22 * mm), c.t(code_note, "muted")]],
                    [26 * mm, c.width - 26 * mm], [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
        c.t(L.SELF_ASSESSMENT_NOTE.get(lang), "muted"),
    ]


def _flags(c: Context) -> list[Flowable]:
    card, lang = c.source.card, c.lang
    out: list[Flowable] = []
    if not card.complete:
        n = len(card.unanswered) + len(card.na_without_reason)
        out.append(c.t(L.INCOMPLETE.get(lang).format(n=n), "body_centre"))
    if card.provisional:
        out.append(c.t(L.PROVISIONAL.get(lang), "body_centre"))
    return out


# --- 1. summary --------------------------------------------------------------

def summary(c: Context) -> list[Flowable]:
    return [
        c.t(L.SUMMARY.get(c.lang), "h1"),
        *_flags(c),
        *_dimension_table(c),
        *_charts(c),
        *_level_table(c),
        *_benchmark_table(c),
    ]


def _dimension_table(c: Context) -> list[Flowable]:
    lang, card = c.lang, c.source.card
    rows: list[list[Flowable]] = [[
        c.t(L.DIMENSION.get(lang), "cell_bold"), c.t(""), c.t(L.WEIGHT.get(lang), "cell_bold"),
        c.t(L.ITEMS_COUNTED.get(lang), "cell_bold"), c.t(L.SCORE.get(lang), "cell_bold"),
    ]]
    for dim in c.checklist.dimensions:
        result = card.dimensions[dim.id]
        value = fmt_number(result.score) if result.score is not None else L.NOT_ASSESSABLE.get(lang)
        rows.append([c.t(dim.id, "cell_bold"), c.t(dim.name.get(lang)), c.t(f"{dim.weight}%"),
                     c.t(f"{result.applicable}/{result.total}"), c.t(value, "cell_bold")])
    overall = "-" if card.overall is None else fmt_number(card.overall)
    rows.append([c.t(""), c.t(L.OVERALL.get(lang), "cell_bold"), c.t("100%"), c.t(""), c.t(overall, "cell_bold")])
    w = c.width
    return [c.t(L.DIMENSION_SCORES.get(lang), "h2"),
            grid_table(rows, [0.08 * w, 0.56 * w, 0.11 * w, 0.13 * w, 0.12 * w], extra=[_HEAD_SPAN])]


def _national(c: Context) -> BenchmarkComparison | None:
    comparisons = compare_benchmarks(c.source.card, c.checklist)
    national = [x for x in comparisons if x.benchmark.id == NATIONAL_BENCHMARK] or list(comparisons)
    return national[0] if national else None


def _swatch(color: colors.Color, dashed: bool = False) -> Drawing:
    d = Drawing(12, 8, initialFontName=REGULAR)
    d.add(Rect(0, 1, 11, 6, fillColor=None if dashed else color, strokeColor=color if dashed else None,
               strokeWidth=0.6, strokeDashArray=[1.5, 1.5] if dashed else None))
    return d


def _charts(c: Context) -> list[Flowable]:
    lang = c.lang
    national = _national(c)
    bench = national.benchmark if national else None
    rows = chart_rows(c.source.card, c.checklist, bench, L.OVERALL.get(lang))
    half = c.width / 2
    charts = plain_table([[radar_chart(rows[1:], size=half - 10), bar_chart(rows, width=half - 6)]],
                         [half, half], [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    legend = plain_table(
        [[_swatch(ACCENT), c.t(L.LEGEND_AGENCY.get(lang), "small"),
          _swatch(BENCH), c.t(L.LEGEND_BENCH.get(lang), "small"),
          _swatch(MUTED, dashed=True), c.t(L.LEGEND_BOUND.get(lang), "muted")]],
        [14, c.width * 0.2, 14, c.width * 0.22, 14, c.width * 0.58 - 42],
        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 1)],
    )
    names = "  ".join(f"{d.id} {d.name.get(lang)}" for d in c.checklist.dimensions)
    return [c.t(L.CHARTS.get(lang), "h2"), charts, legend, c.t(names, "muted")]


def _level_table(c: Context) -> list[Flowable]:
    lang, card = c.lang, c.source.card
    threshold = fmt_number(100 * c.checklist.threshold, 0)
    rows: list[list[Flowable]] = [[
        c.t(L.LEVEL.get(lang), "cell_bold"), c.t(""), c.t(L.EARNED.get(lang), "cell_bold"),
        c.t(L.RATIO.get(lang), "cell_bold"), c.t(L.PASSED.get(lang), "cell_bold"),
    ]]
    for n, result in card.levels.items():
        passed = L.PASSED if result.passed else L.NOT_PASSED
        rows.append([
            c.t(str(n), "cell_bold"), c.t(c.checklist.level(n).name.get(lang)),
            c.t(f"{fmt_number(result.earned)}/{result.applicable}"), c.t(_percent(result.ratio)),
            c.t(passed.get(lang), "cell" if result.passed else "cell_muted"),
        ])
    w = c.width
    return [
        c.t(L.LEVEL_RATIOS.get(lang).format(t=threshold), "h2"),
        grid_table(rows, [0.08 * w, 0.52 * w, 0.14 * w, 0.13 * w, 0.13 * w], extra=[_HEAD_SPAN]),
        c.t(f"{L.LEVEL_REACHED.get(lang)}: {level_title(card.level, c.checklist, lang)}", "body_bold"),
    ]


def _benchmark_table(c: Context) -> list[Flowable]:
    lang = c.lang
    dims = [d.id for d in c.checklist.dimensions]
    header: list[Flowable] = [c.t(L.BENCHMARK.get(lang), "cell_bold"), c.t(L.OVERALL.get(lang), "cell_bold")]
    header += [c.t(d, "cell_bold") for d in dims]
    rows: list[list[Flowable | list[Flowable]]] = [list(header)]
    direction = {"above": L.ABOVE, "at": L.AT, "below": L.BELOW}
    for comp in compare_benchmarks(c.source.card, c.checklist):
        bench = comp.benchmark
        row: list[Flowable | list[Flowable]] = [c.t(bench.name.get(lang))]
        cells: list[tuple[str, Decimal | None, Delta | None]] = [("overall", bench.overall, comp.overall)]
        cells += [(d, bench.dimensions.get(d), comp.dimensions.get(d)) for d in dims]
        for key, published, delta in cells:
            if published is None:
                bound = bench.lower_bounds.get(key)
                text = L.NOT_PUBLISHED.get(lang) + (f" (≥{bound.normalize():f})" if bound is not None else "")
                row.append(c.t(text, "cell_muted"))
            elif delta is None:
                row.append(c.t(fmt_number(published)))
            else:
                row.append([c.t(fmt_number(published)),
                            c.t(f"{fmt_signed(delta.delta)} {direction[delta.direction].get(lang)}", "cell_small")])
        rows.append(row)
    w = c.width
    return [
        c.t(L.BENCHMARKS.get(lang), "h2"),
        grid_table(rows, [0.23 * w, 0.11 * w] + [0.66 * w / len(dims)] * len(dims)),
        Spacer(1, 2),
        c.t(L.BENCH_CAVEAT.get(lang), "muted"),
    ]


# --- 2. item by item -----------------------------------------------------------

def _item_details(c: Context, item: Item) -> list[Flowable]:
    lang, src = c.lang, c.source
    answer = _answer(src, item.id)
    cell: list[Flowable] = [c.t(item.text.get(lang))]
    if answer.note.strip():
        cell.append(c.t(f"{L.NOTE.get(lang)}: {answer.note}", "cell_small"))
    if answer.value is AnswerValue.NA and answer.reason.strip():
        cell.append(c.t(f"{L.NA_REASON.get(lang)}: {answer.reason}", "cell_small"))
    files = src.evidence.get(item.id, ())
    if files:
        cell.append(c.t(f"{L.EVIDENCE.get(lang)}: {', '.join(files)}", "cell_small"))
    return cell


def _answer_cell(c: Context, item: Item) -> list[Flowable]:
    answer = _answer(c.source, item.id)
    style = "cell_bold" if answer.value is not None else "cell_muted"
    cell: list[Flowable] = [c.t(answer_label(answer.value, c.checklist, c.lang), style)]
    if item.id in c.source.review_flags:
        cell.append(c.t(f"• {L.REVIEW_MARK.get(c.lang)}", "cell_flag"))
    return cell


def dimension_block(c: Context, dim_id: str) -> list[Flowable]:
    lang = c.lang
    dim = c.checklist.dimension(dim_id)
    result = c.source.card.dimensions[dim_id]
    value = fmt_number(result.score) if result.score is not None else L.NOT_ASSESSABLE.get(lang)
    heading = f"{dim.id} {dim.name.get(lang)} · {L.WEIGHT.get(lang)} {dim.weight}% · {L.SCORE.get(lang)} {value}"
    rows: list[list[Flowable | list[Flowable]]] = [[
        c.t(L.ITEM.get(lang), "cell_bold"), c.t(dim.name.get(lang), "cell_bold"), c.t(L.ANSWER.get(lang), "cell_bold"),
    ]]
    for item in c.checklist.items_in(dim_id):
        rows.append([[c.t(item.id, "cell_bold"), c.t(f"{L.LEVEL.get(lang)} {item.level}", "cell_small")],
                     _item_details(c, item), _answer_cell(c, item)])
    w = c.width
    return [c.t(heading, "h2"), grid_table(rows, [0.1 * w, 0.72 * w, 0.18 * w])]


def items_section(c: Context) -> list[list[Flowable]]:
    """One block per dimension, so progress can be reported as each is laid out."""
    blocks = [[c.t(L.ITEMS.get(c.lang), "h1")]]
    blocks += [dimension_block(c, d.id) for d in c.checklist.dimensions]
    return blocks


# --- 3–6. review, blocked evidence, path, open items ---------------------------------

def _item_rows(c: Context, items: Sequence[Item], with_note: bool = True) -> list[Flowable]:
    lang = c.lang
    rows: list[list[Flowable | list[Flowable]]] = [[
        c.t(L.ITEM.get(lang), "cell_bold"), c.t(""), c.t(L.ANSWER.get(lang), "cell_bold"),
    ]]
    for item in items:
        details = _item_details(c, item) if with_note else [c.t(item.text.get(lang))]
        rows.append([c.t(item.id, "cell_bold"), details,
                     c.t(answer_label(_answer(c.source, item.id).value, c.checklist, lang))])
    w = c.width
    return [grid_table(rows, [0.1 * w, 0.72 * w, 0.18 * w])]


def _none(c: Context) -> list[Flowable]:
    return [c.t(L.NONE.get(c.lang), "body")]


def later_sections(c: Context) -> list[list[Flowable]]:
    lang, card, checklist = c.lang, c.source.card, c.checklist
    flagged = [i for i in checklist.items if i.id in c.source.review_flags]
    review = [c.t(L.REVIEW.get(lang), "h1"), *(_item_rows(c, flagged) if flagged else _none(c))]

    blocked: list[Flowable] = [c.t(L.BLOCKED.get(lang), "h1")]
    if card.blocked_levels:
        blocked.append(c.t(L.BLOCKED_EXPLAIN.get(lang), "body"))
        for n in card.blocked_levels:
            result = card.levels[n]
            title = f"{level_title(n, checklist, lang)} · {L.RATIO.get(lang)} {_percent(result.ratio)}"
            blocked.append(c.t(title, "h2"))
            credited = [i for i in checklist.items_at(n)
                        if _answer(c.source, i.id).value in (AnswerValue.YES, AnswerValue.PARTIAL)]
            blocked += _item_rows(c, credited, with_note=False)
    else:
        blocked += _none(c)

    path_part: list[Flowable] = [c.t(L.PATH.get(lang), "h1")]
    path = card.next_level_path
    if path is None:
        path_part.append(c.t(L.PATH_TOP.get(lang), "body"))
    elif not path.reachable:
        path_part.append(c.t(L.PATH_UNREACHABLE.get(lang).format(level=path.target_level), "body"))
    else:
        target = level_title(path.target_level, checklist, lang)
        path_part.append(c.t(L.PATH_INTRO.get(lang).format(n=len(path.steps), level=target), "body"))
        rows: list[list[Flowable | list[Flowable]]] = [[
            c.t(L.ITEM.get(lang), "cell_bold"), c.t(""), c.t(L.NOW.get(lang), "cell_bold"),
            c.t(L.GAIN.get(lang), "cell_bold"),
        ]]
        for step in path.steps:
            item = checklist.item(step.item_id)
            rows.append([
                [c.t(item.id, "cell_bold"), c.t(f"{L.LEVEL.get(lang)} {item.level}", "cell_small")],
                c.t(item.text.get(lang)),
                c.t(answer_label(_answer(c.source, item.id).value, checklist, lang)),
                c.t(f"+{fmt_number(step.overall_gain, 2)}", "cell_right"),
            ])
        w = c.width
        path_part.append(grid_table(rows, [0.1 * w, 0.56 * w, 0.14 * w, 0.2 * w]))

    sections = [review, blocked, path_part]
    open_ids = set(card.unanswered) | set(card.na_without_reason)
    if open_ids:
        open_items = [i for i in checklist.items if i.id in open_ids]
        sections.append([c.t(L.OPEN_ITEMS.get(lang), "h1"), c.t(L.OPEN_EXPLAIN.get(lang), "body"),
                         *_item_rows(c, open_items)])
    return sections
