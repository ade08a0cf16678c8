"""Every parameter of the scenario model, declared once as data.

Each has a key (code, JSON), a Norwegian label and unit (the app shows them), a default, a
low/high range where it is uncertain (the default is then the most likely value) and `source`:
one line on where the default comes from. Defaults that are assumptions say so; the user is
expected to adjust them to local figures, and the trace shows which values a result used.

Percentages are stored as fractions (`0.04` is 4 %) and flagged `percent=True`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.errors import InputError

ASSUMPTION = "Antakelse; juster etter lokale tall."

ECONOMY = "Økonomi"
LEVEL1 = "Nivå 1: felles rammeavtaler"
LEVEL2 = "Nivå 2: felles teknisk drift"
LEVEL3 = "Nivå 3: felles fagsystemer"
ORGANISATION = "Organisasjonsform"
VULNERABILITY = "Sårbarhet (dagens situasjon)"


@dataclass(frozen=True)
class Parameter:
    key: str
    label: str
    unit: str
    default: float
    source: str
    group: str
    low: float | None = None
    high: float | None = None
    percent: bool = False

    @property
    def uncertain(self) -> bool:
        return self.low is not None and self.high is not None


P = Parameter

PARAMETERS: tuple[Parameter, ...] = (
    # --- economy -----------------------------------------------------------------------------
    P("discount_rate", "Kalkulasjonsrente (reell)", "%", 0.04,
      "Finansdepartementets rundskriv R-109/2021 og DFØs veileder i samfunnsøkonomiske "
      "analyser: 4 % reell, risikojustert rente de første 40 årene.", ECONOMY, percent=True),
    P("horizon_years", "Analyseperiode", "år", 10,
      "Antakelse: IT-løsninger og driftsavtaler varer typisk 5–10 år; DFØ ber om en periode "
      "som svarer til tiltakets levetid.", ECONOMY),
    P("first_effect_year", "Første år med driftseffekt", "år etter startår", 1,
      "Antakelse: startåret går med til prosjekt og etablering.", ECONOMY),
    P("cost_per_fte", "Kostnad per årsverk (reserveverdi)", "kr/år", 900_000,
      "Brukes bare når bemanningsdataene ikke gir lønnskostnad per årsverk. Antakelse: lønn "
      "for en IT-stilling i kommunen med sosiale kostnader (ca. 40 %).", ECONOMY,
      800_000, 1_000_000),
    P("salary_harmonisation", "Lønnsharmonisering i felles enhet", "%", 0.02,
      "Antakelse: lønn jevnes ut mot det høyeste nivået når ansatte samles.", ECONOMY,
      0.0, 0.05, percent=True),
    P("attrition_years", "År til bemanningsgevinsten er tatt ut", "år", 3,
      "Antakelse: færre årsverk tas ut ved naturlig avgang, ikke oppsigelse, slik avtaler om "
      "IT-samarbeid ofte lover de ansatte.", ECONOMY, 1, 5),
    # --- level 1 -------------------------------------------------------------------------------
    P("framework_saving", "Innkjøpsgevinst ved felles rammeavtaler", "%", 0.03,
      "Antakelse: felles anskaffelser gir noen prosent lavere priser på lisenser, kjøpte "
      "tjenester og infrastruktur. " + ASSUMPTION, LEVEL1, 0.0, 0.06, percent=True),
    P("framework_project_cost", "Felles anskaffelsesarbeid", "kr (engang)", 300_000,
      "Antakelse: om lag et halvt årsverk til felles anskaffelser.", LEVEL1, 150_000, 600_000),
    # --- level 2 -------------------------------------------------------------------------------
    P("users_per_servicedesk_fte", "Brukere per årsverk brukerstøtte", "brukere/årsverk", 600,
      "Antakelse; sammenlign med nøkkeltallet «brukere per årsverk brukerstøtte» i dagens "
      "situasjon.", LEVEL2, 450, 800),
    P("clients_per_fte", "Klienter per årsverk klientdrift", "klienter/årsverk", 800,
      ASSUMPTION, LEVEL2, 600, 1_000),
    P("servers_per_fte", "Virtuelle servere per årsverk serverdrift", "servere/årsverk", 60,
      ASSUMPTION, LEVEL2, 40, 100),
    P("locations_per_fte", "Lokasjoner per årsverk nettverk", "lokasjoner/årsverk", 40,
      ASSUMPTION, LEVEL2, 25, 60),
    P("systems_per_fte", "Fagsysteminstanser i egen drift per årsverk", "systemer/årsverk", 20,
      "Antakelse: applikasjonsdrift av systemer med driftsform «Egen drift»; juster etter "
      "lokale tall.",
      LEVEL2, 12, 30),
    P("benchmark_weight", "Vekt på nøkkeltall i bemanningen av felles drift", "andel", 0.0,
      "Antakelse, valgt ut fra saken: 0 = felles drift bemannes som i dag, justert for endret "
      "arbeidsmengde (færre servere og systemer); 1 = etter nøkkeltallene (arbeidsmengde / "
      "kapasitet per årsverk). Nøkkeltallene er antakelser, ikke målt hos deltakerne, og "
      "avstanden til dem kan skyldes oppgaver de ikke fanger like gjerne som ineffektiv drift; "
      "standardverdien regner derfor ingen gevinst av den. Forstudien i Knutepunkt Sørlandet "
      "fant små økonomiske gevinster. Spennet opp til 0,5 i usikkerhetsanalysen gir plass for "
      "at en felles enhet tar ut noe av avstanden.", LEVEL2, 0.0, 0.5),
    P("on_call_min_fte", "Minste bemanning for døgnkontinuerlig vakt", "årsverk", 6,
      "Antakelse: vakt én uke av seks holder vaktbelastningen innenfor arbeidsmiljølovens "
      "rammer; juster etter lokal vaktavtale. Sett 0 uten døgnvakt.", LEVEL2, 5, 7),
    P("fte_per_leader", "Årsverk per leder i felles driftsenhet", "årsverk/leder", 12,
      "Antakelse: én leder per 8–20 medarbeidere; enheten har alltid minst én leder.",
      LEVEL2, 8, 20),
    P("retained_fte", "IT-/digitaliseringsansvar igjen i hver kommune", "årsverk/kommune",
      0.5, "Antakelse: hver kommune beholder bestillerkompetanse og digitaliseringsansvar.",
      LEVEL2, 0.2, 1.0),
    P("vm_consolidation", "Færre virtuelle servere ved felles drift", "%", 0.20,
      "Antakelse: doble fellestjenester (AD, fil og utskrift, sikkerhetskopi, overvåking) "
      "slås sammen.", LEVEL2, 0.10, 0.30, percent=True),
    P("vms_per_host", "Virtuelle servere per fysisk vert", "servere/vert", 25, ASSUMPTION,
      LEVEL2, 15, 40),
    P("min_hosts_per_data_room", "Minste antall fysiske verter per datarom", "verter", 3,
      "Antakelse: klynge med reservekapasitet (N+1).", LEVEL2),
    P("data_rooms_after", "Datarom etter samling", "antall", 2,
      "Antakelse: to datarom for redundans; aldri flere enn i dag.", LEVEL2),
    P("cost_per_server", "Årskostnad per fysisk server (anslag)", "kr/år", 0,
      "Fra saken (kartleggingen): 0, fordi skjemaet ikke spør etter kostnad til servere, så "
      "dagens situasjon har ingen slik kostnad, og scenariet kan ikke spare den. Med en verdi "
      "(typisk 40 000–90 000 kr: avskrivning over 5 år, støtteavtale, virtualiseringslisens og "
      "strøm) legges anslaget inn både i dagens situasjon og i scenariet, merket som anslag.",
      LEVEL2),
    P("cost_per_data_room", "Årskostnad per datarom (anslag)", "kr/år", 0,
      "Fra saken (kartleggingen): 0, fordi skjemaet ikke spør etter kostnad til datarom, så "
      "dagens situasjon har ingen slik kostnad, og scenariet kan ikke spare den. Med en verdi "
      "(typisk 150 000–400 000 kr: strøm, kjøling, UPS, brannsikring og adgangskontroll, ofte "
      "ført på bygg) legges anslaget inn både i dagens situasjon og i scenariet, merket som "
      "anslag.", LEVEL2),
    P("infrastructure_saving", "Stordriftsgevinst på felles infrastrukturtjenester", "%", 0.15,
      "Antakelse; gjelder tjenestene som kan samles (se CONSOLIDATABLE_SERVICES), ikke linjer, "
      "telefoni og e-post.", LEVEL2, 0.05, 0.25, percent=True),
    P("project_cost_fixed", "Prosjektkostnad, fast del", "kr (engang)", 2_000_000,
      "Antakelse: forstudier av felles IT-drift har anslått 5–10 mill. kr i samlet "
      "gjennomføringskostnad (jf. Knutepunkt Sørlandet).", LEVEL2, 1_500_000, 4_000_000),
    P("project_cost_per_municipality", "Prosjektkostnad per kommune", "kr (engang)", 500_000,
      "Antakelse: overføring av brukere, klienter, servere og tjenester til felles drift.",
      LEVEL2, 300_000, 1_000_000),
    # --- level 3 -------------------------------------------------------------------------------
    P("volume_discount_step", "Volumrabatt per ekstra kommune på samme system", "%", 0.03,
      ASSUMPTION, LEVEL3, 0.0, 0.05, percent=True),
    P("volume_discount_max", "Største volumrabatt", "%", 0.20, ASSUMPTION, LEVEL3,
      0.10, 0.30, percent=True),
    P("migration_cost_per_installation", "Migrering per installasjon som byttes", "kr (engang)",
      150_000, "Antakelse: datakonvertering, integrasjoner, prosjektledelse og leverandørens "
      "bistand.", LEVEL3, 75_000, 400_000),
    P("training_cost_per_user", "Opplæring per bruker som bytter system", "kr (engang)", 1_000,
      "Antakelse: om lag to timer opplæring per bruker.", LEVEL3, 500, 2_000),
    P("management_saving", "Mindre systemforvaltning ved delt system", "%", 0.20,
      "Antakelse: felles forvaltning når flere kommuner deler ett system; sett lavt hvis "
      "frigjort tid brukes til annet (kvalitetsgevinst).", LEVEL3, 0.0, 0.40, percent=True),
    # --- organisation forms --------------------------------------------------------------------
    P("overhead_vertskommune", "Driftskostnad for vertskommunesamarbeid", "kr/år", 150_000,
      "Antakelse: avtaleforvaltning og rapportering i vertskommunen.", ORGANISATION,
      50_000, 300_000),
    P("overhead_oppgavefellesskap", "Driftskostnad for kommunalt oppgavefellesskap", "kr/år",
      300_000, "Antakelse: representantskap, regnskap og revisjon.", ORGANISATION,
      150_000, 500_000),
    P("overhead_iks", "Driftskostnad for IKS", "kr/år", 800_000,
      "Antakelse: styre, representantskap, eget regnskap, revisjon og forsikring.",
      ORGANISATION, 500_000, 1_200_000),
    P("overhead_as", "Driftskostnad for AS", "kr/år", 900_000,
      "Antakelse: styre, generalforsamling, eget regnskap, revisjon og forsikring.",
      ORGANISATION, 600_000, 1_400_000),
    P("setup_vertskommune", "Etablering av vertskommunesamarbeid", "kr (engang)", 100_000,
      "Antakelse: avtale etter kommuneloven kap. 20 og vedtak i kommunestyrene.", ORGANISATION),
    P("setup_oppgavefellesskap", "Etablering av kommunalt oppgavefellesskap", "kr (engang)",
      250_000, "Antakelse: samarbeidsavtale etter kommuneloven kap. 19.", ORGANISATION),
    P("setup_iks", "Etablering av IKS", "kr (engang)", 600_000,
      "Antakelse: selskapsavtale, juridisk bistand, virksomhetsoverdragelse.", ORGANISATION),
    P("setup_as", "Etablering av AS", "kr (engang)", 600_000,
      "Antakelse: stiftelse, juridisk bistand, virksomhetsoverdragelse.", ORGANISATION),
    # --- vulnerability flags of the baseline ---------------------------------------------------
    P("small_unit_fte", "Sårbar IT-enhet: høyst så mange årsverk", "årsverk", 2.0,
      "Fra saken: IT-enheter på to årsverk eller mindre er sårbare ved fravær.", VULNERABILITY),
    P("owner_many_systems", "Sårbar: én person er systemansvarlig for minst", "systemer", 5,
      ASSUMPTION, VULNERABILITY),
)

BY_KEY: dict[str, Parameter] = {p.key: p for p in PARAMETERS}
# Parameters that shape the timeline or the baseline, not the money: they take no range.
NOT_SAMPLED: frozenset[str] = frozenset({
    "discount_rate", "horizon_years", "first_effect_year", "small_unit_fte",
    "owner_many_systems"})

# Infrastructure services (list D) that a common operation can merge; the others (lines,
# telephony, e-mail) are bought per location or per user and do not get cheaper by merging.
CONSOLIDATABLE_SERVICES: frozenset[str] = frozenset({
    "Katalogtjeneste (AD)", "Fil og utskrift", "Sikkerhetskopi", "Endepunktsikkerhet",
    "Overvåking", "Database", "Brannmur", "Servicedesk", "Klientdrift",
})


@dataclass(frozen=True)
class ParameterValue:
    """A parameter as a scenario uses it: the value (most likely) and its range."""

    spec: Parameter
    value: float
    low: float
    high: float
    overridden: bool

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def uncertain(self) -> bool:
        return self.spec.uncertain or self.low != self.high


@dataclass(frozen=True)
class ParameterSet:
    items: tuple[ParameterValue, ...]

    def __getitem__(self, key: str) -> float:
        for item in self.items:
            if item.spec.key == key:
                return item.value
        raise KeyError(key)

    def get(self, key: str) -> ParameterValue:
        for item in self.items:
            if item.spec.key == key:
                return item
        raise KeyError(key)

    def values(self) -> dict[str, float]:
        return {item.spec.key: item.value for item in self.items}

    def uncertain(self) -> tuple[ParameterValue, ...]:
        return tuple(item for item in self.items if item.uncertain)


def resolve(overrides: Mapping[str, float] | None = None,
            ranges: Mapping[str, tuple[float, float, float]] | None = None) -> ParameterSet:
    """The parameters with a scenario's changes: `overrides` sets a value (most likely);
    `ranges` sets (low, most likely, high). An overridden value outside the declared range
    widens the range to include it. Unknown keys and low > most likely > high are errors."""
    overrides = dict(overrides or {})
    ranges = dict(ranges or {})
    for key in [*overrides, *ranges]:
        if key not in BY_KEY:
            raise InputError(f"Ukjent parameter: {key}")
    for key in ranges:
        if key in NOT_SAMPLED:
            raise InputError(f"{BY_KEY[key].label} kan ikke ha et usikkerhetsspenn")
    items = []
    for spec in PARAMETERS:
        value = float(overrides.get(spec.key, spec.default))
        low = spec.low if spec.low is not None else value
        high = spec.high if spec.high is not None else value
        if spec.key in ranges:
            low, value, high = (float(x) for x in ranges[spec.key])
            if spec.key in overrides:
                value = float(overrides[spec.key])
        if not low <= value <= high:
            if spec.key in ranges:
                raise InputError(f"{spec.label}: lav ≤ mest sannsynlig ≤ høy er ikke oppfylt")
            low, high = min(low, value), max(high, value)
        items.append(ParameterValue(spec, value, float(low), float(high),
                                    spec.key in overrides or spec.key in ranges))
    return ParameterSet(tuple(items))
