"""The risk register of a scenario: risk, cause, probability and consequence (1–5), owner,
mitigation and optionally the parameter whose range the risk justifies."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop.core.errors import InputError
from desktop.core.i18n import mark, tr

PROBABILITY: dict[int, str] = {1: "Svært lite sannsynlig", 2: "Lite sannsynlig",
                               3: "Moderat sannsynlig", 4: "Sannsynlig",
                               5: "Svært sannsynlig"}
CONSEQUENCE: dict[int, str] = {1: "Ubetydelig", 2: "Lav", 3: "Moderat", 4: "Alvorlig",
                               5: "Svært alvorlig"}


@dataclass(frozen=True)
class Risk:
    key: str  # stable within the scenario (seed key, or `r1`, `r2`, … for the user's own)
    title: str
    cause: str = ""
    probability: int = 3
    consequence: int = 3
    owner: str = ""
    mitigation: str = ""
    parameter: str | None = None  # a parameter key (parameters.BY_KEY)

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise InputError(tr("En risiko må ha en beskrivelse"))
        for what, value in ((mark("Sannsynlighet"), self.probability),
                            (mark("Konsekvens"), self.consequence)):
            if value not in PROBABILITY:
                raise InputError(tr("{what} må være 1–5, ikke {value}").format(
                    what=tr(what), value=value))

    @property
    def score(self) -> int:
        return self.probability * self.consequence

    @property
    def level(self) -> str:
        """Høy (≥ 15), middels (8–14) or lav."""
        return HIGH if self.score >= 15 else MEDIUM if self.score >= 8 else LOW


HIGH, MEDIUM, LOW = mark("Høy"), mark("Middels"), mark("Lav")  # shown with tr()


# The usual risks of an IT consolidation; the user keeps, edits or removes them.
SEED_RISKS: tuple[Risk, ...] = (
    Risk("key_staff", "Nøkkelpersoner slutter",
         "Usikkerhet om arbeidssted, arbeidsgiver og oppgaver i omstillingen", 3, 4,
         "Prosjektleder", "Tidlig informasjon, medvirkning og avklarte stillinger; "
         "dokumentasjon av kritiske systemer", "attrition_years"),
    Risk("migration_overrun", "Migreringen blir dyrere og tar lengre tid",
         "Data av varierende kvalitet, mange integrasjoner, knapp kapasitet hos leverandør", 4,
         3, "Prosjektleder", "Kartlegging av data og integrasjoner før avtale; "
         "trinnvis migrering med prøvekjøring", "migration_cost_per_installation"),
    Risk("contract_exit", "Kostnader ved å gå ut av avtaler",
         "Avtaler som ikke kan sies opp før utløp, eller med gebyr for tidlig utgang", 3, 3,
         "Innkjøpsansvarlig", "Gå gjennom avtalene og følg utløpsdatoene i planen",
         "parallel_running_months"),
    Risk("withdrawal", "En deltaker trekker seg",
         "Politiske vedtak, endret økonomi eller uenighet om kostnadsfordelingen", 2, 4,
         "Styringsgruppen", "Forankring i kommunestyrene, avtalt fordelingsnøkkel og "
         "uttredelsesregler i samarbeidsavtalen", None),
    Risk("integrations", "Integrasjoner feiler",
         "Fagsystemer, sak/arkiv og nasjonale løsninger henger sammen på ulike måter", 3, 3,
         "Arkitekt / teknisk leder", "Integrasjonsoversikt, testmiljø og plan for tilbakefall",
         "platform_investment_fixed"),
)


@cache
def _seed_texts() -> frozenset[str]:
    return frozenset(t for r in SEED_RISKS for t in (r.title, r.cause, r.owner, r.mitigation)
                     if t)


def shown(text: str) -> str:
    """A risk's text as the app shows it: a seeded risk's own Norwegian text (title, cause,
    owner, mitigation; stored as seeded until the user changes it) in the current language,
    the user's own text as written. The report shows them as stored (Norwegian)."""
    return tr(text) if text in _seed_texts() else text
