"""What a scenario changes, before and after: the model's summary counts, read the way the
before/after chart reads them (IT FTE after = the common unit plus what stays in each
municipality)."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.scenarios.key_numbers import it_fte_after

Summary = Mapping[str, float | None]
FTE_LABEL = "IT-årsverk i ledelse, drift og brukerstøtte"


def rows(s: Summary) -> list[tuple[str, float | None, float | None, int]]:
    """(label, today, after, decimals) for the counts the summary has."""
    out: list[tuple[str, float | None, float | None, int]] = []
    for label, key in (("Installasjoner", "installations"),
                       ("Distinkte fagsystemer", "distinct_systems"),
                       ("Fysiske servere", "physical_servers"),
                       ("Virtuelle servere", "virtual_servers"), ("Datarom", "data_rooms")):
        if f"{key}_today" in s:
            out.append((label, s.get(f"{key}_today"), s.get(f"{key}_after"), 0))
    out.append((FTE_LABEL, s.get("pooled_fte_today"), it_fte_after(dict(s)), 1))
    return out


NOTE = ("IT-årsverk etter: den felles enheten og det som blir igjen i hver kommune. – : kan ikke "
        "beregnes fordi grunnlaget mangler, eller nivået endrer det ikke.")
