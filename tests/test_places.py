"""Places: gazetteer look-ups and the place expressions found in invented sentences."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse.document import Document
from pressparse.places import (
    PlaceMention, canonical_country, country_of_city, country_of_demonym, find_countries, find_places,
)

# (sentence, expected places as (city, country, venue) in text order)
CASES: list[tuple[str, list[tuple[str | None, str | None, str | None]]]] = [
    ("The course took place at the UPU headquarters in Bern on 3 May.",
     [("Bern", "Switzerland", "UPU headquarters")]),
    ("Delegates met in Lomé, Togo, for three days.", [("Lomé", "Togo", None)]),
    ("The mission went to Ndjamena (Chad) in June.", [("Ndjamena", "Chad", None)]),
    ("The forum took place in N'Djamena last year.", [("N'Djamena", "Chad", None)]),
    ("A seminar opened in Buenos Aires on Monday.", [("Buenos Aires", "Argentina", None)]),
    ("Experts gathered in Kwaluseni Town, Eswatini, for the training.",
     [("Kwaluseni Town", "Eswatini", None)]),
    ("The Director General of Customs of Senegal spoke.", [(None, "Senegal", None)]),
    ("Officers from Côte d’Ivoire and Cote d'Ivoire attended.",
     [(None, "Côte d’Ivoire", None), (None, "Cote d'Ivoire", None)]),
    ("The Republic of Korea and the Russian Federation signed it.",
     [(None, "Republic of Korea", None), (None, "Russian Federation", None)]),
    ("Teams from the U.S. and the UK joined.", [(None, "U.S.", None), (None, "UK", None)]),
    ("BRUSSELS, 4 February 2019 - The meeting closed.", [("BRUSSELS", "Belgium", None)]),
    ("The panel sat at the Headquarters of the Bank of Central African States in Yaoundé, Cameroon.",
     [("Yaoundé", "Cameroon", "Headquarters of the Bank of Central African States")]),
    ("The visit ended at the Port of Mombasa.", [("Mombasa", "Kenya", "Port of Mombasa")]),
    ("The event, held in Cartagena, Colombia, drew 200 people.", [("Cartagena", "Colombia", None)]),
    ("The conference returned to Split, Croatia.", [("Split", "Croatia", None)]),
    ("Le séminaire s'est tenu à Yaoundé (Cameroun).", [("Yaoundé", "Cameroun", None)]),
    ("Singapore hosted the meeting.", [("Singapore", "Singapore", None)]),
    ("Flights from Nice were cancelled.", [("Nice", "France", None)]),
]

# Sentences where a word looks like a place but is not one.
NOT_PLACES = [
    "Reading the report, Ms. Amara Okafor thanked the Customs Union.",
    "Mobile devices were seized; the Chair said the cargo was split.",
    "Mr. Chad Okonkwo and Ms. Jordan Wielicki joined in May.",
    "The Council meets in March and the Union in June.",
    "Nice words were said by Mr. Tomasz Wielicki.",
    "Participants from Africa, Europe and Latin America took part.",
    "Experts in tariff matters met the Tariff Directorate.",
    "The ICA and the CBP signed it.",
    "The panel heard Dr. Amara Jackson and Prof. Lin Florence.",
]

# Sentences with countries but no city.
NO_CITY = [
    "In May, Kenya hosted the event; in June, Uganda did.",
    "The panel heard Dr. Amara Jackson, Nigeria, and Prof. Lin Florence, Italy.",
    "Delegates came from Africa, Nigeria and Ghana.",
    "The Director General of Customs, Benin, spoke in Lagos State, Nigeria, about May, Togo.",
]


def places(text: str, lang: str = "en") -> list[PlaceMention]:
    return find_places(Document.from_text(text), lang)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_places(text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    found = [(p.city, p.country, p.venue) for p in places(text, "fr" if "séminaire" in text else "en")]
    assert found == expected


@pytest.mark.parametrize("text", NOT_PLACES)
def test_no_false_places(text: str) -> None:
    assert [p.mention.text for p in places(text) if not p.in_name] == []


@pytest.mark.parametrize("text", NO_CITY)
def test_no_false_cities(text: str) -> None:
    found = places(text)
    assert found and [p.city for p in found if p.city and not p.in_name] == []


@pytest.mark.parametrize(("text", "part"), [
    ("The Revised Kyoto Convention entered into force.", "Kyoto"),
    ("She leads China Customs.", "China"),
    ("The host, Mr. Wei Wuhan, opened it.", "Wuhan"),
    ("The host, Ms. Amara T. Kitwe, opened it.", "Kitwe"),
    ("The Basel, Rotterdam and Stockholm Conventions were discussed.", "Basel"),
    ("The Basel, Rotterdam and Stockholm Conventions were discussed.", "Rotterdam"),
])
def test_parts_of_names_are_flagged(text: str, part: str) -> None:
    hits = [p for p in places(text) if p.mention.text == part]
    assert hits and all(p.in_name for p in hits)


def test_spans_are_source_slices() -> None:
    text = "The workshop \u2013 held at the AFIP building in Buenos Aires \u2013 met Côte d\u2019Ivoire."
    doc = Document.from_text(text)
    found = find_places(doc)
    assert found
    for p in found:
        for m in (p.mention, p.city_mention, p.country_mention, p.venue_mention):
            if m is not None:
                assert text[m.start : m.end] == m.text
    assert found[0].venue == "AFIP building" and found[0].city == "Buenos Aires"
    assert found[0].preposition == "at"
    assert found[-1].country == "Côte d\u2019Ivoire"


def test_preposition_and_city_country_parts() -> None:
    (p,) = places("It was held in Dakar, Senegal.")
    assert p.preposition == "in"
    assert p.city_mention is not None and p.city_mention.text == "Dakar"
    assert p.country_mention is not None and p.country_mention.text == "Senegal"
    assert p.mention.text == "Dakar, Senegal"


@pytest.mark.parametrize(("city", "country"), [
    ("Buenos Aires", "Argentina"), ("Brussels", "Belgium"), ("Bruxelles", "Belgium"),
    ("Lome", "Togo"), ("Lomé", "Togo"), ("Ndjamena", "Chad"), ("N'Djamena", "Chad"),
    ("San Jose", "Costa Rica"), ("Geneva", "Switzerland"), ("Valencia", None), ("Hyderabad", None),
    ("Atlantis", None), ("", None),
])
def test_country_of_city(city: str, country: str | None) -> None:
    assert country_of_city(city) == country


@pytest.mark.parametrize(("name", "english"), [
    ("Cameroun", "Cameroon"), ("Russian Federation", "Russia"), ("Russia", "Russia"),
    ("Ivory Coast", "Côte d'Ivoire"), ("Cote d'Ivoire", "Côte d'Ivoire"), ("Turkey", "Türkiye"),
    ("Czech Republic", "Czechia"), ("Viet Nam", "Vietnam"), ("Macedonia", "North Macedonia"),
    ("Republic of Korea", "Korea"), ("Belgique", "Belgium"), ("États-Unis", "United States"),
    ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
    ("Senegalese", None), ("Customs", None), ("Europe", None),
])
def test_canonical_country(name: str, english: str | None) -> None:
    assert canonical_country(name) == english


@pytest.mark.parametrize(("word", "country"), [
    ("Thai", "Thailand"), ("Senegalese", "Senegal"), ("Chinese", "China"), ("chinese", "China"),
    ("Korean", "Korea"), ("Argentine", "Argentina"), ("Belgium", None),
])
def test_country_of_demonym(word: str, country: str | None) -> None:
    assert country_of_demonym(word) == country


def test_find_countries() -> None:
    assert find_countries("Deputy Director of Ningbo Customs in China") == [("China", "China")]
    assert find_countries("Viet Nam and Cameroun") == [("Viet Nam", "Vietnam"), ("Cameroun", "Cameroon")]
    assert find_countries("") == []


@pytest.mark.parametrize("text", ["", " ", "\n\n", "(((", "in , Togo", "in (Chad", "St. . .", "A" * 5000,
                                  "in X, " * 500 + "Togo", "Lomé" * 300])
def test_odd_text_never_raises(text: str) -> None:
    places(text)


def test_fast_on_long_text() -> None:
    text = ("Delegates from Kenya, Uganda and Rwanda met in Nairobi, Kenya, at the KRA building. "
            "Ms. Amara Okafor thanked the Chair of the Customs Union. ") * 400
    places("warm-up")
    t = time.perf_counter()
    found = places(text)
    assert len(found) >= 1200
    assert time.perf_counter() - t < 5.0


_WORDS = st.sampled_from(["in", "at", "the", "Mr.", "St.", "Brussels", "Belgium", "(", ")", ",", " ", "\n",
                          "Lomé", "Togo", "Côte", "d\u2019Ivoire", "WCO", "headquarters", "of", "Port", "-",
                          "Republic", "Korea", "U.S.", "ICA", "May", "Nice", "Headquarters", "League", "Ab"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=80).map(" ".join) | st.text(max_size=300))
def test_spans_hold_on_any_text(text: str) -> None:
    for p in places(text):
        for m in (p.mention, p.city_mention, p.country_mention, p.venue_mention):
            if m is not None:
                assert text[m.start : m.end] == m.text
                assert p.mention.start <= m.start <= m.end <= p.mention.end


@pytest.mark.parametrize(("text", "city", "country"), [
    ("La réunion s’est tenue à Bruxelles.", "Bruxelles", "Belgique"),
    ("L’atelier a eu lieu à Dubaï.", "Dubaï", "Émirats arabes unis"),
    ("L’atelier a eu lieu à Dakar (Sénégal).", "Dakar", "Sénégal"),
])
def test_french_release_infers_the_french_country_name(text: str, city: str, country: str) -> None:
    found = [p for p in find_places(Document.from_text(text), "fr") if p.city]
    assert [(p.city, p.country) for p in found] == [(city, country)]


def test_english_release_keeps_the_english_country_name() -> None:
    found = find_places(Document.from_text("The meeting was held in Brussels."), "en")
    assert [(p.city, p.country) for p in found] == [("Brussels", "Belgium")]


@pytest.mark.parametrize(("code", "name"), [
    ("BE", "Belgique"), ("CI", "Côte d'Ivoire"), ("AE", "Émirats arabes unis"), ("US", "États-Unis"),
    ("DE", "Allemagne"),
])
def test_french_country_names_prefer_the_accented_short_form(code: str, name: str) -> None:
    from pressparse.places_data import local_country_names
    assert local_country_names("fr")[code] == name


@pytest.mark.parametrize(("text", "lang", "city", "country"), [
    ("La conférence s’est tenue à Brazzaville, en République du Congo.", "fr", "Brazzaville", "République du Congo"),
    ("L’atelier s’est tenu à Pékin, en Chine.", "fr", "Pékin", "Chine"),
    ("The workshop took place in Lyon, France.", "en", "Lyon", "France"),
])
def test_city_then_preposition_and_country_is_one_place(text: str, lang: str, city: str, country: str) -> None:
    found = [p for p in find_places(Document.from_text(text), lang) if p.city]
    assert [(p.city, p.country) for p in found] == [(city, country)]


def test_a_comma_and_any_word_before_a_country_is_not_a_pair() -> None:
    found = find_places(Document.from_text("Il a visité Dakar, puis le Mali."), "fr")
    assert [(p.city, p.country) for p in found if p.city] == [("Dakar", "Sénégal")]
