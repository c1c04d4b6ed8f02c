"""The GUIDE's scoring rules, pinned with small invented gold/prediction pairs."""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import lexicon
from pressparse.scoring import (
    STOPWORDS_FILE,
    affiliation_correct,
    event_score,
    initiative_score,
    name_match,
    normalize,
    organization_score,
    score,
    score_document,
    title_correct,
    word_f1,
)

GUIDE_FIGURES = {
    "people", "organizations", "initiatives", "events", "entities_micro", "title", "published",
    "person_title", "person_affiliation", "primary_found", "primary_kind", "primary_start",
    "primary_end", "primary_city", "primary_country", "docs",
}


def rec(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"title": None, "published": None, "language": "en",
                            "events": [], "people": [], "organizations": [], "initiatives": []}
    base.update(fields)
    return base


def person(name: str, title: str | None = None, affiliation: str | None = None) -> dict[str, Any]:
    return {"name": name, "honorific": None, "title": title, "affiliation": affiliation, "country": None}


def org(name: str, acronym: str | None = None) -> dict[str, Any]:
    return {"name": name, "acronym": acronym}


def event(name: str, kind: str = "meeting", start: str | None = None, primary: bool = False,
          **more: Any) -> dict[str, Any]:
    e = {"name": name, "kind": kind, "start": start, "end": None, "venue": None, "city": None,
         "country": None, "primary": primary}
    e.update(more)
    return e


@pytest.mark.parametrize("text, expected", [
    ("Diego Dávila", "diego davila"),
    ("Secrétaire général", "secretaire general"),
    ("E-Commerce", "e commerce"),
    ("U.S. Customs", "us customs"),
    ("  Hello,\n  World! ", "hello world"),
    ("People’s Republic", "people s republic"),
    ("ＷＣＯ", "wco"),
    (None, ""),
    ("", ""),
])
def test_normalize(text: str | None, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("Head of International Public Policy", "Head of Public Policy", 6 / 7),
    ("Ministry of Finance", "Ministry Finance", 1.0),
    ("the Council", "Council", 1.0),
    ("Council", "Commission", 0.0),
    ("", "Council", 0.0),
    ("of the", "of the", 1.0),  # only stop words: all words count
])
def test_word_f1(a: str, b: str, expected: float) -> None:
    assert word_f1(a, b) == pytest.approx(expected)


@pytest.mark.parametrize("gold, pred, expected", [
    ("Amara Okafor", "Amara Okafor", 3),
    ("Amara Okafor", "amara  OKAFOR", 3),
    ("José Núñez", "Jose Nunez", 3),
    ("Amara Okafor", "Okafor Amara", 2),       # any order
    ("Amara Okafor", "A. Okafor", 2),          # initial
    ("A. Okafor", "Amara Okafor", 2),
    ("Tomasz Wielicki", "Tomasz J. Wielicki", 2),
    ("Tomasz Wielicki", "Wielicki T.", 2),
    ("Amara Okafor", "Okafor", 1),             # family name alone
    ("Okafor", "Amara Okafor", 1),
    ("Amara Okafor", "Amara Mensah", 0),
    ("Amara Okafor", "B. Okafor", 0),
    ("Amara Okafor", "Bola Okafor", 0),
    ("Okafor", "Mensah", 0),
    ("", "Okafor", 0),
])
def test_name_match(gold: str, pred: str, expected: int) -> None:
    assert name_match(gold, pred) == expected


def test_people_one_to_one_and_prf() -> None:
    gold = rec(people=[person("Amara Okafor"), person("Tomasz Wielicki")])
    pred = rec(people=[person("A. Okafor"), person("Okafor Amara"), person("Lina Berg")])
    f = score(gold, pred)["people"]
    assert (f["tp"], f["fp"], f["fn"]) == (1, 2, 1)
    assert (f["p"], f["r"], f["f1"]) == (0.3333, 0.5, 0.4)


def test_people_best_match_first() -> None:
    gold = rec(people=[person("Amara Okafor")])
    pred = rec(people=[person("Okafor"), person("Amara Okafor")])
    ds = score_document(gold, pred)
    assert ds.spurious["people"] == [person("Okafor")]
    assert ds.missed["people"] == []


