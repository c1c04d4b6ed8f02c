"""The keys organization mentions are merged on.

Two mentions name one body when a key is shared: the folded name ("n:"), the name without an
owner's short form ("WCO Policy Commission" = "Policy Commission"), "<country> <place head>"
("Malaysian Customs" = "Royal Malaysian Customs Department"), the head-last form of "Committee on
X" ("X Committee"), and the owner's gazetteer entry ("o:": "Council of the WCO" = "WCO Council";
"Conseil de l'OMD" = "Conseil de l'Organisation mondiale des douanes").
"""

from __future__ import annotations

from functools import lru_cache

from .org_head_first import owner_keys as head_first_owner_keys
from .org_rules import country_of, windows
from .org_words import (
    LANG,
    bare,
    fold,
    heads,
    instrument_index,
    looks_like_acronym,
    owner_keys,
    words_of,
)

#: Words linking a head to its complement in names that may also be written head-last.
_INVERTED_LINKS = frozenset({"of", "on", "for"})


def name_keys(name: str, lang: str = LANG) -> set[str]:
    """Keys of a full name, with and without an owner prefix ("WCO Policy Commission")."""
    return set(_name_keys(name, lang))


@lru_cache(maxsize=4096)
def _name_keys(name: str, lang: str) -> frozenset[str]:
    """Cached: a text names the same bodies again and again."""
    keys = {"n:" + fold(name)}
    words = name.split()
    place_heads = words_of("place_heads", lang)
    if len(words) >= 3 and words[0].isupper() and looks_like_acronym(words[0]):
        keys.add("n:" + fold(" ".join(words[1:])))
    core = words[: words.index("of")] if "of" in words[1:] else words
    admin = place_heads | words_of("administration_heads", lang)
    whole = bool(core) and (bare(core[-1]) in admin or " ".join(core[-2:]) in admin)
    # "Malaysian Customs" = "Royal Malaysian Customs Department"
    for head in place_heads & {bare(w) for w in words} if whole else ():
        countries = {c for w in windows([bare(x) for x in words]) if (c := country_of(w))}
        if len(countries) == 1:
            keys.add("n:" + fold(countries.pop()) + " " + fold(head))
    rest = [w for w in words[2:] if w != "the"] if len(words) >= 3 and words[1] in _INVERTED_LINKS else []
    if 1 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest) and bare(words[0]) in heads(lang):
        keys.add("n:" + fold(" ".join([*rest, words[0]])))  # "Committee on Trade Facilitation" = "Trade Facilitation Committee"
    if len(words) >= 4 and words[-1].isupper() and words[-2] in ("of", "the"):
        cut = -3 if words[-2] == "the" and words[-3] == "of" else -2
        keys.add("n:" + fold(" ".join(words[:cut])))
    return frozenset(keys | owner_keys(words) | head_first_owner_keys(name, lang) | _secretariat_keys(words, lang))


def _secretariat_keys(words: list[str], lang: str) -> set[str]:
    """ "CITES Secretariat" = "Secretariat of the Convention on International Trade in ...": the
    secretariat of a well-known instrument, keyed on the instrument's entry."""
    heads = words_of("secretariat_heads", lang)
    if len(words) >= 2 and bare(words[-1]) in heads:
        owner = " ".join(words[:-1])
    elif len(words) >= 3 and words[0] in heads and words[1] == "of":
        owner = " ".join(words[3:] if words[2] == "the" else words[2:])
    else:
        return set()
    idx = instrument_index().get(owner)
    return {f"s:{idx}"} if idx is not None else set()
