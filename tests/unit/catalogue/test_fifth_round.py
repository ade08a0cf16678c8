"""Issue 14's fifth round of matching rules: general mechanisms found on the dev half and the
labelled set clustered without the catalogue (the case of every product the catalogue lacks),
each tested on made-up names of its class: a remark in parentheses kept in the name, and the
vendor written in front of the name in one return and in the vendor column in another."""

from __future__ import annotations

import pytest

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.quality import LabelledName, evaluate
from desktop.core.catalogue.reference import load_catalogue

_H, _S, _A = "Helse og omsorg", "Skole", "Sak, arkiv og politikk"


def _rows(*rows: tuple[str, str, str, str, str]) -> list[LabelledName]:
    return [LabelledName(n, v, a, product, m) for n, v, a, product, m in rows]


def _assert_catalogue_places(written: str, area: str, product: str) -> None:
    """The catalogue places the written name under `product`, sure enough for `--auto`."""
    cat = load_catalogue()
    m = cat.match(cat.normalizer.name(written), area)
    assert m is not None and m.product.name == product, m
    assert m.confidence >= DEFAULT_THRESHOLD, m


@pytest.mark.parametrize("use_catalogue", [True, False])
@pytest.mark.parametrize("rows", [
    # the name, then a remark that is neither a vendor, a version nor what it is for
    [("Skrivo", "", _A, "S", "A"), ("Skrivo", "", _A, "S", "B"),
     ("Skrivo (Tekstmester)", "", _A, "S", "C")],
    # the name with the remark written first, the plain name after
    [("Bramo Omsorg (BRM)", "", _H, "B", "A"), ("Bramo Omsorg", "", _H, "B", "B")],
    [("Kvistad Journal (skyversjon Fjell)", "", _H, "K", "A"),
     ("Kvistad Journal", "", "", "K", "B")],
])
def test_a_name_with_a_remark_in_parentheses_joins_the_name_without_it(
        rows: list[tuple[str, str, str, str, str]], use_catalogue: bool) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize("rows", [
    # a remark that says another service area: another product of that name
    [("Bramo (barnehage)", "", _S, "B1", "A"), ("Bramo", "", _S, "B2", "B")],
    # one return listing both: two systems, not the same one twice
    [("Bramo Omsorg", "", _H, "B1", "A"), ("Bramo Omsorg (Mobil Fjell)", "", _H, "B2", "A")],
    # two names with different remarks: the remarks may be what tells them apart
    [("Bramo Omsorg (Fjell)", "", _H, "B1", "A"), ("Bramo Omsorg (Strand)", "", _H, "B2", "B")],
])
def test_a_remark_of_another_area_or_beside_the_name_in_one_return_keeps_them_apart(
        rows: list[tuple[str, str, str, str, str]]) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize("use_catalogue", [True, False])
@pytest.mark.parametrize("rows", [
    # the vendor in the name in one return, in the vendor column in another
    [("Fjordsoft Mobil Pleie", "", _H, "F", "A"), ("Mobil Pleie", "Fjordsoft", _H, "F", "B"),
     ("Mobil Pleie", "Fjordsoft AS", _H, "F", "C")],
    # a vendor the lexicon does not know, after the name, with linking and company words
    [("Kvistad Journal", "Fjordsoft", _H, "K", "A"),
     ("Kvistad Journal - Fjordsoft", "", _H, "K", "B"),
     ("Kvistad Journal fra Fjordsoft AS", "", _H, "K", "C"),
     ("Fjordsoft AS - Kvistad Journal", "", _H, "K", "D"),
     ("Kvistad Journal levert av Fjordsoft", "", _H, "K", "E")],
    # a known vendor before words that only say what the system is for
    # (a word of the area none of the vendor's products in the catalogue is for: «Turnus»
    # with Visma is offered as GAT, what the catalogue says GAT is for)
    [("Visma Kompetanse", "", "Lønn og personal", "V", "A"),
     ("Kompetanse", "Visma", "Lønn og personal", "V", "B")],
])
def test_a_name_with_its_vendor_in_front_joins_the_name_with_the_vendor_beside_it(
        rows: list[tuple[str, str, str, str, str]], use_catalogue: bool) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed
    assert q.precision == 1.0, q.false_merges


def test_a_former_vendor_name_in_front_joins_the_vendor_beside_it() -> None:
    """«Tieto Sak» and «Sak» from Tietoevry, clustered (with the catalogue, both are its only
    Tietoevry product in the area, which is offered, not decided)."""
    rows = _rows(("Tieto Sak", "", _A, "T", "A"), ("Sak", "Tietoevry", _A, "T", "B"))
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.recall == 1.0, q.missed


@pytest.mark.parametrize("rows", [
    # the same words from two vendors are two products
    [("Turnus", "Visma", "Lønn og personal", "V", "A"),
     ("Unit4 Turnus", "", "Lønn og personal", "U", "B")],
    # the vendor's name and words under another service area
    [("Fjordsoft Mobil Pleie", "", _H, "F", "A"), ("Mobil Pleie", "Fjordsoft", _S, "G", "B")],
])
def test_a_vendor_in_front_does_not_join_another_vendor_or_area(
        rows: list[tuple[str, str, str, str, str]]) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize(("written", "product"), [
    ("Profil levert av Visma", "Profil"),
    ("Gerica leverandør Tietoevry", "Gerica"),
])
def test_a_known_vendor_after_linking_words_is_read_as_the_vendor(written: str, product: str
                                                                   ) -> None:
    _assert_catalogue_places(written, _H, product)


