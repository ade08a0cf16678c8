"""Everything the report shows, read once from the project and the core: the survey status and
issues, the scenario model's input and baseline, the catalogue's summary and matrix, and each
chosen scenario evaluated by the one evaluation the app and the CLI use
(scenarios/evaluation.py), with the project's simulation settings (draws and seed).

The section builders (sections/) only arrange these figures; they never compute them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from db.session import ProjectDatabase
from desktop.core import formatting
from desktop.core.catalogue.results import Matrix, Summary
from desktop.core.errors import UserError
from desktop.core.project.results import IssueRow, ParticipantStatus
from desktop.core.reports.errors import Cancelled, UnknownScenario
from desktop.core.scenarios.allocation import Allocation
from desktop.core.scenarios.baseline import Baseline
from desktop.core.scenarios.evaluation import ScenarioEvaluation, Simulation
from desktop.core.scenarios.inputs import ProjectData, normalise_name
from desktop.core.scenarios.key_numbers import KeyNumbers
from desktop.core.scenarios.model import ScenarioResult
from desktop.core.scenarios.scenario import Scenario
from desktop.core.scenarios.today import CostToday
from desktop.core.scenarios.uncertainty import MonteCarloResult, TornadoBar

# progress(done, total, what is being done now) -> False to cancel
Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class ScenarioData:
    """A chosen scenario, evaluated completely (what the sections read)."""

    evaluation: ScenarioEvaluation
    result: ScenarioResult
    monte_carlo: MonteCarloResult
    allocation: Allocation

    @property
    def scenario(self) -> Scenario:
        return self.evaluation.scenario

    @property
    def name(self) -> str:
        return self.evaluation.name

    @property
    def tornado(self) -> tuple[TornadoBar, ...]:
        return self.evaluation.tornado

    @property
    def numbers(self) -> KeyNumbers:
        return self.evaluation.numbers

    @classmethod
    def of(cls, ev: ScenarioEvaluation) -> ScenarioData:
        if ev.result is None or ev.monte_carlo is None or ev.allocation is None:
            raise UserError(f"Scenarioet «{ev.name}» kan ikke beregnes: {ev.error}")
        return cls(ev, ev.result, ev.monte_carlo, ev.allocation)


@dataclass(frozen=True)
class ReportData:
    info: dict[str, Any]  # project name, uuid, created_at, register_year, participants
    created: dt.date
    statuses: tuple[ParticipantStatus, ...]
    issues: tuple[IssueRow, ...]
    project: ProjectData
    baseline: Baseline
    catalogue: Summary
    matrix: Matrix
    scenarios: tuple[ScenarioData, ...]
    recommendation: str
    simulation: Simulation
    # chosen scenarios that cannot be computed on the data as it is: (name, why)
    not_computed: tuple[tuple[str, str], ...] = ()
    cost_today: CostToday | None = None  # the model's cost today of all who answered
    # the values corrected by the user (desktop/core/survey/corrections.py), and the notes
    # marked for the report (desktop/core/survey/notes.py)
    corrections: tuple[Any, ...] = ()
    notes: tuple[Any, ...] = ()
    # staff named in the vulnerability chapter (off by default: the report goes to politicians)
    staff_names: bool = False

    @property
    def draws(self) -> int:
        return self.simulation.draws

    @property
    def seed(self) -> int | None:
        return self.simulation.seed

    @property
    def name(self) -> str:
        return str(self.info["name"])


class Steps:
    """Reports progress step by step; raises Cancelled when the callback returns False."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self, text: str) -> None:
        if self.progress is not None and self.progress(self.done, self.total, text) is False:
            raise Cancelled("Rapporten ble avbrutt.")
        self.done += 1

    def finish(self) -> None:
        self.done = self.total
        if self.progress is not None and self.progress(self.total, self.total, "Ferdig") is False:
            raise Cancelled("Rapporten ble avbrutt.")


