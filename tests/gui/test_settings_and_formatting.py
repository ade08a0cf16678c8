"""Settings (recent projects) and the Norwegian display formatting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop.core.questionnaire.spec import Kind
from desktop.ui import settings
from desktop.ui.cells import cell_sort_key, parse_cell
from desktop.ui.formatting import format_value, sort_key, text_sort_key
from desktop.ui.main_window import MainWindow

NBSP = "\u00a0"


def test_recent_projects_keep_the_newest_eight(tmp_path: Path) -> None:
    for i in range(10):
        settings.add_recent_project(tmp_path / f"p{i}.samdrift")
    settings.add_recent_project(tmp_path / "p5.samdrift")
    recent = settings.recent_projects()
    assert len(recent) == settings.MAX_RECENT == 8
    assert recent[0].endswith("p5.samdrift") and recent[1].endswith("p9.samdrift")
    assert len(set(recent)) == 8


def test_recent_menu_lists_them(qtbot: Any, tmp_path: Path) -> None:
    settings.add_recent_project(tmp_path / "a.samdrift")
    win = MainWindow()
    qtbot.addWidget(win)
    texts = [a.text() for a in win.actions_.recent_menu.actions()]
    assert texts == [f"&1 {(tmp_path / 'a.samdrift').resolve()}"]
    assert win.welcome.recent_model.stringList() == [str((tmp_path / "a.samdrift").resolve())]


def test_values_are_formatted_the_norwegian_way() -> None:
    assert format_value(Kind.AMOUNT, 1234567.0) == f"1{NBSP}234{NBSP}567{NBSP}kr"
    assert format_value(Kind.DECIMAL, 2.5) == "2,5"
    assert format_value(Kind.DECIMAL, 812.0) == "812"
    assert format_value(Kind.INTEGER, 12000) == f"12{NBSP}000"
    assert format_value(Kind.DATE, dt.date(2027, 12, 31)) == "31.12.2027"
    assert format_value(Kind.INTEGER, None) == ""
    assert format_value(Kind.INTEGER, 0) == "0"
    assert format_value(Kind.TEXT, "Gerica") == "Gerica"


def test_sort_keys() -> None:
    names = ["Årdal", "Øygarden", "Zeta", "Ålesund", "Ærøy", "alta"]
    assert sorted(names, key=text_sort_key) == ["alta", "Zeta", "Ærøy", "Øygarden", "Ålesund",
                                                "Årdal"]
    assert sort_key(9000.0) < sort_key(100000)
    assert sort_key(dt.date(2026, 1, 2)) < sort_key(dt.date(2026, 10, 1))


def test_cells() -> None:
    assert parse_cell("F12") == ("F", 12)
    assert parse_cell("$AB$3") == ("AB", 3)
    assert parse_cell("F") is None and parse_cell(None) is None
    assert (cell_sort_key("Z2") or 0) < (cell_sort_key("A3") or 0)
