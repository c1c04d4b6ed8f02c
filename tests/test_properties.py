"""Property tests: parse never raises on arbitrary text, and every span is its source slice."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressparse
from pressparse.spans import iter_mentions

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/*.txt"))]


def check_spans(text: str) -> pressparse.PressRelease:
    record = pressparse.parse(text)
    for path, m in iter_mentions(record):
        assert 0 <= m.start <= m.end <= len(text), path
        assert text[m.start : m.end] == m.text, path
    return record


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    check_spans(text)


words = st.sampled_from(
    ["Mr.", "Dr.", "H.E.", "WCO", "Secretary", "General", "Customs", "(", ")", ",", ".", "of", "the",
     "Conference", "2017", "12", "December", "to", "-", "\n", "\n\n", "Brussels", "Belgium", "Kenya",
     "Revenue", "Authority", "Programme", "\"", "Operation", "on", "from", "Ms.", "Director"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words, max_size=300))
def test_release_like_word_salad(tokens: list[str]) -> None:
    check_spans(" ".join(tokens))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.integers(min_value=0, max_value=5000), st.integers(min_value=0, max_value=5000))
def test_cut_releases(text: str, a: int, b: int) -> None:
    lo, hi = sorted((a % (len(text) + 1), b % (len(text) + 1)))
    check_spans(text[lo:hi])


def test_seed_spans_are_slices() -> None:
    for text in SAMPLES:
        check_spans(text)
