"""Issue 14's seventh round: names that got no suggestion at all although the product is
known — a catalogue name written as one word before words of what it is for, a catalogue
name with its own descriptive words and words of another service area, and a name that only
says what a system is for, from a vendor named as one of the products."""

from __future__ import annotations

import pytest

from desktop.core.catalogue.cluster import Placement
from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD, propose
from desktop.core.catalogue.quality import LabelledName, evaluate
from desktop.core.catalogue.reference import Match, load_catalogue
from desktop.core.catalogue.units import build_units

_P, _L = "Plan, bygg og geodata", "Lønn og personal"


def _match(written: str, area: str, vendor: str | None = None) -> Match | None:
    """What the catalogue makes of one name."""
    cat = load_catalogue()
    return cat.match(cat.normalizer.name(written), area, vendor or None)


def _assert_product(written: str, area: str, product: str, decided: bool | None = True,
                    vendor: str | None = None) -> Match:
    """The name is the catalogue's product, decided or offered as `decided` says."""
    m = _match(written, area, vendor)
    assert m is not None and m.product.name == product, m
    if decided is not None:
        assert (m.confidence >= DEFAULT_THRESHOLD) is decided, m
    return m


def _placements(*rows: tuple[str, str, str]) -> dict[str, Placement]:
    cat = load_catalogue()
    units, _ = build_units(rows, cat.normalizer)
    return {p.unit.name: p for p in propose(list(units.values()), cat)}


@pytest.mark.parametrize(("written", "area", "product"), [
    # «Kommune-Kari» and «Min Renovasjon» written as one word, then what they are for
    ("KommuneKari chat", "Innbyggerdialog og nettsider", "Kommune-Kari"),
    ("MinRenovasjon mobilapp", "Teknisk og eiendom", "Min Renovasjon"),
])
def test_a_catalogue_name_written_as_one_word_before_descriptive_words_is_the_product(
        written: str, area: str, product: str) -> None:
    _assert_product(written, area, product)


@pytest.mark.parametrize("written", ["GeminiPortal Zyxotrak", "Gemini Zyxotrak innsyn"])
def test_a_joined_catalogue_name_with_a_word_of_its_own_is_not_decided(written: str) -> None:
    m = _match(written, _P)
    assert m is None or m.confidence < DEFAULT_THRESHOLD, m


def test_a_catalogue_name_with_its_own_and_another_areas_descriptive_words_is_offered() -> None:
    # «portal» belongs to the product's name, «VA» says another service area: a module of the
    # product or another product of its vendor, so it is offered with Gemini Portal (the
    # name starts with it; Gemini VA also has both of its words in the name)
    p = _placements(("Gemini Portal VA-kart", "Volue", _P))["Gemini Portal VA-kart"]
    assert p.kind == "new" and p.confidence < DEFAULT_THRESHOLD, p
    assert p.alternative is not None and p.alternative.ref == "Gemini Portal", p


def test_a_name_of_what_a_system_is_for_from_a_vendor_named_as_a_product_is_offered() -> None:
    rows = (("Zentiqo", "Zentiqo", _L), ("Zentiqo", "", _L),
            ("Timeregistrering", "Zentiqo AS", _L))
    p = _placements(*rows)["Timeregistrering"]
    assert p.kind == "new" and p.confidence < DEFAULT_THRESHOLD, p
    assert p.alternative is not None and p.alternative.label == "Zentiqo", p
    assert "leverandøren heter «Zentiqo»" in p.reason
    # offered, never merged: the vendor may have another product for it
    q = evaluate([LabelledName("Zentiqo", "Zentiqo", _L, "Z", "A"),
                  LabelledName("Timeregistrering", "Zentiqo AS", _L, "T", "B")],
                 DEFAULT_THRESHOLD)
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize(("written", "vendor"), [
    ("Timeregistrering", "Kvantor"),  # the vendor is no product's name
    ("Zentiqo lønn", "Zentiqo"),  # not only words of what it is for: the descriptive rule's
])
def test_no_vendor_named_product_suggestion_without_its_conditions(written: str,
                                                                   vendor: str) -> None:
    p = _placements(("Zentiqo", "Zentiqo", _L), (written, vendor, _L))[written]
    assert "leverandøren heter" not in p.reason, p


@pytest.mark.parametrize(("vendor", "decided"), [("Norconsult AS", True), ("", False)])
def test_a_catalogue_name_without_its_line_of_products_is_the_product(vendor: str,
                                                                      decided: bool) -> None:
    # «ISY» begins several of Norconsult's products: «Geo-innsyn» is ISY GeoInnsyn, decided
    # when the vendor says so, offered without a vendor
    m = _assert_product("Geo-innsyn", _P, "ISY GeoInnsyn", decided, vendor)
    assert "uten det første ordet" in m.reason


