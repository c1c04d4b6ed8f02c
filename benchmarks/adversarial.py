"""Adversarial inputs shared by the benchmark (benchmarks/bench.py) and tests/test_adversarial.py.

`INPUTS` maps a name to a builder: size in characters -> text, so the benchmark can time each
input at 100 KB, 1 MB and 10 MB. `ISSUE_CASES` are the inputs issue 5 lists, at the sizes it
names, kept as tests. All text here is invented; none comes from the corpus.
"""

from __future__ import annotations

from collections.abc import Callable

Builder = Callable[[int], str]


def repeat(unit: str) -> Builder:
    """A builder that repeats `unit` and cuts the result at exactly `size` characters."""
    return lambda size: (unit * (size // len(unit) + 1))[:size]


#: Capitalized words that extractors react to (org heads, titles, event words, places), mixed
#: with plain ones, so a run of them looks like one endless proper name.
CAPITALIZED = (
    "World Customs Organization Secretary General Regional Office Capacity Building Conference "
    "Brussels Belgium Kenya Revenue Authority Programme Committee Meeting Session Director "
    "National Customs Administration Deputy Commissioner Ministry Finance Workshop Forum Annual "
    "Operation Trade Facilitation Agreement Harmonized System Council Policy Commission Union "
    "African Asia Pacific Vice Chair Senior Officer Technical Assistance Project Round Table"
).split()
CONTROL = "".join(chr(c) for c in (*range(0, 32), 127, *range(0x80, 0xA0)))
MIXED_SCRIPTS = (
    "Customs 海关总署 таможня جمارك מכס सीमा शुल्क 관세청 ศุลกากร Τελωνείο 税関 "
    "e\u0301\u0301\u0301 \u202eTIDE\u202c \u200b\u200d\ufeff \U0001f600\U0001f1e7\U0001f1ea "
    "١٢ مارس ٢٠١٩ ١２ 𝐖𝐂𝐎 Ⅻ ǅ İ ß ﬁ \u2028\u2029\x85 "
)


def capitalized_words(size: int) -> str:
    """Capitalized words in a row, no punctuation, cut at `size` characters."""
    return repeat(" ".join(CAPITALIZED) + " ")(size)


#: name -> builder(size in characters) -> text
INPUTS: dict[str, Builder] = {
    "one letter": repeat("a"),
    "opening brackets": repeat("("),
    "Mr. repeated": repeat("Mr. "),
    "capitalized words": capitalized_words,
    "capitalized names": repeat("Abc Defg "),
    "line without spaces": repeat("abcdefghij"),
    "line, no spaces, mixed": repeat("WCO2019-12.Mr.(Ab)Cd,Kenya;3May"),
    "digits": repeat("1234567890"),
    "dashes": repeat("-"),
    "dots": repeat("."),
    "dashes and dots": repeat("-.-. "),
    "date-like": repeat("12 - 13 12 - "),
    "NUL": repeat("\x00"),
    "control chars": repeat(CONTROL + " "),
    "mixed scripts": repeat(MIXED_SCRIPTS),
    "honorific lists": repeat("Mr. Ab Cd, Director of Ef Gh, and "),
    "acronym brackets": repeat("World Customs Organization (WCO ( "),
    "event phrases": repeat(" a meeting of the Policy Commission and"),
    "event sentences": repeat(" The workshop on risk management was held. A meeting of the Policy Commission took place."),
}

#: Length of the "long runs" the issue names without a size (digits, dashes, dots, controls...).
LONG_RUN = 100_000

#: The inputs issue 5 names, at its sizes: name -> (builder, size in characters). Where the
#: issue gives no size, a run of LONG_RUN characters; bench.py times them all up to 10 MB.
ISSUE_CASES: dict[str, tuple[Builder, int]] = {
    "1 MB of one letter": (INPUTS["one letter"], 1_000_000),
    "100,000 opening brackets": (INPUTS["opening brackets"], 100_000),
    "'Mr. ' x 100,000": (INPUTS["Mr. repeated"], 400_000),
    "50,000 capitalized words": (capitalized_words, sum(len(w) + 1 for w in CAPITALIZED) * 50_000 // len(CAPITALIZED)),
    "2 MB line without spaces": (INPUTS["line without spaces"], 2_000_000),
    "line without spaces, with digits and punctuation": (INPUTS["line, no spaces, mixed"], LONG_RUN),
    "run of digits": (INPUTS["digits"], LONG_RUN),
    "run of dashes": (INPUTS["dashes"], LONG_RUN),
    "run of dots": (INPUTS["dots"], LONG_RUN),
    "run of dashes and dots": (INPUTS["dashes and dots"], LONG_RUN),
    "run of NUL": (INPUTS["NUL"], LONG_RUN),
    "run of control characters": (INPUTS["control chars"], LONG_RUN),
    "run of mixed scripts": (INPUTS["mixed scripts"], LONG_RUN),
}
