"""Events: noun phrases, what counts as held, merging, dates and places, and the primary event.

Every text here is invented for the test (no corpus sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import event_rules as rules
from pressparse import events as events_module
from pressparse import parse
from pressparse.document import Document, normalize
from pressparse.event_group import EventMention, Group
from pressparse.event_phrases import Cand, candidates
from pressparse.event_rules import vocab
from pressparse.events import PRIMARY_STRATEGIES, find_events
from pressparse.header import Header
from pressparse.models import Event
from pressparse.rules import Rule

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
    (("Delegates from Brazil, Chile and Peru took part in the Americas Regional Seminar on Origin, held in Lima "
     "from 2 to 4 May 2022."),
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


# ---------------------------------------------------------------- second pass: the main event is found

MAIN: list[tuple[str, dict[str, Any]]] = [
    # a range written with an en dash
    ("The Secretariat organized a Workshop on Cross-Border Parcels in Windhoek, Namibia, on 4\u20138 April 2022.",
     {"name": "Workshop on Cross-Border Parcels", "kind": "workshop", "start": "2022-04-04", "end": "2022-04-08",
      "city": "Windhoek"}),
    # "which opened": a trigger after the name, and a relative date
    ("The Regional Workshop on Green Customs, which opened yesterday in Lusaka, Zambia, gathers 40 officers.",
     {"name": "Regional Workshop on Green Customs", "kind": "workshop", "start": "2022-05-11", "city": "Lusaka"}),
    # opened on one day, "runs until" another
    ("The seminar, organized by the Secretariat, opened on 9 May 2022 in Apia, Samoa, and runs until 13 May 2022.",
     {"kind": "seminar", "start": "2022-05-09", "end": "2022-05-13", "city": "Apia"}),
    # a committee told by the verb "met" is a meeting of it
    ("Members of the Committee on Border Chemistry met in Geneva on 5 and 6 May 2022 to review new substances.",
     {"name": "meeting of the Committee on Border Chemistry", "kind": "meeting", "start": "2022-05-05",
      "end": "2022-05-06", "city": "Geneva"}),
    # a governing body that "will meet" sits in a session
    ("The proposals go to the Council of Ministers (CM), which will meet in Maputo, Mozambique, in June 2022.",
     {"name": "Council of Ministers", "kind": "session", "start": "2022-06", "city": "Maputo"}),
    # a governing body placed by a participle
    ("The plan will go to the Policy Commission, meeting in Baku in June 2022, for approval.",
     {"name": "Policy Commission", "kind": "session", "start": "2022-06", "city": "Baku"}),
    # the body named after "its ... session"
    ("At its March 2022 session in Tunis, the Council adopted the new Strategic Plan.",
     {"name": "Council", "kind": "session", "start": "2022-03", "city": "Tunis"}),
    # "its session held ..." gives its date and place to the body
    (("The Assembly of Ports of the Region (APR) adopted two texts at the end of its session held from 2 to 6 May "
     "2022 in Mombasa, Kenya."),
     {"name": "Assembly of Ports of the Region", "kind": "session", "start": "2022-05-02", "city": "Mombasa"}),
    # bare "training" with a word that reports it
    ("The two services agreed to hold a joint training on container profiling in Port Moresby in March 2023.",
     {"name": "joint training on container profiling", "kind": "training", "start": "2023-03", "venue": None,
      "city": "Port Moresby"}),
    # "in" inside a theme, not a place
    ("A regional workshop on illicit trade in cultural goods took place in Quito, Ecuador, from 2 to 4 May 2022.",
     {"name": "regional workshop on illicit trade in cultural goods", "kind": "workshop", "city": "Quito"}),
    (("Experts met in Dakar, Senegal, from 2 to 4 May 2022 for the Forum on Border Management in Fragile and "
     "Remote Regions, jointly organized by two banks."),
     {"name": "Forum on Border Management in Fragile and Remote Regions", "kind": "forum", "start": "2022-05-02",
      "city": "Dakar"}),
    # a building named with "of"
    (("The Minister signed the Harbour Agreement at a ceremony held at the Ministry of Trade building in Accra, "
     "Ghana, on 3 May 2022."),
     {"name": "signing of the Harbour Agreement", "kind": "signing", "venue": "Ministry of Trade building",
      "city": "Accra", "start": "2022-05-03"}),
]


@pytest.mark.parametrize("body, expected", MAIN, ids=[m[0][:40] for m in MAIN])
def test_main_event_is_found(body: str, expected: dict[str, Any]) -> None:
    found = events_of(body)
    assert len(found) == 1, [(e.name, e.kind) for e in found]
    got = found[0].model_dump()
    assert found[0].primary
    assert {k: got[k] for k in expected} == expected


def test_a_body_inside_a_longer_name_does_not_meet() -> None:
    """"Group of the Council meets": the group meets, not the Council."""
    found = events_of("The Customs Group of the Regional Council meets on 10 May 2022 in Lome.",
                      title="Customs Group of the Regional Council meets")
    assert all(e.name != "Regional Council" for e in found)


# ---------------------------------------------------------------- parts of a larger event

PARTS: list[tuple[str, str]] = [
    (("The 5th Global Forum on Border Data took place in Tallinn, Estonia, on 3 and 4 May 2022. The first panel "
     "looked at data quality. The second panel, chaired by Ms. Amara Okafor, discussed privacy."),
     "5th Global Forum on Border Data"),
    (("The Border Technology Conference was held in Seoul, Korea, from 3 to 5 May 2022. A round table on Artificial "
     "Intelligence was held on 4 May 2022."), "Border Technology Conference"),
    (("A national seminar on valuation was held in Dakar, Senegal, from 2 to 4 May 2022. Delegates took part in a "
     "panel on transfer pricing."), "national seminar on valuation"),
    (("A regional workshop on risk management took place in Suva, Fiji, from 2 to 5 May 2022. Participants also "
     "visited the Port of Suva."), "regional workshop on risk management"),
    (("A regional workshop on risk management took place in Suva, Fiji, from 2 to 5 May 2022. Mr. Tomasz Wielicki "
     "invited the experts to visit the Customs Laboratory in Apia."), "regional workshop on risk management"),
]


@pytest.mark.parametrize("body, only", PARTS, ids=[p[0][60:100] for p in PARTS])
def test_parts_are_not_events(body: str, only: str) -> None:
    assert [e.name for e in events_of(body)] == [only]


def test_a_dated_visit_after_the_event_is_its_own() -> None:
    body = ("The 80th Session of the Governing Board was held in Kigali, Rwanda, on 4-6 May 2022. On 7 May 2022, "
            "members of the Board visited the Akagera Border Post.")
    visit = next(e for e in events_of(body) if e.kind == "visit")
    assert (visit.start, visit.primary) == ("2022-05-07", False)


def test_a_numbered_round_table_in_the_margins_is_its_own() -> None:
    body = ("Delegates attended the 3rd Round Table on Gender Equality, held in Nairobi, Kenya, on 3 May 2022, in the "
            "margins of the Regional Conference of Heads of Customs, held from 2 to 4 May 2022.")
    assert sorted(e.kind for e in events_of(body)) == ["conference", "round table"]


def test_a_round_table_alone_is_an_event() -> None:
    (event,) = events_of("The Secretariat held a round table on Women in Customs on 5 May 2022.")
    assert (event.kind, event.primary) == ("round table", True)


# ---------------------------------------------------------------- one event, not several

def test_headline_verb_and_body_launch_are_one() -> None:
    body = ("Today, at the WCO headquarters in Brussels, the two organizations launched a joint e-learning course "
            "on the clearance of parcels.")
    (event,) = events_of(body, title="WCO and UPU launch joint e-learning course on parcels")
    assert (event.kind, event.start, event.city, event.primary) == ("launch", "2022-05-12", "Brussels", True)
    assert event.name.startswith("launch of a joint e-learning course")


def test_a_ceremony_belongs_to_the_signing_it_hosts() -> None:
    body = "The two administrations today signed a Mutual Assistance Agreement at a ceremony held in Nairobi, Kenya."
    (event,) = events_of(body)
    assert (event.kind, event.city) == ("signing", "Nairobi")


def test_a_ceremony_for_an_observance_is_one_event() -> None:
    body = "The Organization celebrated International Anti-Smuggling Day yesterday with a ceremony in Brussels."
    (event,) = events_of(body)
    assert (event.kind, event.primary) == ("ceremony", True)


def test_the_mou_was_signed_refers_to_the_signing() -> None:
    body = ("The two agencies today signed a Memorandum of Understanding (MoU) in Brussels. "
            "The MoU was signed by Ms. Amara Okafor and Mr. Tomasz Wielicki.")
    assert [e.kind for e in events_of(body)] == ["signing"]


def test_headline_gathering_in_other_words_is_the_body_one() -> None:
    body = "A national seminar on risk management took place in Suva, Fiji, from 2 to 5 May 2022."
    (event,) = events_of(body, title="WCO workshop strengthens risk management in the Pacific")
    assert (event.name, event.primary, event.city) == ("national seminar on risk management", True, "Suva")


# ---------------------------------------------------------------- planned, later sittings, online

def test_next_session_is_another_event_with_its_month() -> None:
    body = ("The Integrity Sub-Committee held its 20th session from 2 to 4 May 2022 in Brussels. "
            "Its next session will take place in March 2023.")
    found = events_of(body)
    assert [(e.name, e.start, e.primary) for e in found] == [
        ("20th session of the Integrity Sub-Committee", "2022-05-02", True),
        ("next session of the Integrity Sub-Committee", "2023-03", False)]


def test_next_edition_takes_a_year_and_the_kind_of_its_event() -> None:
    body = ("The Global Conference on Customs Data was held in Seoul, Korea, from 3 to 5 May 2022. "
            "The next edition of the Conference will be held in 2024.")
    nxt = next(e for e in events_of(body) if not e.primary)
    assert (nxt.kind, nxt.start) == ("conference", "2024")


NOT_LATER_SITTINGS = [
    "The Technical Committee will discuss the matter at its next session.",
    "The experts will prepare the next session of the Committee.",
    "The Customs Bulletin published the papers in its 6th edition.",
    "The WCO provides training to Members on the Harmonized System. The Committee meets twice a year.",
    "Under the agreement, the two services will organize joint training for officers.",
    "The Director congratulated the Authority on its recent launch of an automated system for Customs clearance.",
    "The Governing Council meets every year in June.",
]


@pytest.mark.parametrize("body", NOT_LATER_SITTINGS, ids=[b[:40] for b in NOT_LATER_SITTINGS])
def test_not_events_second_pass(body: str) -> None:
    assert events_of(body) == []


@pytest.mark.parametrize("body", [
    "The webinar on digital certificates, held on 10 May 2022, attracted 300 participants.",
    "The Enforcement Committee (EC) met virtually from 10 to 12 May 2022.",
])
def test_online_events_have_no_city(body: str) -> None:
    (event,) = events_of(body)
    assert (event.city, event.country, event.primary) == (None, None, True)


def test_a_weekday_on_the_dateline_is_not_a_place() -> None:
    text = ("Customs services sign agreement\n\nMonday, 9 May 2022\n\n"
            "The two services today signed a Mutual Assistance Agreement.\n")
    (event,) = parse(text).events
    assert event.city is None and event.start == "2022-05-09"


def test_a_date_goes_to_the_undated_event_when_the_nearest_has_one() -> None:
    body = ("Last week, experts met in Bern, Switzerland, for a workshop on postal data, and earlier this month "
            "a pilot course was tested during a training session in Bangkok, Thailand.")
    found = {e.kind: e for e in events_of(body)}
    assert found["training"].start == "2022-05" and found["training"].city == "Bangkok"


# ---------------------------------------------------------------- phrase builders

SECOND_PHRASES = [
    ("The Forum on Customs in Fragile and Conflict States opened.", ("Forum on Customs in Fragile and Conflict States", "forum")),
    ("A workshop on trade in endangered species was held.", ("workshop on trade in endangered species", "workshop")),
    ("A seminar on valuation supported by donors was held.", ("seminar on valuation", "seminar")),
    ("The Workshop on Border Data in Lusaka was held.", ("Workshop on Border Data", "workshop")),
    ("The Committee will hold its next meeting in May.", ("next meeting", "meeting")),
]


@pytest.mark.parametrize("text, expected", SECOND_PHRASES, ids=[p[1][0][:40] for p in SECOND_PHRASES])
def test_second_pass_phrases(text: str, expected: tuple[str, str]) -> None:
    assert expected in phrases(text)


def test_headline_verb_phrase() -> None:
    text = "WCO and UPU launch joint course on postal clearance"
    norm = normalize(text)
    assert V is not None
    (cand,) = candidates(norm, text, 0, len(norm), V, title=True)
    assert (cand.name, cand.kind, cand.verb) == ("launch of joint course on postal clearance", "launch", True)


# ---------------------------------------------------------------- third pass: the main event told by other verbs

OTHER_VERBS = ["ran", "conducted", "delivered", "facilitated", "organized", "hosted", "convened", "staged"]


@pytest.mark.parametrize("verb", OTHER_VERBS)
def test_main_event_told_by_another_verb(verb: str) -> None:
    body = (f"The Secretariat {verb} a regional workshop on border data in Lome (Togo) from 13 to 17 June 2022. "
            "On 20 June 2022, a meeting with the Director General took place.")
    found = events_of(body, dateline="Lome, 24 June 2022")
    main = next(e for e in found if e.primary)
    assert (main.name, main.kind, main.start, main.end, main.city, main.country) == (
        "regional workshop on border data", "workshop", "2022-06-13", "2022-06-17", "Lome", "Togo")


@pytest.mark.parametrize("body", [
    "Experts will hold future workshops on this topic.",
    "The Secretariat held several workshops on valuation in 2022.",
    "The Academy organized a series of webinars on data analytics in May 2022.",
    "A series of webinars on green borders, held in May 2022, drew 900 participants.",
    "The Academy will hold further training sessions next year.",
    "Two experts delivered a number of seminars on origin during 2022.",
])
def test_sets_of_events_are_not_one(body: str) -> None:
    assert events_of(body) == []


# ---------------------------------------------------------------- "&" in a name, and the place-dateline

AMPERSAND: list[tuple[str, tuple[str, str]]] = [
    ("The 2023 Border Tech Conference & Exhibition opened.", ("2023 Border Tech Conference & Exhibition", "conference")),
    ("Delegates attended the Global Data Forum and Workshop.", ("Global Data Forum and Workshop", "forum")),
    ("The WCO IT Conference drew vendors.", ("WCO IT Conference", "conference")),
]


@pytest.mark.parametrize("text, expected", AMPERSAND, ids=[a[1][0][:40] for a in AMPERSAND])
def test_joined_heads_make_one_name(text: str, expected: tuple[str, str]) -> None:
    assert phrases(text) == [expected]


def test_place_dateline_dates_the_primary_event() -> None:
    body = "The 2023 Border Tech Conference & Exhibition brought together 800 participants and 40 vendors."
    (event,) = events_of(body, title="Border Tech Conference & Exhibition", dateline="Tallinn, 27 September - 1 October 2022")
    assert (event.name, event.kind, event.start, event.end, event.city, event.country, event.primary) == (
        "2023 Border Tech Conference & Exhibition", "conference", "2022-09-27", "2022-10-01", "Tallinn", "Estonia", True)


def test_wire_opening_gives_the_city() -> None:
    text = ("Customs services sign agreement\n\n12 May 2022\n\n"
            "LUSAKA - The two services today signed a Mutual Assistance Agreement.\n")
    (event,) = parse(text).events
    assert (event.kind, event.city, event.start) == ("signing", "LUSAKA", "2022-05-12")


# ---------------------------------------------------------------- governing bodies and their sessions

SESSIONS: list[tuple[str, list[tuple[str, str | None, str | None, str | None]]]] = [
    ("The Council met in Geneva for its 88th/89th Sessions from 6 to 8 June 2022. Delegates elected a Chair.",
     [("88th/89th Sessions of the Council", "2022-06-06", "2022-06-08", "Geneva")]),
    (("The Council, which brings together 185 Members, met in Nairobi for its 61st and 62nd Sessions from 20 to "
     "22 June 2022."), [("61st and 62nd Sessions of the Council", "2022-06-20", "2022-06-22", "Nairobi")]),
    (("The plan was endorsed by the Policy Commission, which had met in Tbilisi, Georgia in November 2021 and again "
     "in Lima on 14 and 15 June 2022."),
     [("Policy Commission", "2021-11", None, "Tbilisi"), ("Policy Commission", "2022-06-14", "2022-06-15", "Lima")]),
    ("The Policy Commission met in Nairobi in December 2021, and again in Lima on 24 and 25 June 2022.",
     [("Policy Commission", "2021-12", None, "Nairobi"), ("Policy Commission", "2022-06-24", "2022-06-25", "Lima")]),
    (("The Charter was adopted at the inaugural session of the Border Co-operation Assembly, held in Geneva on "
     "14 March 1961."), [("inaugural session of the Border Co-operation Assembly", "1961-03-14", "1961-03-14", "Geneva")]),
    ("The Border Assembly held its inaugural session in Lima on 3 March 1998.",
     [("inaugural session of the Border Assembly", "1998-03-03", "1998-03-03", "Lima")]),
]


@pytest.mark.parametrize("body, expected", SESSIONS, ids=[s[0][:40] for s in SESSIONS])
def test_sessions_of_a_governing_body(body: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    found = events_of(body, dateline="Brussels, 30 June 2022")
    assert all(e.kind == "session" for e in found)
    assert [(e.name, e.start, e.end, e.city) for e in found] == expected


@pytest.mark.parametrize("body", [
    "The Charter, adopted on 14 March 1961, remains in force.",
    "The United Nations has celebrated International Anti-Smuggling Day since 5 May 1975.",
    "The Secretary General recalled the first Border Forum in Lima on 3 May 1998.",
])
def test_old_dates_without_held_are_not_event_dates(body: str) -> None:
    assert all(not (e.start or "").startswith(("1961", "1975", "1998")) for e in events_of(body))


def test_a_historical_session_keeps_no_dateline_date() -> None:
    found = events_of("The Assembly has met every year since its inaugural session on 14 March 1961.")
    assert all(e.start is None for e in found)


# ---------------------------------------------------------------- places from the event's own clause

PLACES: list[tuple[str, tuple[str | None, str | None]]] = [
    # a person's bracketed country is never the event's
    ("The 12th Meeting of the Integrity Group, chaired by Mr. Tomasz Wielicki (Kenya), took place on 3 May 2022.",
     ("Brussels", "Belgium")),
    ("Ms. Amara Okafor (United Arab Emirates) chaired the 12th Meeting of the Integrity Group, held in Lima on 3 May 2022.",
     ("Lima", "Peru")),
    # a city in brackets after its city is the event's
    ("The Secretariat ran a national workshop on origin in Nairobi (Kenya) from 2 to 4 May 2022.", ("Nairobi", "Kenya")),
    # a city inside a venue phrase
    ("The regional workshop on valuation took place at the WCO's Brussels headquarters from 2 to 4 May 2022.",
     ("Brussels", "Belgium")),
    # a place told before the event, in another clause
    ("Following its success in Kenya, the Regional Conference on Transit was held in Abidjan from 2 to 4 May 2022.",
     ("Abidjan", "Côte d'Ivoire")),
    # countries that take part, after "with" or "from"
    ("The Regional Conference on Transit took place in Abidjan, with Ghana and Togo as observers, from 2 to 4 May 2022.",
     ("Abidjan", "Côte d'Ivoire")),
    ("Delegates from Ghana and Togo attended the Regional Conference on Transit in Abidjan from 2 to 4 May 2022.",
     ("Abidjan", "Côte d'Ivoire")),
]


@pytest.mark.parametrize("body, expected", PLACES, ids=[p[0][:40] for p in PLACES])
def test_place_of_the_main_event(body: str, expected: tuple[str | None, str | None]) -> None:
    main = next(e for e in events_of(body) if e.primary)
    assert (main.city, main.country) == expected


def test_a_city_inside_a_venue_phrase() -> None:
    body = "The regional workshop on valuation took place at the WCO's Brussels headquarters from 2 to 4 May 2022."
    (event,) = events_of(body, dateline="Lima, 12 May 2022")
    assert (event.venue, event.city) == ("WCO headquarters", "Brussels")


def test_a_place_of_another_clause_goes_to_its_own_event() -> None:
    body = ("The Regional Conference on Transit took place in Abidjan from 2 to 4 May 2022, while a workshop on "
            "origin was held in Ghana.")
    found = {e.kind: e for e in events_of(body)}
    assert (found["conference"].start, found["conference"].city) == ("2022-05-02", "Abidjan")
    assert found["workshop"].country == "Ghana" and found["workshop"].start is None


@pytest.mark.parametrize("later", [
    "The visit was organized at the request of the Customs Office in Bangkok.",
    "The delegation, which came from Bangkok, met the Secretary General.",
    "In Bangkok, the Department employs 6,000 officers.",
])
def test_a_delegations_home_city_is_not_the_visits(later: str) -> None:
    body = f"A high-level delegation of the Customs Department of Thailand visited WCO Headquarters on 3 May 2022. {later}"
    (event,) = [e for e in events_of(body, dateline="3 May 2022") if e.primary]
    assert (event.kind, event.start, event.city) == ("visit", "2022-05-03", None)


# ---------------------------------------------------------------- dates: visits told by other verbs, yearless dates

VISITS: list[tuple[str, tuple[str, str, str | None]]] = [
    ("A delegation from the Lusaka Revenue Office came to WCO Headquarters in Brussels on 19 and 20 May 2022.",
     ("2022-05-19", "2022-05-20", "Brussels")),
    ("A delegation of the Customs Service of Peru travelled to WCO Headquarters on 19 and 20 May 2022 for a study visit.",
     ("2022-05-19", "2022-05-20", None)),
    ("The Director General of Border Customs was received at the WCO Headquarters on 19 May 2022.",
     ("2022-05-19", "2022-05-19", None)),
    ("Mr. Tomasz Wielicki visited WCO Headquarters on 19 May 2022.", ("2022-05-19", "2022-05-19", None)),
]


@pytest.mark.parametrize("body, expected", VISITS, ids=[v[0][:40] for v in VISITS])
def test_visits_told_by_other_verbs(body: str, expected: tuple[str, str, str | None]) -> None:
    (event,) = events_of(body, dateline="23 May 2022")
    assert (event.kind, event.start, event.end, event.city) == ("visit", *expected)
    assert "on 19" not in event.name


@pytest.mark.parametrize("body", [
    "The delegates came to Brussels to attend the Forum.",
    "The two sides came to an agreement on 3 May 2022.",
    "The Minister was received by the Secretary General.",
])
def test_not_visits(body: str) -> None:
    assert all(e.kind != "visit" for e in events_of(body))


def test_yearless_date_takes_the_dateline_year() -> None:
    (event,) = events_of("On 14 March, the WCO held a webinar on green borders.")
    assert (event.start, event.end) == ("2022-03-14", "2022-03-14")


def bare(body: str, title: str = "Customs leaders meet") -> list[Event]:
    """A release without any dateline."""
    return parse(f"{title}\n\n{body}\n").events


def test_yearless_date_without_a_dateline_stays_null() -> None:
    (event,) = bare("On 14 March, the WCO held a webinar on green borders.")
    assert event.start is None


@pytest.mark.parametrize("later", [
    "The workshop in May 2021 had prepared this.",
    "The Committee met on 3 May 2021.",
    "The Secretariat signed an agreement with Ecuador in May 2021.",
])
def test_yearless_month_borrows_no_date(later: str) -> None:
    found = bare(f"In June, the Secretariat held a regional workshop on data in Quito, Ecuador. {later}")
    workshop = next(e for e in found if e.kind == "workshop")
    assert (workshop.start, workshop.primary, workshop.city) == (None, True, "Quito")


# ---------------------------------------------------------------- parts of a larger event

MORE_PARTS: list[tuple[str, str]] = [
    (("The Global Border Conference was held in Lima, Peru, from 3 to 5 May 2022. An exhibition of border technology "
     "was held alongside the Conference."), "Global Border Conference"),
    (("A national workshop on risk management took place in Suva, Fiji, from 2 to 5 May 2022. During the workshop, a "
     "field visit to the Port of Suva was organized."), "national workshop on risk management"),
    (("A national workshop on risk management took place in Suva, Fiji, from 2 to 5 May 2022. On 4 May 2022, "
     "participants made a field visit to the Suva Container Terminal."), "national workshop on risk management"),
    (("The 30th Session of the Enforcement Committee was held in Brussels from 2 to 4 May 2022. A joint session with "
     "the Permanent Technical Committee was held on 3 May 2022."), "30th Session of the Enforcement Committee"),
    (("The WCO conducted a scoping mission to Maseru, Lesotho from 9 to 13 May 2022. The mission met with the "
     "Commissioner of Customs on 10 May 2022."), "scoping mission to Maseru"),
    (("A regional workshop on origin took place in Accra from 2 to 5 May 2022. On the last day, participants met "
     "with the Commissioner."), "regional workshop on origin"),
]


@pytest.mark.parametrize("body, only", MORE_PARTS, ids=[p[0][60:100] for p in MORE_PARTS])
def test_more_parts_are_not_events(body: str, only: str) -> None:
    assert [e.name for e in events_of(body)] == [only]


def test_a_joint_seminar_is_its_own_event() -> None:
    body = ("The Committee held its 45th Session in Brussels from 10 to 13 May 2022. The day before the Session "
            "opened, the two organizations held a joint seminar on valuation.")
    assert sorted(e.kind for e in events_of(body)) == ["seminar", "session"]


def test_a_dated_visit_of_the_participants_within_the_event_is_part_of_it() -> None:
    body = ("The Secretariat ran a regional workshop on audit in Bangkok from 13 to 17 June 2022. On 16 June 2022, "
            "participants visited the Port of Laem Chabang.")
    assert [e.kind for e in events_of(body)] == ["workshop"]


def test_a_back_reference_far_from_its_place_gives_it_when_told_held_there() -> None:
    body = ("The WCO organized a national workshop on audit for the Revenue Authority. The workshop, which was opened "
            "by the Commissioner General, Mr. Tomasz Wielicki, was held at the Riverside Conference Centre in Lusaka "
            "from 2 to 6 May 2022.")
    (event,) = events_of(body)
    assert (event.start, event.end, event.city) == ("2022-05-02", "2022-05-06", "Lusaka")


def test_the_headline_place_beats_the_dateline_place() -> None:
    (event,) = events_of("The WCO held a national workshop on the AEO programme for the Revenue Authority.",
                         title="AEO workshop held in Lusaka", dateline="Brussels, 12 May 2022")
    assert (event.city, event.country, event.start) == ("Lusaka", "Zambia", "2022-05-12")


def test_a_numbered_session_pair_after_an_apposition() -> None:
    body = ("The Council, the governing body of the Organization, met in Rome for its 90th/91st Sessions from "
            "4 to 6 July 2022.")
    (event,) = events_of(body)
    assert (event.name, event.kind, event.start, event.city) == (
        "90th/91st Sessions of the Council", "session", "2022-07-04", "Rome")


# ---------------------------------------------------------------- speed: bounded reads, running aggregates

REACHES = [
    (rules.THEME, rules.THEME_REACH), (rules.BODY_VERB, rules.BODY_VERB_REACH), (rules.AGAIN, rules.AGAIN_REACH),
    (rules.CITY_BEFORE_VENUE, rules.CITY_BEFORE_VENUE_REACH),
]


@pytest.mark.parametrize("rule, reach", REACHES, ids=[r.name for r, _ in REACHES])
def test_a_rule_read_within_its_reach_finds_the_same(rule: Rule, reach: int) -> None:
    """A \\G rule searched no farther than its reach finds what it finds over the whole sentence."""
    for example in rule.examples:
        for pad in ("", "  ", " (ABC) "):
            text = "x" + pad + example + " in the Hall of Europe" * 30
            whole = rule.search(text, 1)
            window = rule.search(text, 1, min(len(text), 1 + reach))
            assert (whole and whole.span()) == (window and window.span()), example


def test_a_gap_longer_than_its_reach_never_tells_held() -> None:
    longest = "x" * 119 + " takes   place" + " " + "a" * 99
    assert rules.TOLD_HELD_AT.search(longest) is not None and len(longest) <= rules.TOLD_HELD_AT_REACH
    assert rules.TOLD_HELD_AT.search(longest + "a") is None


def test_sentences_without_event_words_still_give_verb_events() -> None:
    assert phrases("Ms. Amara Okafor met with the Minister of Trade.") == [("meeting with the Minister of Trade", "meeting")]
    assert phrases("Today the officers spoke about trade.") == []


def test_group_aggregates_follow_its_mentions() -> None:
    """What a group keeps as mentions join is what its mentions say."""
    def mention(start: int, status: str, **kw: Any) -> EventMention:
        return EventMention(Cand(start, start + 5, start, start + 5, "workshop", f"w{start}", **kw), start // 100, status)
    ms = [mention(300, "event", ordinal=2, planned=True), mention(100, "back", year="2021", named=True),
          mention(50, "event", title=True, next=True), mention(200, "event", online=True, planned=True)]
    k = Group("workshop", ms[:1])
    for m in ms[1:]:
        k.add(m)
    told = [m for m in ms if m.status == "event"]
    assert k.first is min((m.cand for m in told), key=lambda c: (c.title, c.start))
    assert (k.ords, k.years, k.named, k.next, k.online) == ({2}, {"2021"}, True, True, True)
    assert k.planned is False and k.all_title is False and k.starts == [100, 200, 300]
    assert k.max_sent == 3 and k.events == told and k.mentions == ms


def test_many_sentences_naming_the_same_events_merge_into_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the bound on mentions, many sentences naming two events still give the two."""
    monkeypatch.setattr(events_module, "MAX_MENTIONS_PER_DOCUMENT", 10**6)
    body = " ".join(["The workshop on risk management was held. A meeting of the Policy Commission took place."] * 400)
    found = events_of(body)
    assert [(e.kind, len(e.mentions)) for e in found] == [("workshop", 400), ("meeting", 400)]


