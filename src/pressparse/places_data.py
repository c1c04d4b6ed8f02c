"""The gazetteers behind `places`: one dictionary from a folded name key to what it may name.

Names are looked up by key, never by a regex alternation: `name_key` folds case, accents,
apostrophes and hyphens, so "N'Djamena" / "Ndjamena" and "Lomé" / "LOME" share a key, and each key
keeps a case mask (which words must be capitalized in the text). Built once per language from
`data/countries.json`, `data/cities.json` and `data/en/demonyms.txt` (see scripts/gen_gazetteers.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

import regex

from . import lexicon
from .rules import Rule, collect
from .scoring_text import strip_accents

TOKEN = Rule(
    name="places.token",
    pattern=r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,40}(?:['.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,40}){0,6}",
    examples=("N'Djamena", "Port-au-Prince", "Côte d'Ivoire", "São Tomé"),
    rejects=("", " - ' . ", "(),;"),
    doc="A word of a place name: letters and digits, joined by inner apostrophes, dots or hyphens.",
)

ABBREV_GAP = Rule(
    name="places.abbrev_gap",
    pattern=r"\A\.[ ]{1,2}\Z",
    examples=(". ",),
    rejects=(", ", "  ", ".\n"),
    doc="The gap after an abbreviated word inside a name ('St. John's').",
)
#: Longest name, in tokens, that a lookup tries ("United Kingdom of Great Britain and Northern Ireland").
MAX_TOKENS = 8
#: Most tokens an unknown city name may have in "in Xxx Yyy, Country".
UNKNOWN_CITY_TOKENS = 3

_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th"})
_SPLIT = regex.compile(r"[.-]")


#: Distinct words remembered by `fold` and `_word_key`: bounded, so memory stays flat in a batch.
WORD_CACHE = 1 << 16


@lru_cache(maxsize=WORD_CACHE)
def fold(text: str) -> str:
    """Lower case without accents: "Lomé" -> "lome", "Zürich" -> "zurich" (memoized: a release
    folds the same few hundred words again and again)."""
    return strip_accents(text.translate(_SPECIAL)).casefold()


def _token_texts(text: str) -> list[str]:
    return [m.group(0) for m in TOKEN.compiled.finditer(text)]


def _pieces(token: str) -> list[str]:
    return [p for p in _SPLIT.split(token.replace("'", "")) if p]


@lru_cache(maxsize=WORD_CACHE)
def _word_key(token: str) -> str:
    return " ".join(_pieces(fold(token)))


def key_of_tokens(tokens: Iterable[str]) -> str:
    """The lookup key of a sequence of tokens (apostrophes dropped, hyphens and dots split)."""
    return " ".join(k for k in map(_word_key, tokens) if k)


def name_key(name: str) -> str:
    """The lookup key of a name: "Côte d'Ivoire" and "COTE D'IVOIRE" give "cote divoire"."""
    return key_of_tokens(_token_texts(name))


def case_mask(tokens: Iterable[str]) -> tuple[bool, ...]:
    """For each key word of `tokens`: does it start with a capital?"""
    return tuple(p[:1].isupper() for t in tokens for p in _pieces(t))


@dataclass(frozen=True)
class City:
    """One city of the gazetteer."""

    name: str
    code: str
    country: str
    population: int
    capital: bool
    ambiguity: tuple[str, ...] = ()
    city_state: bool = False

    @property
    def ambiguous(self) -> bool:
        return bool(self.ambiguity)


@dataclass(frozen=True)
class Entry:
    """What one name key may name: countries (alpha-2 codes) and/or cities."""

    countries: tuple[str, ...] = ()
    cities: tuple[City, ...] = ()
    #: For each key word: must it be capitalized in the text?
    mask: tuple[bool, ...] = ()
    #: Is one of its spellings an upper-case abbreviation ("UK", "DRC")? Else a short all-caps
    #: word in the text is an acronym, not this name ("ICA" is not the city of Ica).
    upper: bool = False

    @property
    def country(self) -> str | None:
        return self.countries[0] if len(self.countries) == 1 else None

    def city_country(self) -> str | None:
        """The country a bare mention of this city means, when only one is plausible."""
        if self.country is not None and any(c.city_state for c in self.cities):
            return self.country
        codes = {c.code for c in self.cities if "other countries" not in c.ambiguity}
        return next(iter(codes)) if len(codes) == 1 else None

    def city_unsafe(self) -> bool:
        """A bare mention may not be this city (a word, a person's name, several countries)."""
        return not self.cities or self.city_country() is None or all(c.ambiguous for c in self.cities)


@dataclass(frozen=True)
class Gazetteer:
    names: Mapping[str, Entry]
    country_names: Mapping[str, str]  # alpha-2 -> English name
    #: Every word-prefix of a key ("democratic republic of"): a scan stops once a run is none.
    prefixes: frozenset[str]


def _and_masks(a: tuple[bool, ...], b: tuple[bool, ...]) -> tuple[bool, ...]:
    return tuple(x and y for x, y in zip(a, b)) if len(a) == len(b) else a


@dataclass(frozen=True)
class _Name:
    key: str
    mask: tuple[bool, ...]
    written: str


_CountryNames = tuple[str, tuple[_Name, ...], frozenset[str]]  # code, names, French names risky in English
_CityNames = tuple[City, tuple[_Name, ...]]


@cache
def _names() -> tuple[tuple[_CountryNames, ...], tuple[_CityNames, ...]]:
    """Keys and masks of every country and city name, computed once for all languages."""
    def named(ns: Iterable[str]) -> tuple[_Name, ...]:
        return tuple(_Name(name_key(n), case_mask(_token_texts(n)), n) for n in ns)

    countries: Any = lexicon.load_json("countries.json")["countries"]
    cities: Any = lexicon.load_json("cities.json")["cities"]
    more: dict[str, list[str]] = {}
    for written, code in lexicon.table("country_aliases.txt").items():
        more.setdefault(code, []).append(written)
    cos = tuple((co["code"], named((co["name"], *co["aliases"], *co["fr"], *more.get(co["code"], ()))),
                 frozenset(co.get("fr_risky_in_en", ())))
                for co in countries)
    extra: dict[str, list[str]] = {}
    for written, target in lexicon.table("city_aliases.txt").items():
        extra.setdefault(target, []).append(written)
    cis = tuple(
        (City(name=ci["name"], code=ci["country"], country=ci["country_name"], population=ci["population"],
              capital=ci["capital"], ambiguity=tuple(ci.get("ambiguity", ())), city_state=ci.get("city_state", False)),
         named((ci["name"], *ci["aliases"], *([ci["fr"]] if "fr" in ci else []), *extra.get(ci["name"], ()))))
        for ci in cities
    )
    return cos, cis


@cache
def gazetteer(lang: str = "en") -> Gazetteer:
    """Country and city names usable in texts of `lang` (English names and French ones)."""
    cos, cis = _names()
    country_of: dict[str, list[str]] = {}
    city_of: dict[str, list[City]] = {}
    masks: dict[str, tuple[bool, ...]] = {}
    upper: set[str] = set()

    def add_mask(n: _Name) -> None:
        masks[n.key] = _and_masks(masks[n.key], n.mask) if n.key in masks else n.mask
        if n.written.replace(".", "").isupper():
            upper.add(n.key)

    for code, names_, risky in cos:
        for n in names_:
            if not n.key or (lang == "en" and n.written in risky):
                continue
            add_mask(n)
            codes = country_of.setdefault(n.key, [])
            if code not in codes:
                codes.append(code)
    for city, names_ in cis:
        seen: set[str] = set()
        for n in names_:
            if not n.key or n.key in seen or (n.key in country_of and not city.city_state):
                # A country's name names the country ("Jamaica"), not a same-named city.
                continue
            seen.add(n.key)
            add_mask(n)
            city_of.setdefault(n.key, []).append(city)
    entries: dict[str, Entry] = {}
    for key in sorted(set(country_of) | set(city_of)):
        cs = sorted(city_of.get(key, ()), key=lambda c: (-c.population, c.code))
        entries[key] = Entry(countries=tuple(country_of.get(key, ())), cities=tuple(cs), mask=masks[key],
                             upper=key in upper)
    prefixes = {k.rsplit(" ", i)[0] for k in entries for i in range(1, k.count(" ") + 1)}
    countries: Any = lexicon.load_json("countries.json")["countries"]
    return Gazetteer(
        names=MappingProxyType(entries),
        country_names=MappingProxyType({co["code"]: co["name"] for co in countries}),
        prefixes=frozenset(prefixes),
    )


@cache
def local_country_names(lang: str = "en") -> Mapping[str, str]:
    """alpha-2 -> the country's name in `lang`, for a country inferred from a city: a French
    release says "Belgique" where an English one says "Belgium" (the GUIDE copies names as
    written in the release's language). The shortest name wins, in its accented form."""
    names = dict(gazetteer(lang).country_names)
    if lang == "fr":
        countries: Any = lexicon.load_json("countries.json")["countries"]
        for co in countries:
            if co["fr"]:
                names[co["code"]] = min(co["fr"], key=lambda n: (len(n), -sum(not c.isascii() for c in n)))
    return MappingProxyType(names)


@cache
def regions(lang: str = "en") -> frozenset[str]:
    """Keys of world regions and unions ("Africa", "Latin America", "European Union"): not places."""
    data: Any = lexicon.load_json("countries.json")
    return frozenset(name_key(r) for r in data.get("regions", ()))


@cache
def demonyms() -> Mapping[str, str]:
    """Folded demonym -> English country name."""
    return MappingProxyType({fold(k): v for k, v in lexicon.table("en/demonyms.txt").items()})


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Hit:
    first: int  # token index
    last: int   # token index, inclusive
    entry: Entry | None  # None: an unknown capitalized run


# --- vocabulary --------------------------------------------------------------------------------

def _optional_table(lang: str, name: str) -> dict[str, str]:
    try:
        return {fold(k): v for k, v in lexicon.table(lexicon.language_file(lang, name)).items()}
    except (FileNotFoundError, OSError):
        return {}


@cache
def roles(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(place prepositions, venue nouns) of `lang`, folded."""
    table = _optional_table(lang, "venue_words.txt")
    return (frozenset(k for k, v in table.items() if v == "before"),
            frozenset(k for k, v in table.items() if v == "venue"))


@cache
def honorifics(lang: str) -> frozenset[str]:
    """Folded honorifics ("mr", "dr"): a word after one is a person's name, not a place."""
    return _optional_entries(lang, "honorifics.txt")


@cache
def not_city_words(lang: str) -> frozenset[str]:
    """Folded words that an unknown city name never contains: months ("In May, Kenya ..."), and
    the capitalized non-name words of `not_names.txt` (function words, domain nouns)."""
    return frozenset(_optional_table(lang, "months.txt")) | _optional_entries(lang, "not_names.txt")


def _optional_entries(lang: str, name: str) -> frozenset[str]:
    try:
        return frozenset(fold(h) for h in lexicon.entries(lexicon.language_file(lang, name)))
    except (FileNotFoundError, OSError):
        return frozenset()


# --- scanning ----------------------------------------------------------------------------------

def tokens(text: str, warnings: list[str] | None) -> list[Tok]:
    return collect(TOKEN, text, _tokens, 0, len(text), warnings)


def _tokens(matches: Iterator[regex.Match[str]]) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group(0)) for m in matches]


