"""Named queries on the project's tables: the rules every reader shares, written once.

- "The current return": a municipality's return in force is the one with status `CURRENT`; an
  earlier version that a newer file replaced is `SUPERSEDED` (kept as history). Every reader of
  survey data reads the current returns only: `is_current`, `current_returns`,
  `of_current_returns`.
- "Installations with their system": each installation of the current returns with the
  distinct system it belongs to (none while its name is undecided):
  `installations_with_system`.

The domain packages (desktop/core/…) call these instead of writing the rule again.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import InstrumentedAttribute

from db.models import DistinctSystem, Installation, QuestionnaireReturn

S = TypeVar("S", bound=Select)  # type: ignore[type-arg]  # a select of any columns

CURRENT = "current"
SUPERSEDED = "superseded"


def is_current(r: Any = QuestionnaireReturn) -> ColumnElement[bool]:
    """The condition "this return is the one in force" (`r`: the return entity or an alias)."""
    return r.status == CURRENT  # type: ignore[no-any-return]


def current_returns() -> Select[QuestionnaireReturn]:
    """The returns in force, one per municipality that has answered."""
    return select(QuestionnaireReturn).where(is_current())


def of_current_returns(stmt: S, return_id: InstrumentedAttribute[Any] | Any) -> S:
    """`stmt` limited to the rows of the current returns: joins `questionnaire_return` on the
    rows' `return_id` column (e.g. `Installation.return_id`), so the statement may go on to
    join `QuestionnaireReturn` → `Participant`."""
    r = QuestionnaireReturn
    return stmt.join(r, return_id == r.id).where(is_current(r))  # type: ignore[no-any-return]


def installations_with_system(*columns: Any) -> Any:
    """Installations of the current returns with their distinct system: the given columns
    (default: the `Installation` and the `DistinctSystem`, None while undecided), outer-joined
    so an undecided installation is there too."""
    i = Installation
    stmt: Any = select(*columns) if columns else select(i, DistinctSystem)
    return of_current_returns(stmt, i.return_id).outerjoin(DistinctSystem,
                                                            i.system_id == DistinctSystem.id)
