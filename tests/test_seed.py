"""The seed release scores 1.0 on every figure of the GUIDE against its gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse
from pressparse.scoring import score

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TXT = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("txt", SEED_TXT, ids=lambda p: p.stem[:40])
def test_seed_scores_one_against_gold(txt: Path) -> None:
    gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
    pred = pressparse.parse_file(txt).model_dump(mode="json")
    figures = score(gold, pred)
    below = {k: v for k, v in figures.items() if isinstance(v, dict) and (v.get("f1", v.get("acc")) or 0) < 1.0}
    assert not below, json.dumps(below, indent=1)