# ---------------------------------------------------------------- parts and later sittings (English)

PARTS_AND_LATER: list[tuple[str, list[tuple[str, str]]]] = [
    ("The Global Forum on Trade took place in Lima on 10-11 May 2022. The second session of the Forum looked at security.",
     [("Global Forum on Trade", "forum")]),
    ("The Council held its 141st/142nd Sessions in Brussels from 9 to 11 May 2022. "
     "A panel discussion on gender took place during the Sessions.",
     [("141st/142nd Sessions of the Council", "session")]),
    ("The Global Forum on Trade took place in Lima on 10-11 May 2022. The Forum featured a high-level dialogue "
     "between Customs and business leaders.", [("Global Forum on Trade", "forum")]),
    ("The Regional Workshop took place in Accra on 10-11 May 2022. A technical visit to the Port of Tema was organized "
     "on 11 May.", [("Regional Workshop", "workshop")]),
    ("The Regional Workshop took place in Accra on 10-11 May 2022. Further workshops are planned for 2023.",
     [("Regional Workshop", "workshop")]),
    ("The Forum took place in Lima on 10 May 2022. Members chose the theme for International Anti-Fraud Day 2023.",
     [("Forum", "forum")]),
    ("The Working Group met in Brussels on 10 May 2022. Its next meeting is planned for November 2022 in Geneva.",
     [("meeting of the Working Group", "meeting"), ("next meeting of the Working Group", "meeting")]),
    ("The Working Group met in Brussels on 10 May 2022. The Working Group will next meet in Geneva on 3-4 November 2022.",
     [("meeting of the Working Group", "meeting"), ("meeting of the Working Group", "meeting")]),
]


