"""Issue 14's sixth round of matching rules: another name of a product given beside the name,
in every way municipalities write it — after a comma or a dash as well as in a parenthesis,
the current name as well as the former one, and a former name with the words that only say
whom it is for — tested on made-up names of products nobody knows."""

from __future__ import annotations

import pytest

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.quality import LabelledName, evaluate

_H, _S, _A = "Helse og omsorg", "Skole", "Sak, arkiv og politikk"


def _rows(*rows: tuple[str, str, str, str]) -> list[LabelledName]:
    return [LabelledName(n, "", a, product, m) for n, a, product, m in rows]


@pytest.mark.parametrize("use_catalogue", [True, False])
@pytest.mark.parametrize("rows", [
    # the former name after a comma or a dash, the plain name and the former name elsewhere
    [("Bravomed, tidligere Alfasak", _H, "B", "A"), ("Bravomed", _H, "B", "B"),
     ("Alfasak", _H, "B", "C")],
    [("Saksys – tidl. Gamlesys", _A, "S", "A"), ("Saksys", _A, "S", "B"),
     ("Gamlesys", _A, "S", "C")],
    # the current name, after «nå» in a parenthesis or after a dash
    [("Flexomed (nå Kromatik)", _H, "K", "A"), ("Kromatik", _H, "K", "B"),
     ("Flexomed", _H, "K", "C")],
    [("Lærmo - heter nå Skolemo", _S, "L", "A"), ("Skolemo", _S, "L", "B")],
    # a former name with the words that say whom it was for, the name written without them
    [("Skolemo Plattform (tidligere kalt Lærmo for Education)", _S, "L", "A"),
     ("Lærmo", _S, "L", "B")],
])
def test_another_name_written_beside_a_name_joins_both_names(
        rows: list[tuple[str, str, str, str]], use_catalogue: bool) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD, use_catalogue=use_catalogue)
    assert q.recall == 1.0, q.missed
    assert q.precision == 1.0, q.false_merges


@pytest.mark.parametrize("rows", [
    # a replacement after a comma is another product
    [("Nyttsak, erstatter Gamlesak", _A, "N", "A"), ("Gamlesak", _A, "G", "B")],
    # a dash before what the system is for is not another name
    [("Tidbank – tidsregistrering", "Lønn og personal", "T", "A"),
     ("Tidsregistrering", "Lønn og personal", "R", "B")],
    # the other name in another service area
    [("Bravomed, tidligere Alfasak", _H, "B", "A"), ("Alfasak", "Kultur og fritid", "X", "B")],
])
def test_a_replacement_or_a_descriptor_after_a_dash_is_not_another_name(
        rows: list[tuple[str, str, str, str]]) -> None:
    q = evaluate(_rows(*rows), DEFAULT_THRESHOLD)
    assert q.precision == 1.0, q.false_merges
