"""A scenario: who joins, how far they go, how they organise it, and what they change.

The cooperation levels are the steps used in Norwegian practice; each includes the ones
below it. The model computes the cost effects of levels 1–3; levels 4 and 5 are recorded as
qualitative (their gains are in quality and ways of working, not in the IT budget) and
described from the scenario's responsibility matrix (desktop.core.assessment.responsibility).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.core.assessment.stored import Assessment
from desktop.core.errors import InputError

LEVELS: dict[int, str] = {
    1: "Felles rammeavtaler",
    2: "Felles teknisk drift (infrastruktur, servere, datarom, servicedesk)",
    3: "Felles fagsystemer (ett system per tjenesteområde)",
    4: "Felles arbeidsprosesser",
    5: "Organisatorisk sammenslåing",
}

# key -> (label, overhead parameter, setup parameter)
ORGANISATION_FORMS: dict[str, tuple[str, str, str]] = {
    "vertskommune": ("Vertskommune (kommuneloven kap. 20)",
                     "overhead_vertskommune", "setup_vertskommune"),
    "oppgavefellesskap": ("Kommunalt oppgavefellesskap (kommuneloven kap. 19)",
                          "overhead_oppgavefellesskap", "setup_oppgavefellesskap"),
    "iks": ("Interkommunalt selskap (IKS)", "overhead_iks", "setup_iks"),
    "as": ("Aksjeselskap (AS)", "overhead_as", "setup_as"),
}
VAT_NOTE = ("Ved IKS og AS kan kompensasjonen for merverdiavgift bli en annen enn i "
            "kommunene; det er ikke regnet inn og bør avklares.")

# What a scenario does with participants that have not answered yet.
MISSING_RULES: dict[str, str] = {
    "exclude": "Holdes utenfor beregningen til de har svart",
    "estimate": "Tas med med anslag (registerets innbyggertall × snittet for dem som har svart)",
}

TARGET_RULES: dict[str, str] = {
    "most_users": "Systemet med flest brukere blant deltakerne",
    "lowest_cost_per_user": "Systemet med lavest lisenskostnad per bruker",
}

# Slots that get no common system unless the scenario names one: a catch-all area says
# nothing about which systems can replace each other.
NOT_STANDARDISED_BY_DEFAULT: frozenset[str] = frozenset({"Annet"})


@dataclass(frozen=True)
class Scenario:
    """A named variant.

    - `participants`: municipality numbers (any subset of the project).
    - `level`: 1–5 (see LEVELS); each level includes the ones below it.
    - `organisation_form`: a key of ORGANISATION_FORMS, or None for no joint body (fits
      level 1, where the municipalities only buy together).
    - `target_rule`: how the common system of a slot is suggested (TARGET_RULES).
    - `targets`: slot -> system key, overriding the suggestion; None keeps every
      municipality's own systems in that slot. A slot is a service area, or
      `<service area> / <function>` where installations carry a function.
    - `overrides`: parameter key -> value; `ranges`: parameter key -> (low, most likely, high).
    - `start_year`: the first year of the horizon (the project's survey year by default).
    - `missing`: what to do with participants that have not answered (MISSING_RULES): leave
      them out of every figure (listed as such), or include them with estimated figures,
      marked as estimates wherever they appear.
    - `fixed`: parameter keys the user holds certain (not drawn in the simulation).
    - `allocation_keys`: price-model category -> the key it is split by (allocation.KEYS);
      the categories not named use the default price model.
    - `transition_cap`: optional transition in the cost allocation: for the first
      `transition_years` effect years no municipality pays more than this share above its
      cost today; the difference is paid by those who gain, in proportion to their gain.
    - `assessment`: what the user entered beyond the money (non-priced effects, risks,
      benefits plan, responsibility matrix; desktop.core.assessment). It does not change
      any figure.
    """

    name: str
    participants: tuple[str, ...]
    level: int = 2
    organisation_form: str | None = "vertskommune"
    target_rule: str = "most_users"
    targets: Mapping[str, str | None] = field(default_factory=dict)
    overrides: Mapping[str, float] = field(default_factory=dict)
    ranges: Mapping[str, tuple[float, float, float]] = field(default_factory=dict)
    start_year: int | None = None
    missing: str = "exclude"
    fixed: frozenset[str] = frozenset()
    allocation_keys: Mapping[str, str] = field(default_factory=dict)
    transition_cap: float | None = None
    transition_years: int = 3
    assessment: Assessment = field(default_factory=Assessment)

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise InputError(f"Samarbeidsnivå må være 1–5, ikke {self.level}")
        if self.organisation_form is not None and self.organisation_form not in ORGANISATION_FORMS:
            raise InputError(f"Ukjent organisasjonsform: {self.organisation_form}")
        if not isinstance(self.fixed, frozenset):
            object.__setattr__(self, "fixed", frozenset(self.fixed))
        if self.transition_cap is not None and not 0 <= self.transition_cap <= 1:
            raise InputError("Taket i overgangsordningen må være en andel mellom 0 og 1, ikke "
                             f"{self.transition_cap}")
        if not 1 <= self.transition_years <= 10:
            raise InputError("Overgangsordningen kan vare 1–10 år, ikke "
                             f"{self.transition_years}")
        if self.missing not in MISSING_RULES:
            raise InputError(f"Ukjent regel for deltakere uten svar: {self.missing}")
        if self.target_rule not in TARGET_RULES:
            raise InputError(f"Ukjent regel for målsystem: {self.target_rule}")
        if not self.participants:
            raise InputError("Et scenario må ha minst én deltaker")
        if len(set(self.participants)) != len(self.participants):
            raise InputError("En kommune er med flere ganger")
