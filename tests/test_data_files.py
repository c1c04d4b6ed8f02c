"""Lint every data file in pressparse/data, including files added later.

Every `.txt` vocabulary: a header comment, no duplicate entries, no stray white space, NFC text.
Every `.json` file: valid, NFC text, and read-only once loaded. The gazetteers (countries, cities,
demonyms) also get a schema check and cross-file consistency checks.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from pressparse import lexicon
from pressparse.places_data import name_key

DATA = Path(str(resources.files("pressparse").joinpath("data")))
TXT = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.txt"))
JSON = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.json"))


def _text(rel: str) -> str:
    return (DATA / rel).read_text(encoding="utf-8")


def test_data_files_exist() -> None:
    assert "countries.json" in JSON and "cities.json" in JSON and "en/demonyms.txt" in TXT


@pytest.mark.parametrize("rel", TXT + JSON)
def test_nfc_and_no_bom(rel: str) -> None:
    text = _text(rel)
    assert not text.startswith("\ufeff"), f"{rel} starts with a BOM"
    assert unicodedata.normalize("NFC", text) == text, f"{rel} is not NFC-normalized"


@pytest.mark.parametrize("rel", TXT)
def test_txt_has_header_comment(rel: str) -> None:
    lines = [ln for ln in _text(rel).splitlines() if ln.strip()]
    assert lines and lines[0].startswith("#"), f"{rel} must open with a '#' header comment"


@pytest.mark.parametrize("rel", TXT)
def test_txt_lines_are_clean(rel: str) -> None:
    for n, line in enumerate(_text(rel).splitlines(), 1):
        assert line == line.strip(), f"{rel}:{n} has leading or trailing white space: {line!r}"
        assert "\t" not in line or line.count("\t") == 1, f"{rel}:{n} has several tabs"


def _sections(entries: tuple[str, ...]) -> dict[str, list[str]]:
    """Entries by `[section]` (a file without sections is one section named "")."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for e in entries:
        if e.startswith("[") and e.endswith("]"):
            current = e
            assert current not in out, f"section {current} appears twice"
            out[current] = []
        else:
            out[current].append(e)
    return out


@pytest.mark.parametrize("rel", TXT)
def test_txt_has_no_duplicates(rel: str) -> None:
    entries = lexicon.entries(rel)
    assert entries, f"{rel} has no entries"
    for section, items in _sections(entries).items():
        dups = sorted(e for e, k in Counter(items).items() if k > 1)
        assert not dups, f"{rel} {section} repeats {dups}"
        # A `key = value` table must not repeat a key either (the later one would win silently).
        if items and all(" = " in e or "\t" in e for e in items):
            pairs = [e.partition("\t" if "\t" in e else "=") for e in items]
            keys = Counter(k.strip() for k, _, _ in pairs)
            assert all(k.strip() and v.strip() for k, _, v in pairs), f"{rel} {section} has an empty key or value"
            repeated = sorted(k for k, n in keys.items() if n > 1)
            assert not repeated, f"{rel} {section} repeats keys {repeated}"


@pytest.mark.parametrize("rel", JSON)
def test_json_parses(rel: str) -> None:
    json.loads(_text(rel))


@pytest.mark.parametrize("rel", JSON)
def test_load_json_is_read_only(rel: str) -> None:
    data = lexicon.load_json(rel)
    _assert_frozen(data, rel)


def _assert_frozen(value: Any, where: str) -> None:
    if isinstance(value, (dict, list, set)):
        raise AssertionError(f"{where}: a mutable {type(value).__name__} in load_json's result")
    if hasattr(value, "items"):
        with pytest.raises(TypeError):
            value["__probe__"] = 1
        for k, v in value.items():
            _assert_frozen(v, f"{where}/{k}")
    elif isinstance(value, tuple):
        for i, v in enumerate(value):
            _assert_frozen(v, f"{where}[{i}]")


def test_load_json_is_cached() -> None:
    assert lexicon.load_json("countries.json") is lexicon.load_json("countries.json")


# --- gazetteers --------------------------------------------------------------------------------

def _countries() -> list[dict[str, Any]]:
    return list(json.loads(_text("countries.json"))["countries"])


