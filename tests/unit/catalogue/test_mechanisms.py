"""The general matching mechanisms, each tested on a class of variants made from catalogue
names (`synthetic`), not on single hand-picked names."""

from __future__ import annotations

import pytest

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
