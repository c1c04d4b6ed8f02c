"""Dates: absolute, ranges, month-only, and relative ones resolved against the dateline.

Every rule names its parts with the same groups (d1 m1 y1 for the start, d2 m2 y2 for the end,
`mo` for a numeric month, `rel` / `prep` for a relative word, `wd` for a weekday, `wk` for "the
week of"), so one reader turns any match into ISO values: a part the text leaves out is taken from
the other end of the range, and a missing year from the reference date (the year that puts the
date nearest it). Overlapping matches are settled longest first. Month and weekday names and
connecting words come from `data/<lang>/`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

import regex

from . import date_windows
from .date_windows import ANY_WORDS, EN_WORDS, FR_WORDS, Triggers
from .document import Document
from .models import Mention
from .date_relative import read_relative
from .date_relative import resolve_weekday as resolve_weekday
from .relative_dates import (
    ANY, EN, FR, YEAR_DIGITS, day_pattern, iso_day, iso_month, month_alone_pattern, month_number, month_range_pattern,
    month_year_pattern, nearest_year, number, range_cross_pattern, range_days_pattern, relative_rules,
    us_day_pattern, us_range_cross_pattern, us_range_days_pattern, vocab_words, week_of_pattern, year_pattern,
    year_range_pattern,
)
from .relative_dates import RULES as RELATIVE_RULES
from .rules import Rule

# --- English -------------------------------------------------------------------------------------
DATE_RANGE_CROSS = Rule(
    name="date_range_cross", pattern=range_cross_pattern(EN),
    examples=("from 30 January to 1 February 2013", "29 April - 2 May 2013", "28 December 2012 to 4 January 2013",
              "between 29 June and 2 July", "from Tuesday 30 May to Friday 2 June 2023"),
    rejects=("30 Members to 1 February", "May 30 - June 1", "30 May 2011 - 1 Observer"),
)
DATE_RANGE_DAYS = Rule(
    name="date_range_days", pattern=range_days_pattern(EN),
    examples=("from 10 to 13 October 2017", "12-13 April 2012", "21st-23rd September 2016", "from 7 to 9September 2014",
              "on 11 and 12 June", "between 12 and 16 August 2019", "3 - 4 February 2025", "on 4, 5 and 6 May",
              "From Monday 6 to Friday 10 March 2023"),
    rejects=("from 10 to 13 Members", "2012-2013 April", "141st/142nd Sessions", "ISO 9001"),
)
DATE_DAY = Rule(
    name="date_day", pattern=day_pattern(EN),
    examples=("on 11 December 2017", "on 7 March", "the 7th of March 2019", "11 December, 2017", "on 1st Sept. 2019"),
    rejects=("30 Members", "MC11 meeting", "$2 million", "Resolution 2017/12", "may 2018", "11 Decembers"),
)
DATE_WEEK_OF = Rule(
    name="date_week_of", pattern=week_of_pattern(EN, "en"),
    examples=("during the week of 13 May 2024", "in the week beginning Monday 4 March"),
    rejects=("the week of action", "a week of 13 sessions", "13 May 2024"),
)
DATE_US_RANGE_CROSS = Rule(
    name="date_us_range_cross", pattern=us_range_cross_pattern(EN),
    examples=("May 30 - June 1, 2011", "from June 29 to July 2"),
    rejects=("May 30 Members", "29 April - 2 May 2013"),
)
DATE_US_RANGE_DAYS = Rule(
    name="date_us_range_days", pattern=us_range_days_pattern(EN),
    examples=("October 10-13, 2017", "from June 4 to 6"),
    rejects=("October 10 Members", "10-13 October 2017"),
)
DATE_US_DAY = Rule(
    name="date_us_day", pattern=us_day_pattern(EN),
    examples=("December 11, 2017", "on March 7.", "Sept. 3 2019"),
    rejects=("December 2017", "in June 30 delegates", "march 7, 2017"),
)
DATE_MONTH_RANGE = Rule(
    name="date_month_range", pattern=month_range_pattern(EN),
    examples=("from June to August 2018", "December 2017 - January 2018", "between March and May 2019"),
    rejects=("June 2018", "from June to August", "from 10 to 13 October 2017"),
)
DATE_MONTH_YEAR = Rule(
    name="date_month_year", pattern=month_year_pattern(EN),
    examples=("in June 2018", "its December 2017 session", "since March, 2016"),
    rejects=("June 30", "may 2018", "Mayor 2018", "June 20180"),
)
DATE_MONTH_ALONE = Rule(
    name="date_month_alone", pattern=month_alone_pattern(EN),
    examples=("to be held in June.", "In March, the Council", "mid-July"),
    rejects=("Ms. June Okafor", "in may", "the March Committee", "a team led by April Mensah"),
)
DATE_YEAR = Rule(
    name="date_year", pattern=year_pattern(EN),
    examples=("in 2019,", "In 2018 the WCO", "mid-2018", "by the end of 2020.", "since 1953"),
    rejects=("2019 participants", "ISO 9001", "in 2019-2020", "Resolution 2017/12", "in 2019 %", "in 20190"),
)
DATE_YEAR_RANGE = Rule(
    name="date_year_range", pattern=year_range_pattern(EN),
    examples=("from 2019 to 2021", "in 2013-2017", "between 2015 and 2018"),
    rejects=("2013-2017 plan", "from 2019 onwards"),
)
DATE_ISO = Rule(
    name="date_iso", pattern=r"(?<![\p{N}./-])(?P<y1>" + YEAR_DIGITS + r")-(?P<mo>0[1-9]|1[0-2])-(?P<d1>3[01]|[12][0-9]|0[1-9])(?![\p{N}])",
    examples=("dated 2017-12-11", "(2020-01-31)"),
    rejects=("2017-13-01", "12017-12-11", "2017-12-111", "+32 2 209 92 11"),
)

# --- French --------------------------------------------------------------------------------------
FR_DATE_RANGE_CROSS = Rule(
    name="fr_date_range_cross", pattern=range_cross_pattern(FR),
    examples=("du 30 janvier au 1er février 2013", "du 29 février au 3 mars 2016"),
    rejects=("du 30 membres au 1er février", "30 pays au 1er"),
)
FR_DATE_RANGE_DAYS = Rule(
    name="fr_date_range_days", pattern=range_days_pattern(FR),
    examples=("du 9 au 13 juin 2018", "les 14 et 15 juin 2017", "du 22 au 24 juin", "du 1er au 4 avril 2020"),
    rejects=("les 23 et 24 membres", "du 9 au 13"),
)
FR_DATE_WEEK_OF = Rule(
    name="fr_date_week_of", pattern=week_of_pattern(FR, "fr"),
    examples=("pendant la semaine du 13 mai 2024",),
    rejects=("la semaine de la douane", "13 mai 2024"),
)
FR_DATE_DAY = Rule(
    name="fr_date_day", pattern=day_pattern(FR),
    examples=("le 1er octobre 2023", "le 14 octobre 2021", "le 3 mars", "Bruxelles, le 25 juin 2012"),
    rejects=("le 28e Congrès", "30 membres", "2 millions"),
)
FR_DATE_MONTH_YEAR = Rule(
    name="fr_date_month_year", pattern=month_year_pattern(FR),
    examples=("en juin 2010", "en décembre 2015", "sa session de mars 2018"),
    rejects=("juin 30", "marsupial 2018"),
)
FR_DATE_MONTH_ALONE = Rule(
    name="fr_date_month_alone", pattern=month_alone_pattern(FR),
    examples=("se tiendra en juin.", "mi-juillet", "depuis mars"),
    rejects=("le juin", "en Marseille"),
)
FR_DATE_YEAR = Rule(
    name="fr_date_year", pattern=year_pattern(FR),
    examples=("en 2019,", "depuis 2015", "d'ici 2030"),
    rejects=("2019 participants", "en 2019-2020"),
)

# --- Datelines: any language's month names, one line at a time -----------------------------------
DATELINE_RANGE_CROSS = Rule(
    name="dateline_range_cross", pattern=range_cross_pattern(ANY),
    examples=("Costa Verde, 29 April - 2 May 2013", "30 enero - 2 febrero 2019"),
    rejects=("30 Members - 1 Observer", "2011-2012"),
)
DATELINE_RANGE_DAYS = Rule(
    name="dateline_range_days", pattern=range_days_pattern(ANY),
    examples=("Tallinn, 8-9 March 2014", "Windhoek, 15-17 october 2012"),
    rejects=("12-13 Members", "Tallinn, 2014"),
)
DATELINE_DAY = Rule(
    name="dateline_day", pattern=day_pattern(ANY),
    examples=("17 三月 2016", "23 octubre 2014", "02 апреля 2017", "20 марта 2013", "08 December 2017",
              "Bruxelles, le 25 juin 2012", "3 févr. 2011"),
    rejects=("30 Members", "Resolution 2017/12", "16 million"),
)
DATELINE_US_DAY = Rule(
    name="dateline_us_day", pattern=us_day_pattern(ANY),
    examples=("December 13, 2017", "Brussels, March 7, 2019"),
    rejects=("December 2017", "Brussels, 7 March"),
)
DATELINE_MONTH_YEAR = Rule(
    name="dateline_month_year", pattern=month_year_pattern(ANY),
    examples=("February 2018", "Brussels, March 2019", "марта 2012", "三月 2015"),
    rejects=("Members 2018", "13 Member States"),
)

_EN_RULES = (DATE_RANGE_CROSS, DATE_US_RANGE_CROSS, DATE_RANGE_DAYS, DATE_US_RANGE_DAYS, DATE_MONTH_RANGE,
             DATE_WEEK_OF, DATE_DAY, DATE_US_DAY, DATE_ISO, DATE_MONTH_YEAR, DATE_YEAR_RANGE, DATE_MONTH_ALONE, DATE_YEAR)
_FR_RULES = (FR_DATE_RANGE_CROSS, FR_DATE_RANGE_DAYS, FR_DATE_WEEK_OF, FR_DATE_DAY, DATE_ISO, FR_DATE_MONTH_YEAR,
             FR_DATE_MONTH_ALONE, FR_DATE_YEAR)
_DATELINE_RULES = (DATELINE_RANGE_CROSS, DATELINE_RANGE_DAYS, DATELINE_DAY, DATELINE_US_DAY, DATELINE_MONTH_YEAR)

#: Every rule of this module and of `relative_dates` (the registry reads this tuple).
RULES: tuple[Rule, ...] = tuple(dict.fromkeys(_EN_RULES + _FR_RULES + _DATELINE_RULES + RELATIVE_RULES))

_DATE_GROUPS = ("d1", "m1", "y1", "d2", "m2", "y2", "mo", "rel", "wk", "wd")


@dataclass(frozen=True)
class DateMention:
    """One date expression: its span, ISO start and end, and how it was resolved."""

    mention: Mention
    start: str           # ISO partial: "2017-12-11", "2018-02", "2018"
    end: str | None      # == start for a single day; None for a month or year alone
    relative: bool = False        # resolved from a relative phrase ("last week")
    year_inferred: bool = False   # the year came from the reference date, not the text

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month"}.get(len(self.start), "year")


@dataclass(frozen=True)
class _Value:
    start: str
    end: str | None
    relative: bool = False
    year_inferred: bool = False


def _groups(m: regex.Match[str]) -> dict[str, str]:
    """The named groups that took part in a match."""
    return {k: v for k, v in m.groupdict().items() if isinstance(v, str)}


def _read_days(d1: int, m1: int, y1: int | None, d2: int, m2: int, y2: int | None,
               ref: dt.date | None) -> _Value | None:
    inferred = False
    if y1 is None and y2 is None:
        if ref is None:
            return None
        y1 = nearest_year(ref, m1, d1)
        if y1 is None:
            return None
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
        inferred = True
    elif y1 is None:
        assert y2 is not None
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    elif y2 is None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    start, end = iso_day(y1, m1, d1), iso_day(y2, m2, d2)
    if start is None or end is None or end < start:
        return None
    return _Value(start, end, year_inferred=inferred)


def _read(m: regex.Match[str], lang: str, ref: dt.date | None) -> _Value | None:
    """The ISO value of an absolute-date match, or None if it is no valid date."""
    g = _groups(m)
    d1, d2 = number(g.get("d1")), number(g.get("d2"))
    y1, y2 = number(g.get("y1")), number(g.get("y2"))
    m1 = (month_number(g["m1"], lang) if "m1" in g else None) or number(g.get("mo"))
    m2 = month_number(g["m2"], lang) if "m2" in g else None
    if d1 is not None:
        m1 = m1 or m2
        if m1 is None:
            return None
        if d2 is None:
            value = _read_days(d1, m1, y1, d1, m1, y1, ref)
            if value is not None and "wk" in g:  # "the week of 13 May": its first day, end open
                return _Value(value.start, None, year_inferred=value.year_inferred)
            return value
        m2 = m2 or m1
        if (m1, d1) == (m2, d2) or (m1 != m2 and _two_dates(m, g, lang)):
            return None
        return _read_days(d1, m1, y1, d2, m2, y2, ref)
    if m1 is not None:
        if m2 is not None and y2 is not None:
            if _two_dates(m, g, lang):
                return None
            y1 = y1 or (y2 if m1 < m2 else y2 - 1)
            start, end = iso_month(y1, m1), iso_month(y2, m2)
            return _Value(start, end) if start and end and start < end else None
        inferred = y1 is None
        if y1 is None:
            y1 = nearest_year(ref, m1, None) if ref else None
        start = iso_month(y1, m1) if y1 else None
        return _Value(start, None, year_inferred=inferred) if start else None
    if y1 is not None:
        if y2 is not None:
            return _Value(f"{y1:04d}", f"{y2:04d}") if y1 < y2 else None
        return _Value(f"{y1:04d}", None)
    return None


def _two_dates(m: regex.Match[str], g: dict[str, str], lang: str) -> bool:
    """Two dates of different months joined by "and" are a range only after "between"."""
    if " ".join(g.get("sep", "").lower().split()) not in vocab_words(lang, "pair"):
        return False
    text: str = m.string
    before = " ".join(text[max(0, m.start() - 40) : m.start()].lower().split())
    return not any(before == w or before.endswith(" " + w) for w in vocab_words(lang, "range_openers"))


def _span(m: regex.Match[str]) -> tuple[int, int]:
    """The span of the date itself: the matched date groups, without leading words like "in"."""
    names = m.re.groupindex
    spans: list[tuple[int, int]] = [m.span(g) for g in _DATE_GROUPS if g in names and m.span(g) != (-1, -1)]
    if not spans:
        whole: tuple[int, int] = m.span()
        return whole
    return min(s for s, _ in spans), max(e for _, e in spans)


def _collect(rules: tuple[Rule, ...], lang: str, ref: dt.date | None, triggers: Triggers,
             warnings: list[str] | None, relative: bool) -> list[tuple[int, int, int, Rule, _Value]]:
    found: list[tuple[int, int, int, Rule, _Value]] = []
    for rank, rule in enumerate(rules):
        for m in date_windows.finditer(rule, triggers, warnings):
            if relative:
                found_rel = read_relative(m, lang, ref)
                value = _Value(found_rel[0], found_rel[1], relative=True) if found_rel else None
            else:
                value = _read(m, lang, ref)
            if value is not None:
                s, e = _span(m)
                found.append((s, e, rank, rule, value))
    return found


def _choose(doc: Document, found: list[tuple[int, int, int, Rule, _Value]]) -> list[DateMention]:
    """Longest first, then rule order; a candidate overlapping a chosen one is dropped."""
    starts: list[int] = []  # chosen spans never overlap, so sorted starts give sorted ends too
    ends: list[int] = []
    chosen: dict[int, tuple[int, Rule, _Value]] = {}
    for s, e, _, rule, value in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])):
        i = bisect.bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e) or s in chosen:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen[s] = (e, rule, value)
    return [DateMention(doc.mention(s, e, rule.name), v.start, v.end, v.relative, v.year_inferred)
            for s in starts for e, rule, v in (chosen[s],)]


def find_dates(
    doc: Document, reference: dt.date | None, lang: str = "en", warnings: list[str] | None = None
) -> list[DateMention]:
    """Every date expression in the text, in text order; relative and yearless ones need `reference`."""
    absolute = _FR_RULES if lang == "fr" else _EN_RULES
    triggers = Triggers(doc.text, 0, len(doc.text), FR_WORDS if lang == "fr" else EN_WORDS)
    found = _collect(absolute, lang if lang == "fr" else "en", reference, triggers, warnings, False)
    rel = _collect(relative_rules(lang), "fr" if lang == "fr" else "en", reference, triggers, warnings, True)
    found.extend((s, e, rank + len(absolute), rule, v) for s, e, rank, rule, v in rel)
    return _choose(doc, found)


def dateline_dates(doc: Document, start: int, end: int, warnings: list[str] | None = None,
                   triggers: Triggers | None = None) -> list[DateMention]:
    """Dates in one header line, with month names of any language ("17 三月 2016", "23 octubre 2014");
    `triggers`: the date words of that range (`ANY` pieces), if the caller found them already."""
    if not date_windows.may_match(_DATELINE_RULES, doc.text, start, end):
        return []
    if triggers is None or triggers.text is not doc.text or (triggers.start, triggers.end) != (start, end) \
            or triggers.vocab.pieces is not ANY:
        triggers = Triggers(doc.text, start, end, ANY_WORDS)
    return _choose(doc, _collect(_DATELINE_RULES, "any", None, triggers, warnings, False))


def parse_date(text: str, reference: dt.date | None = None, lang: str = "any") -> tuple[str, str | None] | None:
    """(start, end) ISO of a string that is one date expression as a whole, else None.

    >>> parse_date("17 三月 2016")
    ('2016-03-17', '2016-03-17')
    >>> parse_date("Tallinn, 8-9 March 2014") is None
    True
    """
    doc = Document.from_text(text)
    s, e = doc.strip(0, len(text))
    if lang == "any":
        found = dateline_dates(doc, s, e)
    else:
        found = find_dates(doc, reference, lang)
    if len(found) == 1 and (found[0].mention.start, found[0].mention.end) == (s, e):
        return found[0].start, found[0].end
    return None
