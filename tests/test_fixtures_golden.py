"""Golden files: every fixture and seed parses to its reviewed NAME.expected.json.

Regenerating is an explicit, reviewed step: `pressparse check fixtures --update`, then read the
diff (`git diff fixtures/`) before committing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressparse.golden import diff, golden_pairs, produce, strip_keys

ROOT = Path(__file__).resolve().parent.parent
PAIRS = golden_pairs(ROOT / "fixtures") + golden_pairs(ROOT / "seeds")


def test_enough_fixtures_have_expected_files() -> None:
    fixtures = sorted((ROOT / "fixtures").glob("*.txt"))
    assert len(fixtures) >= 15
    missing = [p.name for p in fixtures if not p.with_suffix(".expected.json").exists()]
    assert not missing, missing


@pytest.mark.parametrize(("txt", "expected"), PAIRS, ids=[t.stem[:50] for t, _ in PAIRS])
def test_golden(txt: Path, expected: Path) -> None:
    want = strip_keys(json.loads(expected.read_text(encoding="utf-8")), frozenset())
    lines = list(diff(want, produce(txt, frozenset())))
    assert not lines, f"{txt.name} differs from {expected.name}:\n" + "\n".join(lines)
