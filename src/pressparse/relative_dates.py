"""Date vocabulary, regex pieces, and the rules for relative dates ("last week", "next February",
"until Friday", "lundi dernier").

`dates.py` builds its absolute-date rules from the pattern pieces and the per-shape pattern
builders made here; the relative rules are declared here too, so both kinds of date share one
reading of the data files (`data/<lang>/months.txt`, `weekdays.txt`, `relative_dates.json`);
`date_relative` resolves their matches against the dateline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import regex

from . import lexicon
from .date_calendar import iso_day as iso_day
from .date_calendar import iso_month as iso_month
from .date_calendar import nearest_year as nearest_year
from .date_calendar import shift_month as shift_month
from .rules import Rule, alternation, spaced_alternation

#: Languages whose month names a dateline may use, even on an English page.
MONTH_LANGS = ("en", "fr", "es", "ru", "zh", "pt")
#: Languages whose weekday names a dateline may use ("Tuesday, 3 May 2022", "martes, 3 de mayo").
WEEKDAY_LANGS = ("en", "fr", "es", "pt")

_NUM = regex.compile(r"\d{1,4}")
#: A four-digit year from 1800 to 2199.
YEAR_DIGITS = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"
#: A year written alone: four such digits, no digit next to them.
YEAR_PIECE = r"(?<![\p{N}])" + YEAR_DIGITS + r"(?![\p{N}])(?!/\p{N})"


def _month_table(lang: str) -> Mapping[str, int]:
    try:
        raw = lexicon.table(f"{lang}/months.txt")
    except (OSError, ValueError):
        return MappingProxyType({})
    return MappingProxyType({k.lower(): int(v) for k, v in raw.items()})


def _weekday_table(lang: str) -> Mapping[str, int]:
    try:
        raw = lexicon.table(f"{lang}/weekdays.txt")
    except (OSError, ValueError):
        return MappingProxyType({})
    return MappingProxyType({k.lower(): int(v) for k, v in raw.items()})


def is_full_weekday(name: str) -> bool:
    """A weekday written in full ("Friday", "vendredi"), not an abbreviation ("Fri", "ven.")."""
    return not name.endswith(".") and len(name) > 4


def _vocabulary(lang: str) -> Mapping[str, Any]:
    try:
        data: Mapping[str, Any] = lexicon.load_json(f"{lang}/relative_dates.json")
    except (OSError, ValueError):
        return MappingProxyType({})
    return data


#: Month name (lower case) -> number, per language; "any" pools every language for datelines.
MONTHS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {lang: _month_table(lang) for lang in MONTH_LANGS}
    | {"any": MappingProxyType({k: v for lang in reversed(MONTH_LANGS) for k, v in _month_table(lang).items()})}
)
#: Weekday name (lower case) -> ISO weekday (Monday = 1), per language, and pooled ("any").
WEEKDAYS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {lang: _weekday_table(lang) for lang in WEEKDAY_LANGS}
    | {"any": MappingProxyType({k: v for lang in reversed(WEEKDAY_LANGS) for k, v in _weekday_table(lang).items()})}
)
#: Date words per language (`data/<lang>/relative_dates.json`); English and French have full sets.
VOCAB: Mapping[str, Mapping[str, Any]] = MappingProxyType({lang: _vocabulary(lang) for lang in ("en", "fr", "es", "pt")})
#: Languages whose body text has date rules of its own (the others only appear in datelines).
BODY_LANGS = ("en", "fr")


def weekday_number(name: str, lang: str) -> int | None:
    """The ISO weekday (Monday = 1) a written weekday name stands for, in `lang` or "any"."""
    return WEEKDAYS.get(lang, WEEKDAYS["en"]).get(name.lower().strip().rstrip(","))


def month_number(name: str, lang: str) -> int | None:
    """The month a written month name stands for, in `lang` (or in any language: "any")."""
    return MONTHS.get(lang, MONTHS["en"]).get(name.lower().strip())


def number(text: str | None) -> int | None:
    """The leading number of a day or year group ("18th" -> 18)."""
    if not text:
        return None
    m = _NUM.search(text)
    return int(m.group(0)) if m else None


def _words(vocab: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = vocab.get(key, ())
    return tuple(value) if isinstance(value, (tuple, list)) else tuple(value.keys())


def vocab_words(lang: str, key: str) -> tuple[str, ...]:
    """The words listed under `key` for `lang` ("any": every language with a vocabulary)."""
    langs = BODY_LANGS if lang == "any" else (lang if lang in VOCAB else "en",)
    return tuple(dict.fromkeys(w for one in langs for w in _words(VOCAB[one], key)))


@dataclass(frozen=True)
class Pieces:
    """Regex pieces for one language: day, month, year and the words between them."""

    day: str
    month: str
    year: str
    sep: str
    dm: str
    my: str
    period: str
    weekday: str
    #: The words `month` and `weekday` are alternations of (as written, or lower case if not `cased`):
    #: what `date_windows` looks for to find where these pieces can match.
    month_words: tuple[str, ...] = ()
    weekday_words: tuple[str, ...] = ()
    cased: bool = False

    @classmethod
    def build(cls, months: Iterable[str], cased: bool, vocab: Mapping[str, Any], weekdays: Iterable[str] = ()) -> Pieces:
        names, days = tuple(months), tuple(weekdays)
        if cased:
            month_words = tuple({n.capitalize() for n in names} | {n.upper() for n in names})
            weekday_words = tuple({n.capitalize() for n in days} | {n.upper() for n in days})
            month = alternation(month_words)
            weekday = alternation(weekday_words)
        else:
            month_words, weekday_words = names, days
            month = "(?i:" + alternation(names) + ")"
            weekday = "(?i:" + alternation(days) + ")"
        suffix = alternation(_words(vocab, "day_suffixes"))
        joiners = spaced_alternation(_words(vocab, "day_month"))
        return cls(
            day=rf"(?<![\p{{L}}\p{{N}}.:/])(?:3[01]|[12][0-9]|0?[1-9])(?:{suffix}(?!\p{{L}}))?(?!\p{{N}})",
            month=rf"(?<!\p{{L}}){month}(?!\p{{L}})",
            year=YEAR_PIECE,
            sep=r"(?:\s{0,3}-\s{0,3}|,?\s{1,3}(?P<sep>(?i:" + spaced_alternation(_words(vocab, "range")) + r"))\s{1,3})",
            dm=r"\s{0,3}(?:" + joiners + r"\s{1,3})?",
            my=r"(?:" + alternation(_words(vocab, "possessive")) + r")?(?:,\s{0,3}|\s{1,3}(?:"
            + alternation(_words(vocab, "month_year")) + r"\s{1,3})?)",
            period=r"(?<!\p{L})(?i:" + spaced_alternation(_words(vocab, "period")) + r")(?:\s{1,3}|-)",
            weekday=rf"(?<!\p{{L}}){weekday}(?![\p{{L}}-])",
            month_words=month_words, weekday_words=weekday_words, cased=cased,
        )


def _full_weekdays(lang: str) -> tuple[str, ...]:
    return tuple(n for n in WEEKDAYS[lang] if is_full_weekday(n))


EN = Pieces.build(MONTHS["en"], True, VOCAB["en"], _full_weekdays("en"))
FR = Pieces.build(MONTHS["fr"], False, VOCAB["fr"], _full_weekdays("fr"))
#: Datelines: the words of every language pooled; the range words only of the body languages.
_ANY_VOCAB = MappingProxyType(
    {key: tuple(dict.fromkeys(w for lang in (BODY_LANGS if key == "range" else tuple(VOCAB))
                              for w in _words(VOCAB[lang], key)))
     for key in ("day_suffixes", "range", "day_month", "period", "possessive", "month_year")}
)
ANY = Pieces.build(MONTHS["any"], False, _ANY_VOCAB, tuple(WEEKDAYS["any"]))


# --- pattern builders: one per date shape, the same named groups in each -----------------------

def wd_pattern(p: Pieces) -> str:
    """An optional weekday before a day ("to Friday 10 March")."""
    return rf"(?:{p.weekday},?\s{{1,3}})?"


def range_cross_pattern(p: Pieces) -> str:
    return (rf"(?P<d1>{p.day}){p.dm}(?P<m1>{p.month})(?:{p.my}(?P<y1>{p.year}))?{p.sep}{wd_pattern(p)}"
            rf"(?P<d2>{p.day}){p.dm}(?P<m2>{p.month})(?:{p.my}(?P<y2>{p.year}))?")


def range_days_pattern(p: Pieces) -> str:
    return (rf"(?P<d1>{p.day})(?:\s{{0,3}},\s{{0,3}}{p.day}){{0,6}}{p.sep}{wd_pattern(p)}"
            rf"(?P<d2>{p.day}){p.dm}(?P<m2>{p.month})(?:{p.my}(?P<y2>{p.year}))?")


def week_of_pattern(p: Pieces, lang: str) -> str:
    """"the week of 13 May 2024": the week's first day (its end is left open)."""
    words = r"(?i:" + spaced_alternation(vocab_words(lang, "week_of")) + ")"
    return rf"(?<!\p{{L}})(?P<wk>{words})\s{{1,3}}{wd_pattern(p)}{day_pattern(p)}"


