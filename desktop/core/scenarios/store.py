"""Named, saved scenarios in the project file (table `scenario`, db/models.py).

A scenario is stored as its name and a JSON `definition` of everything else it holds
(`scenario_definition`); loading gives back an equal `Scenario`. Saving checks the scenario
first: its participants must be participants of the project, and its parameter overrides and
ranges must name declared parameters with values they can take (validation.py). Every error is
a ValueError with a Norwegian message; a name that is not saved is `ScenarioNotFound`.

Names are unique; two names that differ only in case or spacing are taken to be the same
(`Felles drift` and `felles  drift`), so that a user does not end up with look-alikes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Participant, utcnow
from db.models import Scenario as ScenarioRow
from db.session import ProjectDatabase
from desktop.core.assessment.stored import Assessment
from desktop.core.errors import InputError, NotFound
from desktop.core.scenarios.evaluation import Simulation
from desktop.core.scenarios.inputs import normalise_name
from desktop.core.scenarios.parameters import BY_KEY
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.validation import validate_scenario

DEFINITION_VERSION = 1


class ScenarioNotFound(NotFound, ValueError):
    """No saved scenario has this name."""


@dataclass(frozen=True)
class SavedScenario:
    scenario: Scenario
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def name(self) -> str:
        return self.scenario.name


def scenario_definition(scenario: Scenario) -> dict[str, Any]:
    """Everything a scenario holds besides its name, as JSON-ready data."""
    return {
        "version": DEFINITION_VERSION,
        "participants": list(scenario.participants),
        "level": scenario.level,
        "organisation_form": scenario.organisation_form,
        "target_rule": scenario.target_rule,
        "targets": dict(scenario.targets),
        "overrides": {k: float(v) for k, v in scenario.overrides.items()},
        "ranges": {k: [float(x) for x in v] for k, v in scenario.ranges.items()},
        "start_year": scenario.start_year,
        "missing": scenario.missing,
        "fixed": sorted(scenario.fixed),
        "allocation_keys": dict(scenario.allocation_keys),
        "transition_cap": scenario.transition_cap,
        "transition_years": scenario.transition_years,
        # the non-priced effects, risks, benefits plan and responsibility matrix: in the
        # definition, so a project saved before they existed loads with the defaults
        **({} if scenario.assessment.is_empty()
           else {"assessment": scenario.assessment.to_json()}),
    }


def scenario_from_definition(name: str, definition: Mapping[str, Any]) -> Scenario:
    """The scenario a stored definition describes (ValueError when it cannot be read)."""
    version = definition.get("version", 1)
    if not isinstance(version, int) or version > DEFINITION_VERSION:
        raise InputError(f"Scenarioet «{name}» er lagret av en nyere versjon av Samdrift; "
                         "oppdater programmet for å åpne det")
    try:
        return Scenario(
            name=name,
            participants=tuple(str(n) for n in definition["participants"]),
            level=int(definition.get("level", 2)),
            organisation_form=definition.get("organisation_form"),
            target_rule=definition.get("target_rule", "most_users"),
            targets={str(k): (None if v is None else str(v))
                     for k, v in (definition.get("targets") or {}).items()},
            # a parameter this version no longer has (e.g. the volume discount, replaced by
            # the price-per-user curve) is dropped
            overrides={str(k): float(v) for k, v in (definition.get("overrides") or {}).items()
                       if str(k) in BY_KEY},
            ranges={str(k): (float(v[0]), float(v[1]), float(v[2]))
                    for k, v in (definition.get("ranges") or {}).items() if str(k) in BY_KEY},
            start_year=(None if definition.get("start_year") is None
                        else int(definition["start_year"])),
            missing=str(definition.get("missing") or "exclude"),
            fixed=frozenset(str(k) for k in definition.get("fixed") or ()
                            if str(k) in BY_KEY),
            allocation_keys={str(k): str(v)
                             for k, v in (definition.get("allocation_keys") or {}).items()},
            transition_cap=(None if definition.get("transition_cap") is None
                            else float(definition["transition_cap"])),
            transition_years=int(definition.get("transition_years") or 3),
            assessment=Assessment.from_json(definition.get("assessment")))
    except (KeyError, TypeError, IndexError) as exc:
        raise InputError(f"Scenarioet «{name}» kan ikke leses: {exc}") from None


def _key(name: str) -> str:
    return normalise_name(name)


def _find(s: Session, name: str) -> ScenarioRow | None:
    """The row of a name: exact first, else the one that differs only in case or spacing."""
    row = s.scalars(select(ScenarioRow).where(ScenarioRow.name == name)).one_or_none()
    if row is not None:
        return row
    wanted = _key(name)
    return next((r for r in s.scalars(select(ScenarioRow)) if _key(r.name) == wanted), None)


def _get(s: Session, name: str) -> ScenarioRow:
    row = _find(s, name)
    if row is None:
        names = sorted(s.scalars(select(ScenarioRow.name)), key=str.casefold)
        known = (f" Lagrede scenarioer: {', '.join(names)}." if names
                 else " Prosjektet har ingen lagrede scenarioer.")
        raise ScenarioNotFound(f"Finner ikke scenarioet «{name}».{known}")
    return row


def _not_participants(unknown: list[str], known: Mapping[str, str]) -> str:
    listed = ", ".join(f"{n} {nm}" for n, nm in sorted(known.items()))
    what = "deltaker" if len(unknown) == 1 else "deltakere"
    return f"{', '.join(unknown)} er ikke {what} i prosjektet (deltakerne er {listed})"


def check_participants(s: Session, scenario: Scenario) -> None:
    """Every participant of the scenario is a participant of the project."""
    known = {n: nm for n, nm in s.execute(select(Participant.number, Participant.name))}
    unknown = [n for n in scenario.participants if n not in known]
    if unknown:
        raise InputError(_not_participants(unknown, known))


def participant_numbers(db: ProjectDatabase, refs: str | list[str]) -> tuple[str, ...]:
    """Participants given as numbers or names (`4204,4223`, `Vennesla, 1017`), as numbers in
    the order given; ValueError naming each one that is not a participant of the project."""
    parts = [p.strip() for ref in ([refs] if isinstance(refs, str) else refs)
             for p in ref.split(",") if p.strip()]
    if not parts:
        raise InputError("Et scenario må ha minst én deltaker")
    with db.session() as s:
        known = {n: nm for n, nm in s.execute(select(Participant.number, Participant.name))}
    by_name: dict[str, list[str]] = {}
    for number, name in known.items():
        by_name.setdefault(_key(name), []).append(number)
    found: list[str] = []
    unknown: list[str] = []
    for p in parts:
        number = p.zfill(4) if p.isdigit() and len(p) in (3, 4) else ""
        names = by_name.get(_key(p), [])
        if number in known:
            found.append(number)
        elif len(names) == 1:
            found.append(names[0])
        else:
            unknown.append(p)
    if unknown:
        raise InputError(_not_participants(unknown, known))
    return tuple(dict.fromkeys(found))


def save_scenario(db: ProjectDatabase, scenario: Scenario, *, replace: bool = True
                  ) -> SavedScenario:
    """Save a scenario under its name (its name trimmed). An existing scenario of that name is
    replaced (its creation time kept), or with `replace=False` refused."""
    name = scenario.name.strip()
    validate_scenario(scenario)
    with db.session() as s:
        check_participants(s, scenario)
        row = _find(s, name)
        if row is not None and not replace:
            raise InputError(f"Scenarioet «{row.name}» finnes allerede")
        definition = scenario_definition(scenario)
        if row is None:
            row = ScenarioRow(name=name, definition=definition)
            s.add(row)
        else:
            row.name, row.definition, row.updated_at = name, definition, utcnow()
        s.flush()
        return _saved(row)


def _saved(row: ScenarioRow) -> SavedScenario:
    return SavedScenario(scenario_from_definition(row.name, row.definition), row.created_at,
                         row.updated_at)


def list_scenarios(db: ProjectDatabase) -> list[SavedScenario]:
    """Every saved scenario, by name."""
    with db.session() as s:
        rows = s.scalars(select(ScenarioRow)).all()
        return sorted((_saved(r) for r in rows), key=lambda x: (x.name.casefold(), x.name))


def load_scenario(db: ProjectDatabase, name: str) -> Scenario:
    return load_saved(db, name).scenario


def load_saved(db: ProjectDatabase, name: str) -> SavedScenario:
    with db.session() as s:
        return _saved(_get(s, name))


def delete_scenario(db: ProjectDatabase, name: str) -> str:
    """Delete a saved scenario; returns the name it had."""
    with db.session() as s:
        row = _get(s, name)
        s.delete(row)
        return row.name


def rename_scenario(db: ProjectDatabase, name: str, new_name: str) -> None:
    new_name = new_name.strip()
    if not new_name:
        raise InputError("Scenarioet må ha et navn")
    if len(new_name) > 200:
        raise InputError("Navnet på scenarioet kan være høyst 200 tegn")
    with db.session() as s:
        row = _get(s, name)
        other = _find(s, new_name)
        if other is not None and other.id != row.id:
            raise InputError(f"Scenarioet «{other.name}» finnes allerede")
        row.name, row.updated_at = new_name, utcnow()


SIMULATION = "simulation"


def load_simulation(db: ProjectDatabase) -> Simulation:
    """The project's simulation settings (draws, seed): what the app, the CLI and the report
    use unless told otherwise; the defaults until the user changes them."""
    from desktop.core.project.settings import load_setting

    return Simulation.from_json(load_setting(db, SIMULATION))


def save_simulation(db: ProjectDatabase, simulation: Simulation) -> None:
    from desktop.core.project.settings import save_setting

    save_setting(db, SIMULATION, simulation.to_json())
