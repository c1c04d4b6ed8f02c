"""Metamorphic tests: two wordings of the same fact must give the same record fields.

Each case is a pair (or a few) of short invented releases that the annotation GUIDE treats as
equivalent: a title before or after a name, "from 4 to 8 March" or "4-8 March", "Nairobi, Kenya"
or "Nairobi (Kenya)", a dateline in Chinese or English month words, a relative date or the date it
stands for... A case passes when the fact is found in every variant (no field of the view is
empty) and the viewed fields are equal across variants. They document the target behaviour: a case
may fail while the extractor it depends on is still being written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pytest

import pressparse
from pressparse import Event, Initiative, Organization, Person, PressRelease

View = Callable[[PressRelease], tuple[object, ...] | None]


def release(body: str, dateline: str = "12 March 2019", title: str = "WCO supports Customs modernization") -> str:
    """A minimal release: headline, blank line, dateline, blank line, body."""
    return f"{title}\n\n{dateline}\n\n{body}\n"


# --- views: pick one fact out of a record, as a tuple of fields (None when the fact is missing) ---


def _fold(value: object) -> object:
    """Strings compared as the GUIDE's scorer sees white space: any run of it is one space."""
    return " ".join(value.split()) if isinstance(value, str) else value


def _fields(obj: object, fields: Sequence[str]) -> tuple[object, ...]:
    return tuple(_fold(getattr(obj, f)) for f in fields)


def _person(record: PressRelease, family: str) -> Person | None:
    hits = [p for p in record.people if family.lower() in p.name.lower()]
    return hits[0] if hits else None


def person(family: str, *fields: str) -> View:
    """The fields of the first person whose name contains `family`."""

    def view(record: PressRelease) -> tuple[object, ...] | None:
        p = _person(record, family)
        return None if p is None else _fields(p, fields)

    return view


def person_once(family: str, *fields: str) -> View:
    """Like `person`, and also how many entries carry that family name (repeated mentions merge)."""

    def view(record: PressRelease) -> tuple[object, ...] | None:
        hits = [p for p in record.people if family.lower() in p.name.lower()]
        if not hits:
            return None
        return (len(hits), *_fields(hits[0], fields))

    return view


def _event(record: PressRelease, kind: str) -> Event | None:
    hits = [e for e in record.events if e.kind == kind]
    return hits[0] if hits else None


def event(kind: str, *fields: str) -> View:
    """The fields of the first event of the given kind."""

    def view(record: PressRelease) -> tuple[object, ...] | None:
        e = _event(record, kind)
        return None if e is None else _fields(e, fields)

    return view


def org(acronym: str, *fields: str) -> View:
    """The fields of the organization with this acronym, and how many entries carry it."""

    def view(record: PressRelease) -> tuple[object, ...] | None:
        hits: list[Organization] = [o for o in record.organizations if o.acronym == acronym]
        return None if not hits else (len(hits), *_fields(hits[0], fields))

    return view


def initiative(word: str, *fields: str) -> View:
    """The fields of the initiative whose name contains `word`, and how many entries contain it."""

    def view(record: PressRelease) -> tuple[object, ...] | None:
        hits: list[Initiative] = [i for i in record.initiatives if word.lower() in i.name.lower()]
        return None if not hits else (len(hits), *_fields(hits[0], fields))

    return view


def header(record: PressRelease) -> tuple[object, ...] | None:
    return (record.title, record.published)


def published(record: PressRelease) -> tuple[object, ...] | None:
    return (record.published,)


@dataclass(frozen=True)
class Case:
    id: str
    view: View
    variants: Sequence[str]


WORKSHOP = "The WCO held a National Workshop on Risk Management in Nairobi, Kenya, {when}."