@pytest.mark.parametrize("n_gold, n_pred, p, r, f1", [
    (0, 0, 1.0, 1.0, 1.0),
    (2, 0, 1.0, 0.0, 0.0),
    (0, 1, 0.0, 1.0, 0.0),
])
def test_empty_lists(n_gold: int, n_pred: int, p: float, r: float, f1: float) -> None:
    names = ["Amara Okafor", "Tomasz Wielicki"]
    gold = rec(people=[person(n) for n in names[:n_gold]])
    pred = rec(people=[person(n) for n in names[:n_pred]])
    f = score(gold, pred)["people"]
    assert (f["p"], f["r"], f["f1"]) == (p, r, f1)


@pytest.mark.parametrize("pred, matches", [
    (org("WCO"), True),                                  # acronym vs full name's acronym
    (org("World Customs Organization"), True),
    (org("World Customs Organisation", "WCO"), True),
    (org("Customs Organization"), True),                 # F1 0.8
    (org("World Customs Organization (Brussels)"), True),  # F1 6/7
    (org("Customs Authority"), False),
    (org("OMD"), False),
])
def test_organization_match(pred: dict[str, Any], matches: bool) -> None:
    assert (organization_score(org("World Customs Organization", "WCO"), pred) > 0) is matches


def test_organizations_one_to_one() -> None:
    gold = rec(organizations=[org("World Customs Organization", "WCO")])
    pred = rec(organizations=[org("WCO"), org("World Customs Organization", "WCO")])
    ds = score_document(gold, pred)
    assert ds.spurious["organizations"] == [org("WCO")]  # the full entry wins
    assert score(gold, pred)["organizations"]["p"] == 0.5


RKC = {"name": "Revised Kyoto Convention", "acronym": "RKC", "kind": "convention",
       "aliases": ["International Convention on the Simplification and Harmonization of Customs Procedures"]}


@pytest.mark.parametrize("pred, matches", [
    ({"name": "Kyoto Convention", "acronym": None}, True),
    ({"name": "RKC", "acronym": None}, True),
    ({"name": "Convention", "acronym": None}, True),      # F1 exactly 0.5
    ({"name": "Convention on the Simplification and Harmonization of Customs Procedures"}, True),
    ({"name": "Istanbul Convention", "acronym": None}, False),
    ({"name": "Something", "acronym": "rkc"}, True),
])
def test_initiative_match(pred: dict[str, Any], matches: bool) -> None:
    assert (initiative_score(RKC, pred) > 0) is matches


@pytest.mark.parametrize("pred, matches", [
    (event("national seminar", "workshop", "2019-03-04"), True),        # kind and start
    (event("Regional Risk Management Workshop", "seminar", None), True),  # name F1
    (event("Workshop", "workshop", None), False),                         # F1 0.4, no start
    (event("national seminar", "meeting", "2019-03-04"), False),
    (event("national seminar", "workshop", "2019-03"), False),
])
def test_event_match(pred: dict[str, Any], matches: bool) -> None:
    gold = event("Regional Workshop on Risk Management", "workshop", "2019-03-04")
    assert (event_score(gold, pred) > 0) is matches


def test_events_kind_and_null_start_do_not_match() -> None:
    assert event_score(event("Council session", "session"), event("board gathering", "session")) == 0.0


@pytest.mark.parametrize("gold, pred, ok", [
    ("Director General of Customs", "Director General", True),            # 0.8
    ("Director General of Customs", "Deputy Director General of Customs", True),
    ("Director General of Customs", "Director", False),                   # 0.5
    ("Head of International Public Policy", "Head of Policy", True),      # 2*2/6 = 0.667
    ("Head of International Public Policy", "Head", False),               # 0.4
    (None, None, True),
    ("Chair", None, False),
    (None, "Chair", False),
])
def test_title_threshold(gold: str | None, pred: str | None, ok: bool) -> None:
    assert title_correct(gold, pred) is ok


def test_person_title_counts() -> None:
    gold = rec(people=[person("Amara Okafor", "Director General of Customs"), person("Lina Berg", "Chair")])
    pred = rec(people=[person("A. Okafor", "Director"), person("Berg", "Chair")])
    f = score(gold, pred)["person_title"]
    assert f == {"acc": 0.5, "n": 2}


FAPR = org("Federal Administration of Public Revenue", "FAPR")


