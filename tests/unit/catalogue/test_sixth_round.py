"""Issue 14's sixth round of matching rules: another name of a product given beside the name,
in every way municipalities write it — after a comma or a dash as well as in a parenthesis,
the current name as well as the former one, and a former name with the words that only say
whom it is for — tested on made-up names of products nobody knows."""

from __future__ import annotations

import pytest

from desktop.core.catalogue.cluster import Placement
from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD, propose
from desktop.core.catalogue.quality import LabelledName, evaluate
from desktop.core.catalogue.reference import load_catalogue
from desktop.core.catalogue.units import build_units

_H, _S, _A = "Helse og omsorg", "Skole", "Sak, arkiv og politikk"


def _rows(*rows: tuple[str, str, str, str]) -> list[LabelledName]:
    return [LabelledName(n, "", a, product, m) for n, a, product, m in rows]


@pytest.mark.parametrize("use_catalogue", [True, False])
@pytest.mark.parametrize("rows", [
    # the former name after a comma or a dash, the plain name and the former name elsewhere
    [("Bravomed, tidligere Alfasak", _H, "B", "A"), ("Bravomed", _H, "B", "B"),
     ("Alfasak", _H, "B", "C")],
    [("Saksys – tidl. Gamlesys", _A, "S", "A"), ("Saksys", _A, "S", "B"),
     ("Gamlesys", _A, "S", "C")],
    # the current name, after «nå» in a parenthesis or after a dash
    [("Flexomed (nå Kromatik)", _H, "K", "A"), ("Kromatik", _H, "K", "B"),
     ("Flexomed", _H, "K", "C")],
    [("Lærmo - heter nå Skolemo", _S, "L", "A"), ("Skolemo", _S, "L", "B")],
    # a former name with the words that say whom it was for, the name written without them
    [("Skolemo Plattform (tidligere kalt Lærmo for Education)", _S, "L", "A"),
     ("Lærmo", _S, "L", "B")],
])
def test_another_name_written_beside_a_name_joins_both_names(
        rows: list[tuple[str, str, str, str]], use_catalogue: bool) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize("rows", [
    # a replacement after a comma is another product
    [("Nyttsak, erstatter Gamlesak", _A, "N", "A"), ("Gamlesak", _A, "G", "B")],
    # a dash before what the system is for is not another name
    [("Tidbank – tidsregistrering", "Lønn og personal", "T", "A"),
     ("Tidsregistrering", "Lønn og personal", "R", "B")],
    # the other name in another service area
    [("Bravomed, tidligere Alfasak", _H, "B", "A"), ("Alfasak", "Kultur og fritid", "X", "B")],
])
def test_a_replacement_or_a_descriptor_after_a_dash_is_not_another_name(
        rows: list[tuple[str, str, str, str]]) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD)
    assert q.precision == 1.0, q.false_merges


def _placed_alone(written: str, area: str, vendor: str = "") -> Placement:
    """Where the matching places one name written alone."""
    cat = load_catalogue()
    units, _ = build_units([(written, vendor, area)], cat.normalizer)
    [p] = propose(list(units.values()), cat)
    return p


def _assert_catalogue(written: str, area: str, vendor: str | None, product: str,
                      decided: bool) -> None:
    cat = load_catalogue()
    m = cat.match(cat.normalizer.name(written), area, vendor)
    assert m is not None and m.product.name == product, m
    assert (m.confidence >= DEFAULT_THRESHOLD) is decided, m


@pytest.mark.parametrize(("written", "area", "vendor", "product", "decided"), [
    # a short catalogue name under another service area is offered, not decided: a «PAS» in
    # health care is most often a patient administration system
    ("PAS", _H, None, "PAS", False),
    ("Opus", "Økonomi", None, "Opus Dental", False),
    # ... unless the vendor says it is the catalogue's (GAT is used for rotas in health care)
    ("GAT", _H, "Visma", "GAT", True),
    # in its own area, and a long name under another area, as before
    ("PAS", _S, None, "PAS", True),
    ("Gerica", "Økonomi", None, "Gerica", True),
])
def test_a_short_name_under_another_service_area_is_offered_not_decided(
        written: str, area: str, vendor: str | None, product: str, decided: bool) -> None:
    _assert_catalogue(written, area, vendor, product, decided)