def joined(text: str, a: Tok, b: Tok) -> bool:
    """Are two tokens words of one name (a space between, or "St. " style abbreviation)?"""
    gap = text[a.end : b.start]
    if gap in (" ", "  "):
        return True
    return len(a.text) <= 3 and a.text[:1].isupper() and ABBREV_GAP.search(gap) is not None


#: Longest all-caps word read as an acronym rather than as a place name ("ICA", "LIMA" is a place).
ACRONYM_LEN = 3


def _mask_ok(entry: Entry, toks: list[Tok]) -> bool:
    got = case_mask(t.text for t in toks)
    if not got or not got[0] or len(got) != len(entry.mask):
        return False
    if not entry.upper and any(len(t.text) <= ACRONYM_LEN and t.text.isupper() for t in toks):
        return False
    return all(g or not need for g, need in zip(got, entry.mask))


def scan(text: str, toks: list[Tok], lang: str) -> list[Hit]:
    """Longest gazetteer names, left to right, each starting with a capitalized token."""
    gaz = gazetteer(lang)
    keys: dict[int, str] = {}  # token index -> its key words

    def key_at(j: int) -> str:
        if j not in keys:
            keys[j] = key_of_tokens((toks[j].text,))
        return keys[j]

    hits: list[Hit] = []
    i = 0
    while i < len(toks):
        best: Hit | None = None
        if toks[i].text[:1].isupper():
            key, n = key_at(i), 1
            while True:
                entry = gaz.names.get(key)
                if entry is not None and _mask_ok(entry, toks[i : i + n]):
                    best = Hit(i, i + n - 1, entry)
                if n >= MAX_TOKENS or i + n >= len(toks) or key not in gaz.prefixes \
                        or not joined(text, toks[i + n - 1], toks[i + n]):
                    break
                key, n = f"{key} {key_at(i + n)}", n + 1
        if best is not None:
            hits.append(best)
            i = best.last + 1
        else:
            i += 1
    return hits


def capitalized_run_before(text: str, toks: list[Tok], last: int) -> int | None:
    """First index of the capitalized run (at most a few tokens) ending at `last`, if any."""
    first = last
    while first > 0 and last - first + 1 < UNKNOWN_CITY_TOKENS and joined(text, toks[first - 1], toks[first]) \
            and toks[first - 1].text[:1].isupper():
        first -= 1
    return first if toks[first].text[:1].isupper() else None