@pytest.mark.parametrize("body, expected", PARTS_AND_LATER, ids=[p[0][40:80] for p in PARTS_AND_LATER])
def test_parts_are_dropped_and_later_sittings_kept(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.name, e.kind) for e in events_of(body)] == expected


def test_a_later_sitting_told_by_the_body_verb_is_another_event() -> None:
    body = "The Working Group met in Brussels on 10 May 2022. The Working Group will next meet in Geneva on 3-4 November 2022."
    held, later = events_of(body)
    assert (held.start, held.city, held.primary) == ("2022-05-10", "Brussels", True)
    assert (later.start, later.end, later.city, later.primary) == ("2022-11-03", "2022-11-04", "Geneva", False)


def test_a_subject_with_its_acronym_before_a_passive_verb() -> None:
    (event,) = events_of("A cooperation agreement (CA) was signed on 4 May 2022 by the two administrations.")
    assert (event.kind, event.start) == ("signing", "2022-05-04")


def test_a_headline_opening_with_a_gathering_is_an_event_of_the_dateline() -> None:
    found = events_of("The Secretary General addressed the ambassadors.", title="At WCO headquarters, a briefing session")
    assert [(e.name, e.kind, e.start, e.primary) for e in found] == [("briefing session", "session", "2022-05-12", True)]


