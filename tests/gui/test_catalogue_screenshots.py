"""Renders the System catalogue tab with the demo project (Knutepunkt Sørlandet) to
$SAMDRIFT_SHOTS (default /tmp/gui-shots) so a person can look at it: suggestions before
anything is decided, the result of automatic deduplication, a system's names, decisions from a
word list, the matrix, and the dialogs. Checks what each shows."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.catalogue import dialogs
from desktop.ui.catalogue.dialogs import TargetPicker, ThresholdDialog
from desktop.ui.catalogue.models import Y_PRODUCT
from desktop.ui.main_window import MainWindow
from tests.gui.catalogue_support import wait_idle
from tests.gui.shots import shot


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.core.demo.build import build_demo

    return build_demo(tmp_path_factory.mktemp("demo"))


def _settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(60)


def _window(qtbot: Any, path: Path) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1500, 900)
    assert win.open_project(path)
    win.show()
    win.tabs.setCurrentWidget(win.catalogue)
    wait_idle(qtbot, win.catalogue)
    win.catalogue.suggestions.setFocus()
    _settle(qtbot)
    return win


def test_catalogue_tab_screenshots(qtbot: Any, demo: Path, tmp_path: Path, shots_dir: Path,
                                   monkeypatch: Any) -> None:
    project = tmp_path / demo.name
    shutil.copy(demo, project)
    win = _window(qtbot, project)
    view = win.catalogue
    assert view.headline.text() == "206 installasjoner → 73 distinkte systemer"
    assert view.suggestions_title.text() == "Forslag: 51 (73 navn)"
    assert view.suggestions.currentIndex().siblingAtColumn(1).data() == "Dignio Prevent"
    shot(win, shots_dir / "catalogue-1-suggestions.png")

    threshold = ThresholdDialog(view.controller.snapshot.suggestions, 0.85, win)
    qtbot.addWidget(threshold)
    threshold.show()
    _settle(qtbot)
    assert threshold.effect.text() == "73 navn i 51 forslag blir godtatt."
    shot(threshold, shots_dir / "catalogue-dialog-threshold.png")
    threshold.close()

    view.actions_.auto.trigger()
    wait_idle(qtbot, view)
    assert view.headline.text() == "206 installasjoner → 51 distinkte systemer"
    assert view.suggestions_empty.is_empty
    view.focus_pane("systems")
    assert view.select_system(lambda x: x.row.product == "Microsoft 365")
    view.systems.expand(view.systems.currentIndex().siblingAtColumn(0))
    _settle(qtbot)
    shot(win, shots_dir / "catalogue-2-after-automatic.png")

    picker = TargetPicker(view.commands.targets(), "Flytt til",
                          "Flytt 1 navn til dette systemet eller katalogproduktet:", win)
    qtbot.addWidget(picker)
    picker.search.setText("visma flyt")
    picker.show()
    _settle(qtbot)
    assert picker.proxy.rowCount() > 3
    shot(picker, shots_dir / "catalogue-dialog-move.png")
    picker.close()

    word_list = tmp_path / "ordliste.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: word_list)
    view.actions_.export_dictionary.trigger()
    qtbot.waitUntil(lambda: not view.controller.busy)
    view.subtabs.setCurrentWidget(view.matrix_page)
    _settle(qtbot)
    assert view.matrix_model.rowCount() == 51
    shot(win, shots_dir / "catalogue-4-matrix.png")
    win.close()

    fresh = tmp_path / "ny" / demo.name
    fresh.parent.mkdir()
    shutil.copy(demo, fresh)
    win = _window(qtbot, fresh)
    view = win.catalogue
    monkeypatch.setattr(dialogs, "open_file", lambda *a: word_list)
    view.actions_.import_dictionary.trigger()
    wait_idle(qtbot, view)
    assert view.headline.text() == "206 installasjoner → 51 distinkte systemer"
    view.focus_pane("systems")
    assert view.select_system(lambda x: x.row.product == "Gerica")
    view.systems.expand(view.systems.currentIndex().siblingAtColumn(0))
    assert view.systems.currentIndex().siblingAtColumn(Y_PRODUCT).data() == "Gerica"
    _settle(qtbot)
    shot(win, shots_dir / "catalogue-3-word-list.png")
    win.close()


def test_catalogue_tab_without_answers(qtbot: Any, window: Any, shots_dir: Path) -> None:
    window.resize(1100, 700)
    window.tabs.setCurrentWidget(window.catalogue)
    wait_idle(qtbot, window.catalogue)
    view = window.catalogue
    assert view.empty.is_empty
    assert view.empty.label.text().startswith("Ingen systemer å slå sammen ennå.")
    _settle(qtbot)
    shot(window, shots_dir / "catalogue-0-empty.png")
