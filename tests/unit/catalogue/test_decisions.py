"""Taking decisions back, rejections that hold, progress and cancelling of long runs, and the
one-read overview the app shows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.models import NameDecision, NameRejection
from desktop.core.catalogue import api as catalogue
from desktop.core.catalogue.reports import sort_matrix
from desktop.core.project.api import ProjectApi
from tests.helpers.catalogue_returns import fill, inst
from tests.helpers.factory import ProjectFactory
from tests.unit.catalogue.test_project import by_product


def test_forgotten_decisions_are_gone_after_reopening_and_auto_decides_afresh(
        factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    catalogue.auto(db)
    kval = by_product(db)["Kvalitetslosen"]
    assert len(kval.members) == 2 and len(kval.installations) == 3
    cs = catalogue.forget(db, kval.members)
    assert "Kvalitetslosen" not in {r.product for r in catalogue.systems(db)
                                    if r.system_id is not None}
    catalogue.undo(db, cs)  # undoable
    assert len(by_product(db)["Kvalitetslosen"].installations) == 3
    catalogue.redo(db, cs)

    path = factory.location
    factory.close()
    api = ProjectApi.open(path)
    try:
        with api.db.session() as s:
            assert s.scalar(select(NameDecision).where(
                NameDecision.name_key == "kvalitetslosen")) is None
        names = {m.name for sug in catalogue.suggest(api.db) for m in sug.members}
        assert {"Kvalitetslosen", "KvalitetsLøsen"} <= names
        assert catalogue.summary(api.db).undecided_names == 3  # with Compello
        again = catalogue.auto(api.db)
        assert again.accepted_names == 2
        assert len(by_product(api.db)["Kvalitetslosen"].installations) == 3
    finally:
        api.close()


def test_forgetting_a_name_that_only_follows_another_changes_nothing(
        factory: ProjectFactory) -> None:
    fill(factory, {"4216": [inst("Kvalitetslosen", "Annet")],
                   "4218": [inst("Kvalitetslosen", "Annet")]})
    db = factory.api.db
    catalogue.auto(db)
    fill(factory, {"1018": [inst("KVALITETSLOSEN", "")]})  # follows the decision for Annet
    [system] = catalogue.systems(db)
    [follower] = [m for m in system.members if m.ref.area_key == ""]
    assert catalogue.forget(db, [follower]).empty
    assert len(catalogue.systems(db)[0].installations) == 3


def test_rejecting_a_name_that_reads_as_the_product_holds(factory: ProjectFactory) -> None:
    fill(factory, {"4216": [inst("Vigilo", "Skole")], "4218": [inst("vigilo", "Skole")],
                   "1018": [inst("Vigilo", "")]})
    db = factory.api.db
    [sug] = catalogue.suggest(db)
    assert sug.kind == "catalogue" and sug.product == "Vigilo"
    cs = catalogue.reject(db, sug)
    assert not cs.empty
    with db.session() as s:
        [rejection] = s.scalars(select(NameRejection))
        assert (rejection.name, rejection.other_name) == ("Vigilo", "Vigilo")

    [again] = catalogue.suggest(db)  # still one system, just not the catalogue's
    assert again.kind == "new" and again.installations == 3
    result = catalogue.auto(db)
    assert result.summary.systems == 1
    [row] = catalogue.systems(db)
    assert row.catalogue_key is None and row.origin == "cluster"

    path = factory.location
    factory.close()
    api = ProjectApi.open(path)
    try:
        again_auto = catalogue.auto(api.db)
        assert again_auto.accepted_names == 0
        assert [r.catalogue_key for r in catalogue.systems(api.db)] == [None]
    finally:
        api.close()


def test_a_rejection_of_the_same_reading_travels_in_the_dictionary(
        factory: ProjectFactory, tmp_path: Path) -> None:
    returns = {"4216": [inst("Vigilo", "Skole")]}
    fill(factory, returns)
    catalogue.reject(factory.api.db, catalogue.suggest(factory.api.db)[0])
    path = catalogue.export_dictionary(factory.api.db, tmp_path / "ordliste.json")
    other = ProjectFactory(tmp_path / "neste")
    (tmp_path / "neste").mkdir()
    try:
        fill(other, returns)
        assert catalogue.import_dictionary(other.api.db, path).rejections_added == 1
        [sug] = catalogue.suggest(other.api.db)
        assert sug.kind == "new"
    finally:
        other.close()


def test_auto_reports_progress_and_a_cancelled_run_stores_nothing(
        factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    seen: list[tuple[int, int, str]] = []

    def stop_when_comparing(done: int, total: int, text: str) -> bool:
        seen.append((done, total, text))
        return "Sammenligner" not in text

    try:
        catalogue.auto(db, progress=stop_when_comparing)
    except catalogue.Cancelled:
        pass
    else:
        raise AssertionError("not cancelled")
    with db.session() as s:
        assert s.scalar(select(NameDecision)) is None
    assert catalogue.summary(db).systems == 9

    def keep_going(done: int, total: int, text: str) -> bool:
        seen.append((done, total, text))
        return True

    seen.clear()
    result = catalogue.auto(db, progress=keep_going)
    assert result.summary.systems == 6
    done = [d for d, _, _ in seen]
    assert done == sorted(done) and done[-1] == seen[-1][1]  # forward, to the end
    assert {t for _, _, t in seen} >= {"Leser prosjektet", "Sammenligner navn", "Ferdig"}


def test_the_overview_is_what_the_separate_calls_give(factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    catalogue.auto(db)
    view = catalogue.overview(db)
    assert view.summary == catalogue.summary(db)
    assert [s.id for s in view.suggestions] == [s.id for s in catalogue.suggest(db)]
    assert list(view.systems) == catalogue.systems(db)
    assert sort_matrix(view.matrix, "product") == catalogue.matrix(db, "product")
    [undecided] = [r for r in view.systems if r.system_id is None]
    assert undecided.ref is not None and undecided.ref.name_key == "compello"
