"""Two systems that may be one product are offered for merging (issue 14, deliverable 3: a
product `auto` split into two systems is reachable as a suggestion, not silent)."""

from __future__ import annotations

import pytest

from desktop.core.catalogue import api as catalogue
from desktop.core.catalogue import suggestions
from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.results import Suggestion
from tests.helpers.catalogue_returns import fill, inst
from tests.helpers.factory import ProjectFactory

_L = "Lønn og personal"
# «Kvantomat Zylo» is a name the catalogue does not know with one word more than the system
# «Kvantomat»: a module or the product itself, which `auto` does not decide on
RETURNS = {
    "4216": [inst("Kvantomat", _L, "Kvanto"), inst("Arkivplan", "Sak, arkiv og politikk")],
    "4218": [inst("Kvantomat", _L, "Kvanto")],
    "1018": [inst("Kvantomat Zylo", _L, "Kvanto")],
}


def _merges(db: object) -> list[Suggestion]:
    return [s for s in catalogue.suggest(db) if s.kind == "merge"]  # type: ignore[arg-type]


def _systems(db: object) -> dict[str, set[str]]:
    return {r.product: {m.name for m in r.members}
            for r in catalogue.systems(db) if r.system_id is not None}  # type: ignore[arg-type]


def test_auto_leaves_two_systems_and_a_suggestion_to_merge_them(
        factory: ProjectFactory) -> None:
    fill(factory, RETURNS)
    db = factory.api.db
    catalogue.auto(db)
    assert {"Kvantomat", "Kvantomat Zylo"} <= set(_systems(db)), _systems(db)
    [sug] = _merges(db)
    assert sug.product == "Kvantomat", "the larger system is kept"
    assert [m.name for m in sug.members] == ["Kvantomat Zylo"]
    assert sug.confidence < DEFAULT_THRESHOLD
    assert "Kan være samme produkt som «Kvantomat»" in sug.reason
    # the automatic run and bulk accept never merge systems
    catalogue.auto(db)
    catalogue.accept_above(db, 0.5)
    assert {"Kvantomat", "Kvantomat Zylo"} <= set(_systems(db))


def test_accepting_merges_the_systems_and_undo_parts_them_again(
        factory: ProjectFactory) -> None:
    fill(factory, RETURNS)
    db = factory.api.db
    catalogue.auto(db)
    [sug] = _merges(db)
    cs = catalogue.accept(db, sug)
    assert _systems(db)["Kvantomat"] == {"Kvantomat", "Kvantomat Zylo"}
    assert "Kvantomat Zylo" not in _systems(db)
    assert _merges(db) == []
    catalogue.undo(db, cs)
    assert {"Kvantomat", "Kvantomat Zylo"} <= set(_systems(db))


def test_a_rejected_merge_is_not_suggested_again(factory: ProjectFactory) -> None:
    fill(factory, RETURNS)
    db = factory.api.db
    catalogue.auto(db)
    [sug] = _merges(db)
    catalogue.reject(db, sug)
    assert _merges(db) == []
    # still two systems, also after the names are decided afresh
    kvanto = next(r for r in catalogue.systems(db) if r.product == "Kvantomat")
    catalogue.forget(db, kvanto.members)
    catalogue.auto(db)
    assert {"Kvantomat", "Kvantomat Zylo"} <= set(_systems(db))
    assert _merges(db) == []


def test_a_project_too_large_is_told_it_gets_no_merge_suggestions(
        factory: ProjectFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(factory, RETURNS)
    db = factory.api.db
    catalogue.auto(db)
    assert not catalogue.overview(db).merges_left_out
    monkeypatch.setattr(suggestions, "MERGE_LIMIT", 2)  # (as suggestions reads it)
    view = catalogue.overview(db)
    assert view.merges_left_out
    assert not [s for s in view.suggestions if s.kind == "merge"]


def test_a_name_with_words_of_its_own_is_offered_only_with_one_vendor_written(
        factory: ProjectFactory) -> None:
    # «Kvantomat Zylo» without a vendor may be a module or another product: not offered
    fill(factory, {**RETURNS, "1018": [inst("Kvantomat Zylo", _L)]})
    db = factory.api.db
    catalogue.auto(db)
    assert {"Kvantomat", "Kvantomat Zylo"} <= set(_systems(db))
    assert _merges(db) == []
