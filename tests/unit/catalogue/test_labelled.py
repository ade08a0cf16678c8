"""The labelled names: `auto`'s pairwise same-product decision meets the targets."""

from __future__ import annotations

from desktop.core.catalogue.pipeline import DEFAULT_THRESHOLD
from desktop.core.catalogue.quality import evaluate, read_labelled


def test_precision_and_recall_on_the_labelled_names() -> None:
    rows = read_labelled()
    assert len(rows) >= 450 and len({r.product for r in rows}) >= 85
    result = evaluate(rows, DEFAULT_THRESHOLD)
    assert result.precision >= 0.99, result.false_merges
    assert result.recall >= 0.95, result.missed


def test_without_the_catalogue_nothing_different_is_merged() -> None:
    result = evaluate(read_labelled(), DEFAULT_THRESHOLD, use_catalogue=False)
    assert result.precision >= 0.99, result.false_merges