def test_a_headline_verb_with_a_figurative_gathering_is_none() -> None:
    assert events_of("The Secretary General addressed the ambassadors.", title="WCO offers a forum for dialogue") == []


# ---------------------------------------------------------------- French releases

FR = vocab("fr")
assert FR is not None


def release_fr(body: str, title: str = "Les dirigeants des douanes se réunissent",
               dateline: str = "Bruxelles, le 12 mai 2022") -> str:
    return f"{title}\n\n12 mai 2022\n\n{dateline}\n\n{body}\n"


def events_fr(body: str, **kw: str) -> list[Event]:
    return parse(release_fr(body, **kw), lang="fr").events


def phrases_fr(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)
    assert FR is not None
    return [(c.name, c.kind) for c in candidates(norm, text, 0, len(norm), FR)]


def test_french_elisions_are_tokens_of_their_own() -> None:
    assert FR is not None
    assert FR.token.findall("l'atelier d'accréditation s'est tenu aujourd'hui") == [
        "l'", "atelier", "d'", "accréditation", "s'", "est", "tenu", "aujourd'hui"]
    assert "visite d' étude" in FR.kinds and FR.head_first and not V.head_first


@pytest.mark.parametrize("word, number", [("1er", 1), ("2e", 2), ("28ème", 28), ("115ème/116ème", 115), ("1re", 1)])
def test_french_ordinals(word: str, number: int) -> None:
    assert FR is not None
    m = FR.ordinal_digits.fullmatch(word)
    assert m is not None and int(m.group(1)) == number


