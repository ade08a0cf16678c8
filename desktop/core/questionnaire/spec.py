"""The questionnaire as data: sheets, fields, list values (../shared/spec/questionnaire.md).

This module is the single contract between the template writer and the importer. Labels are
the exact Norwegian texts a municipality sees; keys are the English names used in code, in the
database and in the JSON export.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

TEMPLATE_VERSION = "2026.1"
KNOWN_TEMPLATE_VERSIONS = frozenset({TEMPLATE_VERSION})

# The hidden sheet that carries a generated file's identity (see identity.py).
IDENTITY_SHEET = "_samdrift"


class Kind(StrEnum):
    TEXT = "text"
    MUNICIPALITY_NUMBER = "municipality_number"
    INTEGER = "integer"
    DECIMAL = "decimal"
    AMOUNT = "amount"
    DATE = "date"
    EMAIL = "email"
    LIST = "list"


SERVICE_AREAS: tuple[str, ...] = (
    "Helse og omsorg",
    "Barnevern",
    "NAV og sosial",
    "Skole",
    "Barnehage",
    "Kultur og fritid",
    "Plan, bygg og geodata",
    "Teknisk og eiendom",
    "Økonomi",
    "Lønn og personal",
    "Sak, arkiv og politikk",
    "Innbyggerdialog og nettsider",
    "Fellesløsninger og infrastruktur",
    "Annet",
)
HOSTING_MODELS: tuple[str, ...] = (
    "Egen drift",
    "Annen kommune eller IKT-samarbeid",
    "Leverandørdrift (ASP)",
    "Skytjeneste (SaaS)",
)
IT_FUNCTIONS: tuple[str, ...] = (
    "IT-ledelse",
    "Drift og infrastruktur",
    "Brukerstøtte og klientdrift",
    "Systemforvaltning",
    "Utvikling og digitalisering",
    "Informasjonssikkerhet",
    "Annet",
)
INFRASTRUCTURE_SERVICES: tuple[str, ...] = (
    "Katalogtjeneste (AD)",
    "E-post",
    "Fil og utskrift",
    "Sikkerhetskopi",
    "Endepunktsikkerhet",
    "Overvåking",
    "Database",
    "Brannmur",
    "WAN og linjer",
    "Telefoni",
    "Servicedesk",
    "Klientdrift",
)

LISTS: dict[str, tuple[str, ...]] = {
    "A": SERVICE_AREAS,
    "B": HOSTING_MODELS,
    "C": IT_FUNCTIONS,
    "D": INFRASTRUCTURE_SERVICES,
}


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: Kind
    required: bool = False
    list_name: str | None = None
    # A list whose values are suggestions only (free text is accepted without an issue).
    open_list: bool = False
    help: str = ""
    prefilled: bool = False
    locked: bool = False

    @property
    def choices(self) -> tuple[str, ...]:
        return LISTS[self.list_name] if self.list_name else ()


@dataclass(frozen=True)
class Sheet:
    name: str
    # "form": one value per field, label in one column and value in the next.
    # "table": a header row and one record per row.
    layout: str
    fields: tuple[Field, ...]
    # Record type in the database / export (None for the form sheet).
    record: str | None = None
    # For table sheets: rows prefilled from a list (Infrastruktur).
    prefill_list: str | None = None

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)


F = Field
K = Kind

MUNICIPALITY = Sheet(
    "Kommune",
    "form",
    (
        F("number", "Kommunenummer", K.MUNICIPALITY_NUMBER, True, prefilled=True, locked=True,
          help="Fire siffer. Fylt ut på forhånd."),
        F("name", "Kommunenavn", K.TEXT, True, prefilled=True, help="Fylt ut på forhånd."),
        F("inhabitants", "Innbyggere", K.INTEGER, help="Antall innbyggere i kommunen."),
        F("employees_fte", "Ansatte i kommunen (årsverk)", K.DECIMAL,
          help="Alle ansatte i kommunen, ikke bare IT. Årsverk, f.eks. 812,5."),
        F("it_users", "IT-brukere (antall brukerkontoer)", K.INTEGER,
          help="Antall personlige brukerkontoer (ansatte og folkevalgte, ikke elever)."),
        F("clients", "Klienter (PC-er og tynne klienter)", K.INTEGER),
        F("mobile_devices", "Mobile enheter (nettbrett og telefoner)", K.INTEGER),
        F("locations", "Lokasjoner tilknyttet nettet", K.INTEGER,
          help="Skoler, sykehjem, kontorer og andre steder koblet til kommunens nett."),
        F("data_rooms", "Datarom/serverrom", K.INTEGER),
        F("physical_servers", "Fysiske servere", K.INTEGER),
        F("virtual_servers", "Virtuelle servere", K.INTEGER),
        F("it_budget", "Samlet IT-budsjett (NOK/år)", K.AMOUNT,
          help="Alle IT-kostnader per år i hele kroner, inkludert lønn og lisenser."),
        F("contact_person", "Kontaktperson", K.TEXT),
        F("email", "E-post", K.EMAIL),
        F("phone", "Telefon", K.TEXT),
        F("date_filled", "Dato utfylt", K.DATE, help="Dato på formen dd.mm.åååå."),
    ),
)

SYSTEMS = Sheet(
    "Fagsystemer",
    "table",
    (
        F("name", "Systemnavn", K.TEXT, True, help="Navnet kommunen bruker på systemet."),
        F("vendor", "Leverandør", K.TEXT),
        F("version", "Versjon", K.TEXT),
        F("service_area", "Tjenesteområde", K.LIST, True, "A", help="Velg fra listen."),
        F("hosting", "Driftsform", K.LIST, True, "B", help="Velg fra listen."),
        F("users", "Brukere (antall)", K.INTEGER, help="Antall navngitte brukere."),
        F("servers", "Servere (antall)", K.INTEGER,
          help="Servere som bare brukes av dette systemet."),
        F("annual_cost", "Lisens og vedlikehold (NOK/år)", K.AMOUNT, help="Hele kroner per år."),
        F("contract_end", "Avtale utløper", K.DATE, help="Dato avtalen utløper, dd.mm.åååå."),
        F("system_owner", "Systemansvarlig", K.TEXT, help="Person som har ansvaret."),
        F("management_fte", "Systemforvaltning (årsverk)", K.DECIMAL, help="F.eks. 0,2."),
        F("integrations", "Integrasjoner (antall)", K.INTEGER),
        F("comment", "Kommentar", K.TEXT,
          help="Skriv f.eks. «avviklet» hvis systemet ikke lenger er i bruk."),
    ),
    record="installation",
)

STAFFING = Sheet(
    "Bemanning",
    "table",
    (
        F("function", "Funksjon", K.LIST, True, "C", help="Velg fra listen."),
        F("fte", "Årsverk", K.DECIMAL, True, help="F.eks. 2,5."),
        F("persons", "Personer (antall)", K.INTEGER),
        F("cost", "Lønnskostnad (NOK/år)", K.AMOUNT, help="Inkludert sosiale kostnader."),
        F("comment", "Kommentar", K.TEXT),
    ),
    record="staffing",
)

BOUGHT_SERVICES = Sheet(
    "Kjøpte tjenester",
    "table",
    (
        F("vendor", "Leverandør", K.TEXT, True,
          help="Hvem dere kjøper fra: en annen kommune, et IKT-samarbeid eller en leverandør."),
        F("service", "Tjeneste", K.LIST, True, "D", open_list=True,
          help="Velg fra listen eller skriv fritt."),
        F("annual_cost", "Årlig kostnad (NOK)", K.AMOUNT),
        F("contract_end", "Avtale utløper", K.DATE),
        F("comment", "Kommentar", K.TEXT),
    ),
    record="bought_service",
)

INFRASTRUCTURE = Sheet(
    "Infrastruktur",
    "table",
    (
        F("service", "Tjeneste", K.LIST, True, "D", prefilled=True, locked=True),
        F("hosting", "Driftsform", K.LIST, False, "B", help="Velg fra listen."),
        F("annual_cost", "Årlig kostnad (NOK)", K.AMOUNT),
        F("comment", "Kommentar", K.TEXT),
    ),
    record="infrastructure",
    prefill_list="D",
)

GUIDE_SHEET = "Veiledning"
DATA_SHEETS: tuple[Sheet, ...] = (MUNICIPALITY, SYSTEMS, STAFFING, BOUGHT_SERVICES, INFRASTRUCTURE)
TABLE_SHEETS: tuple[Sheet, ...] = (SYSTEMS, STAFFING, BOUGHT_SERVICES, INFRASTRUCTURE)

_TRAILING_UNIT = re.compile(r"\s*\([^()]*\)\s*$")


def normalize_label(text: str) -> str:
    """The form labels are compared in: NFC, case-folded, trimmed, no trailing `*` or unit.

    `Brukere (antall)`, `brukere` and ` Brukere* ` all give `brukere`.
    """
    s = unicodedata.normalize("NFC", str(text)).replace("\u00a0", " ")
    s = " ".join(s.split()).casefold()
    for _ in range(2):
        s = s.rstrip("* ").strip()
        s = _TRAILING_UNIT.sub("", s).strip()
    return s.rstrip("*: ").strip()


def find_sheet(name: str) -> Sheet | None:
    wanted = normalize_label(name)
    for sheet in DATA_SHEETS:
        if normalize_label(sheet.name) == wanted:
            return sheet
    return None