@pytest.mark.parametrize(("written", "vendor", "area"), [
    ("Geo-innsyn", "Kvantor", _P),  # another vendor's
    # «Azure» begins no other product: «Active Directory» is another product than Entra ID
    ("Active Directory", "", "Fellesløsninger og infrastruktur"),
])
def test_a_name_without_a_first_word_that_is_no_line_of_products_is_not_the_product(
        written: str, vendor: str, area: str) -> None:
    m = _match(written, area, vendor)
    assert m is None or "uten det første ordet" not in m.reason, m


@pytest.mark.parametrize(("written", "decided"), [
    ("Visma Enterprise Personal", True),  # what Visma Enterprise HRM is for: «lønn og personal»
    # a word of the area that does not say what the suite's product there is for may name a
    # product of the suite the catalogue lacks (its rota planning): offered, not decided
    ("Visma Enterprise Turnus", False),
    ("Visma Enterprise Vaktplan", False),
])
def test_a_suite_and_words_of_an_area_are_decided_only_when_they_say_the_products_use(
        written: str, decided: bool) -> None:
    _assert_product(written, _L, "Visma Enterprise HRM", decided)


@pytest.mark.parametrize("use_catalogue", [True, False])
@pytest.mark.parametrize("rows", [
    # what a system is for after a dash between spaces, and the name alone
    [("Kvantomat – registrering av bosatte flyktninger", "NAV og sosial", "K", "A"),
     ("Kvantomat", "NAV og sosial", "K", "B")],
    [("Zentiqo - purring og inkasso", "Økonomi", "Z", "A"), ("Zentiqo", "Økonomi", "Z", "B")],
])
def test_a_description_after_a_dash_is_read_as_a_remark(
        rows: list[tuple[str, str, str, str]], use_catalogue: bool) -> None:
    q = evaluate([LabelledName(n, "", a, p, m) for n, a, p, m in rows], DEFAULT_THRESHOLD,
                 use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed


@pytest.mark.parametrize(("written", "area", "product"), [
    ("eInnsyn – offentlig journal for publikum", "Sak, arkiv og politikk", "eInnsyn"),
    ("Gerica EPJ", "Helse og omsorg", "Gerica"),
])
def test_a_catalogue_name_and_a_description_after_a_dash_or_words_of_use_is_the_product(
        written: str, area: str, product: str) -> None:
    _assert_product(written, area, product)


def test_a_description_after_a_dash_naming_another_product_as_written_is_not_decided() -> None:
    # «Gerica – erstattet av Profil»: the part after the dash is another catalogue product
    m = _match("Gerica – Profil", "Helse og omsorg")
    assert m is None or m.confidence < DEFAULT_THRESHOLD, m


def test_a_dash_changes_no_name_key() -> None:
    # the keys decisions are stored by stay as they were: only matching reads the remark
    cat = load_catalogue()
    assert (cat.normalizer.name("Kvantomat – registrering").compact
            == cat.normalizer.name("Kvantomat registrering").compact)


@pytest.mark.parametrize(("written", "area", "decided"), [
    ("Gericca hjemmesykepleie", "Helse og omsorg", True),  # one letter, words of its own area
    ("Gericca hjemmesykepleie", "Økonomi", False),  # in another area: no typo is decided
])
def test_a_typo_of_a_catalogue_name_with_words_of_use_is_read(written: str, area: str,
                                                               decided: bool) -> None:
    p = _placements((written, "", area))[written]
    if decided:
        assert (p.kind, p.ref) == ("catalogue", "Gerica") and p.confidence >= DEFAULT_THRESHOLD
        assert "Skrivefeil?" in p.reason, p
    else:
        assert p.kind != "catalogue" or p.confidence < DEFAULT_THRESHOLD, p


def test_a_typo_of_a_name_with_words_of_use_is_offered_not_merged() -> None:
    rows = (("Zentiqo", "", _L), ("Zentiqo", "", _L), ("Zentiqq timeregistrering", "", _L))
    p = _placements(*rows)["Zentiqq timeregistrering"]
    assert p.kind == "new" and p.confidence < DEFAULT_THRESHOLD, p
    assert p.alternative is not None and p.alternative.label == "Zentiqo", p
    # words of another service area are not read so
    q = _placements(("Zentiqo", "", _L), ("Zentiqq barnehage", "", _L))["Zentiqq barnehage"]
    assert q.alternative is None or "Skrivefeil? «Zentiqo»" not in q.alternative_reason, q


@pytest.mark.parametrize(("written", "product"), [
    # a product's name and a word that, after the vendor, is another product's name: that
    # product only when the vendor is written
    ("Proceedo e-handel", "Visma Proceedo"),
    ("Visma Enterprise eHandel", "Visma eHandel"),
])
def test_a_word_makes_another_product_of_the_vendor_only_with_the_vendor_written(
        written: str, product: str) -> None:
    _assert_product(written, "Økonomi", product, None)


@pytest.mark.parametrize("use_catalogue", [True, False])
@pytest.mark.parametrize("rows", [
    # one name, each with its own words of what it is for
    [("Kvantomat – fagprosedyrer", "", "Helse og omsorg", "K", "A"),
     ("Kvantomat (oppslagsverk)", "", "Helse og omsorg", "K", "B")],
    # one vendor, written in full and cut short
    [("Kvantomat", "Miljødirektoratet", "Annet", "K", "A"),
     ("Kvantomat (fellingstillatelser)", "Miljødir.", "Annet", "K", "B")],
])
def test_one_name_with_other_words_of_use_or_a_vendor_cut_short_is_one_product(
        rows: list[tuple[str, str, str, str, str]], use_catalogue: bool) -> None:
    q = evaluate([LabelledName(*r) for r in rows], DEFAULT_THRESHOLD,
                 use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed


@pytest.mark.parametrize("rows", [
    # words of a service area on both sides: two products of one vendor or line
    [("Kvantomat helsestasjon", "", "Helse og omsorg", "K1", "A"),
     ("Kvantomat legekontor", "", "Helse og omsorg", "K2", "B")],
    [("Kvantomat portal", "", "Teknisk og eiendom", "K1", "A"),
     ("Kvantomat VA", "", "Teknisk og eiendom", "K2", "B")],
])
def test_words_of_an_area_on_both_sides_keep_one_name_apart(
        rows: list[tuple[str, str, str, str, str]]) -> None:
    q = evaluate([LabelledName(*r) for r in rows], DEFAULT_THRESHOLD)
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize(("written", "area", "product"), [
    # a remark in parentheses with words after it: the name around it, and the remark agreeing
    ("Public 360 (P360) saksbehandling", "Sak, arkiv og politikk", "Public 360"),
    ("Agresso (UBW) lønnsmodul", "Lønn og personal", "Unit4 ERP"),
])
def test_a_remark_in_parentheses_with_words_after_it_is_read(written: str, area: str,
                                                              product: str) -> None:
    m = _assert_product(written, area, product)
    assert "i parentesen" in m.reason, m


@pytest.mark.parametrize("written", ["Evondos dispensere", "Evondos dispenserne"])
def test_words_of_use_in_a_definite_or_plural_form_are_read_as_words_of_use(
        written: str) -> None:
    # the plural of «dispenser», a word of Helse og omsorg, after a catalogue name
    _assert_product(written, "Helse og omsorg", "Evondos")


@pytest.mark.parametrize("use_catalogue", [True, False])
def test_a_company_form_after_a_products_name_is_not_part_of_it(use_catalogue: bool) -> None:
    rows = [LabelledName("Kvantomat AS", "", "Helse og omsorg", "K", "A"),
            LabelledName("Kvantomat", "", "Helse og omsorg", "K", "B"),
            LabelledName("Cosdoc AS", "", "Helse og omsorg", "C", "C"),
            LabelledName("CosDoc", "", "Helse og omsorg", "C", "D")]
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed
    # the key a decision is stored by keeps the written name
    cat = load_catalogue()
    assert cat.normalizer.name("Kvantomat AS").compact != cat.normalizer.name("Kvantomat").compact


@pytest.mark.parametrize(("written", "area", "vendor", "product"), [
    ("Speedadmin kulturskule", "Kultur og fritid", None, "Speedadmin"),  # Nynorsk compound
    ("Google Workspace edu", "Skole", None, "Google Workspace for Education"),  # audience
    ("Uninett Feide", "Skole", None, "Feide"),  # Sikt's former name before the name
])
def test_nynorsk_compounds_short_audience_words_and_former_vendors_are_read(
        written: str, area: str, vendor: str | None, product: str) -> None:
    m = _assert_product(written, area, product)
    assert "ulik leverandør" not in m.reason and "er ikke" not in m.reason, m