@pytest.mark.parametrize("rows", [
    # two returns' short names under two areas: two abbreviations, unless the vendor agrees
    [("XQS", "", _H, "X1", "A"), ("XQS", "", _S, "X2", "B")],
    [("XQS", "Qsoft", _H, "X", "A"), ("XQS", "Qsoft", _S, "X", "B")],
    # a longer distinctive name under two areas is one product filed twice
    [("Tullemix", "", _H, "T", "A"), ("Tullemix", "", "Økonomi", "T", "B")],
])
def test_the_clustering_keeps_short_names_of_two_areas_apart_without_a_vendor(
        rows: list[tuple[str, str, str, str, str]]) -> None:
    q = evaluate([LabelledName(n, v, a, p, m) for n, v, a, p, m in rows], DEFAULT_THRESHOLD,
                 use_catalogue=False)
    assert q.precision == 1.0, q.false_merges
    assert q.recall == 1.0, q.missed


@pytest.mark.parametrize(("written", "area", "product"), [
    # a login or an account to a product is the product, whatever area the product is in
    ("Feide-konto", _S, "Feide"),
    ("Feide innlogging", _S, "Feide"),
    ("Gerica tilgang", _H, "Gerica"),
])
def test_a_login_or_an_account_to_a_product_is_the_product(written: str, area: str,
                                                           product: str) -> None:
    _assert_catalogue(written, area, None, product, True)


@pytest.mark.parametrize(("written", "area", "product"), [
    # a product and words of another area may be another product of its vendor: offered
    # with the product as the alternative, not decided, and not left without a suggestion
    ("Gerica økonomi", _H, "Gerica"),
    ("Feide barnehage", _S, "Feide"),
    ("Gerica barnehage", "Barnehage", "Gerica"),
    # a known product's whole name first, then three more words of its own
    ("Gerica Alfa Beta Gamma", _H, "Gerica"),
    ("UMS Kontaktdata Forvalter Pluss", "Teknisk og eiendom", "UMS"),
])
def test_a_product_and_more_words_are_offered_with_the_product_not_silent(
        written: str, area: str, product: str) -> None:
    p = _placed_alone(written, area)
    assert p.confidence < DEFAULT_THRESHOLD, p
    assert p.alternative is not None and p.alternative.ref == product, p


def test_the_vendor_and_words_a_product_name_has_offer_that_product_of_the_vendor() -> None:
    # Visma has several products under Skole; only one has «PPT» in its name
    cat = load_catalogue()
    m = cat.match(cat.normalizer.name("Visma PPT"), _S)
    assert m is not None and m.product.name == "Visma Flyt PPT", m
    assert m.confidence < DEFAULT_THRESHOLD, m
    # words no product of the vendor there has: nothing is guessed
    assert cat.match(cat.normalizer.name("Visma tilrettelegging"), _S) is None


@pytest.mark.parametrize(("written", "area", "product"), [
    # a doubled letter in a product named like its vendor («Helseplattformen AS»)
    ("Helseeplattformen", _H, "Helseplattformen"),
    # a two-letter word before «-plattformen» is not joined with it
    ("Power BI-plattformen", "", "Power BI"),
    ("Gemini VA-plattformen", "Teknisk og eiendom", "Gemini VA"),
    # nor a domain's ending before «-løsningen»
    ("Arealplaner.no-løsningen", "Plan, bygg og geodata", "Arealplaner.no"),
])
def test_platform_words_and_vendor_named_products_are_read_as_the_product(
        written: str, area: str, product: str) -> None:
    p = _placed_alone(written, area)
    assert (p.kind, p.ref) == ("catalogue", product), p
    assert p.confidence >= DEFAULT_THRESHOLD, p


