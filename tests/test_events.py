"""Events: noun phrases, what counts as held, merging, dates and places, and the primary event.

Every text here is invented for the test (no corpus sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import parse
from pressparse.document import Document, normalize
from pressparse.event_phrases import candidates
from pressparse.event_rules import vocab
from pressparse.events import PRIMARY_STRATEGIES, find_events
from pressparse.header import Header
from pressparse.models import Event

V = vocab("en")
assert V is not None


def release(body: str, title: str = "Customs leaders meet", dateline: str = "Brussels, 12 May 2022") -> str:
    """A small release laid out like a real one: headline, date, place-dateline, body."""
    return f"{title}\n\n12 May 2022\n\n{dateline}\n\n{body}\n"


def events_of(body: str, **kw: str) -> list[Event]:
    return parse(release(body, **kw)).events


def phrases(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    assert V is not None
    return [(c.name, c.kind) for c in candidates(norm, text, 0, len(norm), V)]


# ---------------------------------------------------------------- noun phrases and event verbs

PHRASES = [
    ("Delegates attended the 12th Meeting of the Regional Steering Group in Lusaka.",
     ("12th Meeting of the Regional Steering Group", "meeting")),
    ("The Academy organized a round table on Digital Trade Corridors.", ("round table on Digital Trade Corridors", "round table")),
    ("They held bilateral meetings with the Minister.", ("bilateral meetings with the Minister", "meeting")),
    ("Ms. Amara Okafor joined the Pacific Islands Customs Forum.", ("Pacific Islands Customs Forum", "forum")),
    ("The Global Congress on Border Innovation opened today.", ("Global Congress on Border Innovation", "conference")),
    ("The Board held its annual dialogue between the Secretariat and the Private Sector Group.",
     ("annual dialogue between the Secretariat and the Private Sector Group", "meeting")),
    ("A national Risk Management (RM) Workshop was held.", ("national Risk Management Workshop", "workshop")),
    ("The participants were pleased to visit the new Regional Training Centre.",
     ("visit to the new Regional Training Centre", "visit")),
    ("A cooperation agreement was signed by both sides.", ("signing of A cooperation agreement", "signing")),
    ("The Minister signed the Harbour Declaration in March.", ("signing of the Harbour Declaration", "signing")),
    ("Mr. Tomasz Wielicki met with the Director of the Port Authority.",
     ("meeting with the Director of the Port Authority", "meeting")),
    ("Today the Organization marks International Anti-Smuggling Day.", ("International Anti-Smuggling Day", "other")),
    ("He took part in the launch, by three agencies, of the Border Data Portal.", ("launch of the Border Data Portal", "launch")),
    ("The launching ceremony for the Trainer Programme was held in Lome.",
     ("launching ceremony for the Trainer Programme", "launch")),
    ("It was adopted by the Enforcement Board in Dakar last week.", ("Enforcement Board", "session")),
]


@pytest.mark.parametrize("text, expected", PHRASES, ids=[p[1][0][:40] for p in PHRASES])
def test_phrases_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in phrases(text)


def test_complement_stops_at_a_new_phrase() -> None:
    assert ("visit to the Port of Tema", "visit") in phrases("Ms. Amara Okafor paid a visit to the Port of Tema on 2 May 2022.")


def test_inner_event_word_is_part_of_the_name() -> None:
    found = phrases("The 9th Meeting of the Experts Committee of the Conference of Ministers was held.")
    assert [k for _, k in found] == ["meeting"]


def test_theme_is_read() -> None:
    text = 'The Secretariat hosted a panel discussion on "Green Borders: Customs and Climate" on 5 May 2022.'
    norm = normalize(text)
    assert V is not None
    (cand,) = candidates(norm, text, 0, len(norm), V)
    assert cand.theme is not None and text[cand.theme[0] : cand.theme[1]] == "Green Borders: Customs and Climate"


# ---------------------------------------------------------------- held or not: whole releases

HELD: list[tuple[str, dict[str, Any]]] = [
    ("The 14th Session of the Harmonized System Committee was held in Geneva, Switzerland, from 3 to 5 May 2022.",
     {"name": "14th Session of the Harmonized System Committee", "kind": "session", "start": "2022-05-03",
      "end": "2022-05-05", "city": "Geneva", "country": "Switzerland"}),
    ("Ms. Amara Okafor attended the Pacific Islands Customs Forum, which took place in Suva, Fiji, on 9 May 2022.",
     {"name": "Pacific Islands Customs Forum", "kind": "forum", "start": "2022-05-09", "end": "2022-05-09",
      "city": "Suva", "country": "Fiji"}),
    ("The Secretariat organized a regional seminar on Data Analytics for Customs in Accra, Ghana, in April 2022.",
     {"name": "regional seminar on Data Analytics for Customs", "kind": "seminar", "start": "2022-04", "end": None,
      "city": "Accra", "country": "Ghana"}),
    ("On 4 May 2022, a Memorandum of Understanding was signed by the two administrations.",
     {"name": "signing of a Memorandum of Understanding", "kind": "signing", "start": "2022-05-04"}),
    ("Mr. Tomasz Wielicki paid a visit to the Regional Training Centre on 2 May 2022.",
     {"name": "visit to the Regional Training Centre", "kind": "visit", "start": "2022-05-02"}),
    ('The Secretariat hosted a panel discussion on "Green Borders: Customs and Climate" on 5 May 2022.',
     {"name": "Green Borders: Customs and Climate", "kind": "panel", "start": "2022-05-05"}),
    ("The declaration was adopted by the Policy Commission in Nairobi last month.",
     {"name": "Policy Commission", "kind": "session", "start": "2022-04", "end": None, "city": "Nairobi", "country": "Kenya"}),
    ("Delegates from Brazil, Chile and Peru took part in the Americas Regional Seminar on Origin, held in Lima "
     "from 2 to 4 May 2022.",
     {"name": "Americas Regional Seminar on Origin", "kind": "seminar", "city": "Lima"}),
    ("The Council session, held in April 2022, approved the budget.", {"name": "Council session", "kind": "session"}),
]


@pytest.mark.parametrize("body, expected", HELD, ids=[h[1]["name"][:40] for h in HELD])
def test_held_events(body: str, expected: dict[str, Any]) -> None:
    found = events_of(body)
    assert len(found) == 1, [e.name for e in found]
    got = found[0].model_dump()
    assert {k: got[k] for k in expected} == expected


NOT_EVENTS = [
    "The guidelines were adopted by the Council.",
    "The annual report was published in March 2022.",
    "Future meetings will address the issue.",
    "Operation THUNDERBIRD ran from 1 to 10 May 2022 in 40 countries.",
    "At the opening ceremony, Ms. Amara Okafor welcomed the participants.",
    "The Panel of Advisers, which reports to the Summit of Heads of State, reviewed the budget.",
    "Several regional workshops have been organized since 2015.",
    "The WCO offers a forum for dialogue between Members.",
    "The WCO Council Chairperson thanked Members. The meeting room was full.",
    "Training sessions were delivered to 40 officers.",
    "The agreement signed in 2019 remains in force.",
    "The new portal was launched by the Secretariat.",
    "He delivered a keynote speech at the start of the session.",
    "Almost 400 support missions have been carried out since the last Committee.",
    "The webinar is one of a series of online events organized since 2020.",
]


@pytest.mark.parametrize("body", NOT_EVENTS, ids=[b[:40] for b in NOT_EVENTS])
def test_not_events(body: str) -> None:
    assert events_of(body) == []


def test_a_body_holding_its_numbered_session() -> None:
    body = ("The Committee on Border Chemistry (CBC) held its 54th Session from 2 to 6 May 2022. "
            "The CBC adopted two opinions.")
    (event,) = events_of(body)
    assert (event.name, event.kind, event.start) == ("54th Session of the Committee on Border Chemistry", "session", "2022-05-02")
    assert [m.text for m in event.mentions] == ["Committee on Border Chemistry", "54th Session", "CBC"]


def test_a_body_at_its_dated_session() -> None:
    body = "The mandate that the Policy Commission gave at its March 2022 session was discussed by the experts."
    (event,) = events_of(body)
    assert (event.name, event.kind, event.start) == ("Policy Commission", "session", "2022-03")


def test_a_planned_visit_is_an_event() -> None:
    (event,) = events_of("The Secretary General will visit Japan next week.")
    assert (event.name, event.kind, event.country) == ("visit to Japan", "visit", "Japan")


# ---------------------------------------------------------------- one event, several mentions

def test_acronym_and_anaphora_merge() -> None:
    body = ("The 3rd Global Conference on Border Technology (GCBT) opened in Seoul on 10 May 2022. "
            "At the GCBT, delegates discussed data.\n\nThe Conference closed with a call to action.")
    (event,) = events_of(body)
    assert event.name == "3rd Global Conference on Border Technology"
    assert len(event.mentions) >= 3


def test_title_and_body_mentions_merge() -> None:
    body = "The Secretariat held the 5th Regional Conference on Trade Facilitation in Accra on 10 and 11 May 2022."
    (event,) = events_of(body, title="Accra hosts 5th Regional Conference on Trade Facilitation")
    assert (event.start, event.end, event.city, event.primary) == ("2022-05-10", "2022-05-11", "Accra", True)


def test_the_conference_is_the_headline_one() -> None:
    body = ("The 18th Border Research Conference was held in Tbilisi, Georgia, from 4 to 6 October 2022. "
            "Next year's Conference will take place in Lima, Peru.\n\n"
            "In the margins of the Conference, two administrations signed a Memorandum of Understanding.")
    found = events_of(body, title="18th Border Research Conference held in Tbilisi", dateline="Tbilisi, 10 October 2022")
    signing = next(e for e in found if e.kind == "signing")
    assert (signing.start, signing.city) == ("2022-10", "Tbilisi")
    assert primaries(found) == ["18th Border Research Conference"]


def test_sub_event_takes_place_and_month_of_its_event() -> None:
    body = ("The 7th Meeting of the Customs Directors was held in Kigali, Rwanda, on 4 May 2022. "
            "In the margins of the Meeting, a Memorandum of Understanding was signed by two administrations.")
    signing = next(e for e in events_of(body) if e.kind == "signing")
    assert (signing.start, signing.end, signing.city) == ("2022-05", None, "Kigali")


def test_date_goes_to_the_nearest_event() -> None:
    body = ("During the 11th Assembly of Ports (AP11) in Santos, Brazil, the Secretariat organized a round table "
            "on Digital Ports on 6 May 2022.")
    found = {e.kind: e for e in events_of(body)}
    assert found["round table"].start == "2022-05-06"
    assert found["session"].name == "11th Assembly of Ports" and found["session"].start is None
    assert found["round table"].city == found["session"].city == "Santos"


def test_dates_long_before_the_release_are_not_event_dates() -> None:
    body = "The United Nations first celebrated International Anti-Smuggling Day on 5 May 1975."
    (event,) = events_of(body)
    assert event.start == "2022-05-12"  # not 1975: the observance takes the dateline


def test_evidence_spans_are_source_slices() -> None:
    text = release("Ms. Amara Okafor attended the Pacific Islands Customs Forum, held in Suva, Fiji, on 9 May 2022.")
    record = parse(text)
    for event in record.events:
        for m in [*event.mentions, *event.evidence.values()]:
            assert text[m.start : m.end] == m.text
        assert {"name", "start", "city", "country"} <= set(event.evidence)


# ---------------------------------------------------------------- the primary event

def primaries(events: list[Event]) -> list[str]:
    return [e.name for e in events if e.primary]


def test_strategies_are_named_and_ordered() -> None:
    assert [name for name, _ in PRIMARY_STRATEGIES] == ["title", "first_dated", "first_held", "observance"]


def test_primary_is_the_title_event() -> None:
    body = ("The 2nd Border Forum was held in Lima on 2 May 2022. "
            "The Secretariat later held the 4th Workshop on Container Control in Quito on 9 May 2022.")
    found = events_of(body, title="4th Workshop on Container Control closes in Quito")
    assert primaries(found) == ["4th Workshop on Container Control"]


def test_primary_is_the_first_dated_event_without_a_title_event() -> None:
    body = ("Ms. Amara Okafor met with the Director of the Port Authority. "
            "The 2nd Border Forum was held in Lima on 2 May 2022.")
    assert primaries(events_of(body)) == ["2nd Border Forum"]


def test_primary_is_the_first_held_event_without_dates() -> None:
    body = "The Secretariat organized a round table on Digital Ports. Participants then visited the Port of Tema."
    assert primaries(events_of(body)) == ["round table on Digital Ports"]


def test_held_event_beats_an_observance() -> None:
    body = "Marking International Anti-Smuggling Day, the Secretariat held a round table on Border Integrity."
    assert primaries(events_of(body)) == ["round table on Border Integrity"]


def test_observance_alone_is_primary_with_the_dateline() -> None:
    found = events_of("On this International Anti-Smuggling Day, the WCO calls on Members to act.",
                      title="International Anti-Smuggling Day", dateline="Brussels, 12 May 2022")
    (event,) = found
    assert event.primary and event.start == "2022-05-12" and event.city is None


def test_primary_takes_the_place_dateline() -> None:
    (event,) = events_of("Ms. Amara Okafor received a delegation on a study visit on Trade Facilitation.",
                         dateline="Brussels, 10 May 2022")
    assert (event.primary, event.start, event.city, event.country) == (True, "2022-05-10", "Brussels", "Belgium")


def test_exactly_one_primary() -> None:
    body = ("The 2nd Border Forum was held in Lima on 2 May 2022. The 3rd Border Forum will be held in Quito "
            "on 2 May 2023. A 4th Border Forum is planned for 2024.")
    assert len(primaries(events_of(body))) == 1


# ---------------------------------------------------------------- robustness

@pytest.mark.parametrize("text", ["", "   ", "Meeting", "the the the", "(((", "Conference of", "Day", "\n\n\n",
                                  "a" * 5000, "Workshop " * 300, "International Day" * 50])
def test_odd_text_never_raises(text: str) -> None:
    doc = Document.from_text(text)
    assert isinstance(find_events(doc, Header(), [], [], [], []), list)


def test_long_input_stays_fast() -> None:
    import time

    one = release("The 2nd Border Forum was held in Lima on 2 May 2022. The Forum (BF2) adopted a plan. "
                  "Ms. Amara Okafor met with the Minister of Trade. A Memorandum of Understanding was signed.")
    text = "\n\n".join([one] * 300)
    begin = time.monotonic()
    assert parse(text).events
    assert time.monotonic() - begin < 60


def test_unknown_language_gives_nothing() -> None:
    doc = Document.from_text("The 2nd Border Forum was held in Lima on 2 May 2022.")
    assert find_events(doc, Header(), [], [], [], [], lang="xx") == []
