"""The screenshot check fails for what a person would notice: a blank picture, a missing
text (tests/gui/shots.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tests.gui.shots import shot


def test_a_blank_or_wrong_screen_fails(qtbot: Any, tmp_path: Path) -> None:
    blank = QWidget()
    qtbot.addWidget(blank)
    blank.resize(400, 300)
    blank.show()
    with pytest.raises(AssertionError, match="blank"):
        shot(blank, tmp_path / "blank.png")

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    for text in ("Nåverdi 38,0 mill.\u00a0kr", "Felles drift " * 5, "Fire kommuner " * 5):
        layout.addWidget(QLabel(text))
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    shot(page, tmp_path / "page.png", "Nåverdi 38,0 mill. kr", "Felles drift")
    assert (tmp_path / "page.png").stat().st_size > 1000
    with pytest.raises(AssertionError, match="not on screen"):
        shot(page, tmp_path / "page.png", "Nåverdi 38,0 mill. kr", "Sammenligning")
