"""The core's texts declared as data rather than written as `tr("…")` in the code, for
build/core_translations.py: the scenario parameters' labels, units, sources and groups, the
import issues' message templates."""

from __future__ import annotations

from collections.abc import Iterator


def declared_texts() -> Iterator[str]:
    from desktop.core.importing.messages import REASONS, TEMPLATES
    from desktop.core.scenarios.parameters import PARAMETERS

    for p in PARAMETERS:
        yield from (p.label_nb, p.unit_nb, p.source_nb, p.group_nb)
    yield from TEMPLATES
    yield from REASONS
