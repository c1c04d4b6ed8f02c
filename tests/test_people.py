"""The people extractor on invented sentences: who is found, and with which title and affiliation."""

from __future__ import annotations

import pytest

from pressparse.document import Document
from pressparse.models import Mention, Organization, Person
from pressparse.people import find_people
from pressparse.places import PlaceMention

# (text, organizations the orgs extractor would report, expected people as
#  (name, honorific, title, affiliation, country))
Row = tuple[str, str | None, str | None, str | None, str | None]

CASES: list[tuple[str, tuple[str, ...], list[Row]]] = [
    (
        "The forum was opened by Ms. Amara Okafor, Director General of Customs, who welcomed delegates.",
        (),
        [("Amara Okafor", "Ms.", "Director General of Customs", None, None)],
    ),
    (
        "WCO Secretary General Tomasz Wielicki attended the meeting. Secretary General Wielicki thanked the hosts.",
        ("WCO",),
        [("Tomasz Wielicki", None, "Secretary General", "WCO", None)],
    ),
    (
        "Invited by Director General Ingrid Solberg of Norway Customs, the delegates met in Oslo.",
        ("Norway Customs",),
        [("Ingrid Solberg", None, "Director General", "Norway Customs", "Norway")],
    ),
    (
        "Opening the meeting, Deputy Prime Minister Farid Kamalov of Azerbaijan spoke about reform.",
        (),
        [("Farid Kamalov", None, "Deputy Prime Minister", "Azerbaijan", "Azerbaijan")],
    ),
    (
        "Lena Varga, Chair of the WCO Council, and Mr. Kofi Mensah met the press.",
        ("WCO Council",),
        [("Lena Varga", None, "Chair", "WCO Council", None), ("Kofi Mensah", "Mr.", None, None, None)],
    ),
    (
        "Customs was represented by Mr. Pablo Ortega, AFIP's Director General of Customs, and Mr. Wei Zhang, "
        "Deputy Director of Xiamen Customs in China and Co-Chair of the Working Group.",
        ("AFIP",),
        [
            ("Pablo Ortega", "Mr.", "Director General of Customs", "AFIP", None),
            ("Wei Zhang", "Mr.", "Deputy Director", "Xiamen Customs", "China"),
        ],
    ),
    (
        "Speakers included Mr. Dario Fenn, Head of Global Public Policy - Kestrel Logistics, and "
        "Ms. Mei Tanaka, Director of the Innovation Centre - Pacific Parcel Union.",
        (),
        [
            ("Dario Fenn", "Mr.", "Head of Global Public Policy", "Kestrel Logistics", None),
            ("Mei Tanaka", "Ms.", "Director of the Innovation Centre", "Pacific Parcel Union", None),
        ],
    ),
    (
        "The Co-Chairpersons Mr. Jun Park (Korea) and Ms. Ruth Adler (the Private Sector Consultative Group) spoke.",
        ("Private Sector Consultative Group",),
        [
            ("Jun Park", "Mr.", "Co-Chairperson", "Korea", "Korea"),
            ("Ruth Adler", "Ms.", "Co-Chairperson", "Private Sector Consultative Group", None),
        ],
    ),
    (
        "The session was chaired by Ms. Hye Jin Seo from Korea Customs Service.",
        ("Korea Customs Service",),
        [("Hye Jin Seo", "Ms.", None, "Korea Customs Service", "Korea")],
    ),
    (
        "The welcome address was given by the WCO's Deputy Secretary General, Marco Bellini, who stressed integrity.",
        ("WCO",),
        [("Marco Bellini", None, "Deputy Secretary General", "WCO", None)],
    ),
    (
        "Heading the delegation was Ms. Dara Phan, Director General of Customs, accompanied by her "
        "predecessor, Sombat Rattana, and other officials.",
        (),
        [("Dara Phan", "Ms.", "Director General of Customs", None, None), ("Sombat Rattana", None, None, None, None)],
    ),
    (
        "Hon. Mr. Desmond Clarke, State Minister of Finance & the Public Service of Jamaica, spoke.",
        (),
        [("Desmond Clarke", "Hon. Mr.", "State Minister of Finance & the Public Service", "Jamaica", "Jamaica")],
    ),
    (
        "Chad's Minister of Finance and Budget, Mr.Abakar Mahamat ZAKARIA, presided over the ceremony.",
        (),
        [("Abakar Mahamat ZAKARIA", "Mr.", "Minister of Finance and Budget", "Chad", "Chad")],
    ),
    (
        "Pia Lund, President and Chief Operating Officer (COO) of SEALINK, gave a keynote.",
        ("SEALINK",),
        [("Pia Lund", None, "President and Chief Operating Officer", "SEALINK", None)],
    ),
    (
        "Mr. Rik van Damme, Deputy Director of Europol and Head of its Analysis Department, spoke.",
        ("Europol",),
        [("Rik van Damme", "Mr.", "Deputy Director", "Europol", None)],
    ),
    (
        "The Committee met under Ilze Berzina, the Chair of the Committee and Deputy Head of the "
        "State Revenue Service of Latvia, who opened the session.",
        ("Committee", "State Revenue Service of Latvia"),
        [("Ilze Berzina", None, "Chair", "State Revenue Service of Latvia", "Latvia")],
    ),
    (
        "H.E Maria N. Chanda Mwale, Ambassador of the Republic of Zambia to Belgium, gave the address.",
        (),
        [("Maria N. Chanda Mwale", "H.E", "Ambassador", "Republic of Zambia", "Zambia")],
    ),
    (
        "Mr. Ahmed Al Mansoori, President of Oman Customs, chaired the meeting. Mr. Al Mansoori closed it.",
        ("Oman Customs",),
        [("Ahmed Al Mansoori", "Mr.", "President", "Oman Customs", "Oman")],
    ),
    (
        "Mr. Bruno Keller, Director of Aviation Security at the Global Aviation Body, also spoke.",
        ("Global Aviation Body",),
        [("Bruno Keller", "Mr.", "Director of Aviation Security", "Global Aviation Body", None)],
    ),
    (
        "Mr. Luis Ortiz, Commissioner of Customs and Border Control of the RVA, closed the event.",
        ("RVA",),
        [("Luis Ortiz", "Mr.", "Commissioner of Customs and Border Control", "RVA", None)],
    ),
    (
        "Chinese Minister of Customs Mr. Chen Guolin met the delegation. Minister Chen thanked the WCO.",
        ("WCO",),
        [("Chen Guolin", "Mr.", "Minister of Customs", "China", "China")],
    ),
    (
        "Mr. Anil Rao, Deputy National Superintendent of Customs (SUNAD) for Peru, also attended.",
        ("SUNAD",),
        [("Anil Rao", "Mr.", "Deputy National Superintendent of Customs", "SUNAD", "Peru")],
    ),
    (
        "Press enquiries\nAnouk Dubois\nanouk.dubois(at)example.org\n",
        (),
        [("Anouk Dubois", None, None, None, None)],
    ),
    (
        "Ms. Nadia Haddad, the WCO Director of Capacity Building, welcomed delegates. Director Haddad then left.",
        ("WCO",),
        [("Nadia Haddad", "Ms.", "Director of Capacity Building", "WCO", None)],
    ),
    (
        "Dr. Eli Navarro, Chief Executive Officer of Clearwater International, spoke on ethics.",
        ("Clearwater International",),
        [("Eli Navarro", "Dr.", "Chief Executive Officer", "Clearwater International", None)],
    ),
    (
        "Mr. Paulo Reis, who is the Director of Operations of the Brazilian Federal Revenue, led the visit.",
        (),
        [("Paulo Reis", "Mr.", "Director of Operations", "Brazilian Federal Revenue", "Brazil")],
    ),
    (
        "Dr. Sara Lind, Professor of Economics at the University of Tartu, spoke.",
        (),
        [("Sara Lind", "Dr.", "Professor of Economics", "University of Tartu", None)],
    ),
    (
        "The ceremony was addressed by HE Omar Haddad, Ambassador of Egypt to Belgium.",
        (),
        [("Omar Haddad", "HE", "Ambassador", "Egypt", "Egypt")],
    ),
    (
        "Mr. Bogdan Ilie, Deputy Director General of the Romanian Customs Authority, and "
        "Ms. Karin Holm, Head of Unit, Swedish Customs, attended.",
        (),
        [
            ("Bogdan Ilie", "Mr.", "Deputy Director General", "Romanian Customs Authority", "Romania"),
            ("Karin Holm", "Ms.", "Head of Unit", None, None),
        ],
    ),
    (
        "The meeting heard Ms. Ana Costa from Icelan",
        (),
        [("Ana Costa", "Ms.", None, None, None)],
    ),
]

