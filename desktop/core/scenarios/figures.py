"""A number that knows how much of it is missing, and the labels of the cost kinds.

`Figure(value, missing, of)`: `value` is what the known parts add up to (None when nothing is
known), `missing` how many of the `of` parts were not given. A total over seven municipalities
of which three did not give their servers is `Figure(41, missing=3, of=7)`, shown as
«41 (mangler for 3 av 7)». Missing is never read as zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core import formatting
from desktop.core.i18n import tr

# Yearly running cost by kind (keys in code and JSON; Norwegian labels for the app).
COST_KINDS: dict[str, str] = {
    "staff": "Lønn IT-personell",
    "licences": "Lisens og vedlikehold",
    "bought_services": "Kjøpte tjenester",
    "infrastructure": "Infrastruktur",
    "security": "Sikkerhet og døgnovervåking",
    "overhead": "Organisasjon (samarbeidets driftskostnad)",
}
# «Dagens situasjon» by kind: what a municipality sells to other participants of the project is
# deducted from its cost (the buyer counts it under bought services), so a purchase between
# participants is counted once in every total.
BASELINE_COST_KINDS: tuple[str, ...] = ("staff", "licences", "bought_services", "infrastructure",
                                        "internal_sales")
BASELINE_LABELS: dict[str, str] = {
    **{k: COST_KINDS[k] for k in ("staff", "licences", "bought_services", "infrastructure")},
    "internal_sales": "Salg til andre deltakere (trekkes fra)",
}
ONE_TIME_KINDS: dict[str, str] = {
    "project": "Prosjekt og anskaffelse",
    "organisation": "Etablering av samarbeidet",
    "platform": "Felles driftsplattform",
    "migration": "Migrering, opplæring og parallelldrift",
}


@dataclass(frozen=True)
class Figure:
    value: float | None
    missing: int = 0
    of: int = 1

    @property
    def complete(self) -> bool:
        return self.missing == 0 and self.value is not None

    @property
    def known(self) -> int:
        return self.of - self.missing

    def text(self, decimals: int = 0, unit: str = "") -> str:
        """`1 234 kr`, `1 234 kr (mangler for 3 av 7)`, `mangler`."""
        if self.value is None:
            return tr("mangler")
        text = formatting.number(self.value, decimals) + (f"\u00a0{unit}" if unit else "")
        if self.missing:
            text += " " + tr("(mangler for {missing} av {of})").format(missing=self.missing,
                                                                      of=self.of)
        return text


MISSING = Figure(None, 1, 1)


def sum_parts(values: Iterable[float | None], empty: Figure | None = None) -> Figure:
    """The sum of the known parts; `empty` is what no parts at all means (default 0)."""
    total = 0.0
    missing = of = 0
    for v in values:
        of += 1
        if v is None:
            missing += 1
        else:
            total += v
    if of == 0:
        return empty if empty is not None else Figure(0.0, 0, 0)
    return Figure(None if missing == of else total, missing, of)


def total_of(figures: Iterable[Figure]) -> Figure:
    """The total over municipalities: the known values added, and how many municipalities
    are (partly) missing."""
    total = 0.0
    missing = of = 0
    any_value = False
    for f in figures:
        of += 1
        if not f.complete:
            missing += 1
        if f.value is not None:
            total += f.value
            any_value = True
    return Figure(total if any_value else None, missing, of)


def ratio(numerator: Figure, denominator: Figure, scale: float = 1.0) -> Figure:
    """numerator / denominator × scale for one municipality; missing unless both are complete
    and the denominator is positive."""
    if (not numerator.complete or not denominator.complete or denominator.value is None
            or numerator.value is None or denominator.value <= 0):
        return MISSING
    return Figure(numerator.value / denominator.value * scale, 0, 1)


def pooled_ratio(pairs: Iterable[tuple[Figure, Figure]], scale: float = 1.0) -> Figure:
    """Σ numerator / Σ denominator × scale over the municipalities where both are complete
    and the denominator is positive; the others are counted as missing."""
    num = den = 0.0
    missing = of = 0
    for n, d in pairs:
        of += 1
        if (n.complete and d.complete and n.value is not None and d.value is not None
                and d.value > 0):
            num += n.value
            den += d.value
        else:
            missing += 1
    if den <= 0:
        return Figure(None, missing if of else 1, max(of, 1))
    return Figure(num / den * scale, missing, of)
