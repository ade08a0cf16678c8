"""Shared setup of the catalogue tab tests: a project with messy returns, the window on the
catalogue tab, waiting for the writer thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.main_window import MainWindow
from tests.helpers.factory import ProjectFactory


def wait_idle(qtbot: Any, view: CatalogueView, timeout: int = 60000) -> None:
    """Until the catalogue has no job running and has something to show."""
    qtbot.waitUntil(lambda: not view.controller.busy and view.controller.snapshot is not None,
                    timeout=timeout)
    QApplication.processEvents()


def open_catalogue(qtbot: Any, factory: ProjectFactory, size: tuple[int, int] = (1500, 900)
                   ) -> MainWindow:
    """The main window on the factory's project, showing the catalogue tab, loaded and
    active (so that the tab's single-key shortcuts work)."""
    factory.api  # noqa: B018 - the project file exists
    win = MainWindow()
    qtbot.addWidget(win)
    win.importer.show_results = False
    win.resize(*size)
    assert win.open_project(factory.path)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.catalogue)
    wait_idle(qtbot, win.catalogue)
    win.activateWindow()
    win.catalogue.suggestions.setFocus()
    QApplication.processEvents()
    return win


def top_texts(view: CatalogueView, tree: str = "suggestions", col: int = 1) -> list[str]:
    """What the list shows in one column, top-level rows in order."""
    model = getattr(view, tree).model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def key(qtbot: Any, widget: Any, k: Qt.Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, k, modifier)
