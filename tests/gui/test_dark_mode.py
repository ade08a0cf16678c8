"""Dark mode: the app's own colours come from tones.py, in a dark variant under a dark palette,
so section header rows and marked values stay readable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from matplotlib.colors import to_hex
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui import tones

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def dark_palette(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    palette = QPalette(before)
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.WindowText, "#e6e6e6")):
        palette.setColor(role, QColor(colour))
    qapp.setPalette(palette)
    yield palette
    qapp.setPalette(before)


def test_header_rows_are_readable_in_dark_mode(dark_palette: QPalette) -> None:
    assert tones.dark()
    text = dark_palette.color(QPalette.ColorRole.Text)
    for tone in (tones.HEADER_BACKGROUND, tones.CHANGED_BACKGROUND, tones.FLAG_BACKGROUND,
                 tones.NOTE_BACKGROUND):
        assert contrast(tone.color(), text) >= 4.5, tone
    base = dark_palette.color(QPalette.ColorRole.Base)
    for tone in (tones.NEGATIVE, tones.SAVING, tones.MUTED, tones.CHANGED_FOREGROUND,
                 tones.MISSING_FOREGROUND, tones.PURPLE):
        assert contrast(tone.color(), base) >= 4.5, tone


def test_light_mode_keeps_the_light_colours(qapp: QApplication) -> None:
    assert not tones.dark()
    assert tones.HEADER_BACKGROUND.name() == "#e8edf3"


def test_no_hard_coded_colour_outside_the_tones() -> None:
    """A hex colour written into a view is the light one in dark mode too."""
    found = [f"{p.relative_to(UI)}: {m}" for p in UI.rglob("*.py")
             if p.name not in ("tones.py", "icons.py")
             for m in HEX.findall(p.read_text(encoding="utf-8"))]
    assert not found


def _lightness_at(image: QImage, x: int, y: int) -> int:
    return image.pixelColor(x, y).lightness()


def test_charts_follow_a_dark_palette(qtbot: Any, dark_palette: QPalette) -> None:
    """The tab's charts were white sheets in a dark window: their ground is the palette's
    base and their ink its text colour; the scenario colours stay as they are."""
    from desktop.core.charts import style
    from desktop.ui.scenarios.charts import ChartView
    from tests.unit.charts.results import three

    view = ChartView("chart")
    qtbot.addWidget(view)
    view.resize(560, 320)
    view.show()
    view.set_chart(lambda c, f: c.yearly_costs(three(), figure=f))
    assert view.drawn
    view.redraw()  # drawn again (a resize, another scenario): re-coloured once, not twice
    image = view.canvas.grab().toImage()
    assert _lightness_at(image, 3, 3) < 60, "the ground is dark"
    fig = view.figure
    ax = fig.axes[0]
    base = dark_palette.color(QPalette.ColorRole.Base)
    assert contrast(QColor.fromRgbF(*ax.yaxis.label.get_color()[:3]), base) >= 4.5
    assert contrast(QColor.fromRgbF(*ax.get_yticklabels()[0].get_color()[:3]), base) >= 4.5
    running = [line for line in ax.lines if line.get_gid() == "running"]
    assert [to_hex(line.get_color()) for line in running] == [
        c.lower() for c in style.SCENARIO_COLOURS[:3]]


def test_charts_stay_paper_white_in_a_light_palette(qtbot: Any) -> None:
    from desktop.ui.scenarios.charts import ChartView
    from tests.unit.charts.results import three

    view = ChartView("chart")
    qtbot.addWidget(view)
    view.resize(560, 320)
    view.show()
    view.set_chart(lambda c, f: c.yearly_costs(three(), figure=f))
    assert _lightness_at(view.canvas.grab().toImage(), 3, 3) > 240


def test_an_unticked_check_box_shows_in_a_dark_palette(qtbot: Any, qapp: QApplication,
                                                       dark_palette: QPalette) -> None:
    """Fusion drew the frame of an unticked box in the colour of its fill under a dark
    palette: the comparison list's scenarios looked like plain text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyleOptionViewItem

    from desktop.ui import check_style

    before = qapp.style().name()
    qapp.setStyle("Fusion")
    check_style.install(qapp)
    try:
        assert isinstance(qapp.style(), check_style.VisibleChecks)
        view = QListWidget()
        qtbot.addWidget(view)
        item = QListWidgetItem("Felles drift, alle sju")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        view.addItem(item)
        view.resize(240, 80)
        view.show()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = view.visualItemRect(item)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        box = view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
        image = view.viewport().grab().toImage()
        base = dark_palette.color(QPalette.ColorRole.Base)
        frame = max((image.pixelColor(x, y) for x in range(box.left(), box.right() + 1)
                     for y in range(box.top(), box.bottom() + 1)),
                    key=lambda c: contrast(c, base))
        assert contrast(frame, base) >= 3.0, "the box's frame stands out from the list"
    finally:
        qapp.setStyle(before)


def test_the_import_icon_shows_on_a_dark_and_a_light_toolbar(qapp: QApplication) -> None:
    """The style's black down arrow was nearly invisible on a dark toolbar."""
    from desktop.ui import icons

    image = icons.import_icon().pixmap(32, 32).toImage()
    drawn = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
             if image.pixelColor(x, y).alpha() > 200]
    assert len(drawn) > 40
    for toolbar in ("#353535", "#efefef"):
        assert max(contrast(c, QColor(toolbar)) for c in drawn) >= 3.0, toolbar