#: Sentences that name nobody.
REJECTS = [
    "Opening the meeting, the Customs Union Group of the Council discussed the agenda.",
    "Member Administrations attended the Single Window Forum in Brussels.",
    "The Secretary General welcomed participants and the Director General of Customs replied.",
    "The workshop was co-facilitated by an Expert Trainer on Customs Valuation from Ruritania Customs.",
    "The CBC noted the report presented by the Director Capacity Building.",
    "Regional Workshop on Risk Management Held by WCO",
    "Directors General also decided to keep the present membership of the Finance Committee.",
    "Vice-Chair: Oman; Finance Committee Members: Jordan and Qatar.",
    "Dr. Kunio Mikur",
    "The Heads of Customs of the region met the Regional Vice-Chair for the Americas.",
    "New Deputy Director General Appointed\n\nThe Council met in June.",
    "The closing ceremony took place at the President Mandela International Convention Centre.",
    "Secretary General Visits Kenya Revenue Authority",
    'Regional Strategy on "Managers Roster" Adopted',
]


def test_a_home_town_is_no_affiliation() -> None:
    text = "Ms. Jo Hale of Geneva and Mr. Ivo Dane of Denmark spoke."
    doc = Document.from_text(text)
    start = text.index("Geneva")
    geneva = PlaceMention(mention=doc.mention(start, start + 6, "t"), city="Geneva", country="Switzerland")
    found = find_people(doc, [], [geneva], "en", [])
    assert [_row(p) for p in found] == [
        ("Jo Hale", "Ms.", None, None, None), ("Ivo Dane", "Mr.", None, "Denmark", "Denmark")
    ]


