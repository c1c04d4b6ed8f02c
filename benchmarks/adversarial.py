"""Adversarial inputs shared by the benchmark and the tests: each a function of a target size."""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


#: name -> builder(size in characters) -> text
INPUTS: dict[str, Callable[[int], str]] = {
    "one letter": _repeat("a"),
    "opening brackets": _repeat("("),
    "Mr. repeated": _repeat("Mr. "),
    "capitalized words": _repeat("Customs "),
    "capitalized names": _repeat("Abc Defg "),
    "line without spaces": _repeat("abcdefghij"),
    "digits": _repeat("1234567890"),
    "dashes and dots": _repeat("-.-. "),
    "date-like": _repeat("12 - 13 12 - "),
    "control chars": _repeat("\x00\x01\x02\x1b\x7f "),
    "mixed scripts": _repeat("Customs 海关 таможня جمارك "),
    "honorific lists": _repeat("Mr. Ab Cd, Director of Ef Gh, and "),
    "acronym brackets": _repeat("World Customs Organization (WCO ( "),
}
