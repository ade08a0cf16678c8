"""Deduplication in a project: auto, results, reopening, review with undo, new returns."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from db.models import Installation, NameDecision, QuestionnaireReturn
from db.session import ProjectDatabase, alembic_config, open_database
from desktop.core.catalogue import api as catalogue
from desktop.core.catalogue.results import SystemRow
from desktop.core.project.api import ProjectApi
from tests.helpers.catalogue_returns import fill, inst
from tests.helpers.factory import ProjectFactory
from tests.helpers.saved_at import set_saved_at


def by_product(db: ProjectDatabase) -> dict[str, SystemRow]:
    return {r.product: r for r in catalogue.systems(db)}


def test_auto_dedup_gives_distinct_systems_and_counts(factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    assert catalogue.summary(db).systems == 9, "before: every distinct name is a system"
    result = catalogue.auto(db)
    assert result.summary.text == "13 installasjoner → 6 distinkte systemer"
    assert result.summary.undecided_names == 1  # Compello: near Compilo, left for review
    areas = {a.service_area: (a.installations, a.systems) for a in result.summary.by_area}
    assert areas["Helse og omsorg"] == (3, 1) and areas["Skole"] == (3, 1)
    assert areas["Annet"] == (3, 1) and areas["Økonomi"] == (1, 1)
    assert catalogue.summary(db).without_name == 0

    systems = by_product(db)
    gerica = systems["Gerica"]
    assert gerica.catalogue_key == "Gerica" and gerica.vendor == "Tietoevry"
    assert gerica.origin == "catalogue"
    assert sorted((i.municipality, i.name) for i in gerica.installations) == [
        ("1018", "GERICA"), ("4216", "Tieto Gerica"), ("4218", "Gerica 12.1")]
    skole = systems["Visma Flyt Skole"]
    assert {i.name for i in skole.installations} == {"VFS", "Flyt skole 3.2",
                                                     "Visma flyt skole (SaaS)"}
    assert systems["Kvalitetslosen"].origin == "cluster"
    assert systems["Compello"].system_id is None and systems["Compello"].origin == "undecided"
    [vfs] = [m for m in skole.members if "VFS" in m.names]  # same name, vendor, area
    assert set(vfs.names) == {"VFS", "Flyt skole 3.2", "Visma flyt skole (SaaS)"}
    assert vfs.source == "auto" and "Visma Flyt Skole" in vfs.reason

    with db.session() as s:
        assert s.scalar(select(Installation).where(Installation.system_id.is_(None))
                        .where(Installation.name != "Compello")) is None

    m = catalogue.matrix(db, "annual_cost", descending=True)
    assert [number for number, _ in m.municipalities] == ["1018", "4216", "4218"]
    top = m.rows[0]
    assert top.product == "Gerica" and top.annual_cost == 200000 and top.users == 150
    assert m.rows[1].product == "Visma Flyt Skole" and m.rows[1].annual_cost == 93000
    assert m.rows[1].cells["1018"].users is None  # not said: None, never 0
    csv_path = catalogue.export_matrix(db, factory.tmp / "matrise.csv")
    assert "Visma Flyt Skole;Visma;Skole;3;65;93000" in csv_path.read_text("utf-8-sig")


def test_decisions_survive_reopening_and_suggest_is_sorted(factory: ProjectFactory) -> None:
    fill(factory)
    assert [s.product for s in catalogue.suggest(factory.api.db)][0] == "Compello"
    catalogue.auto(factory.api.db)
    path = factory.location
    factory.close()
    api = ProjectApi.open(path)
    try:
        assert catalogue.summary(api.db).text == "13 installasjoner → 6 distinkte systemer"
        [left] = catalogue.suggest(api.db)
        assert left.product == "Compello" and left.confidence < 0.5
        assert "Compilo" in left.reason
        again = catalogue.auto(api.db)
        assert again.accepted_names == 0 and again.changes.empty
    finally:
        api.close()


def test_undo_and_redo_of_auto(factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    result = catalogue.auto(db)
    catalogue.undo(db, result.changes)
    assert catalogue.summary(db).systems == 9
    with db.session() as s:
        assert s.scalar(select(NameDecision)) is None
    catalogue.redo(db, result.changes)
    assert catalogue.summary(db).text == "13 installasjoner → 6 distinkte systemer"


def test_review_primitives_each_undoable(factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    catalogue.auto(db)
    [compello] = catalogue.suggest(db)

    assert compello.alternative is not None and compello.alternative.product == "Compilo"
    cs = catalogue.reject_alternative(db, compello)  # not Compilo: not suggested as such again
    [again] = catalogue.suggest(db)
    assert again.confidence == 1.0 and again.alternative is None  # a system of its own
    catalogue.undo(db, cs)
    assert catalogue.suggest(db)[0].confidence < 0.5

    cs = catalogue.accept(db, compello, product="Compello")
    assert by_product(db)["Compello"].system_id == cs.system_id and not catalogue.suggest(db)
    catalogue.undo(db, cs)
    assert by_product(db)["Compello"].system_id is None

    kval = by_product(db)["Kvalitetslosen"]
    sid = kval.system_id
    assert sid is not None
    low = next(m for m in kval.members if m.name == "KvalitetsLøsen")
    cs = catalogue.split(db, sid, [low], "Kvalitetsløsen (ny)")
    systems = by_product(db)
    assert [i.name for i in systems["Kvalitetsløsen (ny)"].installations] == ["KvalitetsLøsen"]
    assert len(systems["Kvalitetslosen"].installations) == 2
    merge = catalogue.merge(db, sid, [cs.system_id])  # type: ignore[list-item]
    assert len(by_product(db)["Kvalitetslosen"].installations) == 3
    catalogue.undo(db, merge)
    catalogue.undo(db, cs)
    assert len(by_product(db)["Kvalitetslosen"].installations) == 3
    assert "Kvalitetsløsen (ny)" not in by_product(db)

    gerica = by_product(db)["Gerica"]
    assert gerica.system_id is not None
    [member] = [m for m in gerica.members if "Gerica 12.1" in m.names]
    cs = catalogue.move_member(db, member, "Profil")  # a catalogue product not yet in use
    assert {i.name for i in by_product(db)["Profil"].installations} == {"Gerica 12.1", "GERICA"}
    assert [i.name for i in by_product(db)["Gerica"].installations] == ["Tieto Gerica"]
    catalogue.undo(db, cs)
    assert len(by_product(db)["Gerica"].installations) == 3 and "Profil" not in by_product(db)

    changes = [catalogue.rename(db, gerica.system_id, "Gerica PLO"),
               catalogue.set_vendor(db, gerica.system_id, "Tietoevry Norge"),
               catalogue.set_service_area(db, gerica.system_id, "Annet")]
    row = by_product(db)["Gerica PLO"]
    assert (row.vendor, row.service_area) == ("Tietoevry Norge", "Annet")
    for cs in reversed(changes):
        catalogue.undo(db, cs)
    row = by_product(db)["Gerica"]
    assert (row.vendor, row.service_area) == ("Tietoevry", "Helse og omsorg")
    with pytest.raises(ValueError, match="ikke et tjenesteområde"):
        catalogue.set_service_area(db, gerica.system_id, "Helse")

    cs = catalogue.forget(db, [member])  # undecided again only if nothing else places it
    assert len(by_product(db)["Gerica"].installations) == 3
    catalogue.undo(db, cs)


def test_bulk_accept_above_a_threshold_is_marked_as_the_users(factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    cs = catalogue.accept_above(db, 0.95)
    with db.session() as s:
        sources = set(s.scalars(select(NameDecision.source)))
    assert sources == {"user"}
    assert catalogue.summary(db).systems == 6
    catalogue.undo(db, cs)
    assert catalogue.summary(db).systems == 9


def test_a_new_return_takes_earlier_decisions(factory: ProjectFactory) -> None:
    fill(factory)
    db = factory.api.db
    catalogue.auto(db)
    newer = factory.filled("4216", "4216-ny.xlsx", installation=[
        inst("Gerica", "Helse og omsorg", users=120), inst("KVALITETSLOSEN", "Annet"),
        inst("Helt nytt system", "Annet")])
    set_saved_at(newer, dt.datetime(2099, 1, 1, 10, 0))
    [r] = factory.api.import_files([newer])
    assert r.outcome.value == "replaced"
    with db.session() as s:
        rid = s.scalar(select(QuestionnaireReturn.id).where(
            QuestionnaireReturn.file_name == "4216-ny.xlsx"))
        assert rid is not None
        assert catalogue.apply_decisions(s, rid) >= 0  # what the importer calls
        got = {i.name: i.system_id for i in s.scalars(
            select(Installation).where(Installation.return_id == rid))}
    systems = by_product(db)
    assert got["Gerica"] == systems["Gerica"].system_id
    assert got["KVALITETSLOSEN"] == systems["Kvalitetslosen"].system_id
    assert got["Helt nytt system"] is None
    assert {s.product for s in catalogue.suggest(db)} == {"Compello", "Helt nytt system"}


def test_a_dictionary_carries_decisions_to_the_next_prestudy(factory: ProjectFactory,
                                                             tmp_path: Path) -> None:
    fill(factory)
    db = factory.api.db
    catalogue.auto(db)
    [compello] = catalogue.suggest(db)
    catalogue.reject_alternative(db, compello)
    catalogue.accept(db, catalogue.suggest(db)[0])
    path = catalogue.export_dictionary(db, tmp_path / "ordliste.json")

    other = ProjectFactory(tmp_path / "neste")
    (tmp_path / "neste").mkdir()
    try:
        fill(other)
        report = catalogue.import_dictionary(other.api.db, path)
        assert report.decisions_added == 9 and report.rejections_added == 1
        with other.api.db.session() as s:
            assert set(s.scalars(select(NameDecision.source))) == {"dictionary"}
        mine, theirs = by_product(db), by_product(other.api.db)
        assert {k: sorted(i.name for i in v.installations) for k, v in mine.items()} == \
            {k: sorted(i.name for i in v.installations) for k, v in theirs.items()}
        assert not catalogue.suggest(other.api.db)
        catalogue.undo(other.api.db, report.changes)
        assert catalogue.summary(other.api.db).systems == 9
    finally:
        other.close()


def test_a_file_that_is_not_a_dictionary_is_refused(factory: ProjectFactory,
                                                     tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"format": "noe annet"}', encoding="utf-8")
    with pytest.raises(ValueError, match="ikke en Samdrift-ordliste"):
        catalogue.import_dictionary(factory.api.db, bad)


def test_a_0002_project_is_upgraded_with_undecided_installations(tmp_path: Path) -> None:
    path = tmp_path / "gammel.samdrift"
    command.upgrade(alembic_config(f"sqlite:///{path}"), "0002")
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO project (id, uuid, name, created_at) VALUES (1, 'u', 'P', '2025-01-01');
        INSERT INTO participant (id, project_id, number, name) VALUES (1, 1, '1018', 'Søgne');
        INSERT INTO questionnaire_return (id, participant_id, file_name, file_format, sha256,
            received_at, matched_by, status, original)
            VALUES (1, 1, 'a.xlsx', 'xlsx', 'x', '2025-01-01', 'user', 'current', x'00');
        INSERT INTO installation (return_id, sheet, row, raw, interpreted, name, in_use)
            VALUES (1, 'Fagsystemer', 2, '{}', '[]', 'Tieto Gerica', 1);
    """)
    con.commit()
    con.close()
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT system_id FROM installation")).scalar() is None
        assert catalogue.auto(db).summary.text == "1 installasjon → 1 distinkt system"
        assert catalogue.systems(db)[0].catalogue_key == "Gerica"
    finally:
        db.close()


def test_moving_a_name_does_not_drag_names_that_only_followed_it(
        factory: ProjectFactory) -> None:
    fill(factory, {"4216": [inst("Kvalitetslosen", "Annet")],
                   "4218": [inst("Kvalitetslosen", "Annet")]})
    db = factory.api.db
    catalogue.auto(db)
    [kval] = catalogue.systems(db)
    # a later return writes the same name with no service area: it follows the decision
    fill(factory, {"1018": [inst("KVALITETSLOSEN", "")]})
    assert [len(r.installations) for r in catalogue.systems(db)] == [3]
    [decided] = [m for m in catalogue.systems(db)[0].members if m.ref.area_key == "Annet"]
    assert kval.system_id is not None
    cs = catalogue.split(db, kval.system_id, [decided], "Kvalitetslosen (Annet)")
    rows = {r.product: sorted(i.municipality for i in r.installations)
            for r in catalogue.systems(db)}
    assert rows == {"Kvalitetslosen (Annet)": ["4216", "4218"], "Kvalitetslosen": ["1018"]}
    catalogue.undo(db, cs)
    assert [len(r.installations) for r in catalogue.systems(db)] == [3]