def test_country_from_an_acronym_s_full_name() -> None:
    text = "Mr. Dawit Bekele, Director General of ERCA, welcomed the delegates."
    doc = Document.from_text(text)
    start = text.index("ERCA")
    erca = Organization(
        name="Ethiopian Revenue and Customs Authority", acronym="ERCA", mentions=[doc.mention(start, start + 4, "t")]
    )
    (person,) = find_people(doc, [erca], [], "en", [])
    assert (person.title, person.affiliation, person.country) == ("Director General", "ERCA", "Ethiopia")


def _orgs(text: str, names: tuple[str, ...]) -> list[Organization]:
    doc = Document.from_text(text)
    out = []
    for name in names:
        mentions, pos = [], text.find(name)
        while pos >= 0:
            mentions.append(doc.mention(pos, pos + len(name), "test"))
            pos = text.find(name, pos + 1)
        out.append(Organization(name=name, mentions=mentions))
    return out


def _people(text: str, orgs: tuple[str, ...] = ()) -> list[Person]:
    warnings: list[str] = []
    found = find_people(Document.from_text(text), _orgs(text, orgs), [], "en", warnings)
    assert warnings == []
    return found


def _row(p: Person) -> Row:
    return (p.name, p.honorific, p.title, p.affiliation, p.country)


@pytest.mark.parametrize(("text", "orgs", "expected"), CASES, ids=[c[2][0][0] for c in CASES])
def test_people(text: str, orgs: tuple[str, ...], expected: list[Row]) -> None:
    assert [_row(p) for p in _people(text, orgs)] == expected


@pytest.mark.parametrize("text", REJECTS)
def test_nobody(text: str) -> None:
    assert _people(text) == []


def test_later_mentions_join_the_first() -> None:
    text = (
        "Ms. Amara Okafor, Director of the Tariff Directorate, opened the session. Okafor said the "
        "work was urgent, and Director Okafor thanked Ms. Okafor's team."
    )
    (person,) = _people(text)
    assert person.name == "Amara Okafor"
    assert [m.text for m in person.mentions] == ["Amara Okafor", "Okafor", "Okafor", "Okafor"]


def test_family_name_alone_is_a_person_when_never_named_in_full() -> None:
    (person,) = _people("Secretary General Wielicki gave an overview of the work.")
    assert (person.name, person.title) == ("Wielicki", "Secretary General")


def test_same_family_name_goes_to_the_nearest_person() -> None:
    text = (
        "Director General Aydan Rustamov of Baku Customs hosted the event. President Elnur Rustamov "
        "received the delegates. Rustamov underlined the role of Customs."
    )
    people = _people(text)
    assert [p.name for p in people] == ["Aydan Rustamov", "Elnur Rustamov"]
    assert len(people[1].mentions) == 2


def test_evidence_spans_are_source_slices() -> None:
    text = "Mr. Pablo Ortega, AFIP\u2019s Director General of Customs, and Mr. Wei Zhang (China) attended."
    for p in _people(text, ("AFIP",)):
        for field, m in p.evidence.items():
            assert isinstance(m, Mention)
            assert text[m.start : m.end] == m.text, field
        assert p.evidence["name"].text == p.name
        if p.title:
            assert p.evidence["title"].text == p.title
        if p.honorific:
            assert p.evidence["honorific"].text == p.honorific
    assert {p.name: p.affiliation for p in _people(text, ("AFIP",))} == {"Pablo Ortega": "AFIP", "Wei Zhang": "China"}


@pytest.mark.parametrize(
    "text",
    ["", "Mr.", "Mr. ", "Dr. Mr. H.E.", "Secretary General", "Director of the", ", Chair of", "Mr. A (", "\n\nMs.\n\nX"],
)
def test_odd_text_never_raises(text: str) -> None:
    _people(text)
