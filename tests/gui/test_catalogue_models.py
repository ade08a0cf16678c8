"""The catalogue tab's models pass pytest-qt's model tester (sorted, filtered, and the trees
handing out their rows a chunk at a time); sorting, filtering and the Norwegian way of writing
numbers and percentages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from desktop.core.catalogue import api as catalogue
from desktop.ui.catalogue import two_level_model
from desktop.ui.catalogue.models import (
    M_COST,
    M_PRODUCT,
    M_USERS,
    S_CONFIDENCE,
    S_PRODUCT,
    Y_PRODUCT,
    HaystackFilterProxy,
    MatrixModel,
    SuggestionsModel,
    SystemsModel,
    Target,
    TargetsModel,
)
from desktop.ui.catalogue.snapshot import CatalogueSnapshot, accepted_above, load_snapshot
from desktop.ui.catalogue.texts import percent_text
from desktop.ui.catalogue.tree_view import CatalogueTree
from tests.helpers.catalogue_returns import fill
from tests.helpers.factory import ProjectFactory

NBSP = "\u00a0"


@pytest.fixture
def snapshots(factory: ProjectFactory) -> tuple[CatalogueSnapshot, CatalogueSnapshot]:
    """The project before and after automatic deduplication."""
    fill(factory)
    before = load_snapshot(factory.api)
    catalogue.auto(factory.api.db)
    return before, load_snapshot(factory.api)


def test_snapshot_is_what_the_api_says(snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot],
                                       factory: ProjectFactory) -> None:
    before, after = snapshots
    assert before.summary.text == "13 installasjoner → 9 distinkte systemer"
    assert after.summary == catalogue.summary(factory.api.db)
    assert [s.suggestion for s in after.suggestions] == factory.api.catalogue.suggest()
    assert [x.row for x in after.systems] == catalogue.systems(factory.api.db)
    assert sorted(after.matrix.rows, key=lambda r: r.product.casefold()) == list(
        catalogue.matrix(factory.api.db).rows)  # the API's sorts by product
    assert after.municipalities == {"1018": "Søgne", "4216": "Birkenes", "4218": "Iveland"}
    gerica = next(x for x in after.systems if x.row.product == "Gerica")
    assert (gerica.installations, gerica.users, gerica.annual_cost) == (3, 150, 200000)
    compello = next(x for x in after.systems if x.row.product == "Compello")
    assert not compello.decided and compello.ref is not None  # can be moved into a system
    assert accepted_above(before.suggestions, 0.95) == (8, 5)


def test_suggestions_model(qtmodeltester: Any,
                           snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot]) -> None:
    before, _ = snapshots
    model = SuggestionsModel()
    model.set_items(before.suggestions, before.municipalities)
    qtmodeltester.check(model)
    model.sort(S_CONFIDENCE, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, S_PRODUCT).data() for r in range(3)] == [
        "Compello", "Kvalitetslosen", "Gerica"]
    assert model.index(0, S_CONFIDENCE).data() == f"41,2{NBSP}%"
    kval = model.index(1, 0)
    assert model.rowCount(kval) == 2 and model.rowCount(model.index(0, 0)) == 0
    assert model.index(1, 4).data() == "Søgne, Birkenes, Iveland"  # who wrote the names
    model.set_text("losen")  # a name below a suggestion finds it
    assert [model.index(r, S_PRODUCT).data() for r in range(model.rowCount())] == [
        "Kvalitetslosen"]
    assert model.visible_count() == 1
    model.set_text("")
    model.set_key("catalogue")
    assert model.rowCount() == model.visible_count() == 4
    qtmodeltester.check(model)


def test_systems_model(qtmodeltester: Any,
                       snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot]) -> None:
    _, after = snapshots
    model = SystemsModel()
    model.set_items(after.systems, after.municipalities)
    qtmodeltester.check(model)
    model.sort(Y_PRODUCT, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    products = [model.index(r, Y_PRODUCT).data() for r in range(model.rowCount())]
    assert products == ["Arkivplan", "Compello", "Gerica", "Kvalitetslosen",
                        "Visma Flyt Barnehage", "Visma Flyt Skole"]
    model.set_key("Skole")
    assert model.rowCount() == 1
    model.set_key(None)
    model.set_text("tieto gerica")  # a name as a municipality wrote it
    assert [model.index(r, Y_PRODUCT).data() for r in range(model.rowCount())] == ["Gerica"]


def systems_by_product_in_chunks_of_two(after: CatalogueSnapshot, monkeypatch: Any
                                        ) -> SystemsModel:
    monkeypatch.setattr(two_level_model, "FETCH_CHUNK", 2)
    model = SystemsModel()
    model.set_items(after.systems, after.municipalities)
    model.sort(Y_PRODUCT, Qt.SortOrder.AscendingOrder)
    return model


def test_a_model_handing_out_chunks_passes_the_model_tester(
        qtmodeltester: Any, snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot],
        monkeypatch: Any) -> None:
    model = systems_by_product_in_chunks_of_two(snapshots[1], monkeypatch)
    qtmodeltester.check(model)  # it fetches everything, as a view scrolled to the end would
    assert model.rowCount() == 6 and not model.canFetchMore()


def test_a_long_list_is_handed_out_a_chunk_at_a_time(
        snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot], monkeypatch: Any) -> None:
    # the trees lay out every row they have: they get FETCH_CHUNK rows, more when scrolled
    model = systems_by_product_in_chunks_of_two(snapshots[1], monkeypatch)
    assert model.rowCount() == 2 and model.visible_count() == 6 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4
    model.fetchMore()
    assert model.rowCount() == 6 and not model.canFetchMore()
    model.set_items(snapshots[1].systems)  # a reload keeps what was fetched
    assert model.rowCount() == 6
    model.set_text("visma")  # a new filter starts afresh
    assert (model.rowCount(), model.visible_count()) == (2, 2)
    model.set_text("")
    last = model.row_of(lambda x: x.row.product == "Visma Flyt Skole")
    assert last == 5 and model.rowCount() == 2
    index = model.top_index(last)  # a row looked for is fetched first
    assert model.rowCount() == 6 and index.data() == "Visma Flyt Skole"


def test_sorting_keeps_the_selected_row_even_beyond_the_rows_fetched(
        snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot], monkeypatch: Any) -> None:
    model = systems_by_product_in_chunks_of_two(snapshots[1], monkeypatch)
    selected = QPersistentModelIndex(model.index(0, Y_PRODUCT))
    assert selected.data() == "Arkivplan"
    model.sort(Y_PRODUCT, Qt.SortOrder.DescendingOrder)  # Arkivplan goes to the bottom
    assert selected.isValid() and selected.row() == 5 and selected.data() == "Arkivplan"
    assert model.rowCount() == 6


def test_matrix_model(qtmodeltester: Any,
                      snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot]) -> None:
    _, after = snapshots
    model = MatrixModel()
    model.set_matrix(after.matrix)
    qtmodeltester.check(model)
    proxy = HaystackFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.sort(M_USERS, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, M_PRODUCT).data() for r in range(2)] == ["Gerica", "Visma Flyt Skole"]
    proxy.sort(M_COST, Qt.SortOrder.AscendingOrder)
    costs = [proxy.index(r, M_COST).data() for r in range(proxy.rowCount())]
    assert costs[:2] == [f"93{NBSP}000{NBSP}kr", f"200{NBSP}000{NBSP}kr"]
    assert costs[2:] == ["", "", "", ""]  # unknown last, whatever the order
    assert model.sort_key_of(M_COST) == "annual_cost" and model.sort_key_of(7) == "4216"
    model.set_matrix(None)
    assert model.rowCount() == 0 and model.columnCount() == 6


def test_targets_model(qtmodeltester: Any) -> None:
    model = TargetsModel()
    model.set_targets([Target(3, "Gerica", "Tietoevry", "Helse og omsorg", 12),
                       Target(None, "Profil", "Visma", "Helse og omsorg", 0)])
    qtmodeltester.check(model)
    assert model.index(0, 3).data() == "Dette prosjektet, 12 installasjoner"
    assert model.index(1, 3).data() == "Katalogen (nytt i prosjektet)"
    assert model.row_at(1).key == "Profil" and model.row_at(0).key == 3


def test_percentages_are_cut_not_rounded() -> None:
    assert percent_text(0.85) == f"85{NBSP}%"
    assert percent_text(0.875) == f"87,5{NBSP}%"
    assert percent_text(0.9999) == f"99,9{NBSP}%"
    assert percent_text(1.0) == f"100{NBSP}%"
    assert percent_text(0.29) == f"29{NBSP}%"


def test_sorting_keeps_a_selected_name_below_its_system(
        snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot]) -> None:
    before, _ = snapshots
    model = SuggestionsModel()
    model.set_items(before.suggestions, before.municipalities)
    model.sort(S_PRODUCT, Qt.SortOrder.AscendingOrder)
    parent = next(model.index(r, 0) for r in range(model.rowCount())
                  if model.rowCount(model.index(r, 0)) >= 2)
    names = [model.index(r, S_PRODUCT, parent).data() for r in range(model.rowCount(parent))]
    assert names == sorted(names, key=str.casefold)
    selected = QPersistentModelIndex(model.index(0, S_PRODUCT, parent))
    model.sort(S_PRODUCT, Qt.SortOrder.DescendingOrder)
    parent = model.index(selected.parent().row(), 0)
    assert [model.index(r, S_PRODUCT, parent).data()
            for r in range(model.rowCount(parent))] == names[::-1]
    assert selected.data() == names[0] and selected.row() == len(names) - 1


def test_select_all_takes_rows_not_yet_handed_to_the_view(
        qtbot: Any, snapshots: tuple[CatalogueSnapshot, CatalogueSnapshot],
        monkeypatch: Any) -> None:
    # a short tree holds fewer rows than the list has; Ctrl+A must still mean every row
    model = systems_by_product_in_chunks_of_two(snapshots[1], monkeypatch)
    tree = CatalogueTree()
    qtbot.addWidget(tree)
    tree.setModel(model)
    tree.resize(600, 70)
    tree.show()
    qtbot.waitExposed(tree)
    assert model.rowCount() < model.visible_count() == 6
    qtbot.keyClick(tree, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(i.data() for i in tree.selected_rows()) == [
        "Arkivplan", "Compello", "Gerica", "Kvalitetslosen", "Visma Flyt Barnehage",
        "Visma Flyt Skole"]

