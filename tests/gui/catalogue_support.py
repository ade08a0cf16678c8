"""Shared setup of the catalogue tab tests: a project with messy returns, the window on the
catalogue tab, waiting for the writer thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.catalogue.view import CatalogueView
from desktop.ui.main_window import MainWindow
from tests.helpers.factory import ProjectFactory


def inst(name: str, area: str, vendor: str | None = None, **kw: object) -> dict[str, object]:
    return {"name": name, "service_area": area, "vendor": vendor, "hosting": "Egen drift", **kw}


# 13 installations, 9 distinct names; `auto` makes 6 systems and leaves Compello (close to the
# catalogue's Compilo) for review.
RETURNS = {
    "4216": [inst("Tieto Gerica", "Helse og omsorg", "Tieto", users=100, annual_cost=200000),
             inst("VFS", "Skole", "Visma", users=40, annual_cost=50000),
             inst("Visma Flyt Barnehage", "Barnehage", "Visma"),
             inst("Kvalitetslosen", "Annet"), inst("Arkivplan", "Sak, arkiv og politikk")],
    "4218": [inst("Gerica 12.1", "Helse og omsorg", users=50),
             inst("Flyt skole 3.2", "Skole", "Visma", users=25, annual_cost=31000),
             inst("Flyt Barnehage", "Barnehage"), inst("Kvalitetslosen", "Annet")],
    "1018": [inst("GERICA", "Helse og omsorg"),
             inst("Visma flyt skole (SaaS)", "Skole", annual_cost=12000),
             inst("KvalitetsLøsen", ""), inst("Compello", "Økonomi", "Compello")],
}


def fill(factory: ProjectFactory, returns: dict[str, list[dict[str, object]]] = RETURNS
         ) -> None:
    paths = [factory.filled(n, f"{n}.xlsx", installation=rows) for n, rows in returns.items()]
    results = factory.api.import_files(paths)
    assert all(not r.rejected for r in results), [r.message for r in results]


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
