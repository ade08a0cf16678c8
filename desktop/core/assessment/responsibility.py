"""The responsibility matrix: what moves to the common unit and what stays local at each
cooperation level (the step model of Smaalensveven and the Norwegian practice of levels 1–5).

Each task moves to the common unit from a level on (and stays there at the levels above);
`LOCAL` keeps it in every municipality. A scenario may move a task to another level.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.i18n import tr

LOCAL = 6  # never moved: stays in each municipality
COMMON, STAYS = "Felles enhet", "Lokalt"

# key -> (task, level from which it is the common unit's)
TASKS: dict[str, tuple[str, int]] = {
    "procurement": ("Innkjøp og rammeavtaler", 1),
    "servers": ("Servere, lagring og datarom", 2),
    "network": ("Nettverk, sikkerhetskopi og overvåking", 2),
    "servicedesk": ("Brukerstøtte og servicedesk", 2),
    "clients": ("Klientdrift og utstyr", 2),
    "security": ("Informasjonssikkerhet og vaktordning", 2),
    "system_operation": ("Teknisk drift av fagsystemer", 3),
    "system_management": ("Systemforvaltning av felles fagsystemer", 3),
    "superusers": ("Superbrukere og opplæring i tjenestene", 4),
    "processes": ("Rutiner og arbeidsprosesser i tjenestene", 4),
    "development": ("Digitaliseringsrådgivning og tjenesteutvikling", 4),
    "employer": ("Arbeidsgiveransvar for IT-ansatte", 5),
    "budget": ("IT-budsjett og porteføljestyring", 5),
    "local_contact": ("IT-kontakt på stedet i kommunen", LOCAL),
}


def from_levels(overrides: Mapping[str, int]) -> dict[str, int]:
    """Each task's level of moving, the scenario's choices over the defaults."""
    return {k: int(overrides.get(k, level)) for k, (_, level) in TASKS.items()}


def placement(level_of_task: int, level: int) -> str:
    return COMMON if level >= level_of_task else STAYS


def describe(level: int, overrides: Mapping[str, int]) -> str:
    """Levels 4 and 5 in words, from the matrix: what moves at this level, what stays local."""
    levels = from_levels(overrides)
    moved_here = [tr(TASKS[k][0]).lower() for k, at in levels.items() if at == level]
    moved = [tr(TASKS[k][0]).lower() for k, at in levels.items() if at <= level]
    local = [tr(TASKS[k][0]).lower() for k, at in levels.items() if at > level]
    what = {4: tr("Nivå 4 (felles arbeidsprosesser)"),
            5: tr("Nivå 5 (organisatorisk sammenslåing)")}
    head = what.get(level, tr("Nivå {level}").format(level=level))
    parts = [tr("{head}: den felles enheten får {tasks} i tillegg").format(
        head=head, tasks=_list(moved_here)) if moved_here
        else tr("{head}: ingen oppgaver flyttes i tillegg på dette nivået").format(head=head)]
    parts.append(tr("i alt har den {count} av {n} oppgaver").format(count=len(moved),
                                                                     n=len(levels)))
    text = "; ".join(parts) + "."
    if local:
        text += " " + tr("Lokalt i hver kommune blir {tasks}.").format(tasks=_list(local))
    return text + " " + tr("Virkningen er vurdert kvalitativt (ikke-prissatte virkninger) og "
                           "er ikke regnet inn i kostnadene.")


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " " + tr("og") + " " + items[-1]