def _cities() -> list[dict[str, Any]]:
    return list(json.loads(_text("cities.json"))["cities"])


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v == v.strip() and v for v in value)


def test_countries_schema() -> None:
    rows = _countries()
    assert len(rows) > 240
    codes = [r["code"] for r in rows]
    assert codes == sorted(codes) and len(set(codes)) == len(codes)
    for r in rows:
        assert set(r) <= {"code", "name", "aliases", "fr", "fr_risky_in_en"}, r["code"]
        assert len(r["code"]) == 2 and r["code"].isupper() and r["code"].isalpha()
        assert isinstance(r["name"], str) and r["name"] == r["name"].strip() and r["name"]
        assert _str_list(r["aliases"]) and r["aliases"] == sorted(set(r["aliases"])), r["code"]
        assert _str_list(r["fr"]) and r["fr"] == sorted(set(r["fr"])), r["code"]
        assert set(r.get("fr_risky_in_en", [])) <= set(r["fr"]), r["code"]
        assert r["name"] not in r["aliases"], r["code"]
    regions = json.loads(_text("countries.json"))["regions"]
    assert _str_list(regions) and "Africa" in regions


def test_country_names_name_one_country() -> None:
    owner: dict[str, str] = {}
    for r in _countries():
        for n in (r["name"], *r["aliases"]):
            key = name_key(n)
            assert owner.setdefault(key, r["code"]) == r["code"], f"{n!r}: {owner[key]} and {r['code']}"


def test_cities_schema_and_countries_exist() -> None:
    countries = {r["code"]: r["name"] for r in _countries()}
    rows = _cities()
    assert len(rows) > 4000
    allowed = {"word", "person name", "country name", "other countries"}
    capitals: Counter[str] = Counter()
    for r in rows:
        where = f"{r.get('name')} ({r.get('country')})"
        assert set(r) <= {"name", "country", "country_name", "aliases", "population", "capital", "geonameid",
                          "ambiguous", "ambiguity", "fr", "city_state"}, where
        assert isinstance(r["name"], str) and r["name"] == r["name"].strip() and r["name"], where
        assert r["country"] in countries, f"{where}: unknown country"
        assert r["country_name"] == countries[r["country"]], where
        assert _str_list(r["aliases"]) and r["aliases"] == sorted(set(r["aliases"])), where
        assert isinstance(r["population"], int) and r["population"] >= 0, where
        assert isinstance(r["geonameid"], int), where
        assert isinstance(r["capital"], bool) and isinstance(r["ambiguous"], bool), where
        assert r["ambiguous"] == bool(r.get("ambiguity")), where
        assert set(r.get("ambiguity", [])) <= allowed, where
        assert isinstance(r.get("fr", ""), str) and isinstance(r.get("city_state", False), bool), where
        capitals[r["country"]] += r["capital"]
    assert max(capitals.values()) == 1
    keys = [(name_key(r["name"]), r["country"]) for r in rows]
    assert len(keys) == len(set(keys)), "a city is listed twice in one country"


def test_cities_file_is_small() -> None:
    assert (DATA / "cities.json").stat().st_size < 3_000_000


def test_demonyms_name_known_countries() -> None:
    names = {r["name"] for r in _countries()}
    table = lexicon.table("en/demonyms.txt")
    assert len(table) > 150
    unknown = sorted(v for v in table.values() if v not in names)
    assert not unknown, unknown


def test_city_aliases_name_a_gazetteer_city_and_no_country() -> None:
    from pressparse.places_data import gazetteer, name_key

    cities = {ci["name"] for ci in lexicon.load_json("cities.json")["cities"]}
    aliases = lexicon.table("city_aliases.txt")
    assert aliases
    assert not [t for t in aliases.values() if t not in cities]
    assert not [w for w in aliases if w == aliases[w]]
    countries = gazetteer("fr").names
    assert not [w for w in aliases if countries.get(name_key(w)) is not None and countries[name_key(w)].countries]


def test_country_aliases_name_a_known_country() -> None:
    codes = {co["code"] for co in lexicon.load_json("countries.json")["countries"]}
    aliases = lexicon.table("country_aliases.txt")
    assert aliases and not [c for c in aliases.values() if c not in codes]
