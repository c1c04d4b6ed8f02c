"""Real-looking releases, mutated: parse never raises, every span is valid, the record validates.

The releases in seeds/ and fixtures/ are damaged the way real text gets damaged (lines shuffled,
cut at random points, case flipped, whitespace and punctuation changed, characters from other
scripts inserted) and each result must still give a record that validates against
`PressRelease.model_json_schema()` with jsonschema.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressparse
from pressparse import PressRelease
from pressparse.spans import iter_mentions

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/*.txt"))]
VALIDATOR = jsonschema.Draft202012Validator(PressRelease.model_json_schema())
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

Draw = Callable[[st.SearchStrategy[Any]], Any]

OTHER_SCRIPTS = st.sampled_from([
    "海关总署", "таможня", "جمارك", "सीमा शुल्क", "관세청", "ศุลกากร", "Τελωνείο", "מכס", "税関",
    "\u200b", "\u200e\u200f", "\u202e", "\ufeff", "e\u0301", "\U0001f600", "ǅ", "İ", "ß", "ﬁ",
    "١٢", "１２", "\u2028", "\x85", "\x00", "\x1b",
]) | st.text(st.characters(min_codepoint=0x370, max_codepoint=0x10FFFF, blacklist_categories=["Cs"]),
             min_size=1, max_size=8)
PUNCT = st.sampled_from(list(".,;:!?()[]{}\"'-/&*#@%+=<>|\\_~`") + ["\u2013", "\u2014", "\u201c", "\u201d", "\u2019", "\u2026"])
SPACE = st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\r\n", "\r", "\u00a0", "\u2003", "\u3000", ""])


def check(text: str) -> PressRelease:
    record = pressparse.parse(text)
    for path, m in iter_mentions(record):
        assert 0 <= m.start <= m.end <= len(text), path
        assert text[m.start : m.end] == m.text, path
    VALIDATOR.validate(record.model_dump(mode="json"))
    return record


def _pos(draw: Draw, text: str) -> int:
    return int(draw(st.integers(0, len(text))))


def shuffle_lines(draw: Draw, text: str) -> str:
    lines: list[str] = draw(st.permutations(text.split("\n")))
    return "\n".join(lines)


def cut(draw: Draw, text: str) -> str:
    a, b = sorted((_pos(draw, text), _pos(draw, text)))
    return text[a:b] if draw(st.booleans()) else text[:a] + text[b:]


def flip_case(draw: Draw, text: str) -> str:
    a, b = sorted((_pos(draw, text), _pos(draw, text)))
    how: Callable[[str], str] = draw(st.sampled_from([str.upper, str.lower, str.swapcase, str.title]))
    return text[:a] + how(text[a:b]) + text[b:]


def change_whitespace(draw: Draw, text: str) -> str:
    spots = [i for i, c in enumerate(text) if c in " \n\t"]
    if not spots:
        return text
    chosen = sorted(set(draw(st.lists(st.sampled_from(spots), min_size=1, max_size=30))), reverse=True)
    for i in chosen:
        text = text[:i] + draw(SPACE) + text[i + 1 :]
    return text


def change_punctuation(draw: Draw, text: str) -> str:
    for _ in range(draw(st.integers(1, 20))):
        i = _pos(draw, text)
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        if op == "insert" or i == len(text):
            text = text[:i] + draw(PUNCT) + text[i:]
        elif op == "delete":
            text = text[:i] + text[i + 1 :]
        else:
            text = text[:i] + draw(PUNCT) + text[i + 1 :]
    return text


def insert_other_scripts(draw: Draw, text: str) -> str:
    for _ in range(draw(st.integers(1, 10))):
        i = _pos(draw, text)
        text = text[:i] + draw(OTHER_SCRIPTS) + text[i:]
    return text


MUTATIONS = [shuffle_lines, cut, flip_case, change_whitespace, change_punctuation, insert_other_scripts]


@st.composite
def mutated_release(draw: Draw) -> str:
    text: str = draw(st.sampled_from(SAMPLES))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        text = mutation(draw, text)
    return text


@SETTINGS
@given(mutated_release())
def test_mutated_releases(text: str) -> None:
    check(text)


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[m.__name__ for m in MUTATIONS])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_each_mutation_alone(mutation: Callable[[Draw, str], str], data: st.DataObject) -> None:
    check(mutation(data.draw, data.draw(st.sampled_from(SAMPLES))))


@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_unicode_validates(text: str) -> None:
    check(text)


def test_samples_validate_unmutated() -> None:
    assert SAMPLES
    for text in SAMPLES:
        check(text)
