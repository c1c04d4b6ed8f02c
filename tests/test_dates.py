"""Date expressions: absolute, ranges, month and year alone, relative to the dateline (invented text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import date_windows
from pressparse.date_shape import shape
from pressparse.date_windows import ANY_WORDS, EN_WORDS, FR_WORDS
from pressparse.dates import RULES, find_dates, parse_date, resolve_weekday
from pressparse.document import Document
from pressparse.header_lines import HEADER_WORDS
from pressparse.header_lines import RULES as HEADER_RULES
from pressparse.rules import Rule
from pressparse.relative_dates import MONTHS, WEEKDAY_LANGS, WEEKDAYS, nearest_year

REF = dt.date(2017, 12, 13)

# (sentence, reference date, [(mention text, start, end), ...])
FOUND: list[tuple[str, dt.date | None, list[tuple[str, str, str | None]]]] = [
    ("The forum opened on 11 December 2017 in Lagos.", REF, [("11 December 2017", "2017-12-11", "2017-12-11")]),
    ("It was signed on December 11, 2017, in Lima.", REF, [("December 11, 2017", "2017-12-11", "2017-12-11")]),
    ("Delegates met on 7 March to review the plan.", REF, [("7 March", "2018-03-07", "2018-03-07")]),
    ("Delegates met on 7 March to review the plan.", dt.date(2017, 4, 2), [("7 March", "2017-03-07", "2017-03-07")]),
    ("The course ran from 10 to 13 October 2017.", REF, [("10 to 13 October 2017", "2017-10-10", "2017-10-13")]),
    ("It ran from 30 January to 1 February 2013.", REF, [("30 January to 1 February 2013", "2013-01-30", "2013-02-01")]),
    ("Tallinn, 8-9 March 2014", None, [("8-9 March 2014", "2014-03-08", "2014-03-09")]),
    ("held on 12 - 13 April in Quito", dt.date(2012, 4, 20), [("12 - 13 April", "2012-04-12", "2012-04-13")]),
    ("in Oslo from 5-6 March 2015.", None, [("5-6 March 2015", "2015-03-05", "2015-03-06")]),
    ("sat on 11 and 12 June in Accra", dt.date(2019, 6, 20), [("11 and 12 June", "2019-06-11", "2019-06-12")]),
    ("met from 21st-23rd September 2016.", None, [("21st-23rd September 2016", "2016-09-21", "2016-09-23")]),
    ("for a few days, from 7 to 9September 2014.", None, [("7 to 9September 2014", "2014-09-07", "2014-09-09")]),
    ("Between 12 and 16 August 2019, trainees gathered.", None,
     [("12 and 16 August 2019", "2019-08-12", "2019-08-16")]),
    ("Talks spread over 9 and 10 July came first.", dt.date(2021, 7, 20),
     [("9 and 10 July", "2021-07-09", "2021-07-10")]),
    ("met from 3 \u2013 4 February 2025 to look at", None, [("3 \u2013 4 February 2025", "2025-02-03", "2025-02-04")]),
    ("ran from 29 April - 2 May 2013 in Quito", None, [("29 April - 2 May 2013", "2013-04-29", "2013-05-02")]),
    ("During the week 4 to 8 September 2017, in Rome,", None, [("4 to 8 September 2017", "2017-09-04", "2017-09-08")]),
    ("from 28 December 2012 to 4 January 2013", None, [("28 December 2012 to 4 January 2013", "2012-12-28", "2013-01-04")]),
    ("from 28 December to 4 January 2013", None, [("28 December to 4 January 2013", "2012-12-28", "2013-01-04")]),
    ("on 4, 5 and 6 May 2016", None, [("4, 5 and 6 May 2016", "2016-05-04", "2016-05-06")]),
    ("between 29 June and 2 July 2015", None, [("29 June and 2 July 2015", "2015-06-29", "2015-07-02")]),
    ("on 3 March and 4 April 2015", dt.date(2015, 5, 1),
     [("3 March", "2015-03-03", "2015-03-03"), ("4 April 2015", "2015-04-04", "2015-04-04")]),
    ("October 10-13, 2017 in Kigali", None, [("October 10-13, 2017", "2017-10-10", "2017-10-13")]),
    ("the 7th of March 2019 session", None, [("7th of March 2019", "2019-03-07", "2019-03-07")]),
    ("It was adopted in June 2018.", None, [("June 2018", "2018-06", None)]),
    ("at its December 2017 session", None, [("December 2017", "2017-12", None)]),
    ("the Council's June's 2016 session", None, [("June's 2016", "2016-06", None)]),
    ("from June to August 2018", None, [("June to August 2018", "2018-06", "2018-08")]),
    ("between March and May 2019", None, [("March and May 2019", "2019-03", "2019-05")]),
    ("reports for March and May 2019", None, [("May 2019", "2019-05", None)]),
    ("The plan will run in 2019.", None, [("2019", "2019", None)]),
    ("by the end of 2020, Members", None, [("2020", "2020", None)]),
    ("between 2015 and 2018", None, [("2015 and 2018", "2015", "2018")]),
    ("to be held in March.", REF, [("March", "2018-03", None)]),
    ("to be held in March.", None, []),
    ("dated 2017-12-11", None, [("2017-12-11", "2017-12-11", "2017-12-11")]),
    # Relative dates, resolved against the dateline.
    ("agreed in Valletta last week", REF, [("last week", "2017-12", None)]),
    ("a conference in China next February", REF, [("next February", "2018-02", None)]),
    ("the summit last May", REF, [("last May", "2017-05", None)]),
    ("Today, Ms. Amara Okafor opened", REF, [("Today", "2017-12-13", "2017-12-13")]),
    ("Yesterday the Board met", REF, [("Yesterday", "2017-12-12", "2017-12-12")]),
    ("It opens tomorrow", REF, [("tomorrow", "2017-12-14", "2017-12-14")]),
    ("as agreed earlier this month", REF, [("earlier this month", "2017-12", None)]),
    ("as agreed last month", REF, [("last month", "2017-11", None)]),
    ("to meet next month", REF, [("next month", "2018-01", None)]),
    ("a review later this year", REF, [("later this year", "2017", None)]),
    ("the theme chosen last year", REF, [("last year", "2016", None)]),
    ("agreed in Valletta last week", None, []),
    ("Delegates met on 7 March to review the plan.", None, []),
    # Rejects: numbers that are not dates.
    ("Resolution 2017/12 and ISO 9001 apply.", REF, []),
    ("the WTO MC11 meeting", REF, []),
    ("Call +32 2 209 92 11 for details.", REF, []),
    ("a grant of $2 million for 30 Members", REF, []),
    ("There were 2019 participants.", REF, []),
    ("Members may march on", REF, []),
    ("a team led by June Okafor", REF, []),
    ("in the last week of June 2016", REF, [("June 2016", "2016-06", None)]),
    ("the 141st/142nd Sessions of the Board", REF, []),
    ("31 February 2017 was not a day", None, [("February 2017", "2017-02", None)]),
    # Weekday names inside dates and ranges.
    ("From Monday 6 to Friday 10 March 2023, trainees met.", None,
     [("6 to Friday 10 March 2023", "2023-03-06", "2023-03-10")]),
    ("from Tuesday 30 May to Friday 2 June 2023 in Lima", None,
     [("30 May to Friday 2 June 2023", "2023-05-30", "2023-06-02")]),
    ("It was signed on Monday, 26 January 2026 in Suva.", None, [("26 January 2026", "2026-01-26", "2026-01-26")]),
    ("It opened on Tuesday, March 7, 2023.", None, [("March 7, 2023", "2023-03-07", "2023-03-07")]),
    # The week of a day: that day, end unknown.
    ("to meet again during the week of 13 May 2024", None, [("week of 13 May 2024", "2024-05-13", None)]),
    ("in the week beginning Monday 4 March", dt.date(2024, 2, 20), [("week beginning Monday 4 March", "2024-03-04", None)]),
    # Weekdays relative to the dateline (Tuesday 3 May 2022).
    ("The workshop opened yesterday and runs until Friday.", dt.date(2022, 5, 3),
     [("yesterday", "2022-05-02", "2022-05-02"), ("Friday", "2022-05-06", "2022-05-06")]),
    ("The Board met last Friday in Oslo.", dt.date(2022, 5, 3), [("last Friday", "2022-04-29", "2022-04-29")]),
    ("The Board met on Friday in Oslo.", dt.date(2022, 5, 3), [("Friday", "2022-04-29", "2022-04-29")]),
    ("The Board will meet on Friday in Oslo.", dt.date(2022, 5, 3), [("Friday", "2022-05-06", "2022-05-06")]),
    ("The Board meets next Tuesday.", dt.date(2022, 5, 3), [("next Tuesday", "2022-05-10", "2022-05-10")]),
    ("Bids are due by Tuesday.", dt.date(2022, 5, 3), [("Tuesday", "2022-05-03", "2022-05-03")]),
    ("The Board met on Friday in Oslo.", None, []),
    ("on the last Friday of May", dt.date(2022, 5, 3), []),
    ("a talk by Sun Mei on trade", dt.date(2022, 5, 3), []),
    ("Black Friday sales rose", dt.date(2022, 5, 3), []),
]


@pytest.mark.parametrize("text, ref, expected", FOUND, ids=[f"{i}:{t[:30]}" for i, (t, _, _) in enumerate(FOUND)])
def test_find_dates(text: str, ref: dt.date | None, expected: list[tuple[str, str, str | None]]) -> None:
    doc = Document.from_text(text)
    got = [(d.mention.text, d.start, d.end) for d in find_dates(doc, ref)]
    assert got == expected


FRENCH: list[tuple[str, dt.date | None, list[tuple[str, str, str | None]]]] = [
    ("L'atelier s'est tenu du 9 au 13 juin 2018.", None, [("9 au 13 juin 2018", "2018-06-09", "2018-06-13")]),
    ("le 3 mars", dt.date(2016, 2, 10), [("3 mars", "2016-03-03", "2016-03-03")]),
    ("les 14 et 15 juin 2017 à Dakar", None, [("14 et 15 juin 2017", "2017-06-14", "2017-06-15")]),
    ("Le 1er octobre 2023, la conférence", None, [("1er octobre 2023", "2023-10-01", "2023-10-01")]),
    ("du 30 janvier au 1er février 2013", None, [("30 janvier au 1er février 2013", "2013-01-30", "2013-02-01")]),
    ("depuis juin 2015", None, [("juin 2015", "2015-06", None)]),
    ("en 2019, les Membres", None, [("2019", "2019", None)]),
    ("réunie à Vienne la semaine dernière", REF, [("la semaine dernière", "2017-12", None)]),
    ("en février prochain", REF, [("février prochain", "2018-02", None)]),
    ("Aujourd\u2019hui, le Conseil", REF, [("Aujourd\u2019hui", "2017-12-13", "2017-12-13")]),
    ("la réunion de vendredi prochain", dt.date(2022, 5, 3), [("vendredi prochain", "2022-05-06", "2022-05-06")]),
    ("pendant la semaine du 13 mai 2024", None, [("semaine du 13 mai 2024", "2024-05-13", None)]),
    ("30 membres et 2 millions", REF, []),
]

# French relative dates against a dateline on Wednesday 12 June 2019, as the English ones resolve:
# a week gives the month it falls in, a moved month its next or last occurrence.
WED = dt.date(2019, 6, 12)
FRENCH_RELATIVE: list[tuple[str, dt.date | None, list[tuple[str, str, str | None]]]] = [
    ("Le Conseil s'est réuni la semaine dernière.", WED, [("la semaine dernière", "2019-06", None)]),
    ("La semaine prochaine, les Membres", WED, [("La semaine prochaine", "2019-06", None)]),
    ("La semaine dernière, les Membres", WED, [("La semaine dernière", "2019-06", None)]),
    ("le mois prochain à Genève", WED, [("le mois prochain", "2019-07", None)]),
    ("le mois dernier à Genève", WED, [("le mois dernier", "2019-05", None)]),
    ("le mois passé à Genève", WED, [("le mois passé", "2019-05", None)]),
    ("Hier, le Secrétaire général", WED, [("Hier", "2019-06-11", "2019-06-11")]),
    ("ouvert avant-hier", WED, [("avant-hier", "2019-06-10", "2019-06-10")]),
    ("se tiendra après-demain", WED, [("après-demain", "2019-06-14", "2019-06-14")]),
    ("réunis lundi dernier", WED, [("lundi dernier", "2019-06-10", "2019-06-10")]),
    ("réunis jeudi passé", WED, [("jeudi passé", "2019-06-06", "2019-06-06")]),
    ("se réunira vendredi prochain", WED, [("vendredi prochain", "2019-06-14", "2019-06-14")]),
    ("se poursuit jusqu\u2019à vendredi", WED, [("vendredi", "2019-06-14", "2019-06-14")]),
    ("ouvert depuis lundi", WED, [("lundi", "2019-06-10", "2019-06-10")]),
    ("se tiendra en septembre prochain", WED, [("septembre prochain", "2019-09", None)]),
    ("tenue en mai dernier", WED, [("mai dernier", "2019-05", None)]),
    ("se tiendra en juin prochain", WED, [("juin prochain", "2020-06", None)]),
    ("le 15 septembre prochain", WED, [("15 septembre prochain", "2019-09-15", "2019-09-15")]),
    ("le 10 janvier prochain", WED, [("10 janvier prochain", "2020-01-10", "2020-01-10")]),
    ("depuis le 1er mars dernier", WED, [("1er mars dernier", "2019-03-01", "2019-03-01")]),
    ("plus tôt cette année", WED, [("plus tôt cette année", "2019", None)]),
    ("l\u2019an dernier", WED, [("l\u2019an dernier", "2018", None)]),
    ("l'année écoulée", WED, [("l'année écoulée", "2018", None)]),
    # Not relative to the dateline, or no dateline.
    ("la semaine dernière", None, []),
    ("jusqu'à vendredi 14 juin", WED, [("14 juin", "2019-06-14", "2019-06-14")]),
    ("une hiérarchie des demandes", WED, []),
    ("le lendemain de la conférence", WED, []),
]


@pytest.mark.parametrize("text, ref, expected", FRENCH_RELATIVE,
                         ids=[f"{i}:{t[:30]}" for i, (t, _, _) in enumerate(FRENCH_RELATIVE)])
def test_french_relative_dates(text: str, ref: dt.date | None, expected: list[tuple[str, str, str | None]]) -> None:
    found = find_dates(Document.from_text(text), ref, "fr")
    assert [(d.mention.text, d.start, d.end) for d in found] == expected
    assert all(d.relative for d in found if d.mention.text != "14 juin")


@pytest.mark.parametrize("text, ref, expected", FRENCH, ids=[t[:30] for t, _, _ in FRENCH])
def test_find_dates_french(text: str, ref: dt.date | None, expected: list[tuple[str, str, str | None]]) -> None:
    got = [(d.mention.text, d.start, d.end) for d in find_dates(Document.from_text(text), ref, "fr")]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("13 December 2017", ("2017-12-13", "2017-12-13")),
        ("17 \u4e09\u6708 2016", ("2016-03-17", "2016-03-17")),
        ("23 octubre 2014", ("2014-10-23", "2014-10-23")),
        ("02 \u0430\u043f\u0440\u0435\u043b\u044f 2017", ("2017-04-02", "2017-04-02")),
        ("20 \u043c\u0430\u0440\u0442\u0430 2013", ("2013-03-20", "2013-03-20")),
        ("27 mayo 2015", ("2015-05-27", "2015-05-27")),
        ("3 f\u00e9vr. 2011", ("2011-02-03", "2011-02-03")),
        ("December 13, 2017", ("2017-12-13", "2017-12-13")),
        ("February 2018", ("2018-02", None)),
        ("  08 janvier 2010 ", ("2010-01-08", "2010-01-08")),
        ("8-9 March 2014", ("2014-03-08", "2014-03-09")),
        ("11 de mayo de 2023", ("2023-05-11", "2023-05-11")),
        ("5 de dezembro de 2022", ("2022-12-05", "2022-12-05")),
        ("18 \u043c\u0430\u044f 2022", ("2022-05-18", "2022-05-18")),
        ("03 \u4e94\u6708 2022", ("2022-05-03", "2022-05-03")),
        ("Tallinn, 8-9 March 2014", None),
        ("WCO Council opens", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_date(text) == expected


def test_month_files_agree_across_languages() -> None:
    """A month name shared by two languages must name the same month in both."""
    seen: dict[str, int] = {}
    for lang in ("en", "fr", "es", "ru", "zh", "pt"):
        table = MONTHS[lang]
        assert len(set(table.values())) == 12, lang
        for name, number in table.items():
            assert seen.setdefault(name, number) == number, (lang, name)


def test_weekday_files_agree_across_languages() -> None:
    """Seven weekdays per language, and a name shared by two languages names the same day."""
    seen: dict[str, int] = {}
    for lang in WEEKDAY_LANGS:
        table = WEEKDAYS[lang]
        assert set(table.values()) == set(range(1, 8)), lang
        for name, number in table.items():
            assert seen.setdefault(name, number) == number, (lang, name)


def test_relative_weekday_directions() -> None:
    """next: strictly after the dateline; until/by/this: on or after; last: strictly before."""
    friday = dt.date(2022, 5, 6)
    assert resolve_weekday("next", 5, "en", friday) == "2022-05-13"
    assert resolve_weekday("until", 5, "en", friday) == "2022-05-06"
    assert resolve_weekday("last", 5, "en", friday) == "2022-04-29"
    assert resolve_weekday("on", 1, "en", friday, "The Board will meet on ", 23) == "2022-05-09"
    assert resolve_weekday("on", 1, "en", friday, "The Board met on ", 17) == "2022-05-02"
    assert resolve_weekday("soon", 1, "en", friday) is None
    assert resolve_weekday("next", 1, "en", dt.date.max) is None


def test_nearest_year_crosses_new_year() -> None:
    assert nearest_year(dt.date(2017, 12, 28), 1, 3) == 2018
    assert nearest_year(dt.date(2018, 1, 3), 12, 28) == 2017
    assert nearest_year(dt.date(2016, 3, 1), 2, 29) == 2016


def test_extreme_reference_dates_do_not_raise() -> None:
    text = "today, yesterday, tomorrow, next week, last year, next month, next January, on 7 March, 31 December"
    for ref in (dt.date.min, dt.date.max):
        for d in find_dates(Document.from_text(text), ref):
            assert d.mention.text == text[d.mention.start : d.mention.end]


def test_rules_are_registered() -> None:
    assert {"date_range_days", "date_relative_phrase", "dateline_day", "fr_date_day"} <= {r.name for r in RULES}


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -,.thndrsJunMayDecember au et to and in last next week")),
               max_size=200))
def test_spans_are_slices(text: str) -> None:
    for d in find_dates(Document.from_text(text), REF):
        assert d.mention.text == text[d.mention.start : d.mention.end]
        assert d.end is None or len(d.end) == len(d.start)


# --- narrowed scans (date_shape, date_windows): the same matches as a scan of the whole range ------

@pytest.mark.parametrize("pattern, bounds", [
    (r"ab(?=cd)", (2, 2, 4)),          # a lookahead reads past the match
    (r"x$", (1, 1, 3)),                # "$" looks at the next two characters
    (r"(?<!\p{L})a{1,3}", (1, 3, 3)),  # a lookbehind reads only behind
    (r"(?i:ß)", (1, 3, 3)),            # full case folding: "ß" matches "ss"
    (r"(?i:a)[b]", (2, 2, 2)),
])
def test_shape_bounds(pattern: str, bounds: tuple[int, int, int]) -> None:
    found = shape(pattern)
    assert found is not None and (found.least, found.most, found.reach) == bounds


@pytest.mark.parametrize("pattern", [r"a+", r"a*", r"a{2,}", r"(a)\1", r"(?P<x>a)(?P=x)", r"(?x)a", r"(?(1)a|b)"])
def test_shape_gives_up_on_unbounded_or_unknown(pattern: str) -> None:
    assert shape(pattern) is None


def test_shape_needs_digits_and_marks() -> None:
    found = shape(r"(?:in\s{1,3})?(?P<d>[0-9]{1,2})\s(?:(?P<m>Jan|Feb)|x(?P<n>Mar))[,:]")
    assert found is not None and found.digits is False and found.needs == frozenset(",:")
    assert found.marks == {"[0-9]{1,2}": (5, 1)}  # the month groups differ by branch: neither is in every match
    assert shape(r"(?P<a>x)-(?P<b>x){2}").marks == {"x": (0, 3)}  # type: ignore[union-attr]
    assert shape(r"[0-9]{2}-(?i:x)").digits and shape(r"\G-").anchored  # type: ignore[union-attr]


def _plain(rule: Rule, text: str, start: int, end: int) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in rule.finditer(text, start, end)]


_PIECES = ["1", "2", "7", "12", "30", "31", "2017", "1999", "20190", "3-4", "21st", "1er", "May", "may", "MAY", "June",
           "Sept.", "Sept", "December", "DEC", "juin", "JUIN", "février", "mars", "enero", "мая", "三月", "1月",
           "Monday", "friday", "mardi", "last", "next", "week", "today", "yesterday", "Yesterday", "this", "the", "in",
           "mid-", "since", "to", "and", "between", "from", "until", "on", "of", "du", "au", "la semaine dernière",
           "prochain", "published", "Updated:", "week of", "ſ", "İ", "K", "ß", " ", " ", "  ", ", ", "-", " - ", ".",
           "\n", "\n\n", "/"]


def _same_matches(text: str, start: int, end: int) -> None:
    for vocab, rules in ((EN_WORDS, RULES), (FR_WORDS, RULES), (ANY_WORDS, RULES), (HEADER_WORDS, HEADER_RULES)):
        triggers = date_windows.Triggers(text, start, end, vocab)
        for rule in rules:
            got = [(m.start(), m.end(), m.groupdict()) for m in date_windows.finditer(rule, triggers, None)]
            assert got == _plain(rule, text, start, end), rule.name
            assert [m.span() for m in date_windows.scan(rule, text, start, end)] == [s[:2] for s in got]
        assert date_windows.may_match(rules, text, start, end) or not any(
            rule.finditer(text, start, end) for rule in rules)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.integers(0, 12)), max_size=80), st.integers(0, 40),
       st.integers(0, 40))
def test_narrowed_scans_find_what_whole_scans_find(pieces: list[tuple[str, int]], cut_start: int, cut_end: int) -> None:
    text = "".join(piece + " word" * (gap - 8) if gap > 8 else piece for piece, gap in pieces)
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    _same_matches(text, start, end)


@pytest.mark.parametrize("path", sorted((Path(__file__).parent.parent / "fixtures").glob("*.txt"))[:40], ids=str)
def test_narrowed_scans_of_fixtures(path: Path) -> None:
    text = Document.from_text(path.read_text(encoding="utf-8")).text
    _same_matches(text, 0, len(text))
    _same_matches(text, 7, len(text) // 2)


def test_shapes_hold_for_rule_examples() -> None:
    for rule in (*RULES, *HEADER_RULES):
        found = shape(rule.pattern, rule.flags)
        if found is None:
            continue
        for example in rule.examples:
            for m in rule.compiled.finditer(example):
                assert found.least <= len(m.group()) <= found.most, rule.name
                assert not found.digits or m.group()[:1].isdigit(), rule.name
                assert not found.needs or set(m.group()) & found.needs, rule.name


def test_an_attempt_reads_no_further_than_its_reach() -> None:
    """Cutting the text `reach` characters past where an attempt starts never changes its answer."""
    for rule in (*RULES, *HEADER_RULES):
        found = shape(rule.pattern, rule.flags)
        if found is None:
            continue
        for sample in (*rule.examples, *rule.rejects):
            for text in (sample, sample + ", 2019", sample + " Members", sample + "\n"):
                for s in range(len(text)):
                    whole = rule.compiled.match(text, s)
                    cut = rule.compiled.match(text, s, min(len(text), s + found.reach))
                    assert (whole and (whole.span(), whole.groupdict())) == (cut and (cut.span(), cut.groupdict())), (
                        rule.name, text, s)


def test_widths_agree_with_the_standard_library_parser() -> None:
    """An independent count: `re`'s own parser, on the patterns with `\\p{..}` read as `\\w`."""
    sre = pytest.importorskip("re._parser")
    for rule in (*RULES, *HEADER_RULES):
        found = shape(rule.pattern, rule.flags)
        if found is None:
            continue
        plain = regex.sub(r"\\[pP]\{\w{1,30}\}", r"\\w", rule.pattern).replace(r"\G", "")
        least, most = sre.parse(plain).getwidth()
        assert found.least <= least and found.most >= most, rule.name
        assert "(?i:" in plain or (found.least, found.most) == (least, most), rule.name


def test_lower_casing_finds_what_case_insensitive_rules_match() -> None:
    """Where `_lower_safe` lets a lower-cased text stand for case-insensitive matching, a character
    matching a trigger word's letter case-insensitively lower-cases to that letter."""
    cased = "".join(chr(i) for i in range(0x110000)
                    if (c := chr(i)) != c.lower() or c != c.upper() or c != c.casefold())
    letters = {c for v in (EN_WORDS, FR_WORDS, ANY_WORDS, HEADER_WORDS) for k in ("month", "weekday", "phrase")
               for w in v.words(k)[0] for c in w.lower() if c.isalpha()}
    for letter in letters:
        for m in regex.finditer(r"(?i:" + regex.escape(letter) + ")", cased):
            c = m.group()
            assert not date_windows._lower_safe(c) or c.lower() == letter, (letter, c)