PHRASES_FR = [
    ("Les délégués ont participé à la 12e Réunion du Groupe directeur régional à Lusaka.",
     ("12e Réunion du Groupe directeur régional", "meeting")),
    ("L'Académie a organisé une table ronde sur les corridors numériques.",
     ("table ronde sur les corridors numériques", "round table")),
    ("Un atelier national sur la gestion des risques s'est tenu à Lomé.",
     ("atelier national sur la gestion des risques", "workshop")),
    ("Aujourd'hui, l'Organisation célèbre la Journée internationale contre la contrebande.",
     ("Journée internationale contre la contrebande", "other")),
    ("Le Portail avait été lancé officiellement le 3 mars 2020.", ("lancement du Portail", "launch")),
    ("Le Ministre a signé le protocole d'accord au siège de l'Autorité.", ("signature du protocole d'accord", "signing")),
    ("S'est tenue la troisième conférence mondiale en ligne du Réseau pour la diversité.",
     ("troisième conférence mondiale en ligne du Réseau pour la diversité", "conference")),
    ("Il a rappelé les travaux des sessions du Conseil et du Comité permanent, tenues en juin.",
     ("sessions du Comité permanent", "session")),
]


@pytest.mark.parametrize("text, expected", PHRASES_FR, ids=[p[1][0][:40] for p in PHRASES_FR])
def test_french_phrases_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in phrases_fr(text)


