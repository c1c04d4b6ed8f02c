"""The vocabulary and the bookkeeping that organization extraction shares.

Per-language word lists (`data/<lang>/org_*`: head words, connectors, stop words ...), the
gazetteer of well-known organizations (`data/organizations.json`, with every surface form), the
`Word` and `Found` views of a capitalized chunk, and the candidate board: `Cand` (one mention,
the keys it is merged on) and `Scan` (everything found in one document before merging).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from . import lexicon
from .document import Document
from .scoring_text import norm

_SPELLING = (("organisation", "organization"), ("centre", "center"), ("co operation", "cooperation"))

LANG = "en"

#: A capitalized word: "Customs", "E-Commerce", "WCO/Japan", "d'Ivoire", "U.S", "AFIP's", "Shippers'".
TOKEN = (
    r"(?:[dl]')?\p{Lu}[\p{L}\p{M}\p{N}]{0,30}(?:[-/'.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,30}){0,4}"
    r"(?:(?<=s)'(?![\p{L}\p{N}]))?"
)


@cache
def words_of(name: str, lang: str = LANG) -> frozenset[str]:
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
        for name in (e["name"], *e.get("aliases", ()), e.get("fr_name"), *e.get("fr_aliases", ())):
            for form in _ampersand_variants(name or ""):
                forms.setdefault(form, []).append((i, False, None))
        for short in (e.get("acronym"), *e.get("short_aliases", ())):
            if short:
                forms.setdefault(short, []).append((i, True, None))
        if e.get("fr_acronym"):  # "OMC", "CPI", "BAD": English words or other things in English text
            forms.setdefault(e["fr_acronym"], []).append((i, True, "fr"))
    return {k: tuple(v) for k, v in forms.items()}


def foreign_particles(lang: str = LANG) -> frozenset[str]:
    """Lower-case particles inside names written in another language ("do", "des", "de")."""
    try:
        return lexicon.words(f"{lang}/org_foreign_particles.txt")
    except (FileNotFoundError, OSError):
        return frozenset()


def heads(lang: str = LANG) -> frozenset[str]:
    """The head words of `data/<lang>/org_words.txt` (empty: the language has no phrase rules)."""
    return words_of("words", lang)


def looks_like_acronym(text: str) -> bool:
    """At least two capitals and no more lower-case letters than capitals ("CoPs", not "Chad")."""
    upper = sum(1 for c in text if c.isupper())
    lower = sum(1 for c in text if c.islower())
    return upper >= 2 and lower <= upper


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a chunk and its offsets."""

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
    for piece in text[start:end].split(" "):
        if piece:
            out.append(Word(piece, i, i + len(piece)))
        i += len(piece) + 1
    return out


def bare(word: str) -> str:
    """A word without a possessive ending ("AFIP's" -> "AFIP")."""
    for suffix in ("'s", "s'"):
        if word.endswith(suffix) and len(word) > 3:
            return word[: -len(suffix)] + ("s" if suffix == "s'" else "")
    return word


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
    chunks: dict[int, int] = field(default_factory=dict)  # chunk end -> chunk start
    defined: set[str] = field(default_factory=set)
    not_org_acronyms: set[str] = field(default_factory=set)
    not_org_ends: set[int] = field(default_factory=set)  # where a non-organization long form ends
    title_zones: list[tuple[int, int]] = field(default_factory=list)
    skip_zones: list[tuple[int, int]] = field(default_factory=list)  # venues, web furniture: no mention inside
    searched: set[str] = field(default_factory=set)  # acronyms whose uses were already collected
    vouched: set[str] = field(default_factory=set)  # short forms in brackets after a person's name: "(ICC)"

    def chunk_words(self, end: int) -> list[Word] | None:
        """The words of the capitalized chunk that ends at `end`, if one does."""
        start = self.chunks.get(end)
        return None if start is None else split_words(self.doc.text, start, end)

    def add(self, start: int, end: int, core_end: int, short: bool, rule: str, keys: set[str]) -> Cand:
        c = Cand(start, end, core_end, short, rule, keys)
        self.cands.append(c)
        return c


def doc_strip_left(text: str, pos: int) -> int:
    """`pos` moved left over spaces."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos


@cache
def not_names(lang: str) -> frozenset[str]:
    """Words and phrases that are never an organization's whole name."""
    try:
        return lexicon.words(f"{lang}/org_stop_words.txt") | lexicon.words(f"{lang}/org_not_orgs.txt")
    except (FileNotFoundError, OSError):
        return frozenset()


# -- one body's names: keys on the organization that owns it ------------------------------
def owner_entry(phrase: str) -> int | None:
    """The one gazetteer entry a form names ("WCO", "World Customs Organization"), if unambiguous."""
    entries = {i for i, _, _ in gazetteer_forms().get(bare(phrase), ())}
    return entries.pop() if len(entries) == 1 else None


def owner_keys(words: list[str], deeper: bool = True) -> set[str]:
    """ "Council of the World Customs Organization" = "WCO Council": a body of a well-known
    organization keyed on the organization's gazetteer entry, whichever form names it; one level
    down, "Group of the EU Council" = "Group of the Council of the European Union"."""
    keys: set[str] = set()
    for k in range(1, min(len(words), 6)):  # "WCO Policy Commission": owner first
        idx = owner_entry(" ".join(words[:k]))
        if idx is not None and words[k:] and words[k][:1].isupper():
            keys.add(f"o:{idx}:" + fold(" ".join(words[k:])))
    if "of" in words[1:]:  # "Policy Commission of the WCO": owner last
        at = words.index("of", 1)
        rest = words[at + 2 :] if words[at + 1 : at + 2] == ["the"] else words[at + 1 :]
        idx = owner_entry(" ".join(rest)) if rest else None
        if idx is not None:
            keys.add(f"o:{idx}:" + fold(" ".join(words[:at])))
        elif deeper and rest:
            keys |= {f"x:{fold(' '.join(words[:at]))}|{k}" for k in owner_keys(rest, False)}
    return keys


