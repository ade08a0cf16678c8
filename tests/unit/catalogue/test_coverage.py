"""Catalogue coverage: renamed products read as their new name, products of one vendor or one
national platform kept apart, the words that say a service area, and a source for every
product added to the catalogue."""

from __future__ import annotations

import csv

import pytest

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.quality import LabelledName, evaluate
from desktop.core.catalogue.reference import load_catalogue
from desktop.paths import resource

# Products added before sources were kept (the first round, listed in the catalogue README).
_BEFORE_SOURCES = frozenset({
    "Visma Mobil Omsorg", "Safemate", "Nasjonalt introduksjonsregister", "Visma InSchool",
    "Google Workspace for Education", "Skooler", "Kidplan", "Koha", "Friskus", "Kommunekart",
    "Arealplaner.no", "ArcGIS", "QGIS", "Infoland", "ISY Park", "Facilit", "Visma TendSign",
    "Mercell", "Jobbnorge", "Webcruiter", "KS Læring", "Compilo", "Landax", "Arkivplan",
    "eInnsyn", "SvarInn", "Kommune-Kari", "Puzzel", "Power BI",
})


def _products(name: str) -> list[dict[str, str]]:
    with resource("catalogue", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_product_added_to_the_shared_list_has_a_source() -> None:
    ours = [r["product"] for r in _products("fagsystemer.csv")]
    sourced = {r["product"] for r in _products("sources.csv")}
    assert sourced <= set(ours), sourced - set(ours)
    assert all(r["source"].startswith(("http://", "https://"))
               for r in _products("sources.csv"))
    # every product after the first round names where it was found
    later = ours[ours.index("Power BI") + 1:]
    assert len(later) >= 50
    assert [p for p in later if p not in sourced] == []
    assert set(ours[:ours.index("Power BI") + 1]) >= _BEFORE_SOURCES


def _row(name: str, product: str, area: str, who: str) -> LabelledName:
    return LabelledName(name, "", area, product, who)


_H, _S, _P = "Helse og omsorg", "Skole", "Plan, bygg og geodata"


@pytest.mark.parametrize("rows", [
    # a renamed product: the old brand, the new name, and the old brand with a descriptive word
    [_row("Doro Care", "Careium", _H, "A"), _row("Careium", "Careium", _H, "B"),
     _row("Doro-alarmen", "Careium", _H, "C"), _row("Careium Norge AS", "Careium", _H, "D")],
    [_row("Conexus PULS", "Conexus Insight", _S, "A"),
     _row("Conexus Insight", "Conexus Insight", _S, "B"),
     _row("Conexus Insight Kulturskole", "Conexus Insight", "Kultur og fritid", "C")],
    [_row("Fellestenester BYGG", "FTB", _P, "A"), _row("Fellestjenester BYGG", "FTB", _P, "B"),
     _row("FTB", "FTB", _P, "C")],
    [_row("Matrikkelklienten", "Matrikkelen", _P, "A"), _row("Matrikkelen", "Matrikkelen", _P, "B"),
     _row("Matrikkel", "Matrikkelen", _P, "C")],
    # the register IPLOS data now goes to, by its name, abbreviation and the old register
    [_row("IPLOS", "KPR", _H, "A"), _row("Kommunalt pasient- og brukerregister", "KPR", _H, "B"),
     _row("KPR", "KPR", _H, "C")],
    [_row("Det sentrale folkeregister (DSF)", "Folkeregisteret", "", "A"),
     _row("Folkeregisteret", "Folkeregisteret", "", "B")],
])
def test_renamed_products_and_their_aliases_are_one_product(rows: list[LabelledName]) -> None:
    q = evaluate(rows, DEFAULT_THRESHOLD)
    assert q.precision == 1.0 and q.recall == 1.0, q.missed


@pytest.mark.parametrize("rows", [
    # two products of one vendor, and services of one national platform
    [_row("Conexus Engage", "Engage", _S, "A"), _row("Conexus Insight", "Insight", _S, "B"),
     _row("Conexus Engage", "Engage", _S, "C"), _row("Conexus Insight", "Insight", _S, "D")],
    [_row("Digihelse", "Digihelse", _H, "A"), _row("DigiHelsestasjon", "DigiHelsestasjon", _H, "B"),
     _row("Helsenorge", "Helsenorge", _H, "C"), _row("Digihelse", "Digihelse", _H, "D"),
     _row("DigiHelsestasjon", "DigiHelsestasjon", _H, "E"),
     _row("helsenorge.no", "Helsenorge", _H, "F")],
    [_row("Kjernejournal", "Kjernejournal", _H, "A"), _row("E-resept", "E-resept", _H, "B"),
     _row("Nasjonal kjernejournal", "Kjernejournal", _H, "C"),
     _row("eResept", "E-resept", _H, "D")],
])
def test_products_of_one_vendor_or_platform_stay_apart(rows: list[LabelledName]) -> None:
    q = evaluate(rows, DEFAULT_THRESHOLD)
    assert q.precision == 1.0, q.false_merges
    assert q.recall == 1.0, q.missed


@pytest.mark.parametrize(("written", "same_as"), [
    ("Vigilo AS", "Vigilo"),  # only a vendor's name, with its company form
    ("Careium Norge AS", "Careium"),
    ("Vigo IKS VIGO", "VIGO"),  # a public company form after the vendor
    ("VIGO fra Vigo IKS", "VIGO"),  # the vendor's product of the vendor's name
    ("Helseplattformen fra Helseplattformen AS", "Helseplattformen"),
])
def test_a_vendor_with_only_company_form_words_is_the_vendor(written: str, same_as: str) -> None:
    m = load_catalogue().matcher
    assert m.name(written).compact == m.name(same_as).compact


@pytest.mark.parametrize(("written", "area", "product"), [
    ("Doro trygghetssentral", _H, "Careium"),  # words of the trygghetsalarm family
    ("Safemate alarmsentral", _H, "Safemate"),
    ("SOFIE skatteregnskap", "Økonomi", "SOFIE"),
    ("Vigo inntak", _S, "VIGO"),
])
def test_words_that_say_a_service_area_are_read_as_descriptive(written: str, area: str,
                                                                product: str) -> None:
    cat = load_catalogue()
    m = cat.match(cat.normalizer.name(written), area)
    assert m is not None and m.product.name == product
    assert m.confidence >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("written", "area"), [
    ("NAV", "NAV og sosial"), ("KS", "Barnevern"), ("Skatteetaten", "Økonomi"),
    ("Arkivverket", "Sak, arkiv og politikk"),
])
def test_an_agency_name_alone_is_not_offered_as_its_one_catalogue_product(written: str,
                                                                          area: str) -> None:
    """An agency publishes many national systems; the catalogue holding one of them in the
    area ("NAV" -> Digisos) is no reason to offer it."""
    cat = load_catalogue()
    assert cat.match(cat.normalizer.name(written), area) is None


def test_a_vendor_name_alone_is_still_offered_as_its_one_product_in_the_area() -> None:
    cat = load_catalogue()
    m = cat.match(cat.normalizer.name("Acos"), "Fellesløsninger og infrastruktur")
    assert m is not None and m.product.name == "Acos Booking" and m.rule == "vendor"


@pytest.mark.parametrize(("written", "product", "certain"), [
    ("KS Fiks Folkeregister", "Folkeregisteret", False),  # KS's service on Skatteetaten's register
    ("Tieto Gerica", "Gerica", True),  # the product's own vendor (a former name of it)
    ("Unique Profil", "Profil", True),
    ("IMDi NIR", "Nasjonalt introduksjonsregister", True),
])
def test_a_name_written_with_another_vendor_is_offered_not_certain(written: str, product: str,
                                                                   certain: bool) -> None:
    cat = load_catalogue()
    m = cat.match(cat.normalizer.name(written), "")
    assert m is not None and m.product.name == product
    assert (m.confidence >= DEFAULT_THRESHOLD) is certain