def test_french_common_words_are_no_events() -> None:
    assert phrases_fr("L'atelier a duré une semaine.") == [("atelier", "workshop")]
    assert phrases_fr("Les membres de la Commission se sont penchés sur une journée type.") == [
        ("Commission", "session")]


HELD_FR: list[tuple[str, dict[str, Any]]] = [
    ("La 3e Conférence régionale sur le commerce numérique s'est tenue à Dakar, Sénégal, les 10 et 11 mai 2022.",
     {"name": "3e Conférence régionale sur le commerce numérique", "kind": "conference", "start": "2022-05-10",
      "end": "2022-05-11", "city": "Dakar", "primary": True}),
    ("Le Secrétariat a organisé, au siège de l'Académie, un atelier régional sur la valeur en douane du 9 au 11 mai 2022.",
     {"name": "atelier régional sur la valeur en douane", "kind": "workshop", "start": "2022-05-09",
      "end": "2022-05-11", "venue": "siège de l'Académie"}),
    ("La Commission de politique générale s'est réunie à Bakou du 9 au 11 mai 2022.",
     {"name": "Commission de politique générale", "kind": "session", "start": "2022-05-09", "city": "Bakou"}),
    ("La Commission de contrôle, invitée par le pays hôte, a siégé à Lima du 9 au 11 mai 2022 pour sa 40e session.",
     {"name": "40e session de la Commission de contrôle", "kind": "session", "city": "Lima"}),
    ("Le 10 mai 2022 s'est tenue la deuxième rencontre annuelle des directeurs des douanes.",
     {"name": "deuxième rencontre annuelle des directeurs des douanes", "kind": "meeting", "start": "2022-05-10"}),
    ("L'OMD a tenu une conférence consacrée à la sécurité et intitulée : « Frontières sûres » le 10 mai 2022.",
     {"name": "Frontières sûres", "kind": "conference", "start": "2022-05-10"}),
]