# -- phrases with an organization head that name no organization ------------------------------
#: Heads that with a venue word before them name a building ("Conference Centre").
_CENTRE_HEADS = frozenset({"Centre", "Center", "Centres", "Centers"})


def secretariat_of_body(words: list[Word], found: Found, lang: str = LANG) -> bool:
    """ "the WTO Secretariat", "the UPU International Bureau", "the Secretariat of the OAS": the
    secretariat of an organization, which the guide does not count as one (the secretariat of a
    convention, "Secretariat of the Abuja Convention", is a body of its own)."""
    core = [w.text for w in words[found.first : found.core_last + 1]]
    phrases = words_of("secretariat_heads", lang)
    n = next((k for k in (2, 1) if len(core) >= k and " ".join(core[-k:]) in phrases), 0)
    if not n:
        return False
    owner = [w for w in core[:-n] if w != "the"]
    if not owner and found.has_tail:
        owner = [w.text for w in words[found.core_last + 1 : found.last + 1] if w.text not in ("of", "the")]
    phrase = bare(" ".join(owner))
    if not phrase or phrase in instrument_forms():
        return False
    return phrase in gazetteer_forms() or (phrase.isupper() and looks_like_acronym(phrase) and " " not in phrase)


def is_venue(words: list[Word], found: Found, lang: str = LANG) -> bool:
    """ "United Nations Conference Centre", "Harbour Convention Center": a building, not a body."""
    last = found.core_last
    if bare(words[last].text) not in _CENTRE_HEADS:
        return False
    venue = words_of("venue_words", lang)
    return any(" ".join(w.text for w in words[k:last]) in venue for k in (last - 1, last - 2) if k >= found.first)


@cache
def _school_words(lang: str) -> dict[str, str]:
    try:
        return dict(lexicon.table(f"{lang}/org_school_words.txt"))
    except (FileNotFoundError, OSError):
        return {}


@cache
def _position_words(lang: str, kinds: tuple[str, ...] = ("position",)) -> frozenset[str]:
    try:
        return frozenset(k for k, v in lexicon.table(f"{lang}/titles.txt").items() if v in kinds)
    except (FileNotFoundError, OSError):
        return frozenset()


def office_of_position(words: list[Word], found: Found, lang: str = LANG) -> bool:
    """ "the Office of the Secretary General", "Cabinet of the Commissioner": an "of" tail made
    only of position words names a post's office inside a body, not a body."""
    tail = [w.text for w in words[found.core_last + 1 : found.last + 1] if not w.text.islower()]
    posts = _position_words(lang, ("position", "modifier"))
    return found.has_tail and bool(tail) and all(bare(t) in posts for t in tail)


def is_school_venue(text: str, words: list[Word], found: Found, lang: str = LANG) -> bool:
    """ "(held) at the National Customs School", "at its Customs Training Centre": a training
    institution after "at"/"in" is where something happens, a venue; after a position ("Professor
    at the Ruritania Customs Academy") it is the speaker's employer, an organization. Names the
    gazetteer knows and names defined with a short form stay organizations."""
    roles = _school_words(lang)
    core = [bare(w.text) for w in words[found.first : found.core_last + 1]]
    role = roles.get(core[-1])
    if role != "head" and not (role == "needs" and any(roles.get(w) == "training" for w in core[:-1])):
        return False
    start, end = words[found.first].start, words[found.last].end
    name = bare(text[start:end])
    if name in gazetteer_forms() or name.partition(" ")[2] in gazetteer_forms() or text.startswith(" (", end):
        return False  # "at the (WCO) Regional Training Centre": a body the gazetteer knows
    before = text[max(0, start - 60) : start].split()
    while before and (before[-1] in ("the", "its", "their", "his", "her") or before[-1].endswith("'s")):
        before.pop()
    if not before or before[-1] not in ("at", "in"):
        return False
    prev = before[-2].strip(",") if len(before) >= 2 else ""
    return prev not in _position_words(lang) and not (prev[:1].isupper() and prev in words_of("affiliation_titles", lang))


@cache
def instrument_index() -> dict[str, int]:
    """Names and short forms of well-known instruments ("CITES", "Basel Convention") -> entry."""
    try:
        data = lexicon.load_json("instruments.json")
    except (FileNotFoundError, OSError):
        return {}
    return {f: i for i, e in enumerate(data["instruments"]) for f in (e["name"], *e["aliases"], *e["acronyms"])}


@cache
def instrument_forms() -> frozenset[str]:
    """Names and short forms of well-known instruments ("CITES", "Basel Convention")."""
    return frozenset(instrument_index())


def instrument_at(text: str, pos: int) -> str | None:
    """The longest name of a well-known instrument written at `pos` ("Revised Kyoto Convention"
    rather than "Kyoto Convention"), whole words only."""
    best = None
    for form in instrument_index():
        if (best is None or len(form) > len(best)) and text.startswith(form, pos) and boundary(text, pos, pos + len(form)):
            best = form
    return best
