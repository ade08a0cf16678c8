# ruff: noqa: E501
"""The demo's answers: seven Knutepunkt Sørlandet municipalities, as they would fill the form.

Pure data. Product facts come from the catalogue of real Norwegian municipal products
(`shared/data/fagsystemer.csv`); each municipality lists the systems it runs in its *own*
spelling (`VFS`, `Flyt skole 3.2`, `Tieto Gerica`, `ephorte`), with the version and the way it
is run. Figures that a person would not type by hand here (users, costs, contract dates of
ordinary rows) are derived from the product profile and the municipality's size in
`answers.py`, with a fixed seed per municipality; every value given in `S(..., field=value)`
or in the facts below is written exactly as it is given, including the messy text a real
return holds (`kr 45 000,-`, `ca. 10`, `des. 2027`, `mange`, `31.02.2027`, …).

Where each messy feature is, is listed in `MESSY_FEATURES` (the README of the demo).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

PROJECT_NAME = "Forstudie IT-samarbeid Knutepunkt Sørlandet"
PROJECT_FILE = "Knutepunkt Sørlandet.samdrift"

EGEN = "Egen drift"
IKT = "Annen kommune eller IKT-samarbeid"
ASP = "Leverandørdrift (ASP)"
SAAS = "Skytjeneste (SaaS)"

NBSP = "\u00a0"


def nfd(text: str) -> str:
    """Text as a Mac types it: å as a + combining ring (what a return from macOS holds)."""
    return unicodedata.normalize("NFD", text)


# --- product profiles ---------------------------------------------------------------------------
# product: (vendor, service area, share of the IT users that use it, NOK/year fixed,
#           NOK/year per inhabitant, servers when run in-house, management FTE per 10 000
#           inhabitants, integrations)
PRODUCTS: dict[str, tuple[str | None, str, float, int, float, int, float, int]] = {
    "Gerica": ("Tietoevry", "Helse og omsorg", 0.22, 80_000, 9.0, 2, 0.6, 8),
    "Profil": ("Visma", "Helse og omsorg", 0.22, 70_000, 8.5, 2, 0.6, 7),
    "CosDoc": ("DIPS", "Helse og omsorg", 0.20, 60_000, 8.0, 1, 0.5, 6),
    "HsPro": ("Visma", "Helse og omsorg", 0.02, 20_000, 1.2, 1, 0.1, 2),
    "Visma Flyt Helsestasjon": ("Visma", "Helse og omsorg", 0.02, 25_000, 1.5, 0, 0.1, 2),
    "CGM Helsestasjon": ("CompuGroup Medical", "Helse og omsorg", 0.02, 22_000, 1.4, 1, 0.1, 2),
    "WinMed": ("CompuGroup Medical", "Helse og omsorg", 0.015, 30_000, 1.5, 1, 0.15, 3),
    "CGM Allmenn": ("CompuGroup Medical", "Helse og omsorg", 0.015, 35_000, 1.6, 0, 0.15, 3),
    "Infodoc Plenario": ("Infodoc", "Helse og omsorg", 0.015, 28_000, 1.4, 0, 0.1, 3),
    "Sampro": ("Visma", "Helse og omsorg", 0.06, 15_000, 0.8, 0, 0.1, 1),
    "Visma Velferd": ("Visma", "Helse og omsorg", 0.02, 20_000, 0.6, 0, 0.05, 1),
    "Dignio Prevent": ("Dignio", "Helse og omsorg", 0.03, 40_000, 2.0, 0, 0.2, 2),
    "Familia": ("Visma", "Barnevern", 0.01, 25_000, 1.5, 1, 0.1, 2),
    "Visma Flyt Barnevern": ("Visma", "Barnevern", 0.01, 35_000, 2.0, 0, 0.15, 3),
    "Socio": (None, "NAV og sosial", 0.01, 20_000, 1.0, 1, 0.1, 2),
    "Oppad": (None, "NAV og sosial", 0.01, 18_000, 0.9, 0, 0.1, 2),
    "Visma Flyktning": ("Visma", "NAV og sosial", 0.005, 12_000, 0.5, 0, 0.05, 1),
    "Visma Flyt Skole": ("Visma", "Skole", 0.25, 40_000, 6.0, 0, 0.3, 6),
    "Visma Flyt PPT": ("Visma", "Skole", 0.005, 10_000, 0.5, 0, 0.05, 1),
    "IST Extens": ("IST", "Skole", 0.20, 35_000, 5.5, 1, 0.3, 5),
    "Vigilo": ("Vigilo", "Skole", 0.30, 15_000, 3.0, 0, 0.1, 2),
    "itslearning": ("itslearning", "Skole", 0.25, 20_000, 4.0, 0, 0.1, 3),
    "Visma Flyt Barnehage": ("Visma", "Barnehage", 0.08, 15_000, 2.0, 0, 0.1, 2),
    "Bibliofil": ("Bibliotek-Systemer", "Kultur og fritid", 0.01, 25_000, 0.8, 0, 0.05, 1),
    "Mikromarc": (None, "Kultur og fritid", 0.01, 18_000, 0.7, 1, 0.05, 1),
    "Quria": ("Axiell", "Kultur og fritid", 0.01, 30_000, 0.9, 0, 0.05, 1),
    "Speedadmin": ("Speedadmin", "Kultur og fritid", 0.01, 12_000, 0.6, 0, 0.05, 1),
    "Komtek": ("Norkart", "Plan, bygg og geodata", 0.03, 60_000, 3.5, 1, 0.3, 5),
    "ISY WinMap": ("Norconsult", "Plan, bygg og geodata", 0.02, 30_000, 1.5, 1, 0.1, 2),
    "Gemini Portal": ("Volue", "Plan, bygg og geodata", 0.03, 25_000, 1.2, 0, 0.1, 2),
    "Gemini VA": ("Volue", "Teknisk og eiendom", 0.01, 30_000, 1.3, 1, 0.1, 2),
    "Plania": ("Plania", "Teknisk og eiendom", 0.02, 30_000, 1.0, 0, 0.1, 2),
    "Famac": ("Famac", "Teknisk og eiendom", 0.02, 28_000, 1.0, 0, 0.1, 2),
    "Visma Enterprise Økonomi": ("Visma", "Økonomi", 0.10, 90_000, 8.0, 2, 0.5, 9),
    "Visma Enterprise HRM": ("Visma", "Lønn og personal", 0.90, 70_000, 6.0, 1, 0.4, 6),
    "Unit4 ERP": ("Unit4", "Økonomi", 0.90, 150_000, 9.0, 3, 1.0, 14),
    "Framsikt": ("Framsikt", "Økonomi", 0.03, 40_000, 2.0, 0, 0.1, 2),
    "GAT": ("Visma", "Lønn og personal", 0.35, 40_000, 3.0, 1, 0.2, 3),
    "Public 360": ("Tietoevry", "Sak, arkiv og politikk", 0.45, 100_000, 6.0, 2, 0.5, 8),
    "Elements": ("Sikri", "Sak, arkiv og politikk", 0.45, 80_000, 5.5, 1, 0.5, 7),
    "Acos WebSak": ("Acos", "Sak, arkiv og politikk", 0.45, 70_000, 5.0, 1, 0.4, 6),
    "Documaster": ("Documaster", "Sak, arkiv og politikk", 0.01, 40_000, 1.5, 0, 0.1, 2),
    "FirstAgenda": ("FirstAgenda", "Sak, arkiv og politikk", 0.06, 20_000, 1.0, 0, 0.05, 1),
    "SvarUt": ("KS", "Innbyggerdialog og nettsider", 0.05, 5_000, 0.4, 0, 0.05, 2),
    "Digipost": ("Posten", "Innbyggerdialog og nettsider", 0.02, 8_000, 0.5, 0, 0.05, 1),
    "Enonic XP": ("Enonic", "Innbyggerdialog og nettsider", 0.03, 50_000, 1.5, 1, 0.2, 3),
    "Microsoft 365": ("Microsoft", "Fellesløsninger og infrastruktur", 1.0, 0, 120.0, 0, 0.5, 5),
    "Citrix Virtual Apps": ("Citrix", "Fellesløsninger og infrastruktur", 0.60, 50_000, 4.0, 6, 0.4, 0),
    "VMware vSphere": ("VMware", "Fellesløsninger og infrastruktur", 0.005, 40_000, 4.0, 4, 0.3, 0),
    "Veeam Backup & Replication": ("Veeam", "Fellesløsninger og infrastruktur", 0.005, 30_000, 2.0, 2, 0.1, 0),
    "TOPdesk": ("TOPdesk", "Fellesløsninger og infrastruktur", 0.02, 30_000, 1.5, 0, 0.1, 2),
}


@dataclass(frozen=True)
class S:
    """One row the municipality wrote on `Fagsystemer`.

    `product` is the catalogue product (for the derived figures); `name` the municipality's
    own spelling. Anything in `given` is written as is, replacing the derived value; a value
    of None in `given` leaves the cell empty.
    """

    product: str
    name: str
    version: str | None = None
    hosting: str = SAAS
    given: dict[str, Any] = field(default_factory=dict)

    def __init__(self, product: str, name: str, version: str | None = None,
                 hosting: str = SAAS, **given: Any) -> None:
        object.__setattr__(self, "product", product)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "version", version)
        object.__setattr__(self, "hosting", hosting)
        object.__setattr__(self, "given", given)


# A row that is not a system (blank, or the continuation of the row above), written as is.
@dataclass(frozen=True)
class Raw:
    values: dict[str, Any]


BLANK = Raw({})


@dataclass(frozen=True)
class SumRow:
    """A note row under the systems: the label in Systemnavn and the sum of the costs above."""

    label: str = "Sum"


@dataclass(frozen=True)
class Municipality:
    number: str
    name: str
    file_name: str  # the name of the file the municipality sent back
    saved_at: dt.datetime  # when the municipality saved the return (file property)
    facts: dict[str, Any]
    systems: list[S | Raw | SumRow]
    staffing: list[dict[str, Any]]
    bought: list[dict[str, Any]]
    infra_default: str  # Driftsform on Infrastruktur where nothing else is said
    infra: dict[str, dict[str, Any]]  # service -> values that differ from the default
    owners: tuple[str, ...]  # Systemansvarlig, picked per system


# --- Birkenes 4216 ------------------------------------------------------------------------------
BIRKENES = Municipality(
    number="4216", name="Birkenes",
    file_name="Spørreskjema Birkenes (4216).xlsx",
    saved_at=dt.datetime(2026, 3, 4, 13, 22),
    facts={
        "inhabitants": 5480,
        "employees_fte": "412,5",
        "it_users": 640,
        "clients": 520,
        "mobile_devices": 470,
        "locations": "ca. 14",
        "data_rooms": 1,
        "physical_servers": 4,
        "virtual_servers": 38,
        "it_budget": 9_450_000,
        "contact_person": "Tone Reiersen",
        "email": "tone.reiersen@birkenes.kommune.no",
        "phone": "37 16 01 00",
        "date_filled": dt.date(2026, 3, 4),
    },
    systems=[
        S("Profil", "Visma Profil", "9.3", ASP),
        S("HsPro", "HsPro", "6.2", EGEN),
        S("WinMed", "WinMed3", "3.14", EGEN, comment="Legekontoret"),
        S("Sampro", "Visma Sampro"),
        S("Dignio Prevent", "Dignio", comment="Digital hjemmeoppfølging, felles anskaffelse"),
        S("Familia", "Familia", "3.8", ASP, comment="Skal erstattes av Flyt Barnevern"),
        S("Visma Flyt Barnevern", "Flyt Barnevern", comment="Innføres høsten 2026"),
        S("Socio", "Socio", "10.2", EGEN),
        S("Visma Flyt Skole", "Visma Flyt Skole"),
        S("Vigilo", "Vigilo"),
        S("itslearning", "itslearning"),
        S("Visma Flyt Barnehage", "Flyt Barnehage"),
        S("Bibliofil", "Bibliofil", "5.4", ASP),
        S("Speedadmin", "Speedadmin", comment="Kulturskolen"),
        S("Komtek", "Norkart Komtek", "2024.2", ASP, contract_end="31.12.2027"),
        S("ISY WinMap", "ISY WinMap", "12.0", EGEN),
        S("Famac", "Famac"),
        S("Visma Enterprise Økonomi", "Visma Enterprise", "22.1", ASP, integrations="ca. 10"),
        S("Visma Enterprise HRM", "Visma Lønn", "22.1", ASP),
        S("GAT", "GAT", "6", ASP),
        S("Framsikt", "Framsikt"),
        S("Elements", "ePhorte", "5.4", EGEN, annual_cost=0, contract_end=None,
          comment="Avviklet juni 2024, erstattet av Elements"),
        S("Elements", "Elements"),
        S("FirstAgenda", "FirstAgenda"),
        S("SvarUt", "KS SvarUt"),
        S("Enonic XP", "Enonic", "7.13", ASP),
        S("Microsoft 365", "Office 365"),
        S("VMware vSphere", "VMware", "8.0", EGEN),
        S("Veeam Backup & Replication", "Veeam", "12.1", EGEN),
    ],
    staffing=[
        {"function": "IT-ledelse", "fte": 1, "persons": 1, "cost": 1_080_000},
        {"function": "Drift og infrastruktur", "fte": 2, "persons": 2, "cost": 1_760_000},
        {"function": "Brukerstøtte og klientdrift", "fte": 1.5, "persons": 2, "cost": 1_240_000,
         "comment": "Én i 50 % stilling på skolene"},
        {"function": "Systemforvaltning", "fte": 1, "persons": 3, "cost": 890_000,
         "comment": "Fordelt på fagavdelingene"},
        {"function": "Informasjonssikkerhet", "fte": 0.2, "persons": 1, "cost": 190_000},
    ],
    bought=[
        {"vendor": "Atea AS", "service": "Servicedesk", "annual_cost": 240_000,
         "contract_end": dt.date(2026, 12, 31), "comment": "Kveld og helg"},
        {"vendor": "Telenor Norge AS", "service": "WAN og linjer", "annual_cost": 410_000,
         "contract_end": dt.date(2027, 6, 30)},
        {"vendor": "Lillesand kommune", "service": "Sikkerhetskopi", "annual_cost": 85_000,
         "comment": "Kopi nr. 2 lagres i Lillesands datarom"},
    ],
    infra_default=EGEN,
    infra={
        "E-post": {"hosting": SAAS, "comment": "Exchange Online"},
        "Endepunktsikkerhet": {"hosting": SAAS},
        "WAN og linjer": {"hosting": ASP, "comment": "Telenor"},
        "Telefoni": {"hosting": SAAS, "comment": "Teams-telefoni"},
        "Servicedesk": {"hosting": ASP, "comment": "Atea utenom arbeidstid"},
    },
    owners=("Tone Reiersen", "Ole Kristian Bie", "Marit Haugland", "Jan Erik Flaten"),
)

# --- Iveland 4218: one person does everything; built its own sheet (no identity sheet) ----------
IVELAND = Municipality(
    number="4218", name="Iveland",
    file_name="Iveland kommune - IT-kartlegging 2026.xlsx",
    saved_at=dt.datetime(2026, 3, 10, 21, 47),
    facts={
        "inhabitants": 1352,
        "employees_fte": 138,
        "it_users": 185,
        "clients": 150,
        "mobile_devices": "?",
        "locations": 7,
        "data_rooms": 1,
        "physical_servers": 2,
        "virtual_servers": 12,
        "it_budget": 3_100_000,
        "contact_person": "Geir Olav Tveit",
        "email": "geir.olav.tveit@iveland.kommune.no",
        "phone": "911 22 334",
        "date_filled": dt.date(2026, 3, 10),
    },
    systems=[
        S("Profil", "Visma Profil", "9.3", IKT, comment="Driftes av Vennesla"),
        S("Visma Flyt Helsestasjon", "Flyt Helsestasjon"),
        S("Infodoc Plenario", "Infodoc", "4.2", ASP, comment="Legekontoret"),
        S("Familia", "Familia", "3.8", IKT, users=0,
          comment="Barnevernet er interkommunalt med Vennesla; vi har ingen egne brukere"),
        S("Socio", "Socio", None, IKT, users="ukjent", comment="NAV Vennesla/Iveland"),
        S("Visma Flyt Skole", "Flyt skole 3.2", "3.2"),
        S("Vigilo", "Vigilo"),
        S("itslearning", "Its Learning"),
        S("Visma Flyt Barnehage", "Flyt Barnehage"),
        S("Mikromarc", "Mikromarc 3", "3", ASP),
        S("Komtek", "KomTek", None, IKT),
        S("Gemini Portal", "Gemini Portal", None, IKT),
        S("Visma Enterprise Økonomi", "Visma Økonomi", "22.1", IKT),
        S("Visma Enterprise HRM", "Visma HRM", "22.1", IKT),
        S("GAT", "Visma GAT", None, IKT),
        S("Framsikt", "Framsikt"),
        S("Elements", "ephorte", "6", IKT, comment="Heter nå Elements"),
        S("FirstAgenda", "First Agenda"),
        S("SvarUt", "SvarUt"),
        S("Digipost", "Digipost"),
        S("Enonic XP", "Enonic", None, IKT, comment="Felles nettside-løsning med Vennesla"),
        S("Microsoft 365", "M365"),
    ],
    staffing=[
        {"function": "IT-ledelse", "fte": 0.2, "persons": 1, "cost": 170_000,
         "comment": "Samme person har alle IT-oppgavene"},
        {"function": "Drift og infrastruktur", "fte": 0.3, "persons": 1, "cost": 255_000,
         "comment": "Samme person"},
        {"function": "Brukerstøtte og klientdrift", "fte": 0.4, "persons": 1, "cost": 340_000,
         "comment": "Samme person; ingen stedfortreder ved ferie og sykdom"},
        {"function": "Systemforvaltning", "fte": 0.1, "persons": 1, "cost": 85_000,
         "comment": "Samme person; fagsystemene forvaltes ellers av Vennesla"},
    ],
    bought=[
        {"vendor": "Vennesla kommune", "service": "Fellesdrift av servere og fagsystemer",
         "annual_cost": 1_150_000, "contract_end": dt.date(2027, 12, 31),
         "comment": "Vertskommuneavtale"},
        {"vendor": "Vennesla kommune", "service": "Servicedesk", "annual_cost": 180_000,
         "contract_end": dt.date(2027, 12, 31)},
        {"vendor": "Vennesla kommune", "service": "Sikkerhetskopi", "annual_cost": 60_000,
         "contract_end": dt.date(2027, 12, 31)},
        {"vendor": "Atea AS", "service": "Klientdrift", "annual_cost": 95_000,
         "comment": "Innkjøp og klargjøring av PC-er"},
        {"vendor": "Telia Norge AS", "service": "WAN og linjer", "annual_cost": 160_000,
         "contract_end": dt.date(2026, 9, 30)},
    ],
    infra_default=IKT,
    infra={
        "E-post": {"hosting": SAAS},
        "Endepunktsikkerhet": {"hosting": SAAS},
        "Klientdrift": {"hosting": EGEN, "comment": "IT-konsulenten"},
        "WAN og linjer": {"hosting": ASP, "comment": "Telia"},
        "Telefoni": {"hosting": SAAS},
    },
    owners=("Geir Olav Tveit", "Anne Lise Homme", "Kjell Ivar Løland"),
)

# --- Kristiansand 4204 (the old municipality, before 2020) --------------------------------------
KRISTIANSAND = Municipality(
    number="4204", name="Kristiansand",
    file_name="Kristiansand kommune - kartlegging fagsystemer.xlsx",
    saved_at=dt.datetime(2026, 3, 12, 9, 5),
    facts={
        "inhabitants": 92_014,
        "employees_fte": 6_870,
        "it_users": 9_650,
        "clients": 8_200,
        "mobile_devices": 7_400,
        "locations": 96,
        "data_rooms": 4,
        "physical_servers": 48,
        "virtual_servers": 420,
        "it_budget": 142_000_000,
        "contact_person": "Hilde Sødal Andersen",
        "email": "hilde.andersen@kristiansand.kommune.no",
        "phone": "38 07 50 00",
        "date_filled": dt.date(2026, 3, 11),
    },
    systems=[
        S("Gerica", "Tieto Gerica", "2024.1", EGEN, users=f"1{NBSP}200"),
        S("HsPro", "HS Pro", "6.2", EGEN),
        S("CGM Allmenn", "CGM Journal", None, ASP, comment="Legevakten"),
        S("Infodoc Plenario", "Infodoc", "4.2", ASP, comment="Kommunale legekontor"),
        S("Sampro", "Visma Flyt Sampro"),
        S("Dignio Prevent", "Dignio Prevent"),
        S("Visma Velferd", "Visma Velferd"),
        S("Familia", "Visma Familia", "3.8", EGEN),
        S("Visma Flyt Barnevern", "Visma Flyt Barnevern"),
        S("Socio", "Socio", "10.2", EGEN),
        S("Visma Flyktning", "Visma Flyktning"),
        S("Visma Flyt Skole", "VFS"),
        S("Visma Flyt PPT", "Flyt PPT"),
        S("IST Extens", "Extens", "2023", EGEN, comment="Voksenopplæringen"),
        S("Vigilo", "Vigilo"),
        S("itslearning", "itslearning"),
        S("Visma Flyt Barnehage", "Visma Flyt Barnehage"),
        S("Bibliofil", "Bibliofil", "5.4", ASP),
        S("Quria", "Axiell Quria", comment="Pilot på hovedbiblioteket"),
        S("Speedadmin", "Speedadmin", annual_cost="kr 45 000,-"),
        S("Komtek", "Komtek", "2024.2", EGEN),
        S("ISY WinMap", "WinMap", "12.0", EGEN),
        S("Gemini Portal", "Powel Gemini Portal", "5", EGEN),
        S("Gemini VA", "Gemini VA", "5", EGEN, contract_end="des. 2027"),
        S("Plania", "Plania"),
        S("Unit4 ERP", "Agresso", "M7", EGEN, annual_cost=None,
          comment="Økonomi og lønn; kostnad på neste rad"),
        Raw({"annual_cost": 2_350_000, "comment": "Lisens 2026 inkl. lønnsmodul"}),
        S("Framsikt", "Framsikt"),
        S("GAT", "Visma GAT", "6", EGEN),
        S("Public 360", "P360", "22", EGEN),
        S("Documaster", "Documaster"),
        S("FirstAgenda", "FirstAgenda"),
        S("SvarUt", "Fiks SvarUt"),
        S("Digipost", "Digipost"),
        S("Enonic XP", "Enonic XP", "7.14", EGEN),
        S("Microsoft 365", "M365"),
        S("Citrix Virtual Apps", "Citrix XenApp", "7 LTSR", EGEN, servers="10-12"),
        S("VMware vSphere", "VMware", "8.0", EGEN),
        S("Veeam Backup & Replication", "Veeam", "12.1", EGEN),
        S("TOPdesk", "Topdesk"),
        S("Visma Flyt Helsestasjon", "Flyt Helsestasjon",
          comment="Helsestasjon og skolehelsetjeneste"),
        BLANK,
        SumRow("Sum"),
    ],
    staffing=[
        {"function": "IT-ledelse", "fte": 6, "persons": 6, "cost": 7_200_000},
        {"function": "Drift og infrastruktur", "fte": 28, "persons": 29, "cost": 25_800_000},
        {"function": "Brukerstøtte og klientdrift", "fte": 22, "persons": 24, "cost": 18_100_000},
        {"function": "Systemforvaltning", "fte": 18, "persons": 21, "cost": 16_400_000},
        {"function": "Utvikling og digitalisering", "fte": 12, "persons": 12, "cost": 11_900_000},
        {"function": "Informasjonssikkerhet", "fte": 3, "persons": 3, "cost": 3_100_000},
        {"function": "Annet", "fte": 2, "persons": 2, "cost": 1_500_000,
         "comment": "Innkjøp og lisensforvaltning"},
    ],
    bought=[
        {"vendor": "Telenor Norge AS", "service": "WAN og linjer", "annual_cost": 6_200_000,
         "contract_end": dt.date(2028, 3, 31)},
        {"vendor": "Atea AS", "service": "Klientdrift", "annual_cost": 3_400_000,
         "contract_end": dt.date(2027, 8, 31), "comment": "Utrulling og gjenvinning"},
        {"vendor": "Netnordic", "service": "Overvåking", "annual_cost": 650_000,
         "contract_end": dt.date(2026, 12, 31), "comment": "SOC"},
    ],
    infra_default=EGEN,
    infra={
        "E-post": {"hosting": SAAS, "comment": "Exchange Online"},
        "Endepunktsikkerhet": {"hosting": SAAS, "comment": "Defender"},
        "Overvåking": {"hosting": ASP, "comment": "SOC hos Netnordic"},
        "WAN og linjer": {"hosting": ASP},
        "Telefoni": {"hosting": SAAS},
    },
    owners=("Hilde Sødal Andersen", "Terje Johnsen", "Ingrid Mjåland", "Per Arne Skaar",
            "Lise Grotle", "Rune Aas", "Camilla Fjeld"),
)

# --- Lillesand 4215: re-sent; the first version, and the changes of the second -----------------
LILLESAND = Municipality(
    number="4215", name="Lillesand",
    file_name="Spørreskjema Lillesand (4215) (1).xlsx",
    saved_at=dt.datetime(2026, 3, 2, 10, 15),
    facts={
        "inhabitants": 11_523,
        "employees_fte": 862.4,
        "it_users": 1_240,
        "clients": 980,
        "mobile_devices": 900,
        "locations": 22,
        "data_rooms": 2,
        "physical_servers": 8,
        "virtual_servers": 75,
        "it_budget": 19_800_000,
        "contact_person": "Erik Håkedal",
        "email": "erik.hakedal@lillesand.kommune.no",
        "phone": "37 26 15 00",
        "date_filled": dt.date(2026, 3, 2),
    },
    systems=[
        S("CosDoc", "CosDoc", "7.3", ASP),
        S("HsPro", "Visma HsPro", "6.2", ASP),
        S("WinMed", "CGM WinMed", "3.14", EGEN),
        S("Sampro", "Sampro"),
        S("Familia", "Familia", "3.8", ASP),
        S("Socio", "Socio", "10.2", EGEN),
        S("Visma Flyktning", "Visma Flyt Flyktning"),
        S("Visma Flyt Skole", "Visma flyt skole (SaaS)"),
        S("Vigilo", "Vigilo"),
        S("itslearning", "itslearning"),
        S("Visma Flyt Barnehage", "Flyt Barnehage"),
        S("Mikromarc", "Mikromarc", "3", EGEN),
        S("Speedadmin", "Speedadmin"),
        S("Komtek", "Komtek", "2024.2", ASP),
        S("ISY WinMap", "ISY Winmap", "11.5", EGEN),
        S("Gemini VA", "Powel Gemini VA", "5", EGEN),
        S("Plania", "Plania"),
        S("Visma Enterprise Økonomi", "Visma Enterprise Økonomi", "22.1", ASP),
        S("Visma Enterprise HRM", "Visma Enterprise Lønn", "22.1", ASP),
        S("GAT", "Visma GAT", "6", ASP),
        S("Framsikt", "Framsikt"),
        S("Acos WebSak", "WebSak", "2023", EGEN),
        S("FirstAgenda", "FirstAgenda"),
        S("SvarUt", "SvarUt"),
        S("Digipost", "Digipost"),
        S("Enonic XP", "Enonic", "7.13", ASP),
        S("Microsoft 365", "Microsoft 365"),
        S("VMware vSphere", "VMware ESXi", "7.0", EGEN, comment="Oppgraderes til 8 i 2026"),
        S("Veeam Backup & Replication", "Veeam", "12", EGEN),
        S("TOPdesk", "TOPdesk"),
    ],
    staffing=[
        {"function": "IT-ledelse", "fte": 1, "persons": 1, "cost": 1_120_000},
        {"function": "Drift og infrastruktur", "fte": 3, "persons": 3, "cost": 2_640_000},
        {"function": "Brukerstøtte og klientdrift", "fte": 2.5, "persons": 3, "cost": 2_050_000},
        {"function": "Systemforvaltning", "fte": 2, "persons": 5, "cost": 1_790_000},
        {"function": "Utvikling og digitalisering", "fte": 1, "persons": 1, "cost": 960_000},
        {"function": "Informasjonssikkerhet", "fte": 0.5, "persons": 1, "cost": 470_000},
    ],
    bought=[
        {"vendor": "Telenor Norge AS", "service": "WAN og linjer", "annual_cost": 720_000,
         "contract_end": dt.date(2027, 6, 30)},
        {"vendor": "Atea AS", "service": "Klientdrift", "annual_cost": 310_000,
         "contract_end": dt.date(2026, 12, 31)},
    ],
    infra_default=EGEN,
    infra={
        "E-post": {"hosting": SAAS, "comment": "Exchange Online"},
        "Endepunktsikkerhet": {"hosting": SAAS},
        "WAN og linjer": {"hosting": ASP},
        "Telefoni": {"hosting": SAAS},
    },
    owners=("Erik Håkedal", "Siri Mortensen", "Bjørn Tore Vik", "Hanne Lunde"),
)

@dataclass(frozen=True)
class Resent:
    """A corrected return sent later: what differs from the first one."""

    file_name: str
    saved_at: dt.datetime
    facts: dict[str, Any]  # facts that changed
    remove: tuple[str, ...]  # systems (by the name written) left out
    change: dict[str, dict[str, Any]]  # system name -> values that changed
    add: tuple[S, ...]  # systems added at the end


# What Lillesand changed in the corrected file it sent two weeks later.
LILLESAND_RESENT = Resent(
    file_name="Spørreskjema Lillesand (4215) (2).xlsx",
    saved_at=dt.datetime(2026, 3, 16, 14, 40),
    facts={"it_users": 1_265, "date_filled": dt.date(2026, 3, 16)},
    remove=("Mikromarc",),
    change={
        "CosDoc": {"version": "7.4", "annual_cost": 152_000},
        "Komtek": {"contract_end": dt.date(2028, 12, 31)},
    },
    add=(
        S("Bibliofil", "Bibliofil", "5.4", ASP, comment="Erstattet Mikromarc i januar"),
        S("Visma Flyt Barnevern", "Visma Flyt Barnevern", comment="Tas i bruk mai 2026"),
    ),
)

# --- Songdalen 1017 (former, part of Kristiansand since 2020): typed on a Mac, lists by hand ---
SONGDALEN = Municipality(
    number="1017", name="Songdalen",
    file_name="Spørreskjema Songdalen (1017).xlsx",
    saved_at=dt.datetime(2026, 3, 9, 16, 30),
    facts={
        "inhabitants": 6_612,
        "employees_fte": "497,8",
        "it_users": 760,
        "clients": 610,
        "mobile_devices": 560,
        "locations": 13,
        "data_rooms": 1,
        "physical_servers": 5,
        "virtual_servers": 45,
        "it_budget": 11_200_000,
        "contact_person": nfd("Åse Håland"),
        "email": "ase.haland@songdalen.kommune.no",
        "phone": "38 18 33 00",
        "date_filled": "09.03.2026",
    },
    systems=[
        S("Profil", "Visma Profil", "9.3", IKT, service_area="Helse"),
        S("HsPro", "HsPro", "6.2", IKT, service_area="helse og omsorg"),
        S("Dignio Prevent", nfd("Dignio Prevent (pårørendeapp)"), None, "skytjeneste (saas)",
          system_owner=nfd("Pål Åsland")),
        S("Familia", "Familia", "3.8", IKT),
        S("Socio", "Socio", "10.2", IKT),
        S("Visma Flyt Skole", "Visma Flyt Skole  ", None, "skytjeneste (saas)"),
        S("Vigilo", "Vigilo "),
        S("itslearning", "itslearning", None, "Skytjeneste"),
        S("Visma Flyt Barnehage", "Flyt Barnehage"),
        S("Bibliofil", "Bibliofil", "5.4", "ASP"),
        S("Speedadmin", "Speedadmin"),
        S("Komtek", "Komtek", "2024.2", IKT, contract_end="2027-12-31"),
        S("ISY WinMap", "WinMap", "12.0", IKT),
        S("Gemini VA", "Gemini VA", "5", IKT),
        S("Famac", "Famac"),
        S("Visma Enterprise Økonomi", "Visma Økonomi", "22.1", IKT, service_area="økonomi"),
        S("Visma Enterprise HRM", "Visma HRM", "22.1", IKT, management_fte="0,5"),
        S("GAT", "GAT", "6", IKT, contract_end="2027"),
        S("Framsikt", "Framsikt"),
        S("Elements", "Sikri Elements", None, IKT),
        S("FirstAgenda", "FirstAgenda"),
        S("SvarUt", "SvarUt"),
        S("Enonic XP", "Enonic", None, IKT),
        S("Microsoft 365", "O365", None, "skytjeneste (saas)"),
        S("Citrix Virtual Apps", "Citrix", "7 LTSR", "egen drift", servers=2),
    ],
    staffing=[
        {"function": "IT-ledelse", "fte": 1, "persons": 1, "cost": 1_050_000},
        {"function": "Drift og infrastruktur", "fte": "1,5", "persons": 2, "cost": 1_300_000},
        {"function": "Brukerstøtte og klientdrift", "fte": "2,5", "persons": 3, "cost": 2_000_000},
        {"function": "Systemforvaltning", "fte": 1, "persons": 4, "cost": 880_000},
        {"function": "Informasjonssikkerhet", "fte": "0,3", "persons": 1, "cost": 280_000},
        {"function": "Totalt", "fte": "6,3", "persons": 11, "cost": 5_510_000},
    ],
    bought=[
        {"vendor": "Kristiansand kommune", "service": "Drift av fagsystemer",
         "annual_cost": 1_850_000, "contract_end": dt.date(2027, 12, 31),
         "comment": "Avtale om IKT-tjenester"},
        {"vendor": "Kristiansand kommune", "service": "Sikkerhetskopi", "annual_cost": 120_000,
         "contract_end": dt.date(2027, 12, 31)},
        {"vendor": "Telenor Norge AS", "service": "WAN og linjer", "annual_cost": 380_000},
    ],
    infra_default=IKT,
    infra={
        "E-post": {"hosting": "skytjeneste (saas)"},
        "Endepunktsikkerhet": {"hosting": "skytjeneste (saas)"},
        "Klientdrift": {"hosting": "egen drift"},
        "Servicedesk": {"hosting": "egen drift", "comment": nfd("Første linje på rådhuset")},
        "WAN og linjer": {"hosting": "ASP"},
    },
    owners=(nfd("Åse Håland"), "Trond Egeland", nfd("Pål Åsland"), "Kristin Vatne"),
)

# --- Søgne 1018 (former): values that cannot be read --------------------------------------------
SOGNE = Municipality(
    number="1018", name="Søgne",
    file_name="Spørreskjema Søgne (1018) - utfylt.xlsx",
    saved_at=dt.datetime(2026, 3, 13, 11, 58),
    facts={
        "inhabitants": 11_412,
        "employees_fte": 815,
        "it_users": 1_290,
        "clients": "mange",
        "mobile_devices": 940,
        "locations": 21,
        "data_rooms": 2,
        "physical_servers": 9,
        "virtual_servers": 80,
        "it_budget": 18_500_000,
        "contact_person": "Kjetil Rosseland",
        "email": "kjetil.rosseland@sogne.kommune.no",
        "phone": "38 05 55 00",
        "date_filled": dt.date(2026, 3, 13),
    },
    systems=[
        S("Gerica", "Gerica", "2023.2", EGEN),
        S("CGM Helsestasjon", "CGM Helsestasjon", None, EGEN),
        S("WinMed", "WinMed Helse", "3.14", EGEN, users="mange"),
        S("Sampro", "Sampro"),
        S("Familia", "Familia", "3.8", EGEN, contract_end="31.02.2027"),
        S("Oppad", "Oppad", None, EGEN),
        S("Visma Flyt Skole", "Visma Flyt Skole"),
        S("Vigilo", "Vigilo"),
        S("itslearning", "itslearning"),
        S("Visma Flyt Barnehage", "Visma Flyt Barnehage"),
        S("Bibliofil", "Bibliofil", "5.4", ASP),
        S("Speedadmin", "Speedadmin"),
        S("Komtek", "Komtek", "2024.2", "Privat sky"),
        S("ISY WinMap", "ISY WinMap", "12.0", EGEN),
        S("Gemini VA", "Gemini VA", "5", EGEN),
        S("Plania", "Plania", annual_cost=-25_000, comment="Kreditnota fra i fjor trukket fra"),
        S("Visma Enterprise Økonomi", "Visma Enterprise", "22.1", ASP),
        S("Visma Enterprise HRM", "Visma Enterprise HRM", "22.1", ASP),
        S("GAT", "GAT", "6", ASP),
        S("Framsikt", "Framsikt"),
        S("Acos WebSak", "Websak Fokus", "2023", EGEN),
        S("FirstAgenda", "FirstAgenda"),
        S("SvarUt", "SvarUt"),
        S("Enonic XP", "Enonic", "7.13", ASP),
        S("Microsoft 365", "Microsoft 365"),
        S("VMware vSphere", "VMware", "7.0", EGEN),
        S("Veeam Backup & Replication", "Veeam", "12", EGEN),
    ],
    staffing=[
        {"function": "IT-ledelse", "fte": 1, "persons": 1, "cost": 1_100_000},
        {"function": "Drift og infrastruktur", "fte": 3, "persons": 3, "cost": 2_600_000},
        {"function": "Brukerstøtte og klientdrift", "fte": 2, "persons": 2, "cost": 1_650_000},
        {"function": "Systemforvaltning", "fte": 1.5, "persons": 4, "cost": 1_300_000},
        {"function": "Utvikling og digitalisering", "fte": 0.5, "persons": 1, "cost": 480_000},
        {"function": "Informasjonssikkerhet", "fte": 0.3, "persons": 1, "cost": 290_000},
    ],
    bought=[
        {"vendor": "Telenor Norge AS", "service": "WAN og linjer", "annual_cost": 690_000,
         "contract_end": dt.date(2027, 6, 30)},
        {"vendor": "Kristiansand kommune", "service": "Sikkerhetskopi", "annual_cost": 140_000,
         "contract_end": dt.date(2026, 12, 31), "comment": "Kopi i Kristiansands datarom"},
    ],
    infra_default=EGEN,
    infra={
        "E-post": {"hosting": SAAS},
        "Endepunktsikkerhet": {"hosting": SAAS},
        "WAN og linjer": {"hosting": ASP},
        "Sikkerhetskopi": {"hosting": IKT, "comment": "Kopi nr. 2 hos Kristiansand"},
        "Telefoni": {"hosting": SAAS},
    },
    owners=("Kjetil Rosseland", "Randi Try", "Svein Olav Mydland", "Heidi Kvarme"),
)

# --- Vennesla 4223: own column, merged cells, blank rows, a system twice -----------------------
VENNESLA = Municipality(
    number="4223", name="Vennesla",
    file_name="Spørreskjema Vennesla (4223).xlsx",
    saved_at=dt.datetime(2026, 3, 6, 15, 12),
    facts={
        "inhabitants": 15_452,
        "employees_fte": 1_148,
        "it_users": 1_680,
        "clients": 1_350,
        "mobile_devices": 1_250,
        "locations": 24,
        "data_rooms": 2,
        "physical_servers": 10,
        "virtual_servers": 95,
        "it_budget": "kr 24 600 000,-",
        "contact_person": "Morten Kile",
        "email": "morten.kile@vennesla.kommune.no",
        "phone": "38 13 72 00",
        "date_filled": dt.date(2026, 3, 6),
    },
    systems=[
        S("Profil", "Visma Profil", "9.3", EGEN),
        S("Visma Flyt Helsestasjon", "Visma Flyt Helsestasjon"),
        S("CGM Allmenn", "CGM Allmenn", None, ASP, comment="Legekontoret"),
        S("Sampro", "Sampro"),
        S("Dignio Prevent", "Dignio Prevent"),
        S("Familia", "Familia", "3.8", EGEN, comment="Vertskommune for Iveland"),
        S("Visma Flyt Barnevern", "Flyt Barnevern"),
        S("Socio", "Socio", "10.2", EGEN, comment="Også for Iveland"),
        BLANK,
        S("Visma Flyt Skole", "Visma Flyt Skole"),
        S("Vigilo", "Vigilo"),
        S("itslearning", "itslearning"),
        S("Visma Flyt PPT", "Flyt PPT"),
        S("Visma Flyt Barnehage", "Visma Flyt Barnehage"),
        BLANK,
        BLANK,
        S("Bibliofil", "Bibliofil", "5.4", ASP),
        S("Speedadmin", "Speedadmin", annual_cost="45.000"),
        S("Komtek", "Komtek", "2024.2", EGEN),
        S("Gemini Portal", "Gemini Portal", "5", EGEN),
        S("Gemini VA", "Gemini VA", "5", EGEN),
        S("Plania", "Plania"),
        S("Visma Enterprise Økonomi", "Visma Enterprise Økonomi", "22.1", EGEN),
        S("Visma Enterprise HRM", "Visma Enterprise HRM", "22.1", EGEN),
        S("GAT", "Visma GAT", "6", EGEN),
        S("Framsikt", "Framsikt"),
        S("Elements", "Elements", "6", EGEN),
        S("FirstAgenda", "FirstAgenda"),
        S("SvarUt", "SvarUt"),
        S("Digipost", "Digipost"),
        BLANK,
        S("Enonic XP", "Enonic XP", "7.14", EGEN),
        S("Microsoft 365", "Microsoft 365"),
        S("VMware vSphere", "VMware vSphere", "8.0", EGEN),
        S("Veeam Backup & Replication", "Veeam Backup & Replication", "12.1", EGEN),
        S("TOPdesk", "TOPdesk", contract_end=46_387),  # an Excel day number (31.12.2026)
        S("Visma Flyt Skole", "Visma Flyt Skole", comment="Skolene i Vennesla"),
    ],
    staffing=[
        {"function": "IT-ledelse", "fte": 1, "persons": 1, "cost": 1_150_000},
        {"function": "Drift og infrastruktur", "fte": 4, "persons": 4, "cost": 3_450_000,
         "comment": "Også drift for Iveland"},
        {"function": "Brukerstøtte og klientdrift", "fte": 3, "persons": 3, "cost": 2_400_000},
        {"function": "Systemforvaltning", "fte": 2.5, "persons": 6, "cost": 2_200_000},
        {"function": "Utvikling og digitalisering", "fte": 1, "persons": 1, "cost": 980_000},
        {"function": "Informasjonssikkerhet", "fte": 0.5, "persons": 1, "cost": 480_000},
    ],
    bought=[
        {"vendor": "Telia Norge AS", "service": "WAN og linjer", "annual_cost": 820_000,
         "contract_end": dt.date(2026, 9, 30)},
        {"vendor": "Atea AS", "service": "Klientdrift", "annual_cost": 260_000,
         "contract_end": dt.date(2027, 3, 31)},
    ],
    infra_default=EGEN,
    infra={
        "E-post": {"hosting": SAAS},
        "Endepunktsikkerhet": {"hosting": SAAS},
        "WAN og linjer": {"hosting": ASP, "comment": "Telia"},
        "Telefoni": {"hosting": SAAS},
    },
    owners=("Morten Kile", "Gunn Hege Eikeland", "Arild Hunsbedt", "Tonje Ravnevand"),
)

# Vennesla's own column on Fagsystemer, by system name.
VENNESLA_EXTRA_HEADER = "Kontaktperson leverandør"
VENNESLA_EXTRA = {
    "Visma Profil": "Kari Nilsen, Visma",
    "Familia": "Kari Nilsen, Visma",
    "Komtek": "Lars Berge, Norkart",
    "Gemini VA": "Support Volue",
    "Elements": "Sikri kundesenter",
    "TOPdesk": "Jonas Ek, TOPdesk",
}

MUNICIPALITIES: tuple[Municipality, ...] = (
    BIRKENES, IVELAND, KRISTIANSAND, LILLESAND, SONGDALEN, SOGNE, VENNESLA,
)
NUMBERS: tuple[str, ...] = tuple(m.number for m in MUNICIPALITIES)

# Where each messy feature of real returns is in the demo (build.py makes the file-level ones).
MESSY_FEATURES: dict[str, str] = {
    "text numbers `2,5`": "Songdalen: Bemanning Årsverk, Systemforvaltning «0,5»",
    "no-break space thousands `1 200`": "Kristiansand: Tieto Gerica, Brukere",
    "`kr 45 000,-`": "Kristiansand: Speedadmin, Lisens; Vennesla: IT-budsjett «kr 24 600 000,-»",
    "`45.000`": "Vennesla: Speedadmin, Lisens",
    "`ca. 10`": "Birkenes: Visma Enterprise, Integrasjoner; Birkenes: Lokasjoner «ca. 14»",
    "`10-12`": "Kristiansand: Citrix XenApp, Servere",
    "`?` and `ukjent`": "Iveland: Mobile enheter «?»; Socio, Brukere «ukjent»",
    "dates as text": "Birkenes Komtek «31.12.2027»; Kristiansand Gemini VA «des. 2027»; "
                     "Songdalen Komtek «2027-12-31», GAT «2027», Dato utfylt «09.03.2026»",
    "Excel day number": "Vennesla: TOPdesk, Avtale utløper 46387 (General format)",
    "`Sum` / `Totalt` rows": "Kristiansand: Sum under Fagsystemer; Songdalen: Totalt on Bemanning",
    "blank rows": "Vennesla: Fagsystemer",
    "trailing spaces": "Songdalen: «Visma Flyt Skole  », «Vigilo »",
    "NFD names": "Songdalen: Kontaktperson, Systemansvarlig, «Dignio Prevent (pårørendeapp)»",
    "list values by hand": "Songdalen: «skytjeneste (saas)», «egen drift», «ASP», «Helse», «økonomi»",
    "a system twice": "Vennesla: Visma Flyt Skole",
    "a system split over two rows": "Kristiansand: Agresso (cost on the next row)",
    "avviklet": "Birkenes: ePhorte",
    "an extra column": "Vennesla: «Kontaktperson leverandør» on Fagsystemer",
    "a hidden column": "Kristiansand: Integrasjoner on Fagsystemer",
    "merged cells": "Vennesla: Tjenesteområde «Skole» merged over the school systems",
    "re-sent": "Lillesand: (1).xlsx and a corrected (2).xlsx saved two weeks later",
    "errors": "Søgne: «mange», «31.02.2027», -25000, Driftsform «Privat sky»",
    "own sheet": "Iveland: no identity sheet, matched by Kommunenummer on Kommune",
}
