"""What the data says about each non-priced effect: a suggested significance and scope with
the survey figure it comes from. A suggestion is shown as such until the user sets the
effect (stored.Assessment.effects).

Every figure is read from the one evaluation (its result, key numbers and allocation) and the
baseline of its participants (the vulnerability flags); nothing is computed again here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core import formatting

if TYPE_CHECKING:
    from desktop.core.scenarios.baseline import Baseline
    from desktop.core.scenarios.evaluation import ScenarioEvaluation


@dataclass(frozen=True)
class Suggestion:
    significance: int
    scope: int
    justification: str  # Norwegian, citing the figure


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def suggestions(ev: ScenarioEvaluation, base: Baseline) -> dict[str, Suggestion]:
    """The suggestions the data supports, by effect key."""
    r = ev.result
    if r is None:
        return {}
    k = ev.numbers
    level = r.scenario.level
    p = r.parameters
    answered = [m for m in base.municipalities if m.answered]
    n = len(answered)
    limit = p["small_unit_fte"]
    small = [m for m in answered if any(f.code == "small_it_unit" for f in m.flags)]
    owners = [m for m in answered if any(f.code == "owner_many_systems" for f in m.flags)]
    persons = sum(1 for m in answered for f in m.flags if f.code == "owner_many_systems")
    many = int(p["owner_many_systems"])
    pooled = ([m for m in ev.allocation.municipalities if m.pooled and m.cost_today is not None]
              if ev.allocation is not None and level >= 2 else [])
    unit = r.summary.get("pooled_fte_after") if level >= 2 else None
    retained = r.summary.get("retained_fte_after")
    out: dict[str, Suggestion] = {}

    today_small = (f"{len(small)} av {n} IT-enheter har ≤ {formatting.decimal(limit, 1)} "
                   "årsverk i dag")
    if unit is not None and pooled:
        on_call = unit >= p["on_call_min_fte"]
        cover = "døgnet med felles vaktordning" if on_call else "driften"
        out["robustness"] = Suggestion(
            3 if small else 2, 2 if small else 1,
            f"{today_small}; i scenariet dekker én enhet på {formatting.fte(unit)} {cover} "
            f"for {_count(len(pooled), 'kommune', 'kommuner')}.")
        out["security"] = Suggestion(
            2, 2, f"Modellen regner med at hver av de {n} kommunene i dag har sin egen "
                  f"sikkerhet og overvåking; i scenariet samler den felles enheten det for "
                  f"{_count(len(pooled), 'kommune', 'kommuner')}.")
        out["competence"] = Suggestion(
            3 if len(owners) * 2 >= n else 2, 2,
            f"{_count(len(owners), 'kommune', 'kommuner')} er avhengige av én person for "
            f"≥ {many} systemer ({_count(persons, 'person', 'personer')} i alt); i scenariet "
            f"får de et fagmiljø på {formatting.fte(unit)}.")
        if k.it_fte_today is not None and k.it_fte_after is not None:
            fewer = k.it_fte_today - k.it_fte_after
            out["staff"] = Suggestion(
                2, -1,
                f"IT-årsverk i driften: {formatting.fte(k.it_fte_today)} i dag, "
                f"{formatting.fte(k.it_fte_after)} i scenariet ({formatting.fte(fewer)} færre, "
                f"tatt ut over {formatting.decimal(p['attrition_years'], 0)} år); de ansatte "
                f"får ny arbeidsgiver eller nytt arbeidssted.")
        if retained is not None:
            out["local_presence"] = Suggestion(
                2, -1,
                f"{formatting.fte(unit)} samles i den felles enheten; "
                f"{formatting.fte(retained)} blir igjen lokalt "
                f"({formatting.decimal(p['retained_fte'], 1)} per kommune).")
        users = base.total.key_figures.get("users_per_support_fte")
        if users is not None and users.value is not None:
            out["service_quality"] = Suggestion(
                2, 1, f"I dag {formatting.number(users.value)} brukere per årsverk "
                      "brukerstøtte i snitt; en felles servicedesk kan ha lengre åpningstid "
                      "og ett kontaktpunkt.")
    else:
        out["robustness"] = Suggestion(
            2, 0, f"{today_small}; nivå {level} endrer ikke bemanningen i kommunene.")
        out["competence"] = Suggestion(
            2, 0, f"{_count(len(owners), 'kommune', 'kommuner')} er avhengige av én person "
                  f"for ≥ {many} systemer; nivå {level} endrer ikke det.")
    before, after = k.systems_today, k.systems_after
    if level >= 3 and before is not None and after is not None and after < before:
        out["standardisation"] = Suggestion(
            2, 2, f"{before} ulike fagsystemer i dag, {after} i scenariet.")
        out["vendor_dependency"] = Suggestion(
            2, -1, f"{_count(before - after, 'system', 'systemer')} færre: flere tjenester "
                   "hos færre leverandører, med mindre konkurranse ved neste anskaffelse.")
    elif level == 1:
        out["vendor_dependency"] = Suggestion(
            1, -1, f"Felles rammeavtaler for alle {n}: én leverandør per avtale i "
                   "avtaleperioden.")
        out["standardisation"] = Suggestion(
            1, 1, "Felles rammeavtaler gir likere leveranser, men systemene er de samme "
                  f"({before if before is not None else '–'} ulike fagsystemer).")
    return out
