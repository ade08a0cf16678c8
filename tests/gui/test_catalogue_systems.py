"""The systems list of the System catalogue tab: rename, vendor, service area, move a name,
split, merge, return to suggestions; the word list (dictionary) round trip; the matrix and its
export. Dialogs are answered by replacing the functions the tab calls."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from db.models import NameDecision
from desktop.core.catalogue import api as catalogue
from desktop.ui.catalogue import dialogs
from desktop.ui.catalogue.models import (
    M_COST,
    M_PRODUCT,
    PURPLE,
    Y_AREA,
    Y_COST,
    Y_INSTALLATIONS,
    Y_PRODUCT,
    Y_SOURCE,
    Y_USERS,
    Y_VENDOR,
    Target,
)
from desktop.ui.catalogue.snapshot import SystemItem
from desktop.ui.main_window import MainWindow
from desktop.ui.models.roles import ROW_ROLE
from tests.gui.catalogue_support import key, open_catalogue, wait_idle
from tests.helpers.catalogue_returns import fill, inst
from tests.helpers.factory import ProjectFactory

NBSP = "\u00a0"


def auto(qtbot: Any, win: MainWindow) -> None:
    win.catalogue.actions_.auto.trigger()
    wait_idle(qtbot, win.catalogue)


def system_row(win: MainWindow, product: str) -> dict[str, str]:
    """What the systems list shows of one system."""
    view = win.catalogue
    model = view.systems.model()
    for r in range(model.rowCount()):
        if model.index(r, Y_PRODUCT).data() == product:
            return {name: model.index(r, col).data() for name, col in (
                ("vendor", Y_VENDOR), ("area", Y_AREA), ("installations", Y_INSTALLATIONS),
                ("users", Y_USERS), ("cost", Y_COST), ("source", Y_SOURCE))}
    raise AssertionError(f"{product} is not in the list")


def focus_system(qtbot: Any, win: MainWindow, product: str, names: list[str] | None = None
                 ) -> None:
    """Select a system in the systems list (or some of its names), focus in the list."""
    view = win.catalogue
    view.focus_pane("systems")
    assert view.select_system(lambda x: x.row.product == product)
    tree = view.systems
    if names:
        parent = tree.currentIndex().siblingAtColumn(0)
        tree.expand(parent)
        model = tree.model()
        rows = [model.index(r, 0, parent) for r in range(model.rowCount(parent))
                if model.index(r, Y_PRODUCT, parent).data() in names]
        assert len(rows) == len(names)
        selection = tree.selectionModel()
        selection.setCurrentIndex(rows[0], QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        for index in rows[1:]:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    tree.setFocus()
    assert view.active_pane == "systems"


def test_rename_vendor_and_service_area_show_in_the_systems_list(
        qtbot: Any, factory: ProjectFactory, monkeypatch: Any) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    auto(qtbot, win)
    assert system_row(win, "Gerica") == {
        "vendor": "Tietoevry", "area": "Helse og omsorg", "installations": "3",
        "users": "150", "cost": f"200{NBSP}000{NBSP}kr", "source": "Katalog"}
    assert system_row(win, "Compello")["source"] == "Ikke avgjort"

    answers = iter(["Gerica PLO", "Tietoevry Norge"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: next(answers))
    monkeypatch.setattr(dialogs, "ask_service_area", lambda *a: (True, "Annet"))
    focus_system(qtbot, win, "Gerica")
    key(qtbot, view.systems, Qt.Key.Key_F2)
    wait_idle(qtbot, view)
    assert system_row(win, "Gerica PLO")["vendor"] == "Tietoevry"
    assert view.systems.currentIndex().siblingAtColumn(Y_PRODUCT).data() == "Gerica PLO"
    key(qtbot, view.systems, Qt.Key.Key_V)
    wait_idle(qtbot, view)
    key(qtbot, view.systems, Qt.Key.Key_T)
    wait_idle(qtbot, view)
    row = system_row(win, "Gerica PLO")
    assert (row["vendor"], row["area"]) == ("Tietoevry Norge", "Annet")
    assert "Annet" in view.areas.text()
    assert win.actions_.undo.text() == "&Angre: Sett tjenesteområde «Annet»"
    for _ in range(3):
        key(qtbot, view.systems, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, view)
    row = system_row(win, "Gerica")
    assert (row["vendor"], row["area"]) == ("Tietoevry", "Helse og omsorg")
    win.close()


def test_move_a_name_to_a_catalogue_product_and_back(qtbot: Any, factory: ProjectFactory,
                                                     monkeypatch: Any) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    auto(qtbot, win)
    offered: list[Target] = []

    def pick(parent: Any, targets: list[Target], title: str, text: str) -> Target:
        offered.extend(targets)
        assert title == "Flytt til" and text.startswith("Flytt 1 navn")
        return next(t for t in targets if t.product == "Profil")

    monkeypatch.setattr(dialogs, "pick_target", pick)
    gerica = next(x for x in view.systems_model.items() if x.row.product == "Gerica")
    [moving] = [m.name for m in gerica.members if "Gerica 12.1" in m.names]
    focus_system(qtbot, win, "Gerica", [moving])
    key(qtbot, view.systems, Qt.Key.Key_M)
    wait_idle(qtbot, view)
    assert "Gerica" not in [t.product for t in offered]  # not into where it is
    assert {"Kvalitetslosen", "Compilo"} <= {t.product for t in offered}  # systems, catalogue
    profil = next(x for x in view.systems_model.items() if x.row.product == "Profil")
    assert {i.name for i in profil.row.installations} == {"Gerica 12.1", "GERICA"}
    assert system_row(win, "Gerica")["installations"] == "1"
    key(qtbot, view.systems, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert system_row(win, "Gerica")["installations"] == "3"
    assert "Profil" not in [x.row.product for x in view.systems_model.items()]
    win.close()


def test_move_an_undecided_name_into_a_system(qtbot: Any, factory: ProjectFactory,
                                              monkeypatch: Any) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    auto(qtbot, win)
    monkeypatch.setattr(dialogs, "pick_target", lambda parent, targets, *a: next(
        t for t in targets if t.product == "Kvalitetslosen"))
    focus_system(qtbot, win, "Compello")  # undecided: a system of its own until decided
    key(qtbot, view.systems, Qt.Key.Key_M)
    wait_idle(qtbot, view)
    assert system_row(win, "Kvalitetslosen")["installations"] == "4"
    assert view.headline.text() == "13 installasjoner → 5 distinkte systemer"
    assert not view.suggestions_model.items()
    win.close()


def test_names_go_back_to_the_suggestions_and_come_back_with_undo(
        qtbot: Any, factory: ProjectFactory) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    auto(qtbot, win)
    assert view.headline.text() == "13 installasjoner → 6 distinkte systemer"
    focus_system(qtbot, win, "Kvalitetslosen")
    assert view.actions_.forget.isEnabled()
    key(qtbot, view.systems, Qt.Key.Key_U)
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 7 distinkte systemer"
    names = {m.name for x in view.suggestions_model.items() for m in x.suggestion.members}
    assert {"Kvalitetslosen", "KvalitetsLøsen"} <= names  # suggested again
    assert system_row(win, "Kvalitetslosen")["source"] == "Ikke avgjort"
    assert win.actions_.undo.text() == "&Angre: Tilbake til forslag: 2 navn"
    key(qtbot, view.systems, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 6 distinkte systemer"
    assert system_row(win, "Kvalitetslosen")["installations"] == "3"
    win.close()


def test_split_and_merge_systems(qtbot: Any, factory: ProjectFactory,
                                               monkeypatch: Any) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    auto(qtbot, win)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Kvalitetsløsen (ny)")
    focus_system(qtbot, win, "Kvalitetslosen", ["KvalitetsLøsen"])
    key(qtbot, view.systems, Qt.Key.Key_S)
    wait_idle(qtbot, view)
    assert system_row(win, "Kvalitetsløsen (ny)")["installations"] == "1"
    assert system_row(win, "Kvalitetslosen")["installations"] == "2"
    current = view.systems.currentIndex().data(ROW_ROLE)
    assert isinstance(current, SystemItem) and current.row.product == "Kvalitetsløsen (ny)"
    assert view.headline.text() == "13 installasjoner → 7 distinkte systemer"

    # merge the two again: the current system keeps its name
    focus_system(qtbot, win, "Kvalitetslosen")
    other = view.systems_model.top_index(
        view.systems_model.row_of(lambda x: x.row.product == "Kvalitetsløsen (ny)"))
    view.systems.selectionModel().select(other, QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
    key(qtbot, view.systems, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert system_row(win, "Kvalitetslosen")["installations"] == "3"
    assert view.headline.text() == "13 installasjoner → 6 distinkte systemer"

    key(qtbot, view.systems, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 7 distinkte systemer"
    win.close()


def test_split_names_off_a_suggestion(qtbot: Any, factory: ProjectFactory,
                                      monkeypatch: Any) -> None:
    fill(factory, {"4216": [inst("Simployer", "Lønn og personal")],
                   "4218": [inst("Simplyer", "Lønn og personal")],
                   "1018": [inst("Simployer", "Lønn og personal")]})
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree = view.suggestions
    parent = tree.currentIndex()
    assert parent.siblingAtColumn(1).data() == "Simployer"
    child = next(tree.model().index(r, 0, parent) for r in range(tree.model().rowCount(parent))
                 if tree.model().index(r, 1, parent).data() == "Simplyer")
    tree.selectionModel().setCurrentIndex(child, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: "Simplyer (eget)")
    key(qtbot, tree, Qt.Key.Key_S)
    wait_idle(qtbot, view)
    row = system_row(win, "Simplyer (eget)")
    assert row["installations"] == "1" and row["source"] == "Av deg"
    [left] = view.suggestions_model.items()
    assert [m.name for m in left.suggestion.members] == ["Simployer"]
    assert view.headline.text() == "3 installasjoner → 2 distinkte systemer"
    win.close()


def test_word_list_round_trip_marks_decisions_from_it(qtbot: Any, factory: ProjectFactory,
                                                      tmp_path: Path, monkeypatch: Any
                                                      ) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    auto(qtbot, win)
    path = tmp_path / "ordliste.json"
    monkeypatch.setattr(dialogs, "save_file", lambda *a: tmp_path / "ordliste")
    key(qtbot, view.suggestions, Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not view.controller.busy)
    assert path.exists() and '"samdrift-systemordbok"' in path.read_text("utf-8")
    assert view.message.text() == f"Ordlisten er skrevet til {path}."
    assert view.controller.stack.count() == 1  # writing a file is not a decision
    win.close()

    other = ProjectFactory(tmp_path / "neste")
    (tmp_path / "neste").mkdir()
    try:
        fill(other)
        win = open_catalogue(qtbot, other)
        view = win.catalogue
        monkeypatch.setattr(dialogs, "open_file", lambda *a: path)
        key(qtbot, view.suggestions, Qt.Key.Key_I,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        wait_idle(qtbot, view)
        assert view.message.text().startswith("Ordliste importert: 8 navn lagt til")
        assert view.headline.text() == "13 installasjoner → 6 distinkte systemer"
        gerica = system_row(win, "Gerica")
        assert gerica["source"] == "Ordliste"  # the system itself came from the word list
        r = view.systems_model.row_of(lambda x: x.row.product == "Gerica")
        parent = view.systems_model.index(r, 0)
        names = [view.systems_model.index(i, Y_SOURCE, parent)
                 for i in range(view.systems_model.rowCount(parent))]
        assert {i.data() for i in names} == {"Ordliste"}
        assert names[0].data(Qt.ItemDataRole.ForegroundRole).name() == PURPLE
        assert "Fra ordliste" in view.systems_model.index(0, Y_PRODUCT, parent).data(
            Qt.ItemDataRole.ToolTipRole)
        with win.project.db.session() as s:
            assert set(s.scalars(select(NameDecision.source))) == {"dictionary"}
        assert win.actions_.undo.text() == "&Angre: Importer ordliste ordliste.json"
        key(qtbot, view.suggestions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot, view)
        assert view.headline.text() == "13 installasjoner → 9 distinkte systemer"
        assert catalogue.summary(win.project.db).systems == 9
        win.close()
    finally:
        other.close()


def test_matrix_sorts_and_exports(qtbot: Any, factory: ProjectFactory, tmp_path: Path,
                                  monkeypatch: Any) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    auto(qtbot, win)
    key(qtbot, view.suggestions, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert view.subtabs.currentWidget() is view.matrix_page and view.active_pane == "matrix"
    table = view.matrix
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["System", "Leverandør", "Tjenesteområde", "Kommuner", "Brukere",
                       "Kostnad per år", "Søgne", "Birkenes", "Iveland"]
    table.sortByColumn(M_COST, Qt.SortOrder.DescendingOrder)
    products = [model.index(r, M_PRODUCT).data() for r in range(model.rowCount())]
    assert products[:2] == ["Gerica", "Visma Flyt Skole"]
    assert model.index(0, M_COST).data() == f"200{NBSP}000{NBSP}kr"
    assert model.index(0, 7).data() == f"100 · 200{NBSP}000{NBSP}kr"  # Birkenes
    assert model.index(0, 6).data() == "i bruk"  # Søgne runs it and gives no figures
    assert model.index(1, 6).data() == f"? · 12{NBSP}000{NBSP}kr"
    view.matrix_search.setText("visma")
    assert model.rowCount() == 2 and view.matrix_count.text() == "2 av 6 systemer"
    view.matrix_search.clear()

    monkeypatch.setattr(dialogs, "save_file", lambda *a: tmp_path / "matrise.csv")
    view.export_button.click()
    qtbot.waitUntil(lambda: not view.controller.busy)
    text = (tmp_path / "matrise.csv").read_text("utf-8-sig").splitlines()
    assert text[0].startswith("System;Leverandør;Tjenesteområde;Kommuner;Brukere")
    assert text[1].startswith("Gerica;") and text[2].startswith(
        "Visma Flyt Skole;Visma;Skole;3;65;93000")  # in the order shown
    win.close()


def test_the_move_picker_works_from_the_keyboard(qtbot: Any) -> None:
    targets = [Target(1, "Gerica", "Tietoevry", "Helse og omsorg", 3),
               Target(2, "Profil", "Visma", "Helse og omsorg", 2),
               Target(None, "Visma Profil", "Visma", "Helse og omsorg", 0),
               Target(None, "Compilo", None, "Økonomi", 0)]
    picker = dialogs.TargetPicker(targets, "Flytt til", "Flytt 1 navn til:")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "profil")
    assert picker.count.text() == "2 treff"
    assert picker.chosen() == targets[1]  # the project's own system first
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.chosen() == targets[2]
    with qtbot.waitSignal(picker.accepted):
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen() is not None and picker.chosen().key == "Visma Profil"
