"""Every compiled pattern in the package avoids the shapes that backtrack catastrophically."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
import regex

import pressparse
from pressparse.rules import all_rules

from regex_shapes import analyze


def package_patterns() -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for rule in all_rules():
        found[f"rule:{rule.name}"] = rule.pattern
    for info in pkgutil.iter_modules(pressparse.__path__, "pressparse."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, (regex.Pattern, re.Pattern)):
                pat = value.pattern
                found[f"{info.name}.{attr}"] = pat.decode("latin-1") if isinstance(pat, bytes) else pat
    return sorted(found.items())


PATTERNS = package_patterns()


@pytest.mark.parametrize(
    "pattern, risky",
    [
        (r"(a+)+", True),
        (r"(?:\w+\s?)*", True),
        (r"(?:\w{1,20}\s?){0,5}", False),
        (r"(?:\w+\s)*+", False),
        (r"(?>\w+\s)*", False),
        (r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,4}", False),
        (r"(?:ab|ac)+", True),
        (r"\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+", False),
        (r"(?:(?:x|y)z+)+", True),
    ],
)
def test_linter_knows_the_shapes(pattern: str, risky: bool) -> None:
    shape = analyze(pattern)
    assert bool(shape.nested_unbounded or shape.ambiguous_alternation) is risky


def test_package_has_patterns() -> None:
    assert len(PATTERNS) > 5


@pytest.mark.parametrize("name, pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_catastrophic_shapes(name: str, pattern: str) -> None:
    shape = analyze(pattern)
    assert not shape.nested_unbounded, f"{name}: nested unbounded quantifier at {shape.nested_unbounded}"
    assert not shape.ambiguous_alternation, f"{name}: ambiguous alternation under a quantifier"
