"""Fonts, colours, page geometry and paragraph styles of the PDF report.

The fonts are DejaVu Sans from matplotlib's own data (always installed with it), embedded as
TrueType so that æøå, «», –, →, ≈ and the no-break space render the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

FONT = "SamdriftSans"
BOLD = "SamdriftSans-Bold"
ITALIC = "SamdriftSans-Oblique"
BOLD_ITALIC = "SamdriftSans-BoldOblique"

NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#2F6E9E")
GREY = colors.HexColor("#5B6670")
LIGHT = colors.HexColor("#E3EAF2")
ZEBRA = colors.HexColor("#F4F6F9")
RULE = colors.HexColor("#B8C4D0")
NOTE_BG = colors.HexColor("#F1F5FA")

PORTRAIT = A4
LANDSCAPE = landscape(A4)
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

_registered = False


def font_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def register_fonts() -> None:
    """Register the embedded fonts once per process."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = font_dir()
    for name, file in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                       (ITALIC, "DejaVuSans-Oblique.ttf"),
                       (BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(base / file)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, BOLD)
    addMapping(FONT, 0, 1, ITALIC)
    addMapping(FONT, 1, 1, BOLD_ITALIC)
    _registered = True


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    note: ParagraphStyle
    recommendation: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    toc_title: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    table_title: ParagraphStyle
    table_note: ParagraphStyle
    caption: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    title_meta: ParagraphStyle
    kf_label: ParagraphStyle
    kf_value: ParagraphStyle
    kf_note: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, spaceAfter=6,
                          alignment=TA_LEFT)
    return Styles(
        body=body,
        note=ParagraphStyle("note", parent=body, fontSize=8.5, leading=11.5,
                            textColor=GREY, spaceAfter=4),
        recommendation=ParagraphStyle(
            "recommendation", parent=body, fontSize=10.5, leading=15, backColor=NOTE_BG,
            borderColor=ACCENT, borderWidth=0, borderPadding=(6, 8, 6, 8), leftIndent=8,
            rightIndent=8, spaceBefore=6, spaceAfter=12),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=17, leading=22,
                          textColor=NAVY, spaceBefore=0, spaceAfter=10, keepWithNext=True),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=12.5, leading=16,
                          textColor=NAVY, spaceBefore=12, spaceAfter=6, keepWithNext=True),
        toc_title=ParagraphStyle("toc_title", parent=body, fontName=BOLD, fontSize=17,
                                 leading=22, textColor=NAVY, spaceAfter=14),
        toc1=ParagraphStyle("toc1", parent=body, fontName=BOLD, fontSize=10.5, leading=15,
                            spaceBefore=5, leftIndent=0, firstLineIndent=0),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9.5, leading=13, leftIndent=14,
                            firstLineIndent=0),
        table_title=ParagraphStyle("table_title", parent=body, fontName=BOLD, fontSize=9.5,
                                   leading=12.5, spaceBefore=8, spaceAfter=4,
                                   keepWithNext=True, textColor=NAVY),
        table_note=ParagraphStyle("table_note", parent=body, fontName=ITALIC, fontSize=7.5,
                                  leading=10, textColor=GREY, spaceBefore=3, spaceAfter=8),
        caption=ParagraphStyle("caption", parent=body, fontName=ITALIC, fontSize=8,
                               leading=10.5, textColor=GREY, spaceBefore=2, spaceAfter=10),
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=26, leading=32,
                             textColor=NAVY, spaceAfter=14),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=15, leading=20,
                                textColor=ACCENT, spaceAfter=30),
        title_meta=ParagraphStyle("title_meta", parent=body, fontSize=10.5, leading=16,
                                  textColor=GREY),
        kf_label=ParagraphStyle("kf_label", parent=body, fontSize=8, leading=10,
                                textColor=GREY, spaceAfter=1),
        kf_value=ParagraphStyle("kf_value", parent=body, fontName=BOLD, fontSize=12.5,
                                leading=15, textColor=NAVY, spaceAfter=1),
        kf_note=ParagraphStyle("kf_note", parent=body, fontSize=7.5, leading=9.5,
                               textColor=GREY, spaceAfter=0),
    )


def cell_style(size: float, bold: bool = False, align: str = "left") -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        f"cell-{size}-{bold}-{align}", fontName=BOLD if bold else FONT, fontSize=size,
        leading=size * 1.22, embeddedHyphenation=1,
        alignment={"left": TA_LEFT, "right": TA_RIGHT, "center": TA_CENTER}[align])
