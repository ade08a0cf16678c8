"""Every parameter of the scenario model, declared once as data.

Each has a key (code, JSON), a Norwegian label and unit (the app shows them), a default, a
low/high range where it is uncertain (the default is then the most likely value) and `source`:
one line on where the default comes from. Defaults that are assumptions say so («Antakelse»);
the user is expected to adjust them to local figures, and the trace shows which values a
result used.

What the user sets is what the model believes (`resolve`): a value the user sets is the most
likely value of its distribution, and the range moves with it, keeping its relative width,
unless the user sets low and high; a parameter the user fixes is certain and not drawn. A
value the survey gives (the cost per FTE) replaces the default the same way. Parameters that
move together are drawn with a stated rank correlation (`CORRELATED`).

Percentages are stored as fractions (`0.04` is 4 %) and flagged `percent=True`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.core.errors import InputError
from desktop.core.i18n import tr

ASSUMPTION = "Antakelse; juster etter lokale tall."

ECONOMY = "Økonomi"
LEVEL1 = "Nivå 1: felles rammeavtaler"
LEVEL2 = "Nivå 2: felles teknisk drift"
LEVEL3 = "Nivå 3: felles fagsystemer"
NULL = "Nullalternativet: hver kommune fortsetter alene"
ORGANISATION = "Organisasjonsform"
VULNERABILITY = "Sårbarhet (dagens situasjon)"


@dataclass(frozen=True)
class Parameter:
    """A parameter; its texts are declared in Norwegian (`label_nb`, …) and read in the
    current language (`label`, …: desktop/core/i18n.py), so the report, built in Norwegian,
    and the English app each get theirs."""

    key: str
    label_nb: str
    unit_nb: str
    default: float
    source_nb: str
    group_nb: str
    low: float | None = None
    high: float | None = None
    percent: bool = False

    @property
    def label(self) -> str:
        return tr(self.label_nb)

    @property
    def unit(self) -> str:
        return tr(self.unit_nb)

    @property
    def source(self) -> str:
        return tr(self.source_nb)

    @property
    def group(self) -> str:
        return tr(self.group_nb)

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
    P("cost_per_fte", "Kostnad per årsverk", "kr/år", 900_000,
      "Fra kartleggingen når Bemanning har både årsverk og lønnskostnad (Σ lønn / Σ årsverk), "
      "med samme relative spenn; ellers antakelse: lønn for en IT-stilling i kommunen med "
      "sosiale kostnader (ca. 40 %).", ECONOMY, 800_000, 1_000_000),
    P("salary_harmonisation", "Lønnsharmonisering i felles enhet", "%", 0.02,
      "Antakelse: lønn jevnes ut mot det høyeste nivået når ansatte samles.", ECONOMY,
      0.0, 0.04, percent=True),
    P("attrition_years", "År til bemanningsgevinsten er tatt ut", "år", 3,
      "Antakelse: færre årsverk tas ut ved naturlig avgang, ikke oppsigelse, slik avtaler om "
      "IT-samarbeid ofte lover de ansatte.", ECONOMY, 1, 5),
    P("internal_project_fte", "Egen tid i prosjektet per kommune", "årsverk (engang)", 0.2,
      "Antakelse: kommunens egne folk i prosjektgrupper, kartlegging, testing og opplæring i "
      "gjennomføringsåret (nivå 2 og 3), regnet med kostnad per årsverk. Kritikere av "
      "forstudier peker på at denne tiden ofte ikke regnes med.", ECONOMY, 0.1, 0.3),
    # --- level 1 -------------------------------------------------------------------------------
    P("framework_saving", "Innkjøpsgevinst ved felles rammeavtaler", "%", 0.03,
      "Antakelse: felles anskaffelser gir noen prosent lavere priser på lisenser, kjøpte "
      "tjenester og infrastruktur, fra den enkelte avtalen går ut (Avtale utløper) og kan "
      "anskaffes på nytt; avtaler uten kjent utløp fra året under. " + ASSUMPTION, LEVEL1,
      0.0, 0.06, percent=True),
    P("framework_default_delay", "Avtaler uten kjent utløp anskaffes på nytt etter", "år", 3,
      "Antakelse: offentlige rammeavtaler varer typisk 2 + 1 + 1 år (anskaffelsesforskriften "
      "§ 26-1: høyst fire år); en avtale uten oppgitt utløp antas fornyet midt i perioden.",
      LEVEL1),
    P("framework_project_cost", "Felles anskaffelsesarbeid", "kr (engang)", 300_000,
      "Antakelse: om lag et halvt årsverk til felles anskaffelser.", LEVEL1, 150_000, 450_000),
    # --- level 2 -------------------------------------------------------------------------------
    P("users_per_servicedesk_fte", "Brukere per årsverk brukerstøtte", "brukere/årsverk", 600,
      "Antakelse; sammenlign med nøkkeltallet «brukere per årsverk brukerstøtte» i dagens "
      "situasjon.", LEVEL2, 450, 750),
    P("clients_per_fte", "Klienter per årsverk klientdrift", "klienter/årsverk", 800,
      ASSUMPTION, LEVEL2, 600, 1_000),
    P("servers_per_fte", "Virtuelle servere per årsverk serverdrift", "servere/årsverk", 60,
      ASSUMPTION, LEVEL2, 40, 80),
    P("locations_per_fte", "Lokasjoner per årsverk nettverk", "lokasjoner/årsverk", 40,
      ASSUMPTION, LEVEL2, 25, 55),
    P("systems_per_fte", "Fagsysteminstanser i egen drift per årsverk", "systemer/årsverk", 20,
      "Antakelse: applikasjonsdrift av systemer med driftsform «Egen drift»; juster etter "
      "lokale tall.",
      LEVEL2, 12, 28),
    P("benchmark_weight", "Vekt på nøkkeltall i bemanningen av felles drift", "andel", 0.0,
      "Antakelse, valgt ut fra saken: 0 = felles drift bemannes som i dag, justert for endret "
      "arbeidsmengde (færre servere og systemer); 1 = etter nøkkeltallene (arbeidsmengde / "
      "kapasitet per årsverk). Nøkkeltallene er antakelser, ikke målt hos deltakerne, og "
      "avstanden til dem kan skyldes oppgaver de ikke fanger like gjerne som ineffektiv drift; "
      "standardverdien regner derfor ingen gevinst av den. Forstudien i Knutepunkt Sørlandet "
      "fant små økonomiske gevinster. Spennet opp til 0,5 i usikkerhetsanalysen gir plass for "
      "at en felles enhet tar ut noe av avstanden. Standarden har derfor ikke noe spenn "
      "(et ensidig spenn 0–0,5 gjorde simuleringen mer optimistisk enn beregningen); gi den "
      "et spenn for å prøve det.", LEVEL2),
    P("on_call_min_fte", "Minste bemanning for døgnkontinuerlig vakt", "årsverk", 6,
      "Antakelse: vakt én uke av seks holder vaktbelastningen innenfor arbeidsmiljølovens "
      "rammer; juster etter lokal vaktavtale. Sett 0 uten døgnvakt.", LEVEL2, 5, 7),
    P("fte_per_leader", "Årsverk per leder i felles driftsenhet", "årsverk/leder", 12,
      "Antakelse: én leder per 8–20 medarbeidere; enheten har alltid minst én leder.",
      LEVEL2, 8, 16),
    P("retained_fte", "IT-/digitaliseringsansvar igjen i hver kommune", "årsverk/kommune",
      0.5, "Antakelse: hver kommune beholder bestillerkompetanse og digitaliseringsansvar.",
      LEVEL2, 0.25, 0.75),
    P("vm_consolidation", "Færre virtuelle servere ved felles drift", "%", 0.20,
      "Antakelse: doble fellestjenester (AD, fil og utskrift, sikkerhetskopi, overvåking) "
      "slås sammen.", LEVEL2, 0.10, 0.30, percent=True),
    P("vms_per_host", "Virtuelle servere per fysisk vert", "servere/vert", 25, ASSUMPTION,
      LEVEL2, 15, 35),
    P("min_hosts_per_data_room", "Minste antall fysiske verter per datarom", "verter", 3,
      "Antakelse: klynge med reservekapasitet (N+1).", LEVEL2),
    P("data_rooms_after", "Datarom etter samling", "antall", 2,
      "Antakelse: to datarom for redundans; aldri flere enn i dag.", LEVEL2),
    P("cost_per_server", "Årskostnad per fysisk server (fornyelse, anslag)", "kr/år", 25_000,
      "Antakelse: en fysisk server med lagring og støtteavtale koster 100 000–200 000 kr og "
      "må fornyes om lag hvert femte år, også når kommunen fortsetter alene "
      "(nullalternativet). Skjemaet spør ikke etter kostnaden, så den er et anslag og legges "
      "inn både i nullalternativet og i scenariet, merket som anslag.", NULL, 15_000, 35_000),
    P("cost_per_data_room", "Årskostnad per datarom (anslag)", "kr/år", 0,
      "Fra saken (kartleggingen): 0, fordi skjemaet ikke spør etter kostnad til datarom, så "
      "dagens situasjon har ingen slik kostnad, og scenariet kan ikke spare den. Med en verdi "
      "(typisk 150 000–400 000 kr: strøm, kjøling, UPS, brannsikring og adgangskontroll, ofte "
      "ført på bygg) legges anslaget inn både i dagens situasjon og i scenariet, merket som "
      "anslag.", LEVEL2),
    P("infrastructure_saving", "Stordriftsgevinst på felles infrastrukturtjenester", "%", 0.15,
      "Antakelse; gjelder tjenestene som kan samles (katalogtjeneste, fil og utskrift, "
      "sikkerhetskopi, endepunktsikkerhet, overvåking, database, brannmur, servicedesk, "
      "klientdrift), ikke linjer, telefoni og e-post.", LEVEL2, 0.05, 0.25, percent=True),
    P("alone_security", "Sikkerhet og døgnovervåking for en kommune alene", "kr/år per kommune",
      100_000,
      "Antakelse: det en kommune alene må kjøpe for å få døgnkontinuerlig overvåking og "
      "hendelseshåndtering (f.eks. en SOC-tjeneste), som den felles driften gir med sin "
      "vaktordning (NSMs grunnprinsipper for IKT-sikkerhet ber om kontinuerlig overvåking). "
      "Regnes i nullalternativet for hver deltaker, og i scenariet for dem som ikke er med i "
      "felles drift.", NULL, 50_000, 150_000),
    P("platform_investment_fixed", "Felles driftsplattform, investering (fast del)",
      "kr (engang)", 1_000_000,
      "Antakelse: servere, lagring, nettverk og sikkerhetskopi for den felles driften i to "
      "datarom. Regnet som utbetaling i startåret (kontantstrøm, ikke avskrevet).", LEVEL2,
      500_000, 1_500_000),
    P("platform_investment_per_user", "Felles driftsplattform, investering per IT-bruker",
      "kr (engang)", 100,
      "Antakelse: kapasitet i plattformen (lagring, lisenser) som vokser med brukerne. "
      "Utbetaling i startåret.", LEVEL2, 50, 150),
    P("network_line_per_municipality", "Linje mellom kommunen og felles datarom",
      "kr/år per kommune", 60_000,
      "Antakelse: redundant samband (fiber eller MPLS) fra hver deltaker til de felles "
      "datarommene; kommer i tillegg til dagens linjer.", LEVEL2, 30_000, 90_000),
    P("project_cost_fixed", "Prosjektkostnad, fast del", "kr (engang)", 2_000_000,
      "Antakelse: forstudier av felles IT-drift har anslått 5–10 mill. kr i samlet "
      "gjennomføringskostnad (jf. Knutepunkt Sørlandet).", LEVEL2, 1_000_000, 3_000_000),
    P("project_cost_per_municipality", "Prosjektkostnad per kommune", "kr (engang)", 500_000,
      "Antakelse: overføring av brukere, klienter, servere og tjenester til felles drift.",
      LEVEL2, 250_000, 750_000),
    # --- level 3 -------------------------------------------------------------------------------
    P("licence_volume_elasticity", "Lavere lisenspris per bruker ved større volum",
      "elastisitet", 0.10,
      "Pris per bruker for felles system = målsystemets pris i prosjektet × (samlet antall "
      "brukere / typisk kunde)^(−e), tilpasset systemets egne installasjoner; e = 0,1 gir om "
      "lag 7 % lavere pris per bruker ved dobbelt volum. Aldri den laveste prisen en enkelt "
      "kunde har. Antakelse; kommunale fellesavtaler (f.eks. i IKT Agder) har lavere pris per "
      "bruker for større volum.", LEVEL3, 0.0, 0.2),
    P("migration_cost_erp", "Migrering per installasjon: økonomi, lønn og personal",
      "kr (engang)", 1_000_000,
      "Antakelse: ERP-bytte med konvertering av historikk, integrasjoner og parallell "
      "avslutning av regnskapsår. Migreringssatsene er skalert slik at nivå 2–3 for sju "
      "kommuner gir 5–10 mill. kr i gjennomføring, som forstudien i Knutepunkt Sørlandet.",
      LEVEL3, 600_000, 1_400_000),
    P("migration_cost_health", "Migrering per installasjon: helse, omsorg, barnevern, NAV",
      "kr (engang)", 600_000,
      "Antakelse: journalsystem med sensitiv historikk, meldingsutveksling og opplæring av "
      "mange brukere.", LEVEL3, 360_000, 840_000),
    P("migration_cost_archive", "Migrering per installasjon: sak, arkiv og politikk",
      "kr (engang)", 400_000,
      "Antakelse: Noark-uttrekk og avlevering av det gamle arkivet, nye integrasjoner.",
      LEVEL3, 240_000, 560_000),
    P("migration_cost_education", "Migrering per installasjon: skole og barnehage",
      "kr (engang)", 200_000, "Antakelse: elev- og barnehageadministrative systemer.",
      LEVEL3, 120_000, 280_000),
    P("migration_cost_per_installation", "Migrering per installasjon: andre fagsystemer",
      "kr (engang)", 75_000,
      "Antakelse: mindre fagsystemer (registre, kart, kultur, teknisk): datakonvertering og "
      "leverandørens bistand.", LEVEL3, 45_000, 105_000),
    P("parallel_running_months", "Parallelldrift: gammel lisens løper etter bytte", "måneder",
      6, "Antakelse: det gamle systemet beholdes (lisens og vedlikehold) til det nye er i "
      "bruk og historikken er flyttet.", LEVEL3, 3, 9),
    P("training_cost_per_user", "Opplæring per bruker som bytter system", "kr (engang)", 1_000,
      "Antakelse: om lag to timer opplæring per bruker.", LEVEL3, 500, 1_500),
    P("management_saving", "Mindre systemforvaltning ved delt system", "%", 0.20,
      "Antakelse: felles forvaltning når flere kommuner deler ett system; sett lavt hvis "
      "frigjort tid brukes til annet (kvalitetsgevinst).", LEVEL3, 0.0, 0.40, percent=True),
    # --- organisation forms --------------------------------------------------------------------
    P("overhead_vertskommune", "Driftskostnad for vertskommunesamarbeid", "kr/år", 150_000,
      "Antakelse: avtaleforvaltning og rapportering i vertskommunen.", ORGANISATION,
      50_000, 250_000),
    P("overhead_oppgavefellesskap", "Driftskostnad for kommunalt oppgavefellesskap", "kr/år",
      300_000, "Antakelse: representantskap, regnskap og revisjon.", ORGANISATION,
      150_000, 450_000),
    P("overhead_iks", "Driftskostnad for IKS", "kr/år", 800_000,
      "Antakelse: styre, representantskap, eget regnskap, revisjon og forsikring.",
      ORGANISATION, 500_000, 1_100_000),
    P("overhead_as", "Driftskostnad for AS", "kr/år", 900_000,
      "Antakelse: styre, generalforsamling, eget regnskap, revisjon og forsikring.",
      ORGANISATION, 600_000, 1_200_000),
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
    "discount_rate", "horizon_years", "first_effect_year", "framework_default_delay",
    "small_unit_fte", "owner_many_systems"})


@dataclass(frozen=True)
class Correlation:
    """Parameters drawn with this rank correlation between each pair (Iman–Conover)."""

    keys: tuple[str, ...]
    rho: float
    source: str


CORRELATED: tuple[Correlation, ...] = (
    Correlation(("users_per_servicedesk_fte", "clients_per_fte", "servers_per_fte",
                 "locations_per_fte", "systems_per_fte"), 0.6,
                "Antakelse: kapasiteten per årsverk henger sammen; en organisasjon som "
                "betjener mange brukere per årsverk, drifter også mange servere per årsverk."),
    Correlation(("migration_cost_erp", "migration_cost_health", "migration_cost_archive",
                 "migration_cost_education", "migration_cost_per_installation",
                 "training_cost_per_user", "parallel_running_months"), 0.5,
                "Antakelse: migreringskostnadene har felles drivere (leverandørenes priser, "
                "egen kapasitet, hvor godt prosjektet styres)."),
    Correlation(("project_cost_fixed", "project_cost_per_municipality",
                 "platform_investment_fixed", "platform_investment_per_user",
                 "internal_project_fte"), 0.5,
                "Antakelse: overskridelser i et prosjekt rammer gjerne alle postene."),
)

# Infrastructure services (list D) that a common operation can merge; the others (lines,
# telephony, e-mail) are bought per location or per user and do not get cheaper by merging.
CONSOLIDATABLE_SERVICES: frozenset[str] = frozenset({
    "Katalogtjeneste (AD)", "Fil og utskrift", "Sikkerhetskopi", "Endepunktsikkerhet",
    "Overvåking", "Database", "Brannmur", "Servicedesk", "Klientdrift",
})


@dataclass(frozen=True)
class ParameterValue:
    """A parameter as a scenario uses it: the value (most likely) and its range. `fixed`: the
    user said it is certain (not drawn); `observed`: the value comes from the survey."""

    spec: Parameter
    value: float
    low: float
    high: float
    overridden: bool
    fixed: bool = False
    observed: bool = False

    @property
    def key(self) -> str:
        return self.spec.key

    @property
    def uncertain(self) -> bool:
        """Drawn in the simulation: a range that is not a single point, and not fixed."""
        return not self.fixed and self.low < self.high and self.spec.key not in NOT_SAMPLED


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


def _bounded(spec: Parameter) -> bool:
    """A share that cannot go above 1 (a percentage, a weight)."""
    return spec.percent or spec.unit_nb == "andel"


def following_range(spec: Parameter, value: float) -> tuple[float, float]:
    """The declared range moved to a most likely value other than the default, keeping its
    relative width (× value / default); around a default of 0, its absolute offsets. Never
    below 0, and a share never above 1."""
    assert spec.low is not None and spec.high is not None
    if value == spec.default:
        low, high = spec.low, spec.high
    elif spec.default:
        factor = value / spec.default
        low, high = spec.low * factor, spec.high * factor
    else:
        low, high = value - (spec.default - spec.low), value + (spec.high - spec.default)
    low = max(0.0, low)
    if _bounded(spec):
        high = min(1.0, high)
    return min(low, value), max(high, value)


def resolve(overrides: Mapping[str, float] | None = None,
            ranges: Mapping[str, tuple[float, float, float]] | None = None,
            fixed: Iterable[str] = (),
            observed: Mapping[str, float | tuple[float, float, float]] | None = None
            ) -> ParameterSet:
    """The parameters with a scenario's changes.

    - `overrides` set the most likely value; the declared range follows it
      (`following_range`) unless `ranges` gives (low, most likely, high) for the key.
    - `fixed` keys are certain: low = most likely = high, not drawn.
    - `observed` values (from the survey, e.g. the cost per FTE) replace the default as the
      most likely value, with the range following (or the range given as (low, value, high):
      the survey's own uncertainty), unless the user overrides or ranges them.
    Unknown keys and low > most likely > high are errors."""
    overrides = dict(overrides or {})
    ranges = dict(ranges or {})
    fixed = set(fixed)
    observed = dict(observed or {})
    for key in [*overrides, *ranges, *fixed]:
        if key not in BY_KEY:
            raise InputError(tr("Ukjent parameter: {key}").format(key=key))
    for key in ranges:
        if key in NOT_SAMPLED:
            raise InputError(tr("{label} kan ikke ha et usikkerhetsspenn").format(
                label=BY_KEY[key].label))
    items = []
    for spec in PARAMETERS:
        key = spec.key
        from_survey = key in observed and key not in overrides and key not in ranges
        seen = observed.get(key)
        seen_range: tuple[float, float, float] | None = None
        seen_value: float | None = None
        if isinstance(seen, tuple):
            seen_range, seen_value = seen, seen[1]
        elif seen is not None:
            seen_value = float(seen)
        fallback = spec.default if seen_value is None else seen_value
        value = float(overrides[key]) if key in overrides else fallback
        if key in ranges:
            low, most_likely, high = (float(x) for x in ranges[key])
            value = float(overrides.get(key, most_likely))
            if not low <= value <= high:
                raise InputError(f"{spec.label}: " + tr("lav ≤ mest sannsynlig ≤ høy er ikke "
                                                        "oppfylt"))
        elif from_survey and seen_range is not None:
            low, high = float(seen_range[0]), float(seen_range[2])
        elif spec.uncertain and key not in NOT_SAMPLED:
            low, high = following_range(spec, value)
        else:
            low = high = value
        if key in fixed:
            low = high = value
        items.append(ParameterValue(spec, value, float(low), float(high),
                                    key in overrides or key in ranges or key in fixed,
                                    key in fixed, from_survey))
    return ParameterSet(tuple(items))
