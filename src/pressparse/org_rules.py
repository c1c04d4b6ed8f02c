"""Phrase analysis for organizations: capitalized chunks, head words, and the candidate board.

A capitalized chunk ("Director General of Kenya Revenue Authority") is split into runs of
capitalized words and the lower-case connectors between them. An organization is a run that
ends in a head word ("Authority"), possibly followed by an "of ..." tail ("Ministry of
Finance"). Which words are heads, connectors or openers is per-language data (`data/<lang>/org_*`).
`Scan` collects the candidates (`Cand`) of one document and the keys they are merged on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Mapping
from functools import cache
from typing import Any

from . import lexicon
from .document import Document
from .places import canonical_country, country_of_city
from .rules import Rule, alternation
from .scoring_text import norm

_SPELLING = (("organisation", "organization"), ("centre", "center"), ("co operation", "cooperation"))

LANG = "en"

#: A capitalized word: "Customs", "E-Commerce", "WCO/Japan", "d'Ivoire", "U.S", "AFIP's", "Shippers'".
TOKEN = (
    r"(?:[dl]')?\p{Lu}[\p{L}\p{M}\p{N}]{0,30}(?:[-/'.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,30}){0,4}"
    r"(?:(?<=s)'(?![\p{L}\p{N}]))?"
)


@cache
def _words(name: str, lang: str = LANG) -> frozenset[str]:
    """A vocabulary of `data/<lang>/org_<name>.txt`, empty when the language has none."""
    try:
        return lexicon.words(f"{lang}/org_{name}.txt")
    except (FileNotFoundError, OSError):
        return frozenset()


@cache
def connectors(lang: str = LANG) -> dict[str, str]:
    """Lower-case connector word -> role (tail, join, article)."""
    try:
        return dict(lexicon.table(f"{lang}/org_connectors.txt"))
    except (FileNotFoundError, OSError):
        return {}


def _ampersand_variants(name: str) -> tuple[str, ...]:
    """A name as listed and with "and" and "&" swapped ("HM Revenue & Customs")."""
    if not name:
        return ()
    if " and " in name:
        return (name, name.replace(" and ", " & "))
    return (name, name.replace(" & ", " and ")) if " & " in name else (name,)


@cache
def gazetteer() -> tuple[Mapping[str, Any], ...]:
    """The entries of data/organizations.json."""
    return tuple(lexicon.load_json("organizations.json")["organizations"])


@cache
def gazetteer_forms() -> dict[str, tuple[tuple[int, bool, str | None], ...]]:
    """Surface form -> (entry index, is a short form, language the form is limited to)."""
    forms: dict[str, list[tuple[int, bool, str | None]]] = {}
    for i, e in enumerate(gazetteer()):
        for name in (e["name"], *e.get("aliases", ()), e.get("fr_name")):
            for form in _ampersand_variants(name or ""):
                forms.setdefault(form, []).append((i, False, None))
        for short in (e.get("acronym"), *e.get("short_aliases", ())):
            if short:
                forms.setdefault(short, []).append((i, True, None))
        if e.get("fr_acronym"):  # "OMC", "CPI", "BAD": English words or other things in English text
            forms.setdefault(e["fr_acronym"], []).append((i, True, "fr"))
    return {k: tuple(v) for k, v in forms.items()}


def heads(lang: str = LANG) -> frozenset[str]:
    """The head words of `data/<lang>/org_words.txt` (empty: the language has no phrase rules)."""
    return _words("words", lang)


def _chunk_pattern() -> str:
    """Capitalized words with up to three connectors between two of them, 31 words at most."""
    conn = alternation(tuple(connectors()))
    return rf"(?<![\p{{L}}\p{{N}}]){TOKEN}(?:[ ]{{1,3}}(?:{conn}[ ]{{1,3}}){{0,3}}{TOKEN}){{0,30}}"


CHUNK = Rule(
    name="org_capitalized_chunk",
    pattern=_chunk_pattern(),
    examples=("the Ministry of Finance", "Kenya Revenue Authority", "Côte d'Ivoire Revenue Office"),
    rejects=("customs administrations", "in a meeting", "123 456"),
    doc="Capitalized words joined by connectors: the raw material of organization names.",
)

RULES: tuple[Rule, ...] = (CHUNK,)


def looks_like_acronym(text: str) -> bool:
    """At least two capitals and no more lower-case letters than capitals ("CoPs", not "Chad")."""
    upper = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    return upper >= 2 and lower <= upper


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or self.text[:2] in ("d'", "l'")


@dataclass(frozen=True)
class Found:
    """An organization name inside a chunk: words [first, last], its core ending at `core_last`."""

    first: int
    last: int
    core_last: int

    @property
    def has_tail(self) -> bool:
        return self.last > self.core_last


def split_words(text: str, start: int, end: int) -> list[Word]:
    """The space-separated words of text[start:end], with their offsets."""
    out: list[Word] = []
    i = start
    while i < end:
        while i < end and text[i] == " ":
            i += 1
        j = i
        while j < end and text[j] != " ":
            j += 1
        if j > i:
            out.append(Word(text[i:j], i, j))
        i = j
    return out


def bare(word: str) -> str:
    """A word without a possessive ending ("AFIP's" -> "AFIP")."""
    for suffix in ("'s", "s'"):
        if word.endswith(suffix) and len(word) > 3:
            return word[: -len(suffix)] + ("s" if suffix == "s'" else "")
    return word


def _head_len(words: list[Word], first: int, last: int, lang: str) -> int:
    """How many words at the end of words[first..last] form a head (0: none)."""
    hs = heads(lang)
    if last - 1 >= first and f"{words[last - 1].text} {bare(words[last].text)}" in hs:
        return 2
    return 1 if bare(words[last].text) in hs else 0


@cache
def _demonyms(lang: str) -> dict[str, str]:
    try:
        return dict(lexicon.table(f"{lang}/demonyms.txt"))
    except (FileNotFoundError, OSError):
        return {}


def country_of(phrase: str, lang: str = LANG) -> str | None:
    """The country a country name or nationality adjective names ("Thai" -> "Thailand")."""
    return _demonyms(lang).get(phrase) or canonical_country(phrase)


def is_place(phrase: str, lang: str = LANG) -> bool:
    """A country, city or nationality adjective ("Norway", "Ningbo", "Chilean")."""
    return (
        phrase in _demonyms(lang)
        or canonical_country(phrase) is not None
        or country_of_city(phrase) is not None
    )


def windows(words: list[str], longest: int = 3) -> list[str]:
    """Every phrase of 1..longest consecutive words, longest first."""
    return [" ".join(words[i : i + n]) for n in range(longest, 0, -1) for i in range(len(words) - n + 1)]


def _place_modified(mods: list[str], lang: str) -> bool:
    """Does a place name among the modifiers ("Royal Malaysian", "Hong Kong", "Côte d'Ivoire")?"""
    return any(is_place(w, lang) for w in windows([bare(m) for m in mods]))


def _is_plural(head: str, lang: str) -> bool:
    hs = heads(lang)
    return head.endswith("s") and (head[:-1] in hs or (head.endswith("ies") and head[:-3] + "y" in hs))


def valid_core(
    words: list[Word], first: int, last: int, tail: bool, lang: str = LANG, tail_place: bool = False
) -> bool:
    """Does words[first..last] name an organization (with an "of ..." tail, naming a place or not)?"""
    n_head = _head_len(words, first, last, lang)
    if not n_head:
        return False
    head = bare(words[last].text)
    joins = connectors(lang)
    mods = [w.text for w in words[first : last - n_head + 1] if joins.get(w.text) != "join"]
    generic = _words("generic_modifiers", lang)
    if head in _words("place_heads", lang) and not _place_modified(mods, lang):
        return False
    if head in _words("modifier_heads", lang):
        return any(m not in generic for m in mods)
    generic_class = all(m in generic for m in mods) or mods[-1:] == ["Customs"]
    if _is_plural(head, lang) and generic_class and (not tail or tail_place):
        return False  # "Customs Administrations (of Guinea)": a class, not one body
    if not mods:
        return tail
    name = " ".join([*(w.text for w in words[first:last]), head]).lower()
    return name not in {x.lower() for x in _words("not_orgs", lang)}


def unit_head(words: list[Word], found: Found, lang: str = LANG) -> bool:
    """A department-like unit of a body ("the Compliance Department", "Division of the GRA"),
    not a body named by a place ("the Malaysian Customs Department")."""
    if bare(words[found.core_last].text) not in _words("unit_heads", lang):
        return False
    if found.has_tail:  # "the Customs Division of the GRA": a unit of a body named by its acronym
        return words[found.last].text.isupper() and looks_like_acronym(words[found.last].text)
    mods = [w.text for w in words[found.first : found.core_last]]
    return not _place_modified(mods, lang)


def generic_only(words: list[Word], found: Found, lang: str = LANG) -> bool:
    """Only generic words before the head ("Customs Administration"): needs "the" to be a name."""
    generic = _words("generic_modifiers", lang)
    mods = [w.text for w in words[found.first : found.core_last]]
    return not found.has_tail and all(m in generic for m in mods)


def _runs(words: list[Word], lang: str) -> list[tuple[int, int]]:
    """Maximal runs of capitalized words; "X and Y" stays one run ("Customs and Excise")."""
    conn = connectors(lang)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not words[i].cap:
            i += 1
            continue
        j = i
        while True:
            if j + 1 < len(words) and words[j + 1].cap:
                j += 1
            elif j + 2 < len(words) and conn.get(words[j + 1].text) == "join" and words[j + 2].cap:
                joined = words[j + 2].text in _words("joined_words", lang)
                if words[j + 2].text.endswith("'s"):
                    break  # "... and Chile's National ...": an owner starts a new name
                if j - i >= 1 and not joined and valid_core(words, i, j, False, lang):
                    break  # "Japan Customs and Korea Customs Service": two names
                j += 2
            else:
                break
        runs.append((i, j))
        i = j + 1
    return runs


def _opener(word: str, lang: str) -> bool:
    """A word before a name, not in it: "The", "Lisbon-based"."""
    if word in _words("stop_words", lang):
        return True
    left, _, right = word.rpartition("-")
    return bool(left) and right.islower() and right.endswith("ed")  # "Brussels-based", "WCO-led"


def strip_openers(words: list[Word], first: int, last: int, lang: str) -> int:
    """The first word of words[first..last] that may start a name."""
    while first < last and _opener(words[first].text, lang):
        first += 1
    return first


def _tail_start(words: list[Word], prev_last: int, nxt: int, lang: str) -> bool:
    """Are the words between two runs an "of (the)" link that keeps the name going?"""
    conn = connectors(lang)
    between = [w.text for w in words[prev_last + 1 : nxt]]
    if not between or conn.get(between[0]) != "tail":
        return False
    return all(conn.get(b) == "article" for b in between[1:])


def _tail_run_ok(words: list[Word], run: tuple[int, int], lang: str) -> bool:
    """A tail run neither names a Customs administration nor ends in a date or region word."""
    stops = _words("tail_stops", lang)
    first, last = run
    if words[first].text in stops or bare(words[last].text) in stops:
        return False
    place_head = bare(words[last].text) in _words("place_heads", lang)
    return not (place_head and valid_core(words, first, last, False, lang))


def find_in_words(words: list[Word], lang: str = LANG) -> list[Found]:
    """Organization names in a chunk's words, left to right, tails included."""
    runs = _runs(words, lang)
    out: list[Found] = []
    k = 0
    while k < len(runs):
        first, last = runs[k]
        first = strip_openers(words, first, last, lang)
        k2 = k
        end = last
        while (
            k2 + 1 < len(runs)
            and _tail_start(words, runs[k2][1], runs[k2 + 1][0], lang)
            and _tail_run_ok(words, runs[k2 + 1], lang)
        ):
            k2 += 1
            end = runs[k2][1]
        tail_place = end > last and is_place(" ".join(w.text for w in words[runs[k + 1][0] : end + 1]), lang)
        if valid_core(words, first, last, end > last, lang, tail_place):
            out.append(Found(first, end, last))
            k = k2 + 1
            continue
        cut = _before_title(words, first, last, lang)
        if cut is not None:
            out.append(Found(first, cut, cut))
        k += 1
    return out


