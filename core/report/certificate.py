"""The certificate: one A4 landscape page the head of agency signs and frames."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepInFrame,
    PageTemplate,
    Spacer,
    Table,
)

from core.atomic import atomic_output
from core.numbers import fmt_number
from core.report.fonts import REGULAR, ensure_fonts
from core.report.labels import L, fiscal_year_text, issue_date_text, verification_note
from core.report.name_fit import fitted_name, stack_height
from core.report.output import RENDER_LOCK
from core.report.page import draw_watermark
from core.report.source import ReportSource
from core.report.styles import ACCENT, GRID, MUTED, Styles, make_styles
from core.report.tables import plain_table
from core.report.thai_paragraph import ThaiParagraph
from core.text import Lang

__all__ = ["qr_drawing", "render_certificate"]

PAGE = landscape(A4)
_MARGIN_X, _MARGIN_Y = 22 * mm, 17 * mm
_FOOT_MAX = 62 * mm  # signatures and code; a taller foot (a very long assessor name) is shrunk into it
_NAME_MIN_SIZE = 15.0  # a long agency name gets smaller type, never smaller than the sentence around it


def qr_drawing(payload: str, size: float) -> Drawing:
    """A QR code (error correction M) exactly ``size`` points square."""
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0],
                      initialFontName=REGULAR)
    drawing.add(widget)
    return drawing


@dataclass(frozen=True)
class _CertStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    text: ParagraphStyle
    name: ParagraphStyle
    level: ParagraphStyle
    level_other: ParagraphStyle
    score: ParagraphStyle
    note: ParagraphStyle
    sign: ParagraphStyle
    code: ParagraphStyle
    code_note: ParagraphStyle


def _sized(style: ParagraphStyle, size: float, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(f"cert-{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.6, **kw)


def _cert_styles(base: Styles) -> _CertStyles:
    """Larger than the report: the certificate is read at arm's length on a wall."""
    return _CertStyles(
        title=_sized(base.title, 30),
        subtitle=_sized(base.subtitle, 17),
        text=_sized(base.body_centre, 15),
        name=_sized(base.name, 26),
        level=_sized(base.level, 24),
        level_other=_sized(base.subtitle, 16),
        score=_sized(base.body_centre, 17),
        note=_sized(base.small_centre, 11, textColor=MUTED),
        sign=_sized(base.small_centre, 12),
        code=_sized(base.small, 10),
        code_note=_sized(base.muted, 8.5),
    )


def _border(canv: Any, draft: bool) -> None:
    width, height = PAGE
    if draft:
        draw_watermark(canv, width, height)
    canv.saveState()
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(2.2)
    canv.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canv.setLineWidth(0.6)
    canv.rect(12.5 * mm, 12.5 * mm, width - 25 * mm, height - 25 * mm)
    canv.restoreState()


def _story(source: ReportSource, lang: Lang, st: _CertStyles, thai_digits: bool, name: Flowable) -> list[Flowable]:
    card, checklist = source.card, source.checklist
    names = source.names()
    other: Lang = "en" if lang == "th" else "th"
    level = checklist.level(card.level)
    fy = fiscal_year_text(source.fiscal_year, lang, digits=thai_digits, in_sentence=True)
    overall = "-" if card.overall is None else fmt_number(card.overall)

    story: list[Flowable] = [
        ThaiParagraph(L.CERT_TITLE.get(lang), st.title),
        ThaiParagraph(L.CERT_SUBTITLE.get(lang), st.subtitle),
        Spacer(1, 5 * mm),
        ThaiParagraph(L.CERT_THIS_CERTIFIES.get(lang), st.text),
        name,
        ThaiParagraph(L.CERT_HAS_ASSESSED.get(lang).format(fy=fy), st.text, names),
        Spacer(1, 3 * mm),
        # The level is named in both languages whatever the certificate's language.
        ThaiParagraph(f"{L.LEVEL.get(lang)} {card.level} {level.name.get(lang)}", st.level),
        ThaiParagraph(f"{L.LEVEL.get(other)} {card.level} {level.name.get(other)}", st.level_other),
        ThaiParagraph(f"{L.OVERALL.get(lang)} {overall} {L.OUT_OF_100.get(lang)}", st.score),
    ]
    if not card.complete:
        open_items = len(card.unanswered) + len(card.na_without_reason)
        story.append(ThaiParagraph(L.INCOMPLETE.get(lang).format(n=open_items), st.note))
    if card.provisional:
        story.append(ThaiParagraph(L.PROVISIONAL.get(lang), st.note))
    date_text = issue_date_text(source.issue_date, lang, digits=thai_digits)
    story += [
        Spacer(1, 2 * mm),
        ThaiParagraph(L.CERT_GIVEN_ON.get(lang).format(date=date_text), st.text),
    ]
    return story


