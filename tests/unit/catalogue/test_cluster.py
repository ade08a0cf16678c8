"""Clustering of names the catalogue does not resolve, and the guards between products."""

from __future__ import annotations

import pytest

from desktop.core.catalogue.pipeline import groups, propose, rejection_check
from desktop.core.catalogue.reference import load_catalogue
from desktop.core.catalogue.similarity import tokens_align
from desktop.core.catalogue.units import build_units


def clusters(rows, *, use_catalogue: bool = False, rejected=None, threshold: float = 0.85):
    """Which rows (name, vendor, area) `auto` puts together: a list of sets of names."""
    cat = load_catalogue()
    units, refs = build_units(rows, cat.normalizer)
    placements = propose(list(units.values()), cat, use_catalogue=use_catalogue,
                         rejected=rejected, threshold=threshold)
    target = {p.unit.ref: key for key, ps in groups(placements, threshold).items() for p in ps}
    out: dict[object, set[str]] = {}
    for (name, _, _), ref in zip(rows, refs, strict=True):
        out.setdefault(target[ref], set()).add(name)
    return sorted(out.values(), key=lambda s: sorted(s))


def together(rows, a: str, b: str, **kw) -> bool:
    return any(a in c and b in c for c in clusters(rows, **kw))


@pytest.mark.parametrize("use_catalogue", [False, True])
@pytest.mark.parametrize(("a", "b", "area_a", "area_b"), [
    ("Visma Flyt Skole", "Visma Flyt Barnehage", "", ""),
    ("Visma Flyt Skole", "Visma Flyt Barnehage", "Skole", "Barnehage"),
    ("Arkivplan", "Arealplan", "", ""),
    ("Familia", "Visma Flyt Barnevern", "Barnevern", "Barnevern"),
    ("Gemini Portal", "Gemini VA", "", ""),
    ("SvarUt", "SvarInn", "", ""),
    ("Compello", "Compilo", "Økonomi", "Annet"),
])
def test_do_not_merge_different_products(a: str, b: str, area_a: str, area_b: str,
                                         use_catalogue: bool) -> None:
    rows = [(a, "Visma", area_a), (a, "", area_a), (b, "Visma", area_b), (b, "", area_b)]
    assert not together(rows, a, b, use_catalogue=use_catalogue)


def test_a_vague_name_does_not_chain_two_products() -> None:
    rows = [("Visma Flyt", "", "")] * 3 + [("Flyt Skole", "", "Skole"),
                                           ("Flyt Barnehage", "", "Barnehage")]
    assert not together(rows, "Flyt Skole", "Flyt Barnehage")
    assert not together(rows, "Visma Flyt", "Flyt Skole")


def test_spellings_and_typos_of_one_product_cluster() -> None:
    rows = [("Kvalitetslosen", "", "Annet")] * 3 + [
        ("KvalitetsLosen", "", "Annet"), ("Kvalitetsløsen", "", ""),
        ("Kvalitetslosen HMS", "", "Annet"), ("Kvalitetslossen", "", "Annet"),
        ("Tidsbanken", "", "Lønn og personal"), ("Tidsbanken timeregistrering", "",
                                                 "Lønn og personal")]
    c = clusters(rows)
    assert {"Kvalitetslosen", "KvalitetsLosen", "Kvalitetsløsen", "Kvalitetslosen HMS",
            "Kvalitetslossen"} in c
    assert {"Tidsbanken", "Tidsbanken timeregistrering"} in c


def test_service_area_guards_and_missing_area_joins() -> None:
    rows = [("Lokalsystem", "", "Skole"), ("Lokalsystem", "", "Skole"),
            ("Lokalsystem", "", "Helse og omsorg"), ("Lokalsystem", "", "")]
    c = clusters(rows)
    assert len(c) == 2 or all(len(x) == 1 for x in c)


def test_a_typo_joins_the_catalogue_product() -> None:
    rows = [("Gerrica", "", "Helse og omsorg"), ("Visma Flyt Skoel", "Visma", "Skole"),
            ("Flyt Barnhage", "", "Barnehage"), ("Gerica", "", "Helse og omsorg"),
            ("Visma Flyt Skole", "", "Skole"), ("Visma Flyt Barnehage", "", "Barnehage")]
    assert together(rows, "Gerrica", "Gerica", use_catalogue=True)
    assert together(rows, "Visma Flyt Skoel", "Visma Flyt Skole", use_catalogue=True)
    assert together(rows, "Flyt Barnhage", "Visma Flyt Barnehage", use_catalogue=True)
    assert not together(rows, "Flyt Barnhage", "Visma Flyt Skole", use_catalogue=True)


def test_every_suggestion_has_a_confidence_and_a_norwegian_reason() -> None:
    cat = load_catalogue()
    rows = [("Tieto Gerica", "", "Helse og omsorg"), ("Gerrica", "", "Helse og omsorg"),
            ("Kvalitetslosen", "", "Annet"), ("Kvalitetsløsen", "", "")]
    units, _ = build_units(rows, cat.normalizer)
    by_name = {p.unit.name: p for p in propose(list(units.values()), cat)}
    assert by_name["Tieto Gerica"].reason == "Alias i katalogen: Tieto Gerica → Gerica"
    assert by_name["Gerrica"].reason.startswith("Likhet 92 % (ratio) med «Gerica»")
    assert "samme tjenesteområde" in by_name["Gerrica"].reason
    assert by_name["Kvalitetsløsen"].reason.startswith("Lik navnenøkkel")
    assert all(0 <= p.confidence <= 1 for p in by_name.values())


def test_a_rejected_pair_is_not_suggested_again() -> None:
    rows = [("Kvalitetslosen", "", "Annet"), ("Kvalitetslossen", "", "Annet")]
    assert together(rows, "Kvalitetslosen", "Kvalitetslossen")
    rejected = rejection_check({("kvalitetslosen", "kvalitetslossen")})
    assert not together(rows, "Kvalitetslosen", "Kvalitetslossen", rejected=rejected)


def test_token_alignment() -> None:
    assert tokens_align(("flyt", "skoel"), ("flyt", "skole"))
    assert not tokens_align(("flyt", "barnevern"), ("flyt", "barnehage"))
    assert not tokens_align(("gemini", "portal"), ("gemini", "va"))
    assert not tokens_align(("sak",), ("sok",))  # short words must be equal
