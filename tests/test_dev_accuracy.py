"""Accuracy only goes up: the dev corpus figures must stay at or above the committed floors.

The floors (tests/dev_floors.json) are set just under what was measured; raise them when the
parser improves. Skipped when ../shared/corpus/dev is not there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressparse.evaluation import evaluate, figure_value

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FLOORS = json.loads((Path(__file__).parent / "dev_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    if not DEV.is_dir():
        pytest.skip(f"{DEV} not present")
    return evaluate([DEV]).figures


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_figure_at_or_above_floor(figures: dict[str, object], key: str) -> None:
    value = figure_value(figures, key)
    assert value is not None and value >= FLOORS[key], f"{key} = {value}, floor {FLOORS[key]}"