@pytest.mark.parametrize("body, expected", HELD_FR, ids=[h[1]["name"][:40] for h in HELD_FR])
def test_french_held_events(body: str, expected: dict[str, Any]) -> None:
    found = events_fr(body)
    assert len(found) == 1, [e.name for e in found]
    got = found[0].model_dump()
    assert {k: got[k] for k in expected} == expected


NOT_EVENTS_FR = [
    "Les lignes directrices ont été adoptées par le Conseil.",
    "Les futures réunions porteront sur cette question.",
    "Les Membres ont retenu le thème de la Journée internationale de la douane 2023.",
    "Plusieurs ateliers régionaux ont été organisés depuis 2015.",
    "L'atelier a duré une semaine.",
    "Ce programme de formation vise les jeunes agents.",
]


@pytest.mark.parametrize("body", NOT_EVENTS_FR, ids=[b[:40] for b in NOT_EVENTS_FR])
def test_french_not_events(body: str) -> None:
    assert events_fr(body) == []


def test_french_parts_and_next_sittings() -> None:
    body = ("Le Forum mondial sur le commerce a eu lieu à Lima les 10 et 11 mai 2022. La première table ronde a porté "
            "sur les données. À l'issue de la séance, une cérémonie s'est tenue. "
            "La prochaine réunion du Forum se tiendra à Tunis en octobre 2022.")
    found = events_fr(body)
    assert [(e.name, e.kind, e.start, e.city, e.primary) for e in found] == [
        ("Forum mondial sur le commerce", "forum", "2022-05-10", "Lima", True),
        ("prochaine réunion du Forum", "meeting", "2022-10", "Tunis", False)]