def _before_title(words: list[Word], first: int, last: int, lang: str) -> int | None:
    """ "Kenya Revenue Authority Commissioner General": the name ends before the title."""
    titles = _words("affiliation_titles", lang)
    for h in range(first + 1, last + 1):
        if words[h].text in titles and valid_core(words, first, h - 1, False, lang):
            return h - 1
    return None


@dataclass
class Cand:
    """A candidate mention: a name (its core ends at `core_end`) or a short form, and its keys."""

    start: int
    end: int
    core_end: int
    short: bool
    rule: str
    keys: set[str] = field(default_factory=set)
    core_key: str | None = None


def fold(name: str) -> str:
    """A name folded for merging: scoring's `norm`, hyphens as spaces, one spelling."""
    text = norm(name.replace("-", " "))
    for a, b in _SPELLING:
        text = text.replace(a, b)
    return text


def acronym_key(short: str) -> str:
    """ "RILOs" -> "RILO", "Interpol" -> "INTERPOL": the form acronym mentions are merged on."""
    if len(short) > 2 and short.endswith("s") and short[-2].isupper():
        short = short[:-1]
    return "a:" + short.upper()


def name_keys(name: str) -> set[str]:
    """Keys of a full name, with and without an owner prefix ("WCO Policy Commission")."""
    keys = {"n:" + fold(name)}
    words = name.split()
    if len(words) >= 3 and words[0].isupper() and looks_like_acronym(words[0]):
        keys.add("n:" + fold(" ".join(words[1:])))
    if "Customs" in words:  # "Malaysian Customs" = "Royal Malaysian Customs Department"
        countries = {c for w in windows([bare(x) for x in words]) if (c := country_of(w))}
        if len(countries) == 1:
            keys.add("n:" + fold(countries.pop()) + " customs")
    if len(words) >= 4 and words[-1].isupper() and words[-2] in ("of", "the"):
        cut = -3 if words[-2] == "the" and words[-3] == "of" else -2
        keys.add("n:" + fold(" ".join(words[:cut])))
    return keys