@pytest.mark.parametrize("gold_orgs, pred_orgs, ok", [
    ([FAPR], [], True),     # tied by the gold list
    ([], [FAPR], True),     # tied by the predicted list
    ([], [], False),
    ([org("FAPR")], [org("Federal Administration of Public Revenue")], False),  # no entry ties them
])
def test_affiliation_via_acronym_tie(gold_orgs: list[dict[str, Any]], pred_orgs: list[dict[str, Any]], ok: bool) -> None:
    gold = rec(people=[person("Amara Okafor", affiliation="FAPR")], organizations=gold_orgs)
    pred = rec(people=[person("Amara Okafor", affiliation="Federal Administration of Public Revenue")],
               organizations=pred_orgs)
    assert score(gold, pred)["person_affiliation"] == {"acc": 1.0 if ok else 0.0, "n": 1}


@pytest.mark.parametrize("gold, pred, ok", [
    ("WCO Council", "WCO", True),  # F1 0.667
    ("Japan", "japan", True),
    ("Japan", "Kenya", False),
    (None, None, True),
    (None, "Kenya", False),
])
def test_affiliation_plain(gold: str | None, pred: str | None, ok: bool) -> None:
    assert affiliation_correct(gold, pred) is ok


@pytest.mark.parametrize("field, gold, pred, acc", [
    ("title", "Customs Leaders Meet in Lisbon", "Customs leaders meet in Lisbon.", 1.0),
    ("title", None, None, 1.0),
    ("title", "Customs Leaders Meet", None, 0.0),
    ("published", "2018-02-01", "2018-02-01", 1.0),
    ("published", "2018-02-01", "2018-02", 0.0),
])
def test_title_and_published(field: str, gold: str | None, pred: str | None, acc: float) -> None:
    assert score(rec(**{field: gold}), rec(**{field: pred}))[field] == {"acc": acc, "n": 1}


GOLD_PRIMARY = event("Regional Workshop on Risk Management", "workshop", "2019-03-04", True,
                     end="2019-03-08", city="Nairobi", country="Kenya")


def primary_figures(pred_events: list[dict[str, Any]], gold_events: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    f = score(rec(events=[GOLD_PRIMARY] if gold_events is None else gold_events), rec(events=pred_events))
    return {k[len("primary_"):]: f[k]["acc"] for k in f if k.startswith("primary_")}


def test_primary_fields_scored_on_matched_primary() -> None:
    pred = event("regional workshop on risk management", "workshop", "2019-03-04", True,
                 end="2019-03-07", city="Nairobi", country=None)
    assert primary_figures([pred]) == {"found": 1.0, "kind": 1.0, "start": 1.0, "end": 0.0,
                                       "city": 1.0, "country": 0.0}


def test_missing_primary_counts_wrong_for_every_field() -> None:
    not_primary = dict(GOLD_PRIMARY, primary=False)
    assert set(primary_figures([not_primary]).values()) == {0.0}
    assert score(rec(events=[GOLD_PRIMARY]), rec())["primary_city"] == {"acc": 0.0, "n": 1}


def test_unmatched_primary_counts_wrong_even_where_fields_agree() -> None:
    other = event("Donor conference", "conference", "2019-05-01", True, city="Nairobi", country="Kenya")
    assert set(primary_figures([other]).values()) == {0.0}


def test_no_gold_primary_is_not_scored() -> None:
    f = score(rec(events=[event("Expert meeting")]), rec(events=[event("Expert meeting", primary=True)]))
    assert f["primary_found"] == {"acc": None, "n": 0}
    assert f["primary_kind"] == {"acc": None, "n": 0}


def test_extra_predicted_keys_ignored_and_micro_pooled() -> None:
    mention = {"start": 0, "end": 3, "text": "WCO", "rule": "x"}
    gold = rec(people=[person("Amara Okafor")], organizations=[org("WCO"), org("UNODC")])
    pred = rec(people=[dict(person("Amara Okafor"), mentions=[mention], evidence={"name": mention})],
               organizations=[dict(org("WCO"), mentions=[mention])], warnings=["w"], url=None, evidence={})
    f = score(gold, pred)
    assert set(f) == GUIDE_FIGURES
    assert f["entities_micro"] == {"p": 1.0, "r": 0.6667, "f1": 0.8, "tp": 2, "fp": 0, "fn": 1}
    assert f["docs"] == 1


def test_stopword_file_is_normalized_and_unique() -> None:
    entries = lexicon.entries(STOPWORDS_FILE)
    assert len(entries) == len(set(entries))
    assert all(normalize(e) == e and " " not in e for e in entries)
    assert {"of", "the", "and", "for", "de", "la", "et"} <= set(entries)