def test_french_two_bodies_sitting_are_two_events() -> None:
    body = "Le cycle s'achève avant les sessions du Conseil et du Comité permanent, programmées au mois de juin 2022."
    assert [(e.name, e.kind) for e in events_fr(body)] == [
        ("sessions du Conseil", "session"), ("sessions du Comité permanent", "session")]


def test_french_signing_from_headline_and_body() -> None:
    body = ("Un protocole de coopération (PC) a été conclu le 10 mai 2022 par les deux organisations. "
            "Le Secrétaire général a signé le protocole au siège de l'OMD.")
    (event,) = events_fr(body, title="L'OMD et l'Agence signent un protocole de coopération")
    assert (event.kind, event.start, event.venue, event.primary) == ("signing", "2022-05-10", "siège de l'OMD", True)


def test_french_headline_gathering_takes_the_published_date() -> None:
    (event,) = events_fr("Le Secrétaire général a présenté sa vision.", title="À Genève, un séminaire sur la facilitation")
    assert (event.kind, event.start, event.primary) == ("seminar", "2022-05-12", True)


def test_french_city_ending_the_venue_name() -> None:
    body = ("L'OMD a organisé, au Japon, un atelier national dans les locaux du Centre de formation de Kashiwa "
            "du 9 au 11 mai 2022.")
    (event,) = events_fr(body)
    assert (event.city, event.country) == ("Kashiwa", "Japon")
