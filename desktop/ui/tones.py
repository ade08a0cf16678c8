"""The app's own colours (section header rows, changed values, savings and costs, warnings),
each in a light and a dark variant chosen from the palette when a view asks for it.

A hard-coded light background (`#e8edf3`) under the palette's light text of a dark theme made
the section header rows unreadable; a model asks `tone.color()` in `data()`, so a palette
change (dark mode switched on, the language switch re-creating the window) is followed on the
next repaint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark(palette: QPalette) -> bool:
    """`palette` is a dark one (light text on a dark base)."""
    return (palette.color(QPalette.ColorRole.Base).lightness()
            < palette.color(QPalette.ColorRole.Text).lightness())


def dark() -> bool:
    """The application's palette is a dark one."""
    return is_dark(QGuiApplication.palette())


@dataclass(frozen=True)
class Tone:
    light: str
    dark: str

    def name(self) -> str:
        return self.dark if dark() else self.light

    def color(self) -> QColor:
        return QColor(self.name())


HEADER_BACKGROUND = Tone("#e8edf3", "#2c3a4b")  # section header rows in tables
CHANGED_BACKGROUND = Tone("#fff1c9", "#4a3d12")  # a value the user changed / typed
CHANGED_FOREGROUND = Tone("#1d4f91", "#9cc3ff")
CORRECTED_BACKGROUND = Tone("#dcebff", "#1f3a5c")  # a value corrected by the user (with a reason)
FLAG_BACKGROUND = Tone("#fde2e1", "#5a2624")  # a vulnerability flag
MISSING_FOREGROUND = Tone("#8a5a00", "#f1c66b")  # a figure that misses some municipalities
NEGATIVE = Tone("#b3261e", "#f2978f")  # a negative amount, an error message
SAVING = Tone("#1e7b34", "#7fd49a")
MUTED = Tone("#757575", "#a8a8a8")  # not answered, not applied, not in use, undecided
NOTE_BACKGROUND = Tone("#fff4ce", "#4a3d12")  # a note that the figures are out of date
NOTE_FOREGROUND = Tone("#5c4400", "#f5dc9a")
SUCCESS = Tone("#2e7d32", "#81c995")
PURPLE = Tone("#8e24aa", "#d59ae6")  # decisions that came from a word list
CURRENT_LEVEL = Tone("#e8f0fb", "#26364a")  # the scenario's own level in the responsibility matrix
RISK_LOW = Tone("#d9f0d3", "#24452a")  # risk score below 8 (the risk matrix's green)
RISK_MEDIUM = Tone("#fff2b3", "#4a4215")  # 8–14
RISK_HIGH = Tone("#f4b6b6", "#5a2624")  # 15 or more
