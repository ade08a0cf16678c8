"""The general matching mechanisms, each tested on a class of variants made from catalogue
names (`synthetic`), not on single hand-picked names."""

from __future__ import annotations

import pytest

from desktop.core.catalogue.cluster import _core
from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD, groups, propose
from desktop.core.catalogue.quality import evaluate, who_wrote
from desktop.core.catalogue.reference import load_catalogue
from desktop.core.catalogue.similarity import typo_score
from desktop.core.catalogue.synthetic import rows_of, variants
from desktop.core.catalogue.units import build_units


def _placed(rows, use_catalogue: bool):
    cat = load_catalogue()
    units, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                              cat.normalizer)
    placements = propose(list(units.values()), cat, use_catalogue=use_catalogue,
                         municipalities=who_wrote(rows, refs))
    return placements, refs


@pytest.mark.parametrize("use_catalogue", [True, False])
def test_typos_in_long_words_of_catalogue_names_are_merged(use_catalogue: bool) -> None:
    """A letter doubled, dropped or swapped in a long word: merged with the product, with and
    without the catalogue (a product the catalogue does not know behaves the same)."""
    rows = rows_of(variants(load_catalogue()), "typo")
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.precision == 1.0
    assert q.recall >= 0.95


@pytest.mark.parametrize("use_catalogue", [True, False])
def test_every_typo_that_is_not_merged_is_offered_for_review(use_catalogue: bool) -> None:
    """A typo `auto` does not merge (a short word: too risky) is not silent: it is left
    undecided (below the threshold), so the review tab offers it with what it resembles."""
    rows = rows_of(variants(load_catalogue()), "typo")
    placements, _ = _placed(rows, use_catalogue)
    product = {r.name: r.product for r in rows}
    home: dict[str, tuple[str, str]] = {}
    made = groups(placements, DEFAULT_THRESHOLD)
    for key, ps in sorted(made.items(), key=lambda kv: -len(kv[1])):
        for p in ps:
            home.setdefault(product[p.unit.name], key)
    silent = [p.unit.name for key, ps in made.items() for p in ps
              if key != home[product[p.unit.name]] and key[0] != "undecided"]
    assert silent == []


@pytest.mark.parametrize(("pair", "merged"), [
    (("bibliofil", "biblioffil"), True),  # 9 letters, doubled
    (("gerica", "geriac"), True),  # 6 letters, swapped: one edit, though ratio reads two
    (("famac", "fmaac"), False),  # 5 letters: for review only
])
def test_typo_score_is_scaled_by_word_length(pair: tuple[str, str], merged: bool) -> None:
    assert (typo_score([pair]) / 100 >= DEFAULT_THRESHOLD) is merged
    assert typo_score([pair]) >= 80  # always at least a suggestion


def test_a_vendor_written_with_a_typo_is_still_read_as_the_vendor() -> None:
    m = load_catalogue().matcher
    for written in ("Microsft Exchange", "Microsooft Exchange", "Tietoevyr Gerica"):
        name = m.name(written)
        assert name.vendor is not None, written
    assert m.name("Microsft Exchange").tokens == m.name("Microsoft Exchange").tokens


def test_a_descriptive_word_with_a_typo_keeps_the_vendor_in_the_name() -> None:
    """"CGM Helsestasjon" keeps its vendor (the rest only says what it is for); so does the
    same name with a typo in the descriptive word, or the two would never meet."""
    m = load_catalogue().matcher
    for right, typo in (("CGM Helsestasjon", "CGM Helsestajson"),
                        ("Visma Mobil Omsorg", "Visma Mobil Omsrog")):
        assert len(m.name(typo).tokens) == len(m.name(right).tokens), typo


@pytest.mark.parametrize("cls", ["vendor", "compound", "descriptor"])
@pytest.mark.parametrize("use_catalogue", [True, False])
def test_vendor_compound_and_descriptor_variants_are_merged(cls: str, use_catalogue: bool
                                                             ) -> None:
    """The vendor (today's or a former name, or an agency) before the product, after it or
    in parentheses; compounds split, joined or hyphenated; audience words after the name."""
    rows = rows_of(variants(load_catalogue()), cls)
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.precision == 1.0
    assert q.recall >= 0.97


@pytest.mark.parametrize(("written", "same_as"), [
    ("Booking (Acos)", "Acos Booking"),  # the rest only says what it is for
    ("365 (Microsoft)", "Microsoft 365"),
    ("Lønn fra Visma", "Visma Lønn"),
    ("CGM Helsestasjon fra CompuGroup Medical", "CGM Helsestasjon"),
    ("IST Norge Extens", "IST Extens"),  # a company-form word after the vendor
    ("Integrerings- og mangfoldsdirektoratet NIR", "IMDi NIR"),  # an agency with its "og"
    ("Vismavelferd", "Visma Velferd"),  # the vendor joined to the product
])
def test_vendor_words_are_read_wherever_they_stand(written: str, same_as: str) -> None:
    m = load_catalogue().matcher
    assert m.name(written).compact == m.name(same_as).compact


