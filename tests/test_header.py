"""Header layouts: boilerplate, title, dateline, repeated title, place-dateline (invented releases)."""

from __future__ import annotations

import pytest

from pressparse.document import Document
from pressparse.header import is_boilerplate, looks_like_title, read_header

BODY = "The Council of the Harbour Customs Union met to agree a plan for faster clearance of goods at ports."

# (release text, title, published, first words of the body)
LAYOUTS: list[tuple[str, str | None, str | None, str]] = [
    (f"Harbour Customs Union adopts a new plan\n\n13 December 2017\n\n{BODY}\n",
     "Harbour Customs Union adopts a new plan", "2017-12-13", "The Council"),
    (f"13 December 2017\n\nHarbour Customs Union adopts a new plan\n\n13 December 2017\n\nA subtitle line\n\n{BODY}",
     "Harbour Customs Union adopts a new plan", "2017-12-13", "A subtitle"),
    (f"Harbour Customs Union meets\n\n09 January 2011\n\nHarbour Customs Union meets\n\nLisbon, 8 January 2011\n\n{BODY}",
     "Harbour Customs Union meets", "2011-01-09", "The Council"),
    (f"Regional heads of Customs gather\n\n11 March 2014\n\nRegional heads of Customs gather\n\nTallinn, 8-9 March 2014\n\n{BODY}",
     "Regional heads of Customs gather", "2014-03-11", "The Council"),
    (f"Harbour Customs Union meets\nValletta, 3 February 2012\nPress Release\n{BODY}",
     "Harbour Customs Union meets", "2012-02-03", "The Council"),
    (f"Regional heads of Customs gather\nCosta Verde, 29 April - 2 May 2013\n{BODY}",
     "Regional heads of Customs gather", "2013-05-02", "The Council"),
    (f"Harbour Customs Union meets\n\n18 December 2015\n\nOslo, 18 December 2015\n\nPress Release\n\n{BODY}",
     "Harbour Customs Union meets", "2015-12-18", "The Council"),
    ("Welcome to the website of the Harbour Customs Union, your gateway to our work\n\n"
     f"Ports agree a plan\n\n13 December 2017\n\n{BODY}", "Ports agree a plan", "2017-12-13", "The Council"),
    ("\u8be5\u9875\u65e0\u4e2d\u6587\u7248 Chinese : \u4e2d\u6587 English : English\n\n"
     f"Ports agree a plan\n\n17 \u4e09\u6708 2016\n\n{BODY}", "Ports agree a plan", "2016-03-17", "The Council"),
    ("Esta p\u00e1gina no est\u00e1 en el idioma pedido Spanish : Espa\u00f1ol, se muestra en English : English.\n\n"
     f"Ports agree a plan\n\n23 octubre 2014\n\n{BODY}", "Ports agree a plan", "2014-10-23", "The Council"),
    ("La page n'existe pas dans la langue choisie French : Fran\u00e7ais, affich\u00e9e en English : English\n\n"
     f"Ports agree a plan\n\n02 \u0430\u043f\u0440\u0435\u043b\u044f 2017\n\n{BODY}", "Ports agree a plan", "2017-04-02",
     "The Council"),
    (f"Ports agree a plan\n\n20 \u043c\u0430\u0440\u0442\u0430 2013\n\nAccra, 18-19 March 2013\n\n{BODY}",
     "Ports agree a plan", "2013-03-20", "The Council"),
    (f"Ports agree a plan\n\nFebruary 2018\n\n{BODY}", "Ports agree a plan", "2018-02", "The Council"),
    (f"Ports agree a plan\n\n{BODY}\n\n13 December 2017", "Ports agree a plan", None, "The Council"),
    (f"{BODY}\nA second paragraph follows here.", None, None, "The Council"),
    ("The 12th Session of the Harbour Sub-Committee, held from 3 to 5 May 2016, brought together "
     "staff from 40 administrations.\nMore text.", None, None, "The 12th"),
    (f"Harbour Day celebrated by the Union!\n\n27 June 2011\n\n{BODY}",
     "Harbour Day celebrated by the Union!", "2011-06-27", "The Council"),
    (f"5 to 9 October 2020: Harbour Workshop in Suva, Fiji\n\n23 octubre 2020\n\n{BODY}",
     "5 to 9 October 2020: Harbour Workshop in Suva, Fiji", "2020-10-23", "The Council"),
    ("Au port, une r\u00e9union d'information\n12 janvier 2010\nAllocution du Pr\u00e9sident\n",
     "Au port, une r\u00e9union d'information", "2010-01-12", "Allocution"),
    ("Le port adopte un plan\n\nBruxelles, le 25 juin 2012\n\nCommuniqu\u00e9 de presse\n\nLe Conseil s'est r\u00e9uni.",
     "Le port adopte un plan", "2012-06-25", "Le Conseil"),
    ("Home > Media > Newsroom\n\nMembers of the Harbour Customs Union agree a plan for faster clearance.\n\n"
     f"13 December 2017\n\n{BODY}", "Members of the Harbour Customs Union agree a plan for faster clearance.",
     "2017-12-13", "The Council"),
    (f"Ports agree a plan\n\nValletta, Malta - 3 February 2012\n\n{BODY}", "Ports agree a plan", "2012-02-03",
     "The Council"),
    ("", None, None, ""),
    ("\n\n   \n", None, None, ""),
]


@pytest.mark.parametrize("text, title, published, body", LAYOUTS, ids=[f"layout{i}" for i in range(len(LAYOUTS))])
def test_layouts(text: str, title: str | None, published: str | None, body: str) -> None:
    doc = Document.from_text(text)
    head = read_header(doc)
    assert (head.title.text if head.title else None) == title
    assert head.published == published
    assert text[head.body_start :].startswith(body)
    for m in (head.title, head.published_mention, head.place_dateline, *head.boilerplate):
        if m is not None:
            assert text[m.start : m.end] == m.text


def test_published_mention_is_the_date() -> None:
    text = f"Ports agree a plan\n\nOslo, 18 December 2015\n\n{BODY}"
    head = read_header(Document.from_text(text))
    assert head.published_mention is not None and head.published_mention.text == "18 December 2015"
    assert head.place_dateline is not None and head.place_dateline.text == "Oslo, 18 December 2015"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Press Release", True),
        ("PRESS RELEASE", True),
        ("Home > Media > News", True),
        ("Spanish : Espa\u00f1ol ... English : English", True),
        ("Homeland security on the agenda", False),
        ("French Customs: a new strategy", False),
        ("Ports agree a plan", False),
    ],
)
def test_boilerplate(line: str, expected: bool) -> None:
    assert is_boilerplate(line) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ports agree a plan", True),
        ("International Harbour Day 2019 - Message from the Union", True),
        ("\"Smart ports\" on the agenda", True),
        (BODY, False),
        ("x" * 300, False),
        ("lower-case start is body text", False),
    ],
)
def test_title_shape(line: str, expected: bool) -> None:
    assert looks_like_title(line) is expected
