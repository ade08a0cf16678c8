"""The System catalogue tab on a real project, driven from the keyboard as a user would:
"N installasjoner → M distinkte systemer", suggestions most uncertain first, accept, reject,
undo and redo (the summary and the project file both), automatic and bulk decisions."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from db.models import NameDecision, NameRejection
from desktop.core.catalogue import api as catalogue
from desktop.ui.catalogue import dialogs
from desktop.ui.catalogue.models import S_CONFIDENCE, S_KIND, S_PRODUCT
from desktop.ui.catalogue.snapshot import SuggestionItem
from desktop.ui.models.roles import ROW_ROLE
from tests.gui.catalogue_support import key, open_catalogue, top_texts, wait_idle
from tests.gui.conftest import import_and_wait
from tests.helpers.catalogue_returns import fill, inst
from tests.helpers.factory import ProjectFactory
from tests.helpers.saved_at import set_saved_at

NBSP = "\u00a0"


def select_only(tree: Any, index: Any) -> None:
    """Select one row, as a click would (whatever modifier an earlier key click left)."""
    tree.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def current_product(view: Any) -> str:
    index = view.suggestions.currentIndex()
    top = index.parent() if index.parent().isValid() else index
    return str(top.siblingAtColumn(S_PRODUCT).data())


def test_tab_shows_the_headline_and_the_most_uncertain_first(qtbot: Any,
                                                             factory: ProjectFactory) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    assert win.tabs.tabText(win.tabs.currentIndex()) == "Systemkatalog"
    assert view.headline.text() == "13 installasjoner → 9 distinkte systemer"
    assert "Helse og omsorg 3 → 2".replace(" ", NBSP) in view.areas.text()
    assert "9 navn er ikke avgjort ennå" in view.note.text()
    assert view.suggestions_title.text() == "Forslag: 6 (9 navn)"
    assert top_texts(view)[:2] == ["Compello", "Kvalitetslosen"]
    confidences = [view.suggestions.model().index(r, S_CONFIDENCE).data()
                   for r in range(view.suggestions.model().rowCount())]
    assert confidences[:3] == [f"41,2{NBSP}%", f"98{NBSP}%", f"100{NBSP}%"]
    first = view.suggestions.model().index(0, S_PRODUCT)
    assert view.suggestions.model().index(0, S_KIND).data() == "Nytt system"
    assert "Compilo" in first.data(Qt.ItemDataRole.ToolTipRole)  # what it might be instead
    assert current_product(view) == "Compello"  # the review starts at the top
    kval = view.suggestions.model().index(1, 0)
    names = [view.suggestions.model().index(r, S_PRODUCT, kval).data()
             for r in range(view.suggestions.model().rowCount(kval))]
    assert names == ["KvalitetsLøsen", "Kvalitetslosen"]  # as written, least certain first
    assert view.systems_title.text() == "Systemer: 9 (0 avgjort)"
    win.close()


def test_review_from_the_keyboard_with_undo_and_redo(qtbot: Any, factory: ProjectFactory
                                                     ) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree = view.suggestions
    key(qtbot, tree, Qt.Key.Key_Down)
    assert current_product(view) == "Kvalitetslosen"
    key(qtbot, tree, Qt.Key.Key_A)  # accept
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 8 distinkte systemer"
    assert "Kvalitetslosen" not in top_texts(view)
    assert current_product(view) == "Gerica"  # the next suggestion, ready for the next key
    assert tree.hasFocus()
    key(qtbot, tree, Qt.Key.Key_Return)  # Enter accepts too
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 7 distinkte systemer"
    assert current_product(view) == "Visma Flyt Skole"
    assert catalogue.summary(win.project.db).systems == 7
    assert win.actions_.undo.text() == "&Angre: Godta «Gerica»"
    assert win.actions_.undo.isEnabled() and not win.actions_.redo.isEnabled()

    key(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 8 distinkte systemer"
    assert catalogue.summary(win.project.db).systems == 8  # the project file, too
    assert "Gerica" in top_texts(view)
    assert win.actions_.redo.text() == "&Gjør om: Godta «Gerica»"
    key(qtbot, tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 9 distinkte systemer"
    with win.project.db.session() as s:
        assert s.scalar(select(NameDecision)) is None
    key(qtbot, tree, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # redo
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 8 distinkte systemer"
    assert catalogue.summary(win.project.db).systems == 8
    key(qtbot, tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo, the other key
    wait_idle(qtbot, view)
    assert catalogue.summary(win.project.db).systems == 7
    assert "Angre" in win.actions_.undo.statusTip() or "angres" in win.actions_.undo.statusTip()
    win.close()


def test_reject_takes_the_suggestion_away(qtbot: Any, factory: ProjectFactory) -> None:
    fill(factory, {"4216": [inst("Office 365", "Fellesløsninger og infrastruktur"),
                            inst("Simployer", "Lønn og personal")],
                   "4218": [inst("Simplyer", "Lønn og personal"),
                            inst("M365", "Fellesløsninger og infrastruktur")]})
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree = view.suggestions
    assert current_product(view) == "Simployer"  # a typo cluster, the least certain
    key(qtbot, tree, Qt.Key.Key_R)
    wait_idle(qtbot, view)
    groups = [sorted(m.name for m in i.suggestion.members) for i in view.suggestions_model.items()]
    assert ["Simployer"] in groups and ["Simplyer"] in groups  # not suggested together again
    with win.project.db.session() as s:
        assert s.scalar(select(NameRejection.name)) in ("Simployer", "Simplyer")

    # one name of a suggestion: only that name is no longer suggested for the product
    assert view.select_suggestion("catalogue:Microsoft 365")
    parent = tree.currentIndex()
    office = next(tree.model().index(r, 0, parent) for r in range(tree.model().rowCount(parent))
                  if tree.model().index(r, S_PRODUCT, parent).data() == "Office 365")
    select_only(tree, office)
    key(qtbot, tree, Qt.Key.Key_Delete)
    wait_idle(qtbot, view)
    [m365] = [i for i in view.suggestions_model.items() if i.id == "catalogue:Microsoft 365"]
    assert [m.name for m in m365.suggestion.members] == ["M365"]
    assert any(i.suggestion.product == "Office 365" and i.suggestion.kind == "new"
               for i in view.suggestions_model.items())
    win.close()


def test_rejecting_the_only_name_of_a_new_system(qtbot: Any, factory: ProjectFactory) -> None:
    """Compello might be the catalogue's Compilo: rejecting it says it is not."""
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    assert current_product(view) == "Compello"
    key(qtbot, view.suggestions, Qt.Key.Key_R)
    wait_idle(qtbot, view)
    [compello] = [i for i in view.suggestions_model.items()
                  if i.suggestion.product == "Compello"]
    assert compello.suggestion.alternative is None and compello.suggestion.confidence == 1.0
    key(qtbot, view.suggestions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    [compello] = [i for i in view.suggestions_model.items()
                  if i.suggestion.product == "Compello"]
    assert compello.suggestion.confidence < 0.5

    # a name that reads as the product's own name is kept apart from it too, undoably
    assert view.select_suggestion("catalogue:Arkivplan")
    key(qtbot, view.suggestions, Qt.Key.Key_R)
    wait_idle(qtbot, view)
    ids = {i.id for i in view.suggestions_model.items()}
    assert "catalogue:Arkivplan" not in ids
    [own] = [i for i in view.suggestions_model.items() if i.suggestion.product == "Arkivplan"]
    assert own.suggestion.kind == "new"
    assert win.actions_.undo.text() == "&Angre: Avvis «Arkivplan»"
    key(qtbot, view.suggestions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert "catalogue:Arkivplan" in {i.id for i in view.suggestions_model.items()}
    win.close()


def test_automatic_then_bulk_accept(qtbot: Any, factory: ProjectFactory,
                                    monkeypatch: Any) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    shown: list[tuple[int, int]] = []

    def threshold(parent: Any, suggestions: Any, default: float) -> float:
        assert default == catalogue.DEFAULT_THRESHOLD
        shown.append(dialogs.accepted_above(suggestions, 0.95))
        return 0.95

    monkeypatch.setattr(dialogs, "ask_threshold", threshold)
    key(qtbot, view.suggestions, Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, view)
    assert shown == [(8, 5)]  # the dialog tells how many names it will accept
    assert view.headline.text() == "13 installasjoner → 6 distinkte systemer"
    with win.project.db.session() as s:
        assert set(s.scalars(select(NameDecision.source))) == {"user"}
    assert top_texts(view) == ["Compello"]
    key(qtbot, view.suggestions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 9 distinkte systemer"

    key(qtbot, view.suggestions, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # auto
    wait_idle(qtbot, view)
    assert view.headline.text() == "13 installasjoner → 6 distinkte systemer"
    assert view.message.text() == ("Automatisk sammenslåing: 8 navn avgjort, 5 systemer "
                                   "opprettet, 1 navn igjen til gjennomgang.")
    with win.project.db.session() as s:
        assert set(s.scalars(select(NameDecision.source))) == {"auto"}
    assert win.actions_.undo.text() == "&Angre: Automatisk sammenslåing"
    win.close()


def test_the_automatic_run_shows_progress_and_can_be_cancelled(
        qtbot: Any, factory: ProjectFactory, monkeypatch: Any) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    real = catalogue.compute

    def slow(*args: Any, **kw: Any) -> Any:  # the comparing step, long enough to cancel
        tick = args[4] if len(args) > 4 else kw.get("tick")
        for i in range(1000):
            if tick is not None:
                tick(i, 1000)
            time.sleep(0.01)
        return real(*args, **kw)

    monkeypatch.setattr(catalogue, "compute", slow)
    view.actions_.auto.trigger()
    qtbot.waitUntil(lambda: view.cancel_button.isVisible(), timeout=10000)
    assert view.progress_bar.isVisible() and view.progress_bar.maximum() > 0
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert view.message.text() == "Automatisk sammenslåing ble avbrutt; ingenting ble lagret."
    assert not view.cancel_button.isVisible() and not view.progress_bar.isVisible()
    assert view.controller.stack.count() == 0  # nothing to undo
    assert view.headline.text() == "13 installasjoner → 9 distinkte systemer"
    with factory.api.db.session() as s:
        assert s.scalar(select(NameDecision)) is None
    win.close()


def test_nothing_above_the_threshold_leaves_no_undo_step(qtbot: Any, factory: ProjectFactory,
                                                         monkeypatch: Any) -> None:
    fill(factory, {"1018": [{"name": "Compello", "service_area": "Økonomi",
                             "vendor": "Compello"}]})
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    monkeypatch.setattr(dialogs, "ask_threshold", lambda *a: 0.99)
    view.actions_.accept_above.trigger()
    wait_idle(qtbot, view)
    assert view.controller.stack.count() == 0
    assert view.message.text() == "Ingen foreslåtte navn har en sikkerhet på 99 % eller mer." \
        .replace("99 %", f"99{NBSP}%")
    assert not win.actions_.undo.isEnabled()
    win.close()


def test_accepting_some_names_of_a_suggestion(qtbot: Any, factory: ProjectFactory) -> None:
    fill(factory, {"4216": [inst("Office 365", "Fellesløsninger og infrastruktur")],
                   "4218": [inst("M365", "Fellesløsninger og infrastruktur")]})
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree = view.suggestions
    assert current_product(view) == "Microsoft 365"
    parent = tree.currentIndex()
    m365 = next(tree.model().index(r, 0, parent) for r in range(tree.model().rowCount(parent))
                if tree.model().index(r, S_PRODUCT, parent).data() == "M365")
    select_only(tree, m365)
    key(qtbot, tree, Qt.Key.Key_A)
    wait_idle(qtbot, view)
    [left] = view.suggestions_model.items()
    assert left.suggestion.system_id is not None  # now into the system the project has
    assert [m.name for m in left.suggestion.members] == ["Office 365"]
    assert isinstance(tree.currentIndex().data(ROW_ROLE), SuggestionItem)
    assert current_product(view) == "Microsoft 365"
    assert view.headline.text() == "2 installasjoner → 2 distinkte systemer"
    key(qtbot, tree, Qt.Key.Key_A)
    wait_idle(qtbot, view)
    assert view.headline.text() == "2 installasjoner → 1 distinkt system"
    assert view.suggestions_empty.is_empty  # explains that nothing is left to review
    win.close()


def test_a_new_return_takes_earlier_decisions(qtbot: Any, factory: ProjectFactory) -> None:
    """Importing while the tab is shown reads it again; names decided earlier are not asked
    about again, a new one is."""
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    view.actions_.auto.trigger()
    wait_idle(qtbot, view)
    assert top_texts(view) == ["Compello"]
    newer = factory.filled("4216", "4216-ny.xlsx", installation=[
        inst("Gerica", "Helse og omsorg", users=120), inst("KVALITETSLOSEN", "Annet"),
        inst("Helt nytt system", "Annet")])
    set_saved_at(newer, dt.datetime(2099, 1, 1, 10, 0))
    import_and_wait(qtbot, win, [newer])
    wait_idle(qtbot, view)
    assert sorted(top_texts(view)) == ["Compello", "Helt nytt system"]
    assert view.headline.text() == "11 installasjoner → 6 distinkte systemer"  # no Arkivplan
    win.close()


def test_a_list_with_very_many_names_opens_closed(qtbot: Any, factory: ProjectFactory,
                                                  monkeypatch: Any) -> None:
    # 9 names here; with the limit at 5 the project counts as one with very many
    from desktop.ui.catalogue import view as view_module

    monkeypatch.setattr(view_module, "EXPAND_ALL_LIMIT", 5)
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree, model = view.suggestions, view.suggestions.model()
    assert not view.show_names.isChecked()
    assert "9 navn" in view.show_names.toolTip()
    assert not any(tree.isExpanded(model.index(r, 0)) for r in range(model.rowCount()))
    tree.setCurrentIndex(model.index(1, 0))
    key(qtbot, tree, Qt.Key.Key_Right)  # opening one shows its names
    assert tree.isExpanded(model.index(1, 0))
    view.actions_.accept.trigger()  # after a decision the list stays as the user left it
    wait_idle(qtbot, view)
    assert not view.show_names.isChecked()
    assert not tree.isExpanded(model.index(0, 0))
    view.show_names.setChecked(True)  # the user asks for every name
    assert all(tree.isExpanded(model.index(r, 0)) for r in range(model.rowCount())
               if model.hasChildren(model.index(r, 0)))
    win.close()


def test_a_list_of_ordinary_size_shows_every_name(qtbot: Any, factory: ProjectFactory
                                                  ) -> None:
    fill(factory)
    win = open_catalogue(qtbot, factory)
    tree, model = win.catalogue.suggestions, win.catalogue.suggestions.model()
    assert win.catalogue.show_names.isChecked()
    assert all(tree.isExpanded(model.index(r, 0)) for r in range(model.rowCount())
               if model.hasChildren(model.index(r, 0)))
    win.close()


def test_rows_fetched_while_scrolling_show_their_names(
        qtbot: Any, factory: ProjectFactory, monkeypatch: Any) -> None:
    from desktop.ui.catalogue import two_level_model

    monkeypatch.setattr(two_level_model, "FETCH_CHUNK", 2)
    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree, model = view.suggestions, view.suggestions_model
    assert view.show_names.isChecked()
    tree.setFixedHeight(70)  # room for a row or two
    view.suggestions_search.setText("zzz")
    # every row again, two handed out at first (Qt 6.11's expandAll then fetches the rest
    # itself; 6.12's leaves them to scrolling)
    view.suggestions_search.setText("")
    while model.canFetchMore():  # scrolling down makes the view ask for more
        tree.scrollToBottom()
        qtbot.wait(20)
    with_names = [model.index(r, 0) for r in range(model.rowCount())
                  if model.rowCount(model.index(r, 0))]
    assert with_names and all(tree.isExpanded(i) for i in with_names)
    win.close()


def test_a_system_left_open_is_open_again_when_scrolled_back_to(
        qtbot: Any, factory: ProjectFactory, monkeypatch: Any) -> None:
    from desktop.ui.catalogue import two_level_model

    monkeypatch.setattr(two_level_model, "FETCH_CHUNK", 2)
    fill(factory)
    catalogue.auto(factory.api.db)  # systems with their names below them
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree, model = view.systems, view.systems_model
    tree.setFixedHeight(70)
    last = max(r for r in range(model.visible_count()) if model.children_at(r))
    product = model.item_at(last).row.product
    tree.expand(model.top_index(last))
    view.systems_search.setText("zzz")
    view.systems_search.setText("")  # every system again, two handed out at first
    while model.canFetchMore():
        tree.scrollToBottom()
        qtbot.wait(20)
    row = model.row_of(lambda x: x.row.product == product)
    assert row is not None and tree.isExpanded(model.index(row, 0))
    win.close()


def test_a_decision_on_systems_someone_else_changed_is_refused_and_the_tab_reloads(
        qtbot: Any, factory: ProjectFactory, monkeypatch: Any) -> None:
    """Two people on one project: a decision based on a catalogue someone else has changed
    since it was read is not stored; the user is told who, and the tab reads the catalogue
    again instead of showing what is no longer there."""
    from db.models import ChangeLog
    from desktop.ui import errors

    fill(factory)
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    tree = view.suggestions
    decided = catalogue.summary(win.project.db).systems
    with win.project.db.session() as s:  # another process's catalogue decision, just now
        s.add(ChangeLog(made_by="ola", process="other-host:4242", kinds=["catalogue"], ids={}))
    told: list[str] = []
    monkeypatch.setattr(errors, "show_user_error", lambda _parent, text, *a: told.append(text))
    loads: list[object] = []
    view.controller.loaded.connect(loads.append)
    key(qtbot, tree, Qt.Key.Key_A)  # accept the current suggestion
    wait_idle(qtbot, view)
    qtbot.waitUntil(lambda: bool(loads), timeout=30000)
    wait_idle(qtbot, view)
    assert told and "ola" in told[0]
    assert catalogue.summary(win.project.db).systems == decided  # nothing stored
    assert loads[-1] is not None  # the catalogue was read again
    assert not win.actions_.undo.isEnabled()  # nothing to undo: the decision did not land
    win.close()


def test_two_systems_that_may_be_one_are_offered_and_merged_with_a_key(
        qtbot: Any, factory: ProjectFactory) -> None:
    area = "Lønn og personal"
    fill(factory, {"4216": [inst("Kvantomat", area, "Kvanto")],
                   "4218": [inst("Kvantomat", area, "Kvanto")],
                   "1018": [inst("Kvantomat Zylo", area, "Kvanto")]})
    win = open_catalogue(qtbot, factory)
    view = win.catalogue
    key(qtbot, view.suggestions, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # auto
    wait_idle(qtbot, view)
    assert view.headline.text() == "3 installasjoner → 2 distinkte systemer"
    [item] = view.suggestions_model.items()
    assert item.suggestion.kind == "merge"
    assert view.suggestions.model().index(0, S_KIND).data() == "Slå sammen med system"
    assert current_product(view) == "Kvantomat"
    key(qtbot, view.suggestions, Qt.Key.Key_A)  # accept: the two are one
    wait_idle(qtbot, view)
    assert view.headline.text() == "3 installasjoner → 1 distinkt system"
    assert catalogue.summary(win.project.db).systems == 1
    key(qtbot, view.suggestions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, view)
    assert catalogue.summary(win.project.db).systems == 2
    win.close()