def day_pattern(p: Pieces) -> str:
    return rf"(?P<d1>{p.day}){p.dm}(?P<m1>{p.month})(?:{p.my}(?P<y1>{p.year}))?"


def month_year_pattern(p: Pieces) -> str:
    return rf"(?P<m1>{p.month}){p.my}(?P<y1>{p.year})"


def month_range_pattern(p: Pieces) -> str:
    return rf"(?P<m1>{p.month})(?:{p.my}(?P<y1>{p.year}))?{p.sep}(?P<m2>{p.month}){p.my}(?P<y2>{p.year})"


def month_alone_pattern(p: Pieces) -> str:
    return rf"{p.period}(?P<m1>{p.month})(?!\s{{1,3}}\p{{Lu}}\p{{Ll}})"


def year_pattern(p: Pieces) -> str:
    return rf"{p.period}(?P<y1>{p.year})(?!\s{{0,3}}(?:[-/%]|\p{{N}}))"


def year_range_pattern(p: Pieces) -> str:
    return rf"{p.period}(?P<y1>{p.year}){p.sep}(?P<y2>{p.year})"


def us_day_pattern(p: Pieces) -> str:
    return rf"(?P<m1>{p.month})\s{{1,3}}(?P<d1>{p.day})(?:,?\s{{1,3}}(?P<y1>{p.year})|(?=\s{{0,3}}(?:[,.;:)]|$)))"


