"""Check boxes that show in a dark palette.

Fusion draws the frame of a check box (and of a list or table row's check box) in the window
colour darkened by 40 %. In a dark palette that is the base colour the box is filled with — Qt's
own dark Fusion palette makes its base exactly that colour — so an unticked box cannot be seen:
the comparison list's scenarios looked like plain text. `VisibleChecks` wraps Fusion and, when
the palette is dark, lets it draw the box from a palette whose window colour is a mid grey
between base and text, so the frame stands out; a light palette and other styles are untouched.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from desktop.ui import tones

_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
          QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
          QStyle.PrimitiveElement.PE_IndicatorRadioButton)
FRAME_SHARE = 0.55  # where the frame lies between base (0) and text (1), after Fusion's 40 %


def framed(palette: QPalette) -> QPalette:
    """`palette` with a window colour whose Fusion outline (darker(140)) is visible on base."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)

    def mix(a: int, b: int) -> int:
        return min(255, round((a + (b - a) * FRAME_SHARE) * 1.4))

    window = QColor(mix(base.red(), text.red()), mix(base.green(), text.green()),
                    mix(base.blue(), text.blue()))
    changed = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        changed.setColor(group, QPalette.ColorRole.Window, window)
    return changed


class VisibleChecks(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element in _BOXES and tones.is_dark(option.palette):
            option = type(option)(option)
            option.palette = framed(option.palette)
        super().drawPrimitive(element, option, painter, widget)


def install(app: QApplication) -> None:
    """Wrap the application's style when it is Fusion (the default on Linux, and what a dark
    palette is usually paired with); idempotent."""
    style = app.style()
    if isinstance(style, VisibleChecks) or style.name().lower() != "fusion":
        return
    app.setStyle(VisibleChecks("Fusion"))
