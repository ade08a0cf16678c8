"""Why a name was placed where it is, in the user's language (desktop/core/catalogue/
reasons.py): every reason the matching gives reads back into English, product names as
written; Norwegian by default and as stored."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.catalogue.pipeline import propose
from desktop.core.catalogue.quality import read_labelled, who_wrote
from desktop.core.catalogue.reasons import shown
from desktop.core.catalogue.reference import load_catalogue
from desktop.core.catalogue.results import Summary
from desktop.core.catalogue.synthetic import variants
from desktop.core.catalogue.units import build_units

# words of the matching's Norwegian wordings that no English reading leaves
NORWEGIAN_WORDS = ("katalogen", "tjenesteområde", "Likhet", "Skrivefeil", "ligner", "navnet",
                   "leverandør", "parentesen", "begrunnelse", "Eget system")


@pytest.fixture(scope="module")
def reasons() -> list[str]:
    """Every reason (and alternative's) the labelled and synthetic names get."""
    cat = load_catalogue()
    rows = read_labelled() + [r for _, r in variants(cat)]
    units, refs = build_units(((r.name, r.vendor, r.service_area) for r in rows),
                              cat.normalizer)
    out: dict[str, None] = {}
    for p in propose(list(units.values()), cat, municipalities=who_wrote(rows, refs)):
        out[p.reason] = None
        if p.alternative_reason:
            out[p.alternative_reason] = None
    return list(out)


def test_every_reason_reads_back_in_english(english: None, reasons: list[str]) -> None:
    assert len(reasons) > 500
    left = [r for r in reasons if any(w in shown(r) for w in NORWEGIAN_WORDS)]
    assert not left, left[:10]


def test_reasons_in_english(english: None) -> None:
    assert shown("Likhet 92 % (ratio) med «Agresso», ulikt tjenesteområde (Skole / Økonomi)"
                 ) == "92 % alike (ratio) with «Agresso», different service areas (Skole / Økonomi)"
    # a product name that ends like a wording: the reading explaining most of the text wins
    assert shown("Produktnavn i katalogen: Dignio Prevent (i parentesen: «pårørendeapp»)") == \
        "Product name in the catalogue: Dignio Prevent (in parentheses: «pårørendeapp»)"
    # remarks at the end, a reason inside another
    assert shown("Eget system? Lik navnenøkkel som «Gerica», samme tjenesteområde; ulik "
                 "leverandør (Visma); ligner også «Gerica Web» (sikkerhet 70\u00a0%)") == (
        "A system of its own? Same name key as «Gerica», same service area; another vendor "
        "(Visma); also like «Gerica Web» (confidence 70\u00a0%)")
    assert shown("Lik navnenøkkel som «Gerica 12» i katalogen → Gerica (versjon 12 tatt ut av "
                 "navnet; leverandør Tieto i navnet)") == (
        "Same name key as «Gerica 12» in the catalogue → Gerica (version 12 taken out of the "
        "name; vendor Tieto in the name)")
    assert shown("Fra ordliste (Knutepunkt): ingen begrunnelse") == \
        "From a word list (Knutepunkt): no reason given"
    assert shown("En tekst fra en eldre versjon") == "En tekst fra en eldre versjon"


def test_norwegian_by_default() -> None:
    reason = "Likhet 92 % (ratio) med «Agresso», samme tjenesteområde"
    assert shown(reason) == reason
    summary = Summary(13, 1, 0, 0, 0, 0, ())
    assert summary.text == "13 installasjoner → 1 distinkt system"


def test_summary_in_english(english: None) -> None:
    assert Summary(1, 6, 0, 0, 0, 0, ()).text == "1 installation → 6 distinct systems"


def test_progress_and_refusals_in_english(english: None, factory: Any) -> None:
    """The review tab's progress (its tooltip) and the catalogue's refusals in English."""
    from desktop.core.catalogue import api as catalogue
    from desktop.core.errors import InputError
    from tests.helpers.catalogue_returns import fill

    fill(factory)
    db = factory.api.db
    seen: list[str] = []

    def progress(done: int, total: int, text: str) -> bool:
        seen.append(text)
        return True

    catalogue.auto(db, progress=progress)
    assert {"Reading the project", "Comparing names", "Done"} <= set(seen), set(seen)
    with pytest.raises(InputError, match="The name cannot be empty"):
        catalogue.rename(db, 1, " ")
    with pytest.raises(InputError, match="«Månen» is not a service area"):
        catalogue.set_service_area(db, 1, "Månen")
