"""Normalisation: keys, versions and years moved out, vendors recognised, abbreviations."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.catalogue.reference import load_catalogue


def norm(text: str):
    return load_catalogue().normalizer.name(text)


def test_nfd_and_case_give_the_same_key_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Kvalitetsløsen Bårdshaug")
    assert nfd != "Kvalitetsløsen Bårdshaug"
    assert norm(nfd).compact == norm("KVALITETSLØSEN bårdshaug").compact
    assert norm(nfd).text == unicodedata.normalize("NFC", nfd)


@pytest.mark.parametrize(("text", "tokens", "version"), [
    ("Flyt skole 3.2", ("flyt", "skole"), "3.2"),
    ("Komtek 2019", ("komtek",), "2019"),
    ("Gerica v. 12.1", ("gerica",), "12.1"),
    ("Veeam Backup & Replication v12", ("backup", "replication"), "12"),
    ("Visma Flyt Skole (SaaS)", ("flyt", "skole"), None),
    ("Elements (tidl. ePhorte)", ("elements",), None),
    ("Public 360°", ("public", "360"), None),  # 360 is part of the name, not a version
    ("Microsoft 365 (E3)", ("microsoft", "365"), None),
])
def test_versions_years_and_remarks_leave_the_name(text: str, tokens: tuple[str, ...],
                                                    version: str | None) -> None:
    n = norm(text)
    assert n.tokens == tokens
    assert n.version == version


def test_display_keeps_the_writing_without_version_and_hosting() -> None:
    assert norm("Visma flyt skole 3.2 (SaaS)").display == "Visma flyt skole"
    assert norm("CosDoc+").display == "CosDoc+"
    assert norm("Komtek 2019").display == "Komtek"


@pytest.mark.parametrize(("text", "vendor", "tokens"), [
    ("Visma Profil", "Visma", ("profil",)),
    ("Tieto Gerica", "Tietoevry", ("gerica",)),
    ("TietoEvry Gerica", "Tietoevry", ("gerica",)),
    ("Tieto Evry Gerica", "Tietoevry", ("gerica",)),
    ("Gerica (Tieto)", "Tietoevry", ("gerica",)),
    ("Profil fra Visma", "Visma", ("profil",)),
    ("Powel Gemini VA", "Volue", ("gemini", "va")),
    # nothing but a descriptive word would be left: the vendor stays in the key
    ("Visma Lønn", "Visma", ("visma", "lonn")),
    ("CGM Helsestasjon", "CompuGroup Medical", ("compugroupmedical", "helsestasjon")),
])
def test_vendor_in_the_name_is_recognised(text: str, vendor: str, tokens: tuple[str, ...]
                                          ) -> None:
    n = norm(text)
    assert n.vendor == vendor
    assert n.tokens == tokens


def test_vendor_column_is_normalised() -> None:
    v = load_catalogue().normalizer.vendor
    assert v("Tieto Norway AS") == ("tietoevry", "Tietoevry")
    assert v("Visma Software AS")[0] == v("VISMA")[0] == "visma"
    assert v("Powel")[1] == "Volue"
    assert v("") == ("", None)


def test_abbreviations_from_the_catalogue_and_the_word_table() -> None:
    vfs = norm("VFS")
    assert vfs.compact == norm("Visma Flyt Skole").compact
    assert vfs.expansions == ("VFS → Visma Flyt Skole",)
    assert norm("VFS skole").compact == vfs.compact
    assert norm("Flyt bhg").tokens == ("flyt", "barnehage")
    assert norm("Flyt bhg").expansions == ("bhg → barnehage",)


def test_spacing_and_punctuation_do_not_matter() -> None:
    keys = {norm(t).compact for t in ("WebSak", "Web Sak", "websak", "Web-Sak")}
    assert keys == {"websak"}
    assert norm("e-Phorte").compact == norm("ePhorte").compact
    assert norm("It's learning").compact == norm("itslearning").compact
    assert norm("Arkivplan.no").compact == "arkivplan"
