"""The common system of each slot (level 3): suggested by a rule, overridable per slot.

A slot is a service area, or `<service area> / <function>` when installations carry a function.
Rules: `most_users` (the system with most users among the participants; ties go to the one
with more installations, then to the key's alphabetical order) and `lowest_cost_per_user`
(the lowest licence cost per user, estimated over the whole project; systems without an
estimate are skipped, and if none has one the rule falls back to most users).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.core import formatting
from desktop.core.errors import InputError
from desktop.core.i18n import mark
from desktop.core.readback import reader
from desktop.core.scenarios.prepared import B, I, PreparedProject
from desktop.core.scenarios.scenario import NOT_STANDARDISED_BY_DEFAULT, Scenario

# why a slot gets the system it gets (`TargetChoice.reason`): Norwegian, as the report quotes
# it; `shown_reason` gives it in the app's language
NONE_CHOSEN = mark("Ikke felles system (valgt av brukeren).")
CHOSEN = mark("Valgt av brukeren.")
NOT_STANDARDISED = mark("Ikke felles system: «{name}» sier ikke hvilke systemer som kan erstatte "
                        "hverandre. Velg et system for å ta det med.")
NO_FUNCTION = mark("Ikke felles system: systemene i «{name}» er ikke knyttet til et "
                   "katalogprodukt med kjent funksjon, så modellen vet ikke hvilke som kan "
                   "erstatte hverandre. Koble dem i systemkatalogen, eller velg et system for å "
                   "ta det med.")
NO_LICENCE_COST = mark("Ingen har lisenskostnad per bruker; valgt etter flest brukere. ")
LOWEST_COST = mark("Lavest lisenskostnad per bruker ({cost}). ")
MOST_USERS = mark("Flest brukere blant deltakerne ({users} av {total}).")
shown_reason = reader((NONE_CHOSEN, CHOSEN, NOT_STANDARDISED, NO_FUNCTION, LOWEST_COST,
                       MOST_USERS), leading=(NO_LICENCE_COST,))


@dataclass(frozen=True)
class TargetChoice:
    slot: str
    area: str
    system_key: str | None  # None: every municipality keeps its own systems in this slot
    product: str | None
    rule: str  # most_users | lowest_cost_per_user | override | none
    applied: bool  # False below level 3 (shown as a suggestion only) and for system_key None
    municipalities: int  # participants with an installation in the slot
    installations: int
    users_on_target: float  # participants' users on the target system today
    cost_per_user: float | None  # of the target, NOK per user and year
    reason: str  # Norwegian (the report); in the app through `shown_reason`


def choose_targets(prep: PreparedProject, rows: I, scenario: Scenario
                   ) -> tuple[list[TargetChoice], I]:
    """The choice for every slot the participants have, and per slot (project slot ids) the
    target key id, -1 where the slot is not standardised."""
    nk, nm = len(prep.keys), len(prep.numbers)
    slot = prep.inst_slot[rows]
    valid = slot >= 0
    slot, key = slot[valid], prep.inst_key[rows][valid]
    users = np.nan_to_num(prep.inst_users[rows][valid])
    muni = prep.inst_muni[rows][valid]
    target = np.full(len(prep.slots), -1, dtype=np.int64)
    if slot.size == 0:
        return [], target

    pairs, inv = np.unique(slot * nk + key, return_inverse=True)
    pair_users = np.bincount(inv, weights=users)
    pair_count = np.bincount(inv)
    pair_slot, pair_key = pairs // nk, pairs % nk
    rank = prep.key_rank[pair_key]
    most = np.lexsort((rank, -pair_count, -pair_users, pair_slot))
    cpu = prep.key_cpu[pair_key]
    cheapest = np.lexsort((rank, -pair_users, np.where(np.isnan(cpu), np.inf, cpu), pair_slot))
    first_most = _first_per_slot(pair_slot[most], most)
    first_cheap = _first_per_slot(pair_slot[cheapest], cheapest)

    slot_munis = np.bincount(np.unique(slot * nm + muni) // nm, minlength=len(prep.slots))
    slot_inst = np.bincount(slot, minlength=len(prep.slots))
    slot_users = np.bincount(slot, weights=users, minlength=len(prep.slots))
    level3 = scenario.level >= 3
    choices = []
    for s in sorted(first_most, key=lambda s: prep.slots[s]):
        name, area = prep.slots[s], prep.slot_area[s]
        k: int | None
        if name in scenario.targets:
            wanted = scenario.targets[name]
            if wanted is None:
                k, rule, reason = None, "none", NONE_CHOSEN
            else:
                if wanted not in prep.keys:
                    raise InputError(f"Ukjent system for «{name}»: {wanted}")
                k, rule, reason = prep.keys.index(wanted), "override", CHOSEN
        elif name in NOT_STANDARDISED_BY_DEFAULT:
            k, rule = None, "none"
            reason = NOT_STANDARDISED.format(name=name)
        elif name == area:
            # no function known: a whole service area holds systems for different jobs
            k, rule = None, "none"
            reason = NO_FUNCTION.format(name=name)
        else:
            p = first_most[s]
            rule = scenario.target_rule
            if rule == "lowest_cost_per_user":
                c = first_cheap[s]
                if np.isnan(cpu[c]):
                    rule = "most_users"
                    reason = NO_LICENCE_COST
                else:
                    p = c
                    reason = LOWEST_COST.format(cost=formatting.kroner(float(cpu[c])))
            else:
                reason = ""
            k = int(pair_key[p])
            if rule == "most_users":
                reason += MOST_USERS.format(users=formatting.number(float(pair_users[p])),
                                            total=formatting.number(float(slot_users[s])))
        on_target = 0.0
        if k is not None:
            hit = (pair_slot == s) & (pair_key == k)
            on_target = float(pair_users[hit].sum())
        applied = level3 and k is not None
        if applied and k is not None:
            target[s] = k
        choices.append(TargetChoice(
            slot=name, area=area,
            system_key=None if k is None else prep.keys[k],
            product=None if k is None else prep.key_product[k],
            rule=rule, applied=applied,
            municipalities=int(slot_munis[s]), installations=int(slot_inst[s]),
            users_on_target=on_target,
            cost_per_user=None if k is None or np.isnan(prep.key_cpu[k])
            else float(prep.key_cpu[k]),
            reason=reason))
    return choices, target


def _first_per_slot(sorted_slots: I, order: I) -> dict[int, int]:
    """For pairs sorted by slot, the first pair index of each slot."""
    starts = np.flatnonzero(np.r_[True, sorted_slots[1:] != sorted_slots[:-1]])
    return {int(sorted_slots[i]): int(order[i]) for i in starts}


def shared_instances(prep: PreparedProject, rows: I, r_target: I, sl_row: I, s_count: int,
                      within: B) -> tuple[float, B]:
    """Servers of the shared instance of each standardised slot with switches in the horizon,
    and whether it runs in-house: in-house if a participant runs the target in-house, else if
    most of the project's installations of it are; its servers are the most any in-house
    installation of it has (the participants' first)."""
    if not s_count:
        return 0.0, np.zeros(0, dtype=np.bool_)
    std = sl_row >= 0
    active = np.bincount(sl_row[within], minlength=s_count) > 0
    target = np.full(s_count, -1, dtype=np.int64)
    target[sl_row[std]] = r_target[std]
    mine = std & (prep.inst_key[rows] == r_target) & prep.inst_inhouse[rows]
    has_mine = np.bincount(sl_row[mine], minlength=s_count) > 0
    mine_srv = np.zeros(s_count)
    np.maximum.at(mine_srv, sl_row[mine], np.nan_to_num(prep.inst_servers[rows][mine]))
    by_project = prep.key_inhouse_share[target] > 0.5
    inhouse = active & (has_mine | by_project)
    servers = np.where(has_mine, mine_srv, prep.key_inhouse_servers[target])
    return float(servers[inhouse].sum()), inhouse