def _height(flowables: list[Flowable], width: float) -> float:
    return stack_height(flowables, width, PAGE[1])


def _fitted_story(source: ReportSource, lang: Lang, st: _CertStyles, thai_digits: bool,
                  width: float, height: float) -> list[Flowable]:
    """The text, with the agency's name in type small enough for it all to fit ``height``.

    A long name would otherwise make the frame shrink the whole text, title
    and level included; only a name too long even at the smallest size leaves
    that to the frame, as a last resort that keeps the certificate one page.
    """
    agency, names = source.agency(lang), source.names()
    design = ThaiParagraph(agency, st.name, names)
    rest = _height([f for f in _story(source, lang, st, thai_digits, design) if f is not design], width)
    name = fitted_name(agency, st.name, names, width, height - rest, _NAME_MIN_SIZE)
    return _story(source, lang, st, thai_digits, name)


def _signature(role: str, name: str, lang: Lang, st: _CertStyles, names: tuple[str, ...]) -> list[Flowable]:
    dots = "." * 50
    return [
        Spacer(1, 12 * mm),
        ThaiParagraph(f"{L.SIGN_LINE.get(lang)} {dots}", st.sign),
        ThaiParagraph(f"( {name} )" if name else f"( {'.' * 44} )", st.sign, names),
        ThaiParagraph(role, st.sign),
    ]


def _bottom_row(source: ReportSource, lang: Lang, st: _CertStyles) -> Table:
    names = source.names()
    assessor = source.assessors[0] if source.assessors else ""
    qr_size = 26 * mm
    code_cell: list[Flowable] = [
        qr_drawing(source.verification.qr_payload, qr_size),
        ThaiParagraph(f"{L.VERIFICATION.get(lang)} {source.verification.code}", st.code),
        ThaiParagraph(verification_note(source.verification.from_submission, lang), st.code_note),
    ]
    usable = PAGE[0] - 2 * _MARGIN_X
    widths = [usable * 0.30, usable * 0.35, usable * 0.35]
    return plain_table(
        [[code_cell,
          _signature(L.ASSESSOR.get(lang), assessor, lang, st, names),
          _signature(L.HEAD_OF_AGENCY.get(lang), "", lang, st, names)]],
        widths,
        [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBEFORE", (1, 0), (1, 0), 0.4, GRID)],
    )


def render_certificate(source: ReportSource, out_path: Path, lang: Lang, *, thai_digits: bool = False) -> Path:
    """Write the certificate PDF to ``out_path`` (atomically) and return the path.

    ``thai_digits`` prints the date and fiscal year in Thai numerals (Thai only).
    """
    with RENDER_LOCK:  # one render at a time, story building included (see core.report.output)
        return _render(source, out_path, lang, thai_digits)


def _render(source: ReportSource, out_path: Path, lang: Lang, thai_digits: bool) -> Path:
    ensure_fonts()
    st = _cert_styles(make_styles())
    width, height = PAGE[0] - 2 * _MARGIN_X, PAGE[1] - 2 * _MARGIN_Y
    # The signatures and the code sit in their own frame at the foot of the page,
    # as tall as they need, so that the text above has all the rest.
    bottom_row = _bottom_row(source, lang, st)
    foot_h = min(_height([bottom_row], width), _FOOT_MAX)
    body = Frame(_MARGIN_X, _MARGIN_Y + foot_h, width, height - foot_h, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    foot = Frame(_MARGIN_X, _MARGIN_Y, width, foot_h, id="foot",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    # Whatever the agency name's length, the certificate stays one page.
    text = _fitted_story(source, lang, st, thai_digits, width, height - foot_h)
    story: list[Flowable] = [
        KeepInFrame(width, height - foot_h, text, mode="shrink"),
        FrameBreak(),
        KeepInFrame(width, foot_h, [bottom_row], mode="shrink", vAlign="BOTTOM"),
    ]
    with atomic_output(out_path) as handle:
        doc = BaseDocTemplate(
            handle, pagesize=PAGE, initialFontName=REGULAR, invariant=1,
            title=f"{L.CERT_TITLE.get(lang)}: {source.agency(lang)}",
            author="Kao", subject=L.CERT_SUBTITLE.get(lang), creator="Kao",
        )
        doc.addPageTemplates([PageTemplate("certificate", [body, foot],
                                           onPage=lambda canv, _doc: _border(canv, not source.finalized))])
        doc.build(story)
    return out_path