def us_range_days_pattern(p: Pieces) -> str:
    return rf"(?P<m1>{p.month})\s{{1,3}}(?P<d1>{p.day}){p.sep}(?P<d2>{p.day})(?:,?\s{{1,3}}(?P<y2>{p.year}))?"


def us_range_cross_pattern(p: Pieces) -> str:
    return (rf"(?P<m1>{p.month})\s{{1,3}}(?P<d1>{p.day}){p.sep}{wd_pattern(p)}(?P<m2>{p.month})\s{{1,3}}(?P<d2>{p.day})"
            rf"(?:,?\s{{1,3}}(?P<y2>{p.year}))?")


def _not_after(vocab: Mapping[str, Any]) -> str:
    words = _words(vocab, "not_after")
    return r"(?<!(?<!\p{L})(?i:" + spaced_alternation(words) + r")\s{1,3})" if words else ""


def spaced_piece(phrases: Iterable[str]) -> str:
    """Phrases in any case, each space one to three white-space characters."""
    return "(?i:" + spaced_alternation(phrases) + ")"


def first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The words a match of `spaced_piece(phrases)` can start with."""
    return tuple(dict.fromkeys(p.split(" ")[0] for p in phrases))


def phrase_piece(vocab: Mapping[str, Any]) -> str:
    """The relative phrases of a vocabulary (`spaced_piece`)."""
    return spaced_piece(_words(vocab, "phrases"))


def phrase_starts(vocab: Mapping[str, Any]) -> tuple[str, ...]:
    """The first words of the relative phrases: a match of `phrase_piece` starts with one of them."""
    return first_words(_words(vocab, "phrases"))


def _phrase_pattern(vocab: Mapping[str, Any]) -> str:
    return _not_after(vocab) + r"(?<!\p{L})(?P<rel>" + phrase_piece(vocab) + r")(?!\p{L})"


#: "today", "last week", "later this year" ... (the phrases of data/en/relative_dates.json).
DATE_RELATIVE_PHRASE = Rule(
    name="date_relative_phrase",
    pattern=_phrase_pattern(VOCAB["en"]),
    examples=("Today, the Council adopted", "adopted in Vienna last week.", "a summit later this year",
              "Yesterday, Ms. Amara Okafor opened"),
    rejects=("in the last week of June", "the todays list", "yesteryear", "the next year's budget"),
)

#: "next February", "last May", "this September": a month moved to its next or previous occurrence.
DATE_RELATIVE_MONTH = Rule(
    name="date_relative_month",
    pattern=_not_after(VOCAB["en"]) + r"(?<!\p{L})(?P<rel>(?i:" + spaced_alternation(_words(VOCAB["en"], "month_prefix"))
    + r"))\s{1,3}(?P<m1>" + EN.month + r")(?!(?:,\s{0,3}|\s{1,3})\p{N})",
    examples=("a conference in China next February", "since last May", "This September, Members"),
    rejects=("next February 2019", "last may be", "next 3 February", "the next February"),
)

#: French relative phrases ("la semaine dernière", "l'année prochaine").
FR_DATE_RELATIVE_PHRASE = Rule(
    name="fr_date_relative_phrase",
    pattern=_phrase_pattern(VOCAB["fr"]),
    examples=("Aujourd'hui, le Conseil a adopté", "réunie à Vienne la semaine dernière", "l'an dernier"),
    rejects=("hiérarchie", "la semaine de la douane"),
)

#: French months moved by a following word ("février prochain", "en mai dernier").
FR_DATE_RELATIVE_MONTH = Rule(
    name="fr_date_relative_month",
    pattern=r"(?P<m1>" + FR.month + r")\s{1,3}(?P<rel>(?i:" + spaced_alternation(_words(VOCAB["fr"], "month_suffix"))
    + r"))(?!\p{L})",
    examples=("une conférence en Chine en février prochain", "depuis mai dernier"),
    rejects=("février 2018", "le dernier mois"),
)

#: "until Friday", "last Tuesday", "on Monday": a weekday counted from the dateline (see
#: `resolve_weekday`); a weekday followed by its date ("on Monday, 26 January") is not relative.
DATE_RELATIVE_WEEKDAY = Rule(
    name="date_relative_weekday",
    pattern=_not_after(VOCAB["en"]) + r"(?<!\p{L})(?:(?P<rel>(?i:" + spaced_alternation(_words(VOCAB["en"], "weekday_prefix"))
    + r"))|(?P<prep>(?i:" + spaced_alternation(_words(VOCAB["en"], "weekday_preposition")) + r")))\s{1,3}(?P<wd>" + EN.weekday + r")(?!,?\s{1,3}(?:\p{N}|" + EN.month + r"|(?i:the|of)\s))",
    examples=("opened yesterday and runs until Friday.", "met last Tuesday in Oslo", "will sign it on Monday",
              "since Wednesday, delegates"),
    rejects=("on Monday, 26 January 2026", "the last Friday of May", "From Monday 6 to Friday 10 March",
             "a talk by Sun Mei", "on Friday 3 May", "until friday"),
)

#: French weekdays moved by a following word ("vendredi prochain", "mardi dernier").
FR_DATE_RELATIVE_WEEKDAY = Rule(
    name="fr_date_relative_weekday",
    pattern=r"(?P<wd>" + FR.weekday + r")\s{1,3}(?P<rel>(?i:" + spaced_alternation(_words(VOCAB["fr"], "weekday_suffix"))
    + r"))(?!\p{L})",
    examples=("la réunion de vendredi prochain", "depuis mardi dernier"),
    rejects=("vendredi 3 mai", "le dernier mardi"),
)

#: "jusqu'à vendredi", "depuis lundi": a French weekday moved by a word before it (one moved by a
#: word after it, or followed by its date, is left to the other rules).
FR_DATE_RELATIVE_WEEKDAY_BEFORE = Rule(
    name="fr_date_relative_weekday_before",
    pattern=r"(?<!\p{L})(?P<prep>(?i:" + spaced_alternation(_words(VOCAB["fr"], "weekday_preposition")) + r"))\s{1,3}(?P<wd>"
    + FR.weekday + r")(?!,?\s{1,3}(?:\p{N}|"
    + FR.month + r"|(?i:" + spaced_alternation(_words(VOCAB["fr"], "weekday_suffix")) + r")(?!\p{L})))",
    examples=("la réunion se poursuit jusqu'à vendredi", "ouvert depuis lundi", "D'ici jeudi, les Membres"),
    rejects=("jusqu'à vendredi 3 mai", "depuis lundi dernier", "ce mardi 3 mai", "cette semaine"),
)

#: "le 15 septembre prochain", "le 3 mars dernier": a day and month whose year the word after them
#: gives (the next such day after the dateline, or the last one before it).
FR_DATE_RELATIVE_DAY = Rule(
    name="fr_date_relative_day",
    pattern=r"(?P<d1>" + FR.day + r")" + FR.dm + r"(?P<m1>" + FR.month + r")\s{1,3}(?P<rel>(?i:"
    + spaced_alternation(_words(VOCAB["fr"], "month_suffix")) + r"))(?!\p{L})",
    examples=("le 15 septembre prochain", "depuis le 1er mars dernier"),
    rejects=("le 15 septembre 2019", "en septembre prochain", "le 15 septembre, prochain"),
)

#: A clause that speaks of the future ("will meet on Friday"): a bare weekday in it lies ahead.
FUTURE_MARKER = Rule(
    name="date_future_marker",
    pattern=r"(?<!\p{L})" + spaced_alternation(_words(VOCAB["en"], "future_markers")) + r"(?!\p{L})",
    examples=("The Board will meet", "the talks are to resume", "a forum to be held"),
    rejects=("the Board met", "willing partners", "Mr. Will Okafor met"),
)

RULES: tuple[Rule, ...] = (DATE_RELATIVE_PHRASE, DATE_RELATIVE_MONTH, DATE_RELATIVE_WEEKDAY, FR_DATE_RELATIVE_PHRASE,
                           FR_DATE_RELATIVE_MONTH, FR_DATE_RELATIVE_WEEKDAY, FR_DATE_RELATIVE_WEEKDAY_BEFORE,
                           FR_DATE_RELATIVE_DAY, FUTURE_MARKER)


def relative_rules(lang: str) -> tuple[Rule, ...]:
    if lang == "fr":
        return (FR_DATE_RELATIVE_PHRASE, FR_DATE_RELATIVE_DAY, FR_DATE_RELATIVE_MONTH, FR_DATE_RELATIVE_WEEKDAY,
                FR_DATE_RELATIVE_WEEKDAY_BEFORE)
    return (DATE_RELATIVE_PHRASE, DATE_RELATIVE_MONTH, DATE_RELATIVE_WEEKDAY)