CASES: tuple[Case, ...] = (
    # --- people: where the title and the affiliation are written ---
    Case(
        "title-after-vs-before-name",
        person("Aalvik", "name", "title", "affiliation"),
        (
            release("Mr. Henrik Aalvik, Director General of Norway Customs, opened the seminar in Oslo on 11 March 2019."),
            release("Norway Customs Director General Mr. Henrik Aalvik opened the seminar in Oslo on 11 March 2019."),
            release("Director General Henrik Aalvik of Norway Customs opened the seminar in Oslo on 11 March 2019."),
        ),
    ),
    Case(
        "secretary-general-title-before-vs-after",
        person("Varga", "name", "honorific", "title", "affiliation"),
        (
            release("WCO Secretary General Dr. Lorenz Varga opened the conference in Brussels on 11 March 2019."),
            release("Dr. Lorenz Varga, Secretary General of the WCO, opened the conference in Brussels on 11 March 2019."),
        ),
    ),
    Case(
        "org-possessive-vs-of-org",
        person("Salcedo", "name", "title", "affiliation"),
        (
            release(
                "The Kenya Revenue Authority (KRA) hosted the mission. "
                "Mr. Rodrigo Salcedo, the KRA's Commissioner of Customs, welcomed the experts."
            ),
            release(
                "The Kenya Revenue Authority (KRA) hosted the mission. "
                "Mr. Rodrigo Salcedo, Commissioner of Customs of the KRA, welcomed the experts."
            ),
        ),
    ),
    Case(
        "minister-country-before-vs-after",
        person("Kamau", "name", "title", "affiliation", "country"),
        (
            release("The conference was opened by Ms. Wanjiru Kamau, Minister of Finance of Kenya, on 11 March 2019."),
            release("The conference was opened by Kenya's Minister of Finance, Ms. Wanjiru Kamau, on 11 March 2019."),
        ),
    ),
    Case(
        "honorific-with-and-without-dots",
        person("Al-Rashid", "name", "title", "affiliation"),
        (
            release("H.E. Ahmed Al-Rashid, Minister of Trade of Oman, addressed the forum in Muscat."),
            release("HE Ahmed Al-Rashid, Minister of Trade of Oman, addressed the forum in Muscat."),
        ),
    ),
    Case(
        "no-break-space-after-honorific",
        person("Onyango", "name", "honorific", "title", "affiliation"),
        (
            release("Mr. Felix Onyango, Commissioner General of the Uganda Revenue Authority, spoke first."),
            release("Mr.\u00a0Felix Onyango, Commissioner General of the Uganda Revenue\u00a0Authority, spoke first."),
        ),
    ),
    Case(
        "later-mention-merges-with-first",
        person_once("Solberg", "name", "honorific", "title", "affiliation"),
        (
            release("Ms. Ingrid Solberg, Director of Capacity Building at the WCO, opened the workshop."),
            release(
                "Ms. Ingrid Solberg, Director of Capacity Building at the WCO, opened the workshop. "
                "Ms. Solberg then presented the Mercator Programme, and Director Solberg closed the day."
            ),
        ),
    ),
    Case(
        "country-in-brackets-in-a-list",
        person("Mensah", "name", "affiliation", "country"),
        (
            release("The sessions were led by Ms. Ama Mensah (Ghana)."),
            release("The sessions were led by Mr. Luis Ortega (Peru) and Ms. Ama Mensah (Ghana)."),
        ),
    ),
    # --- dates ---
    Case(
        "range-words-vs-hyphen-vs-dash",
        event("workshop", "start", "end"),
        (
            release(WORKSHOP.format(when="from 4 to 8 March 2019")),
            release(WORKSHOP.format(when="on 4-8 March 2019")),
            release(WORKSHOP.format(when="on 4\u20138 March 2019")),
            release(WORKSHOP.format(when="from 4 March to 8 March 2019")),
        ),
    ),
    Case(
        "range-across-months",
        event("workshop", "start", "end"),
        (
            release(WORKSHOP.format(when="from 27 February to 1 March 2019")),
            release(WORKSHOP.format(when="from 27 February 2019 to 1 March 2019")),
        ),
    ),
    Case(
        "two-days-and-vs-hyphen",
        event("workshop", "start", "end"),
        (
            release(WORKSHOP.format(when="on 7 and 8 March 2019")),
            release(WORKSHOP.format(when="on 7-8 March 2019")),
        ),
    ),
    Case(
        "year-taken-from-dateline",
        event("workshop", "start", "end"),
        (
            release(WORKSHOP.format(when="on 7 and 8 March")),
            release(WORKSHOP.format(when="on 7 and 8 March 2019")),
        ),
    ),
    Case(
        "today-vs-explicit-date",
        event("launch", "start", "end"),
        (
            release(
                "Today, the WCO and the UPU held the launch of a joint e-learning course in Brussels.",
                dateline="15 November 2019",
            ),
            release(
                "On 15 November 2019, the WCO and the UPU held the launch of a joint e-learning course in Brussels.",
                dateline="15 November 2019",
            ),
        ),
    ),
    Case(
        "yesterday-vs-explicit-date",
        event("ceremony", "start"),
        (
            release("The WCO held a ceremony yesterday at its headquarters in Brussels.", dateline="28 January 2020"),
            release("The WCO held a ceremony on 27 January 2020 at its headquarters in Brussels.", dateline="28 January 2020"),
        ),
    ),
    Case(
        "next-month-name-vs-explicit-month",
        event("conference", "start"),
        (
            release(
                "The WCO will hold a Global Conference on Postal E-Commerce in Nairobi, Kenya next February.",
                dateline="15 November 2019",
            ),
            release(
                "The WCO will hold a Global Conference on Postal E-Commerce in Nairobi, Kenya in February 2020.",
                dateline="15 November 2019",
            ),
        ),
    ),
    # --- header: datelines in other month words, order of title and dateline ---
    Case(
        "dateline-chinese-month",
        published,
        (release("The WCO held a seminar.", dateline="16 三月 2015"), release("The WCO held a seminar.", dateline="16 March 2015")),
    ),
    Case(
        "dateline-spanish-month",
        published,
        (release("The WCO held a seminar.", dateline="22 octubre 2015"), release("The WCO held a seminar.", dateline="22 October 2015")),
    ),
    Case(
        "dateline-russian-month",
        published,
        (release("The WCO held a seminar.", dateline="01 апреля 2016"), release("The WCO held a seminar.", dateline="01 April 2016")),
    ),
    Case(
        "title-then-dateline-vs-dateline-then-title",
        header,
        (
            "Regional Forum on Single Window\n\n06 November 2009\n\nThe WCO held a forum in Kuala Lumpur.\n",
            "06 November 2009\n\nRegional Forum on Single Window\n\n06 November 2009\n\nThe WCO held a forum in Kuala Lumpur.\n",
        ),
    ),
    Case(
        "plain-dateline-vs-place-dateline",
        header,
        (
            "Customs and tax administrations meet\n\n19 December 2013\n\nThe WCO held a conference in Brussels.\n",
            "Customs and tax administrations meet\n\n19 December 2013\n\nBrussels, 19 December 2013\n\n"
            "Press Release\n\nThe WCO held a conference in Brussels.\n",
        ),
    ),
    Case(
        "language-notice-before-title",
        header,
        (
            "Mongolia Customs holds a seminar\n\n16 March 2015\n\nThe WCO held a seminar in Ulaanbaatar.\n",
            "Esta página no está disponible en el idioma seleccionado Spanish : Español, así que se la presentamos "
            "en English : English.\n\nMongolia Customs holds a seminar\n\n16 March 2015\n\n"
            "The WCO held a seminar in Ulaanbaatar.\n",
        ),
    ),
    # --- places ---
    Case(
        "city-comma-country-vs-city-brackets-country",
        event("workshop", "city", "country"),
        (
            release(WORKSHOP.format(when="from 4 to 8 March 2019")),
            release("The WCO held a National Workshop on Risk Management in Nairobi (Kenya), from 4 to 8 March 2019."),
        ),
    ),
    Case(
        "venue-before-vs-after-city",
        event("meeting", "venue", "city", "country"),
        (
            release("The Working Group held a meeting at the WCO headquarters in Brussels on 11 March 2019."),
            release("The Working Group held a meeting in Brussels, at the WCO headquarters, on 11 March 2019."),
        ),
    ),
    # --- organizations and initiatives ---
    Case(
        "acronym-after-vs-expansion-after",
        org("KRA", "name", "acronym"),
        (
            release("Officials of the Kenya Revenue Authority (KRA) attended. The KRA thanked the WCO."),
            release("Officials of the KRA (Kenya Revenue Authority) attended. The KRA thanked the WCO."),
        ),
    ),
    Case(
        "organization-repeated-is-one-entry",
        org("ITC", "name", "acronym"),
        (
            release("The International Trade Centre (ITC) presented its tools."),
            release("The International Trade Centre (ITC) presented its tools. The ITC also thanked the WCO, and the ITC will report back."),
        ),
    ),
    Case(
        "convention-repeated-is-one-entry",
        initiative("Kyoto", "name", "acronym"),
        (
            release("Participants discussed the Revised Kyoto Convention (RKC)."),
            release("Participants discussed the Revised Kyoto Convention (RKC). Accession to the RKC was encouraged."),
        ),
    ),
    Case(
        "campaign-theme-curly-vs-straight-quotes",
        initiative("Sustainability", "name", "kind"),
        (
            release(
                "The WCO celebrated International Customs Day under the theme \u201cCustoms fostering Sustainability "
                "for People, Prosperity and the Planet\u201d.",
                dateline="27 January 2020",
            ),
            release(
                "The WCO celebrated International Customs Day under the theme \"Customs fostering Sustainability "
                "for People, Prosperity and the Planet\".",
                dateline="27 January 2020",
            ),
        ),
    ),
)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_same_fact_two_wordings(case: Case) -> None:
    views = [case.view(pressparse.parse(text)) for text in case.variants]
    for i, v in enumerate(views):
        assert v is not None, f"variant {i}: fact not found"
        assert all(x is not None for x in v), f"variant {i}: empty field in {v!r}"
    first = views[0]
    for i, v in enumerate(views[1:], start=1):
        assert v == first, f"variant {i} differs from variant 0: {v!r} != {first!r}"


def test_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
