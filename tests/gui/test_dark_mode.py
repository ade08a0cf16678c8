"""Dark mode: the app's own colours come from tones.py, in a dark variant under a dark palette,
so section header rows and marked values stay readable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
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