def test_a_cluster_with_a_name_that_has_a_known_product_as_its_vendor_is_offered() -> None:
    # «UMS Kontaktmodul» reads as Kontaktmodul from the vendor UMS and joins «Kontaktmodul»;
    # UMS is also a product, so the group may be part of it: not decided as its own system
    cat = load_catalogue()
    rows = [("Kontaktmodul", "", "Teknisk og eiendom"),
            ("UMS Kontaktmodul", "", "Teknisk og eiendom")]
    units, _ = build_units(rows, cat.normalizer)
    placed = {p.unit.name: p for p in propose(list(units.values()), cat)}
    leader = next(p for p in placed.values() if p.leader)
    assert {p.ref for p in placed.values()} == {leader.ref}
    assert leader.confidence < DEFAULT_THRESHOLD, leader
    assert leader.alternative is not None and leader.alternative.ref == "UMS", leader


def test_a_vendor_and_a_word_is_not_part_of_the_vendors_product_named_for_what_it_does() -> None:
    # «Acos Møteportal» is Acos and what it is for: «Acos Tullesys» is not part of it
    assert _placed_alone("Acos Tullesys", _A).alternative is None


@pytest.mark.parametrize(("written", "vendor", "area", "product"), [
    # a name that only says what kind of system it is, with the vendor column: the vendor's
    # product for that, when the catalogue has one that its function says
    ("Journalsystem", "DIPS", _H, "CosDoc"),  # the area as written: the vendor's only one
    ("Økonomisystem", "Visma", "Økonomi", "Visma Enterprise Økonomi"),
    ("Lønnssystem", "Visma", "Lønn og personal", "Visma Enterprise HRM"),
    ("Journalsystem pleie og omsorg", "Visma", _H, "Profil"),
    ("Sak/arkiv", "Acos", _A, "Acos WebSak"),
    # a former vendor's name does not make it the product named by it and those words
    # («EDB Sak og Arkiv» is Sikri's ESA; Tietoevry's product for it is Public 360)
    ("Sak/arkiv", "Tieto", _A, "Public 360"),
])
def test_a_name_of_what_a_system_is_with_a_vendor_offers_the_vendors_product_for_it(
        written: str, vendor: str, area: str, product: str) -> None:
    _assert_catalogue(written, area, vendor, product, False)


@pytest.mark.parametrize(("written", "vendor", "area"), [
    ("Skoleadministrativt system", "Visma", _S),  # two of Visma's products are that
    ("Journalsystem", "", _H),  # no vendor
])
def test_a_name_of_what_a_system_is_guesses_nothing_when_the_vendor_does_not_say_which(
        written: str, vendor: str, area: str) -> None:
    cat = load_catalogue()
    assert cat.match(cat.normalizer.name(written), area, vendor or None) is None


@pytest.mark.parametrize(("written", "area", "product"), [
    # a suite's name and the name of another product of the suite's vendor: that product,
    # though its name also says what a system is for («ehandel»)
    ("Visma Enterprise eHandel", "Økonomi", "Visma eHandel"),
    # words municipalities add: an intranet, a core of the archive, a digital mailbox
    ("Sharepoint intranett", "Fellesløsninger og infrastruktur", "SharePoint"),
    ("Documaster arkivkjerne", _A, "Documaster"),
    ("e-Boks digital postkasse", "Innbyggerdialog og nettsider", "e-Boks"),
    ("Kommunekart 3D", "Plan, bygg og geodata", "Kommunekart"),
])
def test_a_product_of_a_suite_and_the_words_municipalities_add(written: str, area: str,
                                                                product: str) -> None:
    _assert_catalogue(written, area, None, product, True)


@pytest.mark.parametrize(("written", "area", "product"), [
    # the vendor's name begins with the product's: the word written twice is not lost
    ("Vipps fra Vipps MobilePay", "Økonomi", "Vipps"),
    ("Norsk Helseinformatikk Norsk elektronisk legehåndbok", _H, "Norsk elektronisk legehåndbok"),
])
def test_a_vendor_named_like_its_product_is_taken_out_of_the_name(written: str, area: str,
                                                                  product: str) -> None:
    _assert_catalogue(written, area, None, product, True)


