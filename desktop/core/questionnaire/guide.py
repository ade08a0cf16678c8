"""The `Veiledning` sheet of the questionnaire: instructions for the municipality (Qt-free).

Only text; it is not read on import. Sheet and field names are taken from spec.py so the
instructions always name what the municipality actually sees.
"""

from __future__ import annotations

import datetime
import textwrap
from collections.abc import Iterator

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from desktop.core.questionnaire.spec import (
    BOUGHT_SERVICES,
    INFRASTRUCTURE,
    MUNICIPALITY,
    STAFFING,
    SYSTEMS,
)

_TITLE = Font(bold=True, size=16)
_HEADING = Font(bold=True, size=12)
_STRONG = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
TEXT_WIDTH = 75  # characters; column A holds all the text
LINE_HEIGHT = 15  # points per line of 11 pt text


def row_height(text: str, width: float, *, font_size: float = 11, bold: bool = False) -> float:
    """Row height (points) for `text` wrapped in a column `width` characters wide.

    Neither Excel nor LibreOffice fits row heights to wrapped text when it opens a file,
    so the writer sets them.
    """
    # A column's width is counted in widths of "0"; ordinary text runs a little narrower, bold
    # text about as wide (with some margin for the fonts LibreOffice falls back to).
    chars = max(1, int(width * (1.05 if bold else 1.1) * 11 / font_size))
    lines = sum(max(1, len(textwrap.wrap(part, chars))) for part in text.split("\n"))
    return lines * LINE_HEIGHT * font_size / 11


def _q(text: str) -> str:
    return f"«{text}»"


def _sheet_descriptions() -> list[tuple[str, str]]:
    comment = _q(SYSTEMS.field("comment").label)
    return [
        (MUNICIPALITY.name,
         "Nøkkeltall for kommunen: innbyggere, ansatte, IT-brukere, utstyr, servere og samlet "
         "IT-budsjett, og hvem som har fylt ut skjemaet. Kommunenummeret er fylt ut på forhånd."),
        (SYSTEMS.name,
         "Én rad per fagsystem kommunen bruker, også små systemer. Har kommunen sluttet å bruke "
         f"et system, skriv det i {comment}."),
        (STAFFING.name,
         "Én rad per IT-funksjon: hvor mange årsverk og personer, og lønnskostnaden."),
        (BOUGHT_SERVICES.name,
         "IT-tjenester kommunen kjøper av andre: en annen kommune, et IKT-samarbeid eller en "
         "leverandør. Én rad per tjeneste."),
        (INFRASTRUCTURE.name,
         f"Én rad per infrastrukturtjeneste er fylt ut på forhånd i kolonnen "
         f"{_q(INFRASTRUCTURE.fields[0].label)}. Fyll ut resten av raden for hver av dem."),
    ]


def _how_to() -> list[str]:
    comment = _q(SYSTEMS.field("comment").label)
    return [
        "Skriv bare i de gule cellene. Ledetekster og overskrifter er låst.",
        "Celler med liste: klikk i cellen og velg en verdi med pilen til høyre for cellen. "
        "Skriver du inn en verdi som ikke står i listen, får du en advarsel. Du kan likevel "
        "beholde verdien hvis ingen av verdiene i listen passer.",
        "Tall skrives uten tekst og enheter, f.eks. 2,5 eller 45000. Beløp oppgis i hele kroner "
        f"per år. Er et tall usikkert, skriv ditt beste anslag og forklar i {comment}. "
        "Vet du ikke, la cellen stå tom.",
        "Datoer skrives på formen dd.mm.åååå, f.eks. 31.12.2027.",
        "Når du klikker i en celle, vises en kort forklaring til feltet.",
        "Trenger du flere rader, kan du sette inn rader i tabellen.",
        "Du kan legge til egne kolonner til høyre for de ferdige kolonnene, f.eks. for egne "
        "notater. Innholdet blir tatt vare på.",
        "Ikke endre navn på arkene, og ikke endre overskriftene og ledetekstene. "
        "Ikke slett eller flytt ark.",
        "Arkene er beskyttet uten passord, bare for å hindre at noe endres ved et uhell.",
    ]


def _lines(
    *,
    project_name: str,
    municipality_name: str,
    municipality_number: str,
    deadline: datetime.date | None,
    contact: str | None,
) -> Iterator[tuple[str, Font | None]]:
    yield f"Spørreskjema: {project_name}", _TITLE
    yield f"Kommune: {municipality_name} ({municipality_number})", _HEADING
    yield "", None
    if deadline is not None:
        yield f"Frist for å sende inn skjemaet: {deadline:%d.%m.%Y}", _STRONG
    else:
        yield "Frist for å sende inn skjemaet: se e-posten du fikk skjemaet i.", _STRONG
    if contact:
        yield f"Spørsmål om skjemaet: {contact}", _STRONG
    else:
        yield "Spørsmål om skjemaet: kontakt den som sendte deg skjemaet.", _STRONG
    yield "", None
    yield "Hva skal fylles ut", _HEADING
    for name, text in _sheet_descriptions():
        yield f"{name}: {text}", None
    yield "", None
    yield "Slik fyller du ut", _HEADING
    for text in _how_to():
        yield f"• {text}", None
    yield "", None
    yield "Når du er ferdig", _HEADING
    yield (
        "Lagre og send filen tilbake slik den er, som Excel-fil (.xlsx). Ikke kopier innholdet "
        "over i et nytt regneark: filen inneholder opplysninger som gjør at svaret kobles til "
        "riktig kommune automatisk.",
        None,
    )


def write_guide(
    ws: Worksheet,
    *,
    project_name: str,
    municipality_name: str,
    municipality_number: str,
    deadline: datetime.date | None,
    contact: str | None,
) -> None:
    """Fill `ws` with the instructions, one paragraph per row in column A."""
    ws.column_dimensions["A"].width = TEXT_WIDTH
    ws.sheet_view.showGridLines = False
    lines = _lines(
        project_name=project_name,
        municipality_name=municipality_name,
        municipality_number=municipality_number,
        deadline=deadline,
        contact=contact,
    )
    for row, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row=row, column=1, value=text or None)
        cell.alignment = _WRAP
        size = 11.0
        if font is not None:
            cell.font = font
            size = font.size or size
        bold = bool(font and font.bold)
        ws.row_dimensions[row].height = row_height(text, TEXT_WIDTH, font_size=size, bold=bold) + 2