def test_a_known_product_plus_an_unknown_word_is_offered_never_merged() -> None:
    """Module or another product of the vendor ("FirstAgenda Prepare", "ISY WinMap Pro"):
    `auto` does not merge it with the product, and it is not silent either — it is left for
    review with the product it contains as its alternative."""
    cat = load_catalogue()
    placements = []
    for product in cat.products:
        units, _ = build_units([(f"{product.name} Orbitex", "", product.service_area or "")],
                               cat.normalizer)
        placements += propose(list(units.values()), cat)
    merged = [p for p in placements if p.kind != "new" and p.confidence >= DEFAULT_THRESHOLD]
    assert merged == []
    offered = [p for p in placements if p.alternative is not None
               and p.alternative.kind == "catalogue" and p.confidence < DEFAULT_THRESHOLD
               and set(_core(p.alternative.tokens)) <= set(p.unit.norm.match.full_tokens)]
    assert len(offered) >= 0.9 * len(placements), [
        p.unit.name for p in placements if p not in offered]


def test_a_known_name_plus_a_word_from_another_vendor_is_not_offered_as_its_module() -> None:
    cat = load_catalogue()
    offered = 0
    for product in cat.products:
        if not product.vendor:
            continue
        units, _ = build_units([(f"{product.name} Orbitex", "Orbitex Software AS",
                                 product.service_area or "")], cat.normalizer)
        for p in propose(list(units.values()), cat):
            offered += p.alternative is not None and p.alternative.ref == product.name
    assert offered == 0


@pytest.mark.parametrize(("written", "same_as"), [
    ("NIR - introduksjonsregisteret", "Nasjonalt introduksjonsregister"),  # spelt out
    ("Skoleplattformen Oslo", "Skoleplattform Oslo"),  # a known word, definite form
])
def test_abbreviations_spelt_out_and_inflected_known_words(written: str, same_as: str) -> None:
    m = load_catalogue().matcher
    assert m.name(written).compact == m.name(same_as).compact


def test_one_distinctive_name_under_two_service_areas_is_one_product() -> None:
    """Municipalities file one product under different areas ("Digipost" under Innbygger-
    dialog and under Sak, arkiv): the same distinctive name key joins across areas, as the
    catalogue reads it; a name that only says what it is for, or a typo, does not."""
    from tests.unit.catalogue.test_cluster import together

    for name in ("Orbitex Plan", "Kvartzium", "Nordlys Portal"):
        rows = [(name, "", "Skole"), (name, "", "Helse og omsorg")]
        units, _ = build_units(rows, load_catalogue().normalizer)
        placements = propose(list(units.values()), load_catalogue(), use_catalogue=False)
        made = groups(placements, DEFAULT_THRESHOLD)
        assert len(made) == 1, name
    assert not together([("Kvartzium", "", "Skole"), ("Kvartzum", "", "Helse og omsorg")],
                        "Kvartzium", "Kvartzum")
    rows = [("Fagsystem skole", "", "Skole"), ("Fagsystem skole", "", "Helse og omsorg")]
    units, _ = build_units(rows, load_catalogue().normalizer)
    placements = propose(list(units.values()), load_catalogue(), use_catalogue=False)
    assert len(groups(placements, DEFAULT_THRESHOLD)) == 2


def test_the_same_distinctive_name_from_two_vendors_is_merged_a_look_alike_is_not() -> None:
    """A former owner or a reseller in the vendor column ("COSDOC" from Nordic Medical
    Systems): the same distinctive name joins; a look-alike of another vendor stays apart."""
    from tests.unit.catalogue.test_cluster import together

    area = "Helse og omsorg"
    for name in ("Kvartzium", "Orbitex Journal"):
        assert together([(name, "Acme", area), (name.upper(), "Nordlys AS", area)],
                        name, name.upper())
    assert not together([("Kvartzium", "Acme", area), ("Kvartzum", "Nordlys AS", area)],
                        "Kvartzium", "Kvartzum")


def test_words_that_say_the_area_outweigh_the_area_a_name_is_filed_under() -> None:
    from tests.unit.catalogue.test_cluster import together

    assert together([("Orbitex", "", "Kultur og fritid"), ("Orbitex", "", "Kultur og fritid"),
                     ("Orbitex kulturskole", "", "Skole")], "Orbitex", "Orbitex kulturskole")
    # words of a third area do not
    assert not together([("Orbitex", "", "Kultur og fritid"),
                         ("Orbitex barnehage", "", "Skole")], "Orbitex", "Orbitex barnehage")


@pytest.mark.parametrize(("a", "b"), [("Ixtens", "Ixtence"), ("Kvasex", "Kvasecks"),
                                      ("Filato", "Philato")])
def test_names_spelt_as_they_sound_are_offered_for_review(a: str, b: str) -> None:
    cat = load_catalogue()
    units, _ = build_units([(a, "", "Skole"), (a, "", "Skole"), (b, "", "Skole")],
                           cat.normalizer)
    placements = propose(list(units.values()), cat, use_catalogue=False)
    second = next(p for p in placements if p.unit.name == b)
    assert second.ref == a.casefold() + "\x1f\x1fSkole" or (
        second.alternative is not None and second.alternative.label == a)