@pytest.mark.parametrize(("written", "area", "product"), [
    ("Mercell anbud", "Økonomi", "Mercell"),  # what it is used for, after the product
    ("Visma Flyt Skole timeplan", _S, "Visma Flyt Skole"),
    ("Gerica medisinering", _H, "Gerica"),
    ("Speedadmin billettsalg", "Kultur og fritid", "Speedadmin"),
    ("Komtek gravemelding", "Plan, bygg og geodata", "Komtek"),
    ("Elements arkivering", _A, "Elements"),
])
def test_words_that_say_what_a_product_is_used_for_are_descriptive(written: str, area: str,
                                                                   product: str) -> None:
    _assert_catalogue_places(written, area, product)


def test_a_function_word_of_another_area_keeps_a_made_up_name_apart() -> None:
    """«Bramo timeplan» (a school word) filed under Helse is not «Bramo» of Helse."""
    rows = _rows(("Bramo", "", _H, "B", "A"), ("Bramo medisinering", "", _H, "B", "B"),
                 ("Bramo timeplan", "", "", "T", "C"))
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.precision == 1.0, q.false_merges
    assert ("Bramo medisinering", "B") not in q.missed


@pytest.mark.parametrize(("written", "area", "product"), [
    ("Riksarkivet ASTA", _A, "ASTA"),  # an agency's former name before its national system
    ("Skattedirektoratet Folkeregisteret", "Fellesløsninger og infrastruktur", "Folkeregisteret"),
    ("NOIS WinMap", "Plan, bygg og geodata", "ISY WinMap"),  # a vendor's short name
    ("Doro trygghetsalarm", _H, "Careium"),  # the vendor's former name and what it is for
])
def test_former_names_of_vendors_and_agencies_are_read_as_the_vendor(written: str, area: str,
                                                                      product: str) -> None:
    _assert_catalogue_places(written, area, product)


@pytest.mark.parametrize("use_catalogue", [True, False])
@pytest.mark.parametrize("rows", [
    # an abbreviation in one return, the words it is the initials of in another
    [("Kvistad Omsorg Journal", "", _H, "K", "A"), ("KOJ", "", _H, "K", "B")],
    [("EPN", "", _H, "E", "A"), ("Elektronisk Pleie Nord", "", _H, "E", "B")],
])
def test_an_abbreviation_meets_the_name_it_is_the_initials_of(
        rows: list[tuple[str, str, str, str, str]], use_catalogue: bool) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed


@pytest.mark.parametrize("rows", [
    # without a service area, or under another one: initials say too little
    [("Kvistad Omsorg Journal", "", _H, "K", "A"), ("KOJ", "", "", "J", "B")],
    [("Kvistad Omsorg Journal", "", _H, "K", "A"), ("KOJ", "", _S, "J", "B")],
    # other letters
    [("Kvistad Omsorg Journal", "", _H, "K", "A"), ("KOS", "", _H, "J", "B")],
    # words that only say what a system is for are no product's initials
    [("Pleie Omsorg Journal", "", _H, "P", "A"), ("POJ", "", _H, "J", "B")],
])
def test_initials_need_one_service_area_and_a_word_that_says_which(
        rows: list[tuple[str, str, str, str, str]]) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize(("written", "area", "product"), [
    ("MinGat", "Lønn og personal", "GAT"),  # the users' app of a product, glued or apart
    ("Min Vigilo", _S, "Vigilo"),
    ("Mitt Gerica", _H, "Gerica"),
    ("Min Renovasjon", "Teknisk og eiendom", "Min Renovasjon"),  # a product called so
])
def test_min_before_a_product_is_its_users_app(written: str, area: str, product: str) -> None:
    _assert_catalogue_places(written, area, product)


def test_a_product_and_its_app_in_one_return_are_one_product() -> None:
    """«Kvistadsak» and «Kvistadsak-appen» in one return: the system and its app."""
    rows = _rows(("Kvistadsak", "", _A, "K", "A"), ("Kvistadsak-appen", "", _A, "K", "A"),
                 ("Kvistadsak foresatt", "", _A, "K", "A"), ("Kvistadsak", "", _A, "K", "B"))
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.recall == 1.0, q.missed


def test_a_product_and_another_word_in_one_return_stay_only_offered() -> None:
    """«Kvistadsak» and «Kvistadsak innkjøp» in one return may be two products."""
    rows = _rows(("Kvistadsak", "", _A, "K", "A"), ("Kvistadsak arkivering", "", _A, "X", "A"))
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize(("long", "short"),
                         [("Kvistad 360", "K360"), ("Bramo Omsorg 365", "BO365")])
def test_letters_and_a_number_are_the_initials_of_the_words_and_the_number(long: str,
                                                                           short: str) -> None:
    rows = _rows((long, "", _A, "K", "A"), (short, "", _A, "K", "B"))
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.recall == 1.0, q.missed
    other = _rows((long, "", _A, "K", "A"), (short[:-1] + "9", "", _A, "X", "B"))
    assert evaluate(other, DEFAULT_THRESHOLD, use_catalogue=False).precision == 1.0


@pytest.mark.parametrize("use_catalogue", [True, False])
def test_the_first_of_names_written_with_a_slash_is_the_product(use_catalogue: bool) -> None:
    rows = _rows(("Kvistadpost", "", _A, "K", "A"), ("Kvistadpost/Bramokalender", "", _A, "K", "B"),
                 ("Kvistadpost / Bramokalender", "", _A, "K", "C"))
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed


def test_a_slash_before_words_that_only_say_what_is_no_second_name() -> None:
    """«Kvistad Skole/Barnehage» may be both products of a line; «Kvistad Skole» is one."""
    rows = _rows(("Kvistad Skole", "", _S, "S", "A"), ("Kvistad Skole/Barnehage", "", _S, "B", "B"))
    q = evaluate(rows, DEFAULT_THRESHOLD, use_catalogue=False)
    assert q.precision == 1.0, q.false_merges
