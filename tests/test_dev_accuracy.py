"""Accuracy only goes up: the dev corpora's figures must stay at or above the committed floors.

The floors (tests/dev_floors.json for ../shared/corpus/dev, tests/dev_fr_floors.json for the
French ../shared/corpus/dev-fr) are set just under what was measured; raise them when the parser
improves. A corpus that is not there is skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressparse.evaluation import evaluate, figure_value

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).parent
CORPORA = {
    "dev": (ROOT.parent / "shared" / "corpus" / "dev", HERE / "dev_floors.json"),
    "dev-fr": (ROOT.parent / "shared" / "corpus" / "dev-fr", HERE / "dev_fr_floors.json"),
}
CASES = [(corpus, key, floor) for corpus, (_, floors) in CORPORA.items()
         for key, floor in sorted(json.loads(floors.read_text(encoding="utf-8")).items())]


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, object]]:
    return {corpus: evaluate([folder]).figures for corpus, (folder, _) in CORPORA.items() if folder.is_dir()}


@pytest.mark.parametrize(("corpus", "key", "floor"), CASES, ids=[f"{c}:{k}" for c, k, _ in CASES])
def test_figure_at_or_above_floor(figures: dict[str, dict[str, object]], corpus: str, key: str, floor: float) -> None:
    if corpus not in figures:
        pytest.skip(f"{CORPORA[corpus][0]} not present")
    value = figure_value(figures[corpus], key)
    assert value is not None and value >= floor, f"{corpus} {key} = {value}, floor {floor}"
