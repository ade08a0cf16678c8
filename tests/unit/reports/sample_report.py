"""A small report built by hand, for testing the renderers without the project behind it."""

from __future__ import annotations

import datetime as dt

from matplotlib.figure import Figure

from desktop.core.reports.document import (
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Report,
    Section,
    Table,
)

RECOMMENDATION = ("Styringsgruppen anbefaler at kommunene går videre med «Felles drift» til "
                  "et forprosjekt.\n\nVedtak fattes i kommunestyrene våren 2027.")

COMPARISON = Table(
    key="Sammenligning",
    title="Sammenligning av scenarioene",
    columns=(Column("Scenario"), Column("Nåverdi 10 år", "kroner"),
             Column("Tilbakebetaling", "integer", unit="år"), Column("Årsverk", "fte"),
             Column("Besparelse", "percent", decimals=1), Column("Oppstart", "date")),
    rows=(("Felles drift", 12_345_678, 2029, 2.5, 0.045, dt.date(2027, 1, 1)),
          ("Felles fagsystemer", -3_250_000.5, None, 1.0, 0.125, dt.date(2028, 6, 30))),
    total=("Sum", 9_095_677.5, None, 3.5, None, None),
    note="Kilde: kartleggingen høsten 2026.")

TRICKY = Table(
    key="Fagsystemer: installasjoner/systemer i tjenesteområder",  # too long, bad characters
    title="Fagsystemer",
    columns=(Column("Navn"), Column("Brukere", "integer"), Column("Kostnad", "kroner")),
    rows=(("=SUM(A1)", 10, 100_000), ("+47 123", 5, None), ("-x", 1, 0), ("@foo", None, 250),
          ("Visma Flyt Skole", 1_234, 1_234_567)),
    note="")

CHART_DATA = Table(
    key="Sammenligning",  # the same key as another table: the sheet name must differ
    title="Årlige kostnader",
    columns=(Column("År", "integer"), Column("Kostnad", "kroner", unit="per år")),
    rows=((2027, 1_000_000), (2028, 1_250_000.75)))


def _figure() -> Figure:
    fig = Figure(figsize=(4, 3))
    fig.add_subplot().plot([2027, 2028], [1.0, 1.25])
    return fig


def sample_report(recommendation: str = RECOMMENDATION) -> Report:
    return Report(
        title="Forstudie: IT-samarbeid i Knutepunkt Sørlandet",
        subtitle="Sluttrapport til styringsgruppen",
        created=dt.date(2026, 11, 22),
        scenarios=("Felles drift", "Felles fagsystemer"),
        sections=(
            Section("Sammendrag", (
                KeyFigures((KeyFigure("Nåverdi, Felles drift", "12\u00a0345\u00a0678 kr",
                                      "P10–P90: 8–15 mill. kr"),
                            KeyFigure("Kommuner som har svart", "3 av 4"),
                            KeyFigure("Endring i årsverk", "-1,5 årsverk"))),
                Paragraph(recommendation, "recommendation"),
                Paragraph("Tallene er usikre der kommunene ikke har svart."),
            )),
            Section("Scenarioene", (COMPARISON, Paragraph("Noter.", "note"))),
            Section("Fagsystemer", (TRICKY, Chart("Kostnader", _figure, data=CHART_DATA))),
        ))
