"""The core's texts declared as data rather than written as `tr("…")` in the code, for
build/core_translations.py: the scenario parameters' labels, units, sources and groups, the
import issues' message templates, the trace's
input labels."""

from __future__ import annotations

from collections.abc import Iterator


def declared_texts() -> Iterator[str]:
    import desktop.core.scenarios  # noqa: F401 - first: the assessment and it import each other
    from db.storage_errors import WORDINGS
    from desktop.core.assessment.effects import EFFECTS, SCOPE, SIGNIFICANCE
    from desktop.core.assessment.responsibility import TASKS
    from desktop.core.assessment.risks import SEED_RISKS
    from desktop.core.assessment.view import EFFECT_INDICATORS
    from desktop.core.importing.messages import CONTENT_KINDS, REASONS, templates
    from desktop.core.scenarios.allocation import KEYS, USE_TEXT
    from desktop.core.scenarios.parameters import PARAMETERS
    from desktop.core.scenarios.scenario import LEVELS, ORGANISATION_FORMS, VAT_NOTE
    from desktop.core.scenarios.trace import INPUT_LABELS
    from desktop.core.survey.texts import CORRECTION_STATE_TEXT, EVENT_TEXT, ISSUE_STATE_TEXT

    yield from WORDINGS
    for p in PARAMETERS:
        yield from (p.label_nb, p.unit_nb, p.source_nb, p.group_nb)
    yield from templates()
    yield from REASONS
    yield from CONTENT_KINDS
    yield from INPUT_LABELS.values()
    yield VAT_NOTE
    yield from KEYS.values()
    yield from USE_TEXT.values()
    yield from LEVELS.values()
    yield from (label for label, _about in EFFECTS.values())
    yield from SIGNIFICANCE.values()
    yield from SCOPE.values()
    yield from (task for task, _level in TASKS.values())
    for r in SEED_RISKS:
        yield from (r.title, r.cause, r.owner, r.mitigation)
    for texts_ in EFFECT_INDICATORS.values():
        yield from texts_
    for texts in (CORRECTION_STATE_TEXT, ISSUE_STATE_TEXT, EVENT_TEXT):
        yield from texts.values()
    yield from (name for name, _overhead, _setup in ORGANISATION_FORMS.values())
