"""Writing PDFs: the embedded CJK font, shared styles, page furniture and bilingual labels.

Every PDF Verifield prints goes through :func:`write_pdf`, so they look alike:
A4 portrait, WenQuanYi Micro Hei embedded (one font for Chinese, Latin and
the subscript of CO₂), the engagement code and page number in the footer, the
DEMO mark at the top of every page of a demo engagement's documents, and the
document's title, author and subject in its metadata.  Text in a
paragraph is escaped here; callers pass plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from app.atomic import write_bytes
from app.domain.engagement.engagement import DEMO_MARK, is_demo_code
from app.domain.kernel.text import DomainError, Text, unwritable
from app.paths import FONT_FILE, resources_dir

FONT = "WenQuanYiMicroHei"
GRID = colors.HexColor("#9AA5B1")
SHADE = colors.HexColor("#E8EEF4")
ENTRY = colors.HexColor("#FFF9E0")
ALERT = colors.HexColor("#B00020")
PAGE_WIDTH = A4[0] - 36 * mm - 12  # inside the frame's 6 pt padding on each side


@lru_cache(maxsize=1)
def font() -> str:
    """Register the embedded font once; its name for styles."""
    pdfmetrics.registerFont(TTFont(FONT, str(resources_dir() / FONT_FILE)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    label: ParagraphStyle
    alert: ParagraphStyle


@lru_cache(maxsize=None)
def styles(language: str) -> Styles:
    """Paragraph styles; Chinese (and bilingual) text may break between any two characters, English only between words."""
    name = font()
    wrap = None if language == "en" else "CJK"
    base = ParagraphStyle("body", fontName=name, fontSize=9.5, leading=13.5, alignment=TA_LEFT, wordWrap=wrap)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontSize=16, leading=22, spaceAfter=6, textColor=colors.HexColor("#0B3D6E")),
        heading=ParagraphStyle("heading", parent=base, fontSize=12, leading=17, spaceBefore=10, spaceAfter=4,
                               textColor=colors.HexColor("#0B3D6E"), keepWithNext=1),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=colors.HexColor("#444444")),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        label=ParagraphStyle("label", parent=base, fontSize=8.5, leading=11.5, textColor=colors.HexColor("#333333"), keepWithNext=1),
        alert=ParagraphStyle("alert", parent=base, textColor=ALERT, spaceAfter=4),
    )


# Subscript digits the font lacks (it has ₁–₄ only) are set as raised-down digits instead of a missing glyph.
_SUBSCRIPTS = {chr(0x2080 + d): f"<sub>{d}</sub>" for d in (0, 5, 6, 7, 8, 9)}


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept; SF₆ and the like printed with a real subscript)."""
    markup = escape("" if text is None else str(text)).replace("\n", "<br/>")
    for digit, sub in _SUBSCRIPTS.items():
        markup = markup.replace(digit, sub)
    return Paragraph(markup, style)


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], style: ParagraphStyle, header: bool = True,
          extra: Sequence[tuple] = (), heights: Sequence[float | None] | None = None) -> Table:
    """A grid of paragraphs (strings are wrapped in ``style``), the first row shaded as a header when ``header``."""
    cells = [[c if not isinstance(c, (str, int, float)) else para(c, style) for c in row] for row in rows]
    commands = [
        ("FONT", (0, 0), (-1, -1), font()),  # the cell default (Helvetica) would be listed in the file, unembedded
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    result = Table(cells, colWidths=list(widths), rowHeights=heights, repeatRows=1 if header else 0)
    result.setStyle(TableStyle(commands + list(extra)))
    return result


def page_label(language: str) -> Text:
    """The page footer: "第 x 页 共 y 页" / "Page x of y", both when ``language`` is "both"."""
    zh, en = "第 {page} 页 共 {pages} 页", "Page {page} of {pages}"
    return Text(zh, en) if language != "both" else Text(f"{zh} / {en}", f"{zh} / {en}")


@lru_cache(maxsize=1)
def _outline_font():
    from fontTools.ttLib import TTFont as OutlineFont

    return OutlineFont(str(resources_dir() / FONT_FILE), lazy=True)


def draw_outlined(canvas: Canvas, text: str, size: float) -> None:
    """``text`` centred on the origin as filled glyph outlines of the embedded font: seen, never extracted as text."""
    from fontTools.pens.basePen import BasePen

    font = _outline_font()
    glyphs, cmap, advances = font.getGlyphSet(), font.getBestCmap(), font["hmtx"].metrics
    scale = size / font["head"].unitsPerEm
    names = [cmap.get(ord(ch), ".notdef") for ch in text]
    path = canvas.beginPath()

    class Pen(BasePen):
        def __init__(self, x: float):
            super().__init__(glyphs)
            self.x = x

        def _point(self, pt):
            return self.x + pt[0] * scale, pt[1] * scale - size / 3

        def _moveTo(self, pt):  # noqa: N802 (fontTools' names)
            path.moveTo(*self._point(pt))

        def _lineTo(self, pt):  # noqa: N802
            path.lineTo(*self._point(pt))

        def _curveToOne(self, p1, p2, p3):  # noqa: N802
            path.curveTo(*self._point(p1), *self._point(p2), *self._point(p3))

        def _closePath(self):  # noqa: N802
            path.close()

    x = -sum(advances[n][0] for n in names) * scale / 2
    for name in names:
        glyphs[name].draw(Pen(x))
        x += advances[name][0] * scale
    canvas.drawPath(path, stroke=0, fill=1)


def _numbered_canvas(font_name: str, footer: str, label: str, watermark: str | None, demo_mark: str | None):
    """A canvas class that holds its pages until the end, so each footer can say how many pages there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Starting in our font keeps reportlab's default Helvetica out of the file: every font is embedded.
            super().__init__(*args, **{**kwargs, "initialFontName": font_name})
            self._held: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._furniture(number, len(self._held))
                super().showPage()
            super().save()

        def _furniture(self, number: int, pages: int) -> None:
            self.saveState()
            if watermark:  # drawn as outlines: slanted text would break the lines a text extractor reads
                self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.18))
                self.translate(A4[0] / 2, A4[1] / 2)
                self.rotate(35)
                draw_outlined(self, watermark, 30)
                self.rotate(-35)
                self.translate(-A4[0] / 2, -A4[1] / 2)
            if demo_mark:  # level across the top margin, so it reads as one line of extracted text
                self.setFont(font_name, 10)
                self.setFillColor(ALERT)
                self.drawCentredString(A4[0] / 2, A4[1] - 10 * mm, demo_mark)
            self.setFont(font_name, 7.5)
            self.setFillColor(colors.HexColor("#666666"))
            self.drawString(18 * mm, 10 * mm, f"{footer} · {watermark}" if watermark else footer)
            self.drawRightString(A4[0] - 18 * mm, 10 * mm, label.format(page=number, pages=pages))
            self.restoreState()

    return NumberedCanvas


def write_pdf(path: Path | str, story: list, title: Text, language: str, footer: str, author: str, generated: datetime,
              watermark: str | None = None) -> None:
    """Lay out ``story`` on A4 pages with the footer, page x of y and metadata; an unwritable file is a DomainError.

    ``language`` is "zh", "en" or "both" (bilingual); ``watermark`` is printed across every page (e.g. DRAFT).
    ``footer`` is the engagement code: a demo's (DEMO-…) puts the DEMO mark at the top of every page too.
    """
    name = font()
    stamp = f"{footer}  ·  Verifield  {generated:%Y-%m-%d %H:%M}"
    laid_out = BytesIO()  # laid out in memory, then written all at once: a failure leaves the old file
    doc = SimpleDocTemplate(
        laid_out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
        title=title.in_(language) if language != "both" else f"{title.zh} / {title.en}", author=author, subject=footer,
        creator="Verifield", lang="en" if language == "en" else "zh-CN",
    )
    demo_mark = f"{DEMO_MARK} · 虚构数据，不是真实核查 / invented data, not a real engagement" if is_demo_code(footer) else None
    canvas = _numbered_canvas(name, stamp, page_label(language).in_(language), watermark, demo_mark)
    try:
        doc.build(story, canvasmaker=canvas)
    except LayoutError:
        raise DomainError(
            Text("有一段文字太长，放不进一页的表格；请缩短后再打印。", "A text is too long to fit a table on one page; shorten it and print again."),
            "file",
        ) from None
    try:
        write_bytes(path, laid_out.getvalue())
    except OSError as error:
        raise unwritable(error) from None
