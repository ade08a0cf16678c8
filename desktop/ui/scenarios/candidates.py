"""The systems a scenario can choose between in each slot (service area, or service area /
function), among its participants' installations in use. Qt-free.

The slot and system keys are the model's own (desktop.core.scenarios: `system_key`, slot =
`<area>` or `<area> / <function>`), so a choice here is a valid `Scenario.targets` entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.scenarios import ProjectData
from desktop.core.scenarios.inputs import system_key
from desktop.ui.formatting import text_sort_key


@dataclass(frozen=True)
class Candidate:
    key: str
    product: str
    municipalities: int
    users: float | None  # None: no installation gave users


def slot_of(area: str | None, function: str | None) -> str | None:
    if not area:
        return None
    return f"{area} / {function}" if function else area


def candidates(project: ProjectData, participants: Iterable[str]) -> dict[str, tuple[Candidate,
                                                                                     ...]]:
    """Per slot the participants' systems, most users first."""
    wanted = set(participants)
    names: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    munis: dict[tuple[str, str], set[str]] = defaultdict(set)
    users: dict[tuple[str, str], float | None] = {}
    for inst in project.installations:
        if not inst.in_use or inst.municipality not in wanted:
            continue
        slot = slot_of(inst.service_area, inst.function)
        if slot is None:
            continue
        pair = (slot, system_key(inst))
        names[pair][inst.product] += 1
        munis[pair].add(inst.municipality)
        if inst.users is not None:
            users[pair] = (users.get(pair) or 0.0) + inst.users
        else:
            users.setdefault(pair, None)
    out: dict[str, list[Candidate]] = defaultdict(list)
    for (slot, key), counts in names.items():
        product = max(counts, key=lambda n: (counts[n], n))
        out[slot].append(Candidate(key, product, len(munis[(slot, key)]), users.get((slot, key))))
    return {slot: tuple(sorted(items, key=lambda c: (-(c.users or 0.0),
                                                     text_sort_key(c.product))))
            for slot, items in out.items()}