@pytest.mark.parametrize(("written", "area", "product"), [
    # an edition of a product is the product; a vendor before an edition word stays in the
    # name («Jamf Pro» is not «Lovdata Pro» without their vendors)
    ("Jamf Pro", "Fellesløsninger og infrastruktur", "Jamf"),
    ("Exchange Online", "Fellesløsninger og infrastruktur", "Microsoft Exchange"),
    ("Lovdata Pro", "Annet", "Lovdata Pro"),
])
def test_an_edition_of_a_product_is_the_product(written: str, area: str, product: str) -> None:
    _assert_catalogue(written, area, None, product, True)


@pytest.mark.parametrize("first", [0, 1])
def test_a_vendor_the_lexicon_does_not_know_and_words_of_use_around_a_name(first: int) -> None:
    # «Fjordnett Skybryter brannmur» and «Skybryter», both from Fjordnett: one product,
    # whichever of the two names leads
    rows = [("Fjordnett Skybryter brannmur", "Fjordnett", "Fellesløsninger og infrastruktur",
             "S", "A"),
            ("Skybryter", "Fjordnett", "Fellesløsninger og infrastruktur", "S", "B")]
    rows = rows[first:] + rows[:first]
    q = evaluate([LabelledName(*r) for r in rows], DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.recall == 1.0, q.missed
    # another vendor's «Skybryter brannmur» is not taken for it
    other = [("Tullesoft Skybryter brannmur", "Tullesoft", "Fellesløsninger og infrastruktur",
              "T", "A"),
             ("Skybryter", "Fjordnett", "Fellesløsninger og infrastruktur", "S", "B")]
    q = evaluate([LabelledName(*r) for r in other], DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize(("written", "plain", "area"), [
    # more words municipalities add to say what a system is used for
    ("Bokhylla folkebibliotek og skolebibliotek", "Bokhylla", "Kultur og fritid"),
    ("Tellefix fakturagodkjenning", "Tellefix", "Økonomi"),
    ("Kartix kartinnsyn", "Kartix", "Plan, bygg og geodata"),
    ("Drifto arbeidsordre", "Drifto", "Teknisk og eiendom"),
    ("Hjelpix ITSM", "Hjelpix", "Fellesløsninger og infrastruktur"),
])
def test_words_of_use_after_an_unknown_products_name(written: str, plain: str,
                                                     area: str) -> None:
    rows = [LabelledName(written, "", area, "P", "A"), LabelledName(plain, "", area, "P", "B")]
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.recall == 1.0, q.missed


def test_a_typo_of_a_product_filed_under_its_other_area_is_found() -> None:
    # Vigilo is in the catalogue under Skole and, by other-areas.csv, Barnehage
    p = _placed_alone("Viglio", "Barnehage", "Vigilo")
    assert (p.kind, p.ref) == ("catalogue", "Vigilo"), p
    assert p.confidence >= DEFAULT_THRESHOLD, p


def test_a_name_with_an_unknown_vendors_word_meets_the_name_without_a_vendor() -> None:
    # «Fjordnett Skybryter» (vendor Fjordnett) and «Skybryter brannmur» (no vendor column)
    rows = [LabelledName("Fjordnett Skybryter", "Fjordnett", "Fellesløsninger og infrastruktur",
                         "S", "A"),
            LabelledName("Skybryter brannmur", "", "Fellesløsninger og infrastruktur", "S",
                         "B")]
    for order in (rows, rows[::-1]):
        q = evaluate(list(order), DEFAULT_THRESHOLD, use_catalogue=False)
        assert q.recall == 1.0, q.missed


def test_a_vendors_name_a_letter_short_is_read_as_the_vendor() -> None:
    # «Aiell» is «Axiell» without its x: the product is the vendor's Quria
    _assert_catalogue("Aiell Quria", "Kultur og fritid", None, "Quria", True)
