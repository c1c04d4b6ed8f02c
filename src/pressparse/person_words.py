"""The vocabulary of the people extractor (titles, honorifics, name particles...) read from the
data files, and the helpers that look words up in it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType

import regex

from . import lexicon
from .places import canonical_country


def _entries(lang: str, name: str) -> tuple[str, ...]:
    """A language's vocabulary, falling back to English when the language has none."""
    for code in (lang, "en"):
        try:
            return lexicon.entries(lexicon.language_file(code, name))
        except (FileNotFoundError, OSError):
            continue
    return ()


def _own_entries(lang: str, name: str) -> tuple[str, ...]:
    """A language's own vocabulary, without falling back to English."""
    try:
        return lexicon.entries(lexicon.language_file(lang, name))
    except (FileNotFoundError, OSError):
        return ()


def _with_english(lang: str, name: str) -> frozenset[str]:
    """A language's list on top of the English one: releases in other languages quote English
    names of bodies and English letters after names."""
    return frozenset(_own_entries(lang, name)) | frozenset(_entries("en", name))


@cache
def words_of(lang: str, name: str) -> frozenset[str]:
    """The entries of a vocabulary file as a set (another extractor's files too, read-only)."""
    return frozenset(_entries(lang, name))


@cache
def table_of(lang: str, name: str) -> Mapping[str, str]:
    """A `key = value` vocabulary file as a read-only mapping."""
    pairs = (e.partition("\t" if "\t" in e else "=") for e in _entries(lang, name))
    return MappingProxyType({k.strip(): v.strip() for k, _, v in pairs})


def honorifics(lang: str) -> tuple[str, ...]:
    return _entries(lang, "honorifics.txt")


def particles(lang: str) -> frozenset[str]:
    return words_of(lang, "name_particles.txt")


@cache
def not_names(lang: str) -> frozenset[str]:
    return _with_english(lang, "not_names.txt")


@cache
def elisions(lang: str) -> tuple[str, ...]:
    """Elided words written with an apostrophe ("l'", "d'"), read as words of their own."""
    return _own_entries(lang, "person_elisions.txt")


@cache
def post_nominals(lang: str) -> Mapping[str, tuple[str, ...]]:
    """Letters after a name that are not part of it ("MP", "OBE", "Ph.D"), by their first
    token ("Ph"), longest first."""
    out: dict[str, list[str]] = {}
    for e in sorted(_with_english(lang, "post_nominals.txt"), key=lambda e: (-len(e), e)):
        out.setdefault(re.split(r"[^\w]", e, maxsplit=1)[0], []).append(e)
    return MappingProxyType({k: tuple(v) for k, v in out.items()})


def title_table(lang: str) -> Mapping[str, str]:
    """Position words and connectors (titles.txt) and their kind."""
    return table_of(lang, "titles.txt")


def admin_heads(lang: str) -> frozenset[str]:
    """Words that make an administration after a place name ("Customs" in "Ningbo Customs"):
    the organizations extractor's list, read here so the two agree."""
    return words_of(lang, "org_modifier_heads.txt")


@cache
def demonyms(lang: str) -> Mapping[str, str]:
    """Nationality adjectives and their country ("Chinese" -> "China", "belges" -> "Belgique"):
    the language's own list for people when it has one, else the places data."""
    return table_of(lang, "person_demonyms.txt") if _own_entries(lang, "person_demonyms.txt") else table_of(lang, "demonyms.txt")


TITLE_KINDS = ("position", "portfolio", "modifier", "department")


@cache
def lower_titles(lang: str) -> bool:
    """The language writes positions and fields in lower case too ("le ministre des finances"):
    its titles.txt lists title words in lower case."""
    return any(w[:1].islower() and k in TITLE_KINDS for w, k in title_table(lang).items())


@lru_cache(maxsize=16384)  # keyed by document words: bounded, so a long batch stays flat
def title_kind(word: str, lang: str = "en") -> tuple[str | None, bool]:
    """(kind, plural) of a word in a position ("Co-Chairpersons" -> ("position", True))."""
    table = title_table(lang)
    if word in table:
        return table[word], False
    parts = word.split("-")
    kinds: list[str | None] = []
    plural = False
    for k, part in enumerate(parts):
        kind = table.get(part)
        if kind is None and k == len(parts) - 1 and part.endswith("s") and table.get(part[:-1]) in ("position", "portfolio"):
            kind, plural = table[part[:-1]], True
        kinds.append(kind)
    if None in kinds:
        return None, False
    if len(parts) == 1:
        return kinds[0], plural
    for wanted in ("portfolio", "position", "department", "modifier"):
        if wanted in kinds:
            return wanted, plural
    return None, False


@cache
def grammar(lang: str, kind: str) -> frozenset[str]:
    """The connector words of one kind in titles.txt ("of" is a "tail", "and" a "join")."""
    return frozenset(w for w, k in title_table(lang).items() if k == kind)


def is_title_word(word: str, lang: str = "en") -> bool:
    """Position and field words are never part of a name ("Director Capacity Building")."""
    return title_kind(word, lang)[0] in ("position", "portfolio", "modifier", "department")


def is_head(word: str, lang: str) -> bool:
    return title_kind(word, lang)[0] in ("position", "portfolio")


@lru_cache(maxsize=4096)
def country_of(text: str) -> str | None:
    """The country a phrase names ("Japan", "the Republic of Zambia", "US"), else None."""
    text = text[4:] if text.lower().startswith("the ") else text
    if not text or not text[0].isupper():
        return None
    try:
        return canonical_country(text)
    except Exception:  # the places gazetteer is another module's: never let it break us
        return None


_Trie = dict[str, "_Trie"]


def trie_alternation(words: tuple[str, ...], spaces: str = r"\ ") -> str:
    """Literal words as a pattern that shares their prefixes, longest continuation first: it
    matches what an alternation of them, longest first, matches, and scans a text faster.
    `spaces`: the pattern a space stands for."""
    root: _Trie = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        kids = [(spaces if c == " " else regex.escape(c)) + emit(node[c]) for c in sorted(node) if c]
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return "" if not kids else f"(?:{body})?" if "" in node else body

    return f"(?:{emit(root)})" if words else "(?!)"