def boundary(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a whole word (no letter or digit glued on either side)?"""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def trim_possessive(text: str, start: int, end: int) -> int:
    """The end of text[start:end] without a possessive "'s"."""
    return end - 2 if text[start:end].endswith("'s") and end - start > 3 else end


@dataclass
class Scan:
    """Everything found in one document, before merging."""

    doc: Document
    lang: str
    warnings: list[str] | None
    cands: list[Cand] = field(default_factory=list)
    chunks: dict[int, list[Word]] = field(default_factory=dict)  # chunk end -> its words
    defined: set[str] = field(default_factory=set)
    not_org_acronyms: set[str] = field(default_factory=set)
    not_org_ends: set[int] = field(default_factory=set)  # where a non-organization long form ends
    title_zones: list[tuple[int, int]] = field(default_factory=list)
    searched: set[str] = field(default_factory=set)  # acronyms whose uses were already collected

    def add(self, start: int, end: int, core_end: int, short: bool, rule: str, keys: set[str]) -> Cand:
        c = Cand(start, end, core_end, short, rule, keys)
        self.cands.append(c)
        return c


def doc_strip_left(text: str, pos: int) -> int:
    """`pos` moved left over spaces."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos


def not_names(lang: str) -> frozenset[str]:
    """Words and phrases that are never an organization's whole name."""
    try:
        return lexicon.words(f"{lang}/org_stop_words.txt") | lexicon.words(f"{lang}/org_not_orgs.txt")
    except (FileNotFoundError, OSError):
        return frozenset()