def chosen_scenarios(db: ProjectDatabase, names: Sequence[str]) -> list[Scenario]:
    """The saved scenarios of these names (case and spacing forgiven), in the order given;
    all saved scenarios when no name is given. UnknownScenario lists the saved names."""
    from desktop.core.scenarios.store import list_scenarios

    saved = [s.scenario for s in list_scenarios(db)]
    if not names:
        return saved
    by_name = {s.name: s for s in saved}
    by_key = {normalise_name(s.name): s for s in saved}
    out: list[Scenario] = []
    unknown: list[str] = []
    for name in names:
        found = by_name.get(name) or by_key.get(normalise_name(name))
        if found is None:
            unknown.append(name)
        elif found not in out:
            out.append(found)
    if unknown:
        raise UnknownScenario(unknown, sorted(by_name, key=str.casefold))
    return out


def stored_recommendation(db: ProjectDatabase) -> str:
    """The recommendation text saved in the project ("" until the store exists or is used)."""
    try:
        from desktop.core.reports import store
    except ImportError:
        return ""
    load = getattr(store, "load_recommendation", None)
    return str(load(db) or "") if load is not None else ""


def catalogue_results(db: ProjectDatabase) -> tuple[Summary, Matrix]:
    """The catalogue's summary and its matrix sorted by service area: what `catalogue.api`'s
    `summary` and `matrix` return, from one reading of the decisions (a project of every
    municipality has 50 000 names to place)."""
    from desktop.core.catalogue import reports, store
    from desktop.core.catalogue.reference import load_catalogue

    with db.session() as s:
        state = store.load_state(s, load_catalogue())
        rows = reports.system_rows(s, state, False)
        summary = reports.summary(state, rows)
        matrix = reports.matrix(s, rows)
    return summary, reports.sort_matrix(matrix, "service_area")


def gather(db: ProjectDatabase, scenarios: Sequence[str], recommendation: str | None,
           simulation: Simulation | None, progress: Progress | None,
           today: dt.date | None = None, staff_names: bool = False
           ) -> tuple[ReportData, Steps]:
    """The report's data; `simulation` None takes the project's settings."""
    from desktop.core.project import setup, status
    from desktop.core.scenarios.baseline import baseline
    from desktop.core.scenarios.evaluation import evaluate
    from desktop.core.scenarios.from_project import project_data
    from desktop.core.scenarios.store import load_simulation
    from desktop.core.scenarios.today import cost_today

    sim = simulation or load_simulation(db)
    chosen = chosen_scenarios(db, scenarios)
    steps = Steps(progress, 4 + 3 * len(chosen))
    steps("Leser kartleggingen")
    info = setup.project_info(db)
    statuses = tuple(status.participant_statuses(db))
    issues = tuple(status.current_issues(db))
    steps("Leser fagsystemkatalogen")
    summary, matrix = catalogue_results(db)
    steps("Beregner dagens situasjon")
    project = project_data(db)
    base = baseline(project)
    today_cost = cost_today(project)
    out: list[ScenarioData] = []
    skipped: list[tuple[str, str]] = []
    for scenario in chosen:
        names = {"result": f"Beregner «{scenario.name}»",
                 "tornado": f"Følsomhet og fordeling for «{scenario.name}»",
                 "monte_carlo": f"Usikkerhet for «{scenario.name}» "
                                f"({formatting.number(sim.draws)} simuleringer)"}
        def stage(_i: int, _n: int, what: str, names: dict[str, str] = names) -> None:
            steps(names[what])

        ev = evaluate(project, scenario, sim, stage=stage)
        if ev.error is not None:
            skipped.append((ev.name, ev.error))
        else:
            out.append(ScenarioData.of(ev))
    text = stored_recommendation(db) if recommendation is None else recommendation
    steps("Setter sammen rapporten")
    from desktop.core.survey.notes import notes

    data = ReportData(info, today or dt.date.today(), statuses, issues, project, base, summary,
                      matrix, tuple(out), text, sim, tuple(skipped), today_cost,
                      _active_corrections(db), tuple(notes(db, in_report=True)), staff_names)
    return data, steps


def _active_corrections(db: ProjectDatabase) -> tuple[Any, ...]:
    """The values the user corrected, for the appendix. Asked first whether there are any:
    the module that lists them brings the questionnaire reader along (openpyxl, 0,2 s of a
    report's start), and most projects have none."""
    from sqlalchemy import select

    from db.models import ValueCorrection

    with db.session() as s:
        if s.execute(select(ValueCorrection.id).where(ValueCorrection.state == "active")
                     .limit(1)).first() is None:
            return ()
    from desktop.core.survey.corrections import list_corrections

    return tuple(list_corrections(db, states=("active",)))
